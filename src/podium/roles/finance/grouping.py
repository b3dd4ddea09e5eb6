"""Group sums by day, period and category with ``numpy.bincount``: a million rows in milliseconds.

A data set spans a few thousand days and a few dozen categories however many
rows it has, so each row is mapped once to a small slot (its day, its
category) and everything else is computed on those slots. Sums are plain
float sums, the same a spreadsheet's SUMIFS gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

NS_PER_DAY = 86_400_000_000_000
BLANK = "(blank)"


def weights(series: pd.Series, mask: np.ndarray | None = None) -> np.ndarray:
    """A measure as float weights for bincount: missing cells count as 0, as in SUM()."""
    import numpy as np

    values: np.ndarray = np.nan_to_num(series.to_numpy(dtype="float64", na_value=np.nan))
    return values if mask is None else values * mask


class Columns:
    """A frame's measure columns as float weights, each converted once per analysis: a million
    rows cost a few milliseconds a column, and the budget, the prior period and the bridge all
    read the same columns."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self._weights: dict[str, np.ndarray] = {}

    def __call__(self, column: str, mask: np.ndarray | None = None) -> np.ndarray:
        if column not in self._weights:
            self._weights[column] = weights(self.frame[column])
        values = self._weights[column]
        return values if mask is None else values * mask


def decimals(series: pd.Series, sample: int = 20_000) -> int:
    """How many decimals the column's values have (2 for öre and cents), at most 6."""
    import numpy as np

    values = series.to_numpy(dtype="float64", na_value=np.nan)
    # From 2**53 on every float is a whole number, so those say nothing about decimals (and near
    # the largest float, scaling them by 10**places overflowed to inf and the answer became 6).
    values = values[np.abs(values) < 2.0**53]
    values = values[:: max(1, len(values) // sample)]
    for places in range(7):
        scaled = values * 10**places
        if np.all(np.abs(scaled - np.round(scaled)) < 1e-6 * np.maximum(1.0, np.abs(scaled)) + 1e-9):
            return places
    return 6


def period_codes(dates: Any, freq: str) -> Any:
    """Whole-number period keys (months since 1970 and so on) for datetime64 values."""
    import numpy as np

    if freq == "day":
        return dates.astype("datetime64[D]").astype(np.int64)
    if freq == "year":
        return dates.astype("datetime64[Y]").astype(np.int64)
    months = dates.astype("datetime64[M]").astype(np.int64)
    return months // 3 if freq == "quarter" else months


def period_label(code: int, freq: str) -> str:
    """The key as text: '2024-01-31', '2024-01', '2024Q1' or '2024' (as pandas writes periods)."""
    import numpy as np

    if freq == "day":
        return str(np.datetime64(int(code), "D"))
    if freq == "year":
        return str(1970 + int(code))
    if freq == "quarter":
        year, quarter = divmod(int(code), 4)
        return f"{1970 + year}Q{quarter + 1}"
    year, month = divmod(int(code), 12)
    return f"{1970 + year}-{month + 1:02d}"


@dataclass
class Days:
    """Each row's day as a slot 0..n-1 from the first day (-1 when the row has no date)."""

    slot: np.ndarray
    first: np.datetime64
    count: int

    @classmethod
    def of(cls, dates: pd.Series) -> Days | None:
        import numpy as np

        ns = dates.to_numpy(dtype="datetime64[ns]")
        dated = ~np.isnat(ns)
        if not dated.any():
            return None
        days = ns.view(np.int64) // NS_PER_DAY
        low = int(days[dated].min())
        slot = np.where(dated, days - low, -1)
        return cls(slot, np.datetime64(low, "D"), int(slot.max()) + 1)

    @property
    def dated(self) -> np.ndarray:
        return self.slot >= 0

    def calendar(self) -> np.ndarray:
        """The date of every slot (small: one per day of the span)."""
        import numpy as np

        return self.first + np.arange(self.count)

    def per_row(self, per_day: np.ndarray, missing: float) -> np.ndarray:
        """Spread a value per day (a year, a period key) to every row."""
        import numpy as np

        return np.where(self.dated, per_day[np.maximum(self.slot, 0)], missing)

    def sums(self, values: np.ndarray | None) -> np.ndarray:
        """Per-day sums of ``values`` (row counts when None)."""
        import numpy as np

        dated = self.dated
        return np.bincount(
            self.slot[dated], weights=None if values is None else values[dated], minlength=self.count
        )

    def by_period(self, per_day: np.ndarray, freq: str) -> tuple[list[str], np.ndarray]:
        """Per-day sums gathered into periods; every period of the span is present, empty ones as 0."""
        import numpy as np

        codes = period_codes(self.calendar(), freq)
        low = int(codes[0])
        totals = np.bincount(codes - low, weights=per_day, minlength=int(codes[-1]) - low + 1)
        return [period_label(low + i, freq) for i in range(len(totals))], totals


@dataclass
class Groups:
    """Each row's category as a code 0..n-1; blank cells get a group of their own (``blank``),
    which the deck names 'Not stated'."""

    codes: np.ndarray
    names: list[str]
    blank: int | None = None

    @classmethod
    def of(cls, series: pd.Series) -> Groups:
        import numpy as np
        import pandas as pd

        if isinstance(series.dtype, pd.CategoricalDtype):
            codes = series.cat.codes.to_numpy().astype(np.int64)
            names = [str(c) for c in series.cat.categories]
        else:
            raw, index = pd.factorize(series.astype(object).where(series.notna(), None), use_na_sentinel=True)
            codes, names = raw.astype(np.int64), [str(v) for v in index]
        if (codes < 0).any():
            codes = np.where(codes < 0, len(names), codes)
            names = [*names, BLANK]
            return cls(codes, names, len(names) - 1)
        return cls(codes, names)

    def sums(self, values: np.ndarray | None) -> np.ndarray:
        import numpy as np

        return np.bincount(self.codes, weights=values, minlength=len(self.names))
