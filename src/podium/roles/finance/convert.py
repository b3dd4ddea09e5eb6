"""Turn the cells of one column into numbers, dates or text, the way the file's author meant them.

Works on a column's distinct values (a million rows of a date column hold a
few hundred dates), so typing a large file costs little more than reading it.
Every cell that does not fit the column's type is kept as a count and a few
row numbers, so the user sees exactly where the data is untidy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from podium.core.model import LANGUAGES
from podium.core.phrasebook import phrases
from podium.core.tabular.sniff import sniff_decimal

if TYPE_CHECKING:
    import pandas as pd

TYPE_SHARE = 0.9  # a column is numbers (or dates) when at least this share of its filled cells are
MIXED_SHARE = 0.3  # below TYPE_SHARE but above this: a mixed column, reported as such

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’]")
_CURRENCY = re.compile(r"^(?:sek|kr|eur|usd|[$€£])|(?:sek|kr|eur|usd|[$€£]|:-)$", re.IGNORECASE)
_TRAILING_MINUS = re.compile(r"^(\d[\d.,]*)-$")
_PLAIN = re.compile(r"^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$")
_TIME_PART = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)$")

# Month names in every language Podium writes (a file may be in any of them), and common short forms.
MONTHS = {
    **{
        name.lower(): i
        for language in LANGUAGES
        for key in ("locale.months", "locale.months_short")
        for i, name in enumerate(phrases(language).words(key), 1)
    },
    "sept": 9,
}
_MONTH_YEAR = re.compile(r"^([a-zåäö]{3,9})\.?[ -](\d{4}|\d{2})$", re.IGNORECASE)
_YEAR_MONTH = re.compile(r"^(\d{4})[ -]([a-zåäö]{3,9})\.?$", re.IGNORECASE)
_QUARTER = re.compile(r"^(?:(\d{4})[ -]?[QK]([1-4])|[QK]([1-4])[ -]?(\d{4}))$", re.IGNORECASE)

# (pattern, strptime format); "D/M" formats are settled by the values (a 13 or more shows which is the day)
DATE_FORMATS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$"), "%Y-%m-%d"),
    (re.compile(r"^\d{4}/\d{1,2}/\d{1,2}$"), "%Y/%m/%d"),
    (re.compile(r"^\d{4}\.\d{1,2}\.\d{1,2}$"), "%Y.%m.%d"),
    (re.compile(r"^\d{4}-\d{1,2}$"), "%Y-%m"),
    (re.compile(r"^\d{4}/\d{1,2}$"), "%Y/%m"),
    (re.compile(r"^\d{4}M\d{1,2}$"), "%YM%m"),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$"), "%d.%m.%Y"),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2}$"), "%d.%m.%y"),
    (re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$"), "D/M/%Y"),
    (re.compile(r"^\d{1,2}/\d{1,2}/\d{2}$"), "D/M/%y"),
    (re.compile(r"^\d{1,2}-\d{1,2}-\d{4}$"), "D-M-%Y"),
]
NAMED = "named"  # month names ("mars 2024", "Jan-24") and quarters ("2024 Q1", "K1 2024")


@dataclass
class Converted:
    """One column after typing: its values, and which filled cells did not fit."""

    kind: str  # "number", "date", "text" or "empty"
    values: pd.Series
    bad: pd.Series | None = None  # True where a filled cell is not of the column's kind
    detail: str = ""  # the date format or decimal separator used
    mixed: float = 0.0  # share of numbers in a text column that holds numbers and text alike


def number_decimal(texts: list[str], default: str) -> str:
    """The decimal separator these strings use; ``default`` when they do not say."""
    decimal, _ = sniff_decimal(texts, ";" if default == "," else ",")
    return decimal


def parse_numbers(texts: pd.Series, decimal: str) -> pd.Series:
    """Strings to floats: '1 234,56', '1.234,56', '1,234.56', '(1 234)', '1234-', '−5 %', '12 kr'.

    Cells that are not numbers become NaN.
    """
    import pandas as pd

    s = texts.astype("str").str.strip()
    negative = s.str.startswith("(") & s.str.endswith(")")
    s = s.str.strip("()").str.replace(_SPACES, "", regex=True)
    s = s.str.replace("[\u2212\u2013\u2014]", "-", regex=True)
    s = s.str.replace("%", "", regex=False).str.replace(_CURRENCY, "", regex=True)
    s = s.str.replace(_TRAILING_MINUS, r"-\1", regex=True)
    s = s.mask(s.isin(["-", "--"]), "0")  # accountants write a lone dash for zero
    if decimal == ",":
        s = s.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    else:
        s = s.str.replace(",", "", regex=False)
    s = s.where(s.str.match(_PLAIN), None)  # refuse what to_numeric would guess at ('inf', '1_000')
    out = pd.to_numeric(s, errors="coerce").astype("float64")
    return out.where(~negative, -out)


def _resolve_day_month(texts: list[str], fmt: str) -> str:
    sep = fmt[1]
    year = fmt[-2:]
    first = second = 0
    for text in texts:
        parts = text.split(sep)
        if len(parts) == 3 and parts[0].isdigit() and parts[1].isdigit():
            first = max(first, int(parts[0]))
            second = max(second, int(parts[1]))
    if second > 12 >= first:
        return f"%m{sep}%d{sep}{year}"
    return f"%d{sep}%m{sep}{year}"  # day first, as Sweden and most of Europe write it


def _named_date(text: str) -> date | None:
    match = _MONTH_YEAR.match(text) or _YEAR_MONTH.match(text)
    if match:
        name, year = (match.group(1), match.group(2)) if match.re is _MONTH_YEAR else match.group(2, 1)
        month = MONTHS.get(name.lower())
        if month is None:
            return None
        y = int(year)
        return date(y + 2000 if y < 100 else y, month, 1)
    match = _QUARTER.match(text)
    if match:
        year = int(match.group(1) or match.group(4))
        quarter = int(match.group(2) or match.group(3))
        return date(year, 3 * quarter - 2, 1)
    return None


def date_format(texts: list[str]) -> str | None:
    """The one date format most of these strings follow, or None."""
    cleaned = [_TIME_PART.sub("", t.strip()) for t in texts if t and t.strip()]
    if not cleaned:
        return None
    best, best_hits = None, 0
    for pattern, fmt in DATE_FORMATS:
        hits = sum(1 for t in cleaned if pattern.match(t))
        if hits > best_hits:
            best, best_hits = fmt, hits
    named = sum(1 for t in cleaned if _named_date(t) is not None)
    if named > best_hits:
        best, best_hits = NAMED, named
    if best is None or best_hits < TYPE_SHARE * len(cleaned):
        return None
    if best.startswith("D"):
        best = _resolve_day_month(cleaned, best)
    return best


def parse_dates(texts: pd.Series, fmt: str) -> pd.Series:
    """Strings in ``fmt`` to timestamps (time of day dropped); cells that do not fit become NaT."""

    s = texts.astype("str").str.strip().str.replace(_TIME_PART, "", regex=True)
    if fmt == NAMED:
        return business_dates(s.map(_named_date))
    return business_dates(s, format=fmt)


def business_dates(values: Any, **options: Any) -> pd.Series:
    """Timestamps (ns) for 1900-2100; anything outside is a typo (2263, 0001) and becomes NaT."""
    import numpy as np
    import pandas as pd

    parsed = pd.Series(pd.to_datetime(values, errors="coerce", **options))
    if parsed.dt.tz is not None:
        parsed = parsed.dt.tz_localize(None)
    if parsed.empty:
        return parsed.astype("datetime64[ns]")
    ok = parsed.notna() & (parsed >= pd.Timestamp("1900-01-01")) & (parsed < pd.Timestamp("2101-01-01"))
    return parsed.where(ok, np.datetime64("NaT")).astype("datetime64[ns]")


def _python_kinds(values: pd.Series) -> tuple[Any, Any, Any]:
    """Masks of the distinct values that are numbers, dates/datetimes and strings (Excel mixes them)."""
    import pandas as pd

    kinds = values.map(
        lambda v: (
            "n"
            if isinstance(v, int | float) and not isinstance(v, bool)
            else "d"
            if isinstance(v, datetime | date | pd.Timestamp)
            else "s"
            if isinstance(v, str)
            else "o"
        )
    )
    return kinds == "n", kinds == "d", kinds == "s"


def classify(column: pd.Series, decimal: str) -> Converted:
    """Type one column: numbers, dates or text, judged on the share of filled cells that fit."""
    import numpy as np
    import pandas as pd
    from pandas.api import types as pdt

    if column.notna().sum() == 0:
        return Converted("empty", column)
    if pdt.is_bool_dtype(column.dtype):
        return Converted("text", column.astype("category"))
    if pdt.is_numeric_dtype(column.dtype):
        return Converted("number", column.astype("float64"))
    if pdt.is_datetime64_any_dtype(column.dtype):
        return Converted("date", column.dt.tz_localize(None) if column.dt.tz is not None else column)
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        uniques = pd.Series(column.cat.categories.astype(object), dtype=object)
    else:
        codes, index = pd.factorize(column, use_na_sentinel=True)
        uniques = pd.Series(index.astype(object), dtype=object)
    counts = np.bincount(codes[codes >= 0], minlength=len(uniques)).astype(float)
    filled = counts.sum()
    is_num, is_date, is_str = _python_kinds(uniques)
    texts = uniques[is_str].astype(str)
    sample = uniques[is_str & (counts > 0)].astype(str)  # not the labels of dropped totals rows

    numbers = pd.Series(np.nan, index=uniques.index, dtype="float64")
    numbers[is_num] = uniques[is_num].astype(float)
    if is_str.any():
        col_decimal = number_decimal(sample.head(2000).tolist(), decimal)
        numbers[is_str] = parse_numbers(texts, col_decimal).to_numpy()
    else:
        col_decimal = decimal
    dates = pd.Series(pd.NaT, index=uniques.index, dtype="datetime64[ns]")
    if is_date.any():
        stamps = uniques[is_date].map(lambda v: pd.Timestamp(v).isoformat())
        dates[is_date] = business_dates(stamps, format="ISO8601").to_numpy()
    fmt = date_format(sample.head(500).tolist()) if is_str.any() else None
    if fmt:
        dates[is_str] = parse_dates(texts, fmt).to_numpy()

    num_share = counts[numbers.notna().to_numpy()].sum() / filled
    date_share = counts[dates.notna().to_numpy()].sum() / filled

    def spread(per_unique: pd.Series) -> pd.Series:
        taken = per_unique.to_numpy()[np.where(codes >= 0, codes, 0)]
        out = pd.Series(taken, index=column.index)
        return out.where(codes >= 0)

    if date_share >= TYPE_SHARE and date_share >= num_share:
        values = spread(dates)
        return Converted("date", values, column.notna() & values.isna(), fmt or "excel")
    if num_share >= TYPE_SHARE:
        values = spread(numbers).astype("float64")
        return Converted("number", values, column.notna() & values.isna(), col_decimal)
    text = column if isinstance(column.dtype, pd.CategoricalDtype) else column.astype("category")
    if not is_str.all():  # Excel mixes 5 and "5": keep one kind of label
        text = column.map(lambda v: v if v is None or v != v else str(v)).astype("category")
    if MIXED_SHARE <= num_share < TYPE_SHARE:  # name the cells that keep it from being numbers
        return Converted("text", text, column.notna() & spread(numbers).isna(), col_decimal, num_share)
    return Converted("text", text)


_YEAR_NAME = re.compile(r"^\s*(år|year|yr|räkenskapsår|fiscal year|bokföringsår)\s*$", re.IGNORECASE)
_MONTH_NAME = re.compile(r"^\s*(månad|month|mån|mnd|period|per)\s*$", re.IGNORECASE)


def year_month_period(frame: pd.DataFrame, kinds: dict[str, str]) -> tuple[pd.Series, str, str] | None:
    """Dates built from a year column and a month column (1-12 or month names), as ledgers often export.

    Returns the dates (first of each month) and the two columns' names, or None.
    """
    import pandas as pd

    def whole(series: pd.Series, low: int, high: int) -> bool:
        values = series.dropna()
        return not values.empty and bool((values == values.round()).all() and values.between(low, high).all())

    years = [
        c for c, k in kinds.items() if k == "number" and _YEAR_NAME.match(c) and whole(frame[c], 1900, 2100)
    ]
    months = [c for c, k in kinds.items() if _MONTH_NAME.match(c) and c not in years]
    if not years or not months:
        return None
    year, month = years[0], months[0]
    if kinds[month] == "number" and whole(frame[month], 1, 12):
        number = frame[month]
    elif kinds[month] == "text":
        names = {**MONTHS, **{str(i): i for i in range(1, 13)}, **{f"{i:02d}": i for i in range(1, 10)}}
        number = frame[month].astype(str).str.strip().str.lower().str.rstrip(".").map(names)
        if number.isna().mean() > 1 - TYPE_SHARE:
            return None
    else:
        return None
    parts = pd.DataFrame({"year": frame[year], "month": number, "day": 1})
    return pd.to_datetime(parts, errors="coerce"), year, month
