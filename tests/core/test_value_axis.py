"""A chart's value axis covers its data for any values the data can hold, flat or huge."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from podium.core.render.value_axis import nice_axis

finite = st.floats(min_value=-1e300, max_value=1e300, allow_nan=False, allow_infinity=False)


@given(finite, finite, st.booleans())
def test_the_axis_covers_the_data_with_a_round_positive_step(a: float, b: float, zero: bool) -> None:
    low, high = min(a, b), max(a, b)
    start, end, step = nice_axis(low, high, zero=zero)
    assert step > 0 and math.isfinite(step)
    assert start <= low and end >= high
    if zero:
        assert start <= 0 <= end
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert any(math.isclose(mantissa, m) for m in (1, 2, 5, 10))


def test_a_flat_line_of_huge_values_still_gets_an_axis() -> None:
    start, end, step = nice_axis(9007199254740992.0, 9007199254740992.0, zero=False)  # 1 is lost at 2**53
    assert start <= 9007199254740992.0 <= end and step > 0
