"""Read the employer's data set (CSV or .xlsx) into a typed table, the way real exports look.

The shared reader (``core.tabular``) finds the encoding, separator, decimal mark, the header
under a title block and the notes under the table, and reports rows that are too long or too
short; this module types the columns (numbers, dates, text), sets totals rows apart and builds
a period from year and month columns. The table's index is the row number a spreadsheet shows,
so every finding points at a real row. Anything unusable raises ``ReadError`` (a
``RoleDataError``) naming the file, row and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from podium.core.errors import Cancelled
from podium.core.tabular.frame import read_frame
from podium.core.tabular.messages import fail
from podium.core.tabular.xlsx import sheet_names
from podium.roles.finance.convert import classify, year_month_period

if TYPE_CHECKING:
    import pandas as pd

PERIOD = "Period"  # the date built from separate year and month columns
Progress = Callable[[float], None]  # called with 0..1, raises Cancelled to stop (a Progress's report fits)

__all__ = ["Cancelled", "Progress", "Table", "read_table", "sheet_names"]

TOTAL_WORDS = r"(?:summa|totalt?|totals?|grand total|s:a|sum|delsumma|subtotal|sub-total|ack(?:umulerat)?)"
_TOTAL_EXACT = re.compile(rf"^\s*{TOTAL_WORDS}(?:\s+totalt)?\s*:?\s*(?:\d{{4}})?\s*$", re.IGNORECASE)
_TOTAL_PREFIX = re.compile(rf"^\s*{TOTAL_WORDS}\b", re.IGNORECASE)


@dataclass
class Table:
    """A typed data set and how it was read. ``frame.index`` holds each row's number in the file."""

    frame: pd.DataFrame
    path: Path
    kinds: dict[str, str]  # column -> "number", "date" or "text"
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str = "."
    header_row: int | None = None  # 1-based, as a spreadsheet numbers rows
    date_formats: dict[str, str] = field(default_factory=dict)
    totals: list[dict[str, Any]] = field(default_factory=list)  # {"row", "label", "values": {col: v}}
    dropped_columns: list[str] = field(default_factory=list)
    bad_cells: dict[str, dict[str, Any]] = field(default_factory=dict)  # col -> {"count", "rows", "examples"}
    mixed: dict[str, float] = field(default_factory=dict)  # text columns that are partly numbers
    notes: list[dict[str, Any]] = field(default_factory=list)  # {"code": ..., **params}

    @property
    def name(self) -> str:
        return self.path.name


# ---------------------------------------------------------------------- shared steps


def _find_totals(frame: pd.DataFrame) -> list[int]:
    """Rows labelled as totals ('Summa', 'Totalt', 'Total', 'Delsumma Nord' with nothing else beside it)."""
    import numpy as np
    import pandas as pd
    from pandas.api import types as pdt

    hits = np.zeros(len(frame), dtype=bool)
    text_cols = [c for c in frame.columns if not pdt.is_numeric_dtype(frame[c].dtype)]
    for col in text_cols:
        series = frame[col]
        if isinstance(series.dtype, pd.CategoricalDtype):
            values = series.cat.categories
        else:
            values = pd.Index(series.dropna().unique())
        labels = [v for v in values if isinstance(v, str)]
        exact = [v for v in labels if _TOTAL_EXACT.match(v)]
        prefix = [v for v in labels if _TOTAL_PREFIX.match(v) and v not in exact]
        if exact:
            hits |= series.isin(exact).to_numpy()
        if prefix:
            others = [c for c in text_cols if c != col]
            alone = frame[others].isna().all(axis=1).to_numpy() if others else np.ones(len(frame), bool)
            hits |= series.isin(prefix).to_numpy() & alone
    return list(frame.index[hits])


def _unlabelled_total(frame: pd.DataFrame, kinds: dict[str, str]) -> int | None:
    """A last row with only numbers, each equal to the sum of the rows above: a total without a label."""
    numbers = [c for c, k in kinds.items() if k == "number"]
    others = [c for c, k in kinds.items() if k != "number"]
    if len(frame) < 3 or not numbers or not others:
        return None
    last = frame.iloc[-1]
    if last[others].notna().any() or last[numbers].isna().all():
        return None
    for col in numbers:
        value = last[col]
        above = {col: frame[col].sum() - (value if value == value else 0.0)}
        if value == value and abs(value - above[col]) > 0.005 * max(1.0, abs(above[col])):
            return None
    return int(frame.index[-1])


