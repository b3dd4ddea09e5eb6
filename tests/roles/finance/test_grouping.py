"""How many decimals a measure has, whatever extreme values it holds."""

from __future__ import annotations

import warnings

import pandas as pd

from podium.roles.finance.grouping import decimals


def test_decimals_come_from_the_values_that_can_have_them() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an overflow in the scaling was a RuntimeWarning
        assert decimals(pd.Series([1.25, 1.7e308, -1.7e308, float("inf"), None])) == 2
        assert decimals(pd.Series([12.5, 3e300])) == 1
        assert decimals(pd.Series([1e308, float("nan")])) == 0
    assert decimals(pd.Series([100.0, 2.5, 3.75])) == 2
    assert decimals(pd.Series([0.123456789])) == 6