def read_table(
    path: str | Path, sheet: str | None = None, progress: Progress | None = None, max_bytes: int | None = None
) -> Table:
    """Read and type a data set; raises ``ReadError`` (clear message) or ``Cancelled``."""
    path = Path(path)
    frame, info = read_frame(path, sheet, progress, max_bytes)
    return _finish(path, frame, info, list(info.get("notes", [])))


def _finish(path: Path, frame: pd.DataFrame, info: dict[str, Any], notes: list[dict[str, Any]]) -> Table:
    frame = frame.dropna(how="all")
    empty = [c for c in frame.columns if frame[c].isna().all()]
    frame = frame.drop(columns=empty)
    if frame.empty or frame.shape[1] == 0:
        raise fail("header_only", name=path.name)
    total_rows = _find_totals(frame)
    totals_frame = frame.loc[total_rows]
    frame = frame.drop(index=total_rows)
    decimal = info.get("decimal", ".")
    kinds: dict[str, str] = {}
    formats: dict[str, str] = {}
    bad: dict[str, dict[str, Any]] = {}
    mixed: dict[str, float] = {}
    frame = frame.copy(deep=False)
    for col in frame.columns:
        raw = frame[col]
        converted = classify(raw, decimal)
        kinds[col] = converted.kind
        if converted.values is not raw:
            frame[col] = converted.values  # column by column: no copy of the whole table
        if converted.kind == "date":
            formats[col] = converted.detail
        if converted.mixed:
            mixed[col] = converted.mixed
        if converted.bad is not None and bool(converted.bad.any()):
            rows = converted.bad[converted.bad].index
            bad[col] = {
                "expected": "date" if converted.kind == "date" else "number",
                "used": converted.kind != "text",  # False: the column is read as text because of these cells
                "count": len(rows),
                "rows": [int(r) for r in rows[:5]],
                "examples": [str(raw.at[r])[:40] for r in rows[:3]],
            }
    typed = frame
    totals = []
    for row in totals_frame.index:
        label = next(
            (str(v) for v in totals_frame.loc[row] if isinstance(v, str) and _TOTAL_PREFIX.match(v)), ""
        )
        values = {
            c: float(v)
            for c in typed.columns
            if kinds[c] == "number" and (v := _number(totals_frame.at[row, c], decimal)) is not None
        }
        totals.append({"row": int(row), "label": label, "values": values})
    unlabelled = _unlabelled_total(typed, kinds)
    if unlabelled is not None:
        numbers = [c for c in typed.columns if kinds[c] == "number"]
        last = typed.loc[unlabelled, numbers].to_numpy(dtype=float)
        sums = {c: float(v) for c, v in zip(numbers, last, strict=True) if v == v}  # v != v: NaN, a gap
        totals.append({"row": unlabelled, "label": "", "values": sums})
        typed = typed.drop(index=unlabelled)
    if typed.empty:
        raise fail("only_totals", name=path.name)
    if "date" not in kinds.values():
        built = year_month_period(typed, kinds)
        if built is not None:
            dates, year, month = built
            typed.insert(0, PERIOD, dates)
            kinds = {PERIOD: "date", **kinds}
            formats[PERIOD] = f"{year} + {month}"
            notes.append({"code": "period_built", "year": year, "month": month})
    return Table(
        frame=typed,
        path=path,
        kinds=kinds,
        sheet=info.get("sheet"),
        sheets=info.get("sheets", []),
        encoding=info.get("encoding"),
        delimiter=info.get("delimiter"),
        decimal=decimal,
        header_row=info.get("header_row"),
        date_formats=formats,
        totals=totals,
        dropped_columns=[str(c) for c in empty],
        bad_cells=bad,
        mixed=mixed,
        notes=notes,
    )


def _number(value: Any, decimal: str) -> float | None:
    import pandas as pd

    from podium.roles.finance.convert import parse_numbers

    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    parsed = parse_numbers(pd.Series([str(value)]), decimal).iloc[0]
    return None if parsed != parsed else float(parsed)
