"""Profile a data set for the candidate: size, types, gaps, duplicates, outliers, period, and column roles.

The result is a small JSON-ready dict. Every finding names the column and the
first rows it concerns, so the candidate can check it in the file and tell the
panel exactly what they cleaned.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from podium.roles.finance.reader import Table

if TYPE_CHECKING:
    import pandas as pd

MAX_ROWS_LISTED = 5
OUTLIER_FENCE = 3.0  # Tukey's "far out": beyond 3 interquartile ranges from the quartiles
MAX_MEASURES = 4
QUARTILE_SAMPLE = 100_000

_I = re.IGNORECASE
DATE_NAMES = re.compile(r"dat(e|um)|period|month|månad|day|dag|week|vecka|bokf|time|tid", _I)
MEASURE_NAMES = re.compile(
    r"amount|belopp|revenue|intäkt|sales|försälj|omsättn|actual|utfall|value|värde|cost|kostnad|"
    r"profit|resultat|ebit|quantity|antal|volume|volym|sek|kr\b|net|netto|brutto|gross",
    _I,
)
RATIO_NAMES = re.compile(
    r"price|pris|rate|ränta|%|procent|percent|andel|share|margin|marginal|snitt|average|avg", _I
)
QUANTITY_NAMES = re.compile(
    r"\bqty\b|quantit|\bantal|volym|volume|\bunits?\b|\bst\b|\bstyck|\bpcs\b|pieces|kvantitet|\bkolli", _I
)
BUDGET_NAMES = re.compile(r"budget|plan|target|mål|prognos|forecast|fcst", _I)
PRIOR_NAMES = re.compile(r"prior|previous|last year|föregående|fg\.?\s?år|fjol|\bly\b|\bpy\b", _I)
ID_NAMES = re.compile(
    r"\bid\b|\bnr\b|number|nummer|\bkod\b|code|konto|account|postnr|zip|phone|telefon|orgnr", _I
)
YEAR_NAMES = re.compile(r"^\s*(year|år|yr|räkenskapsår|fiscal year)\s*$", _I)
CATEGORY_NAMES = re.compile(
    r"region|categor|kategori|product|produkt|segment|department|avdelning|kund|customer|channel|kanal|"
    r"land|country|store|butik|team|unit|enhet|typ|type|market|marknad|division|område|area|group|grupp",
    _I,
)


def _rows(index: pd.Index) -> list[int]:
    return [int(r) for r in index[:MAX_ROWS_LISTED]]


def _is_id_like(name: str, series: pd.Series) -> bool:
    if ID_NAMES.search(name):
        return True
    values = series.dropna()
    if len(values) <= 20 or not bool((values == values.round()).all()):
        return False
    return bool(values.is_monotonic_increasing and values.is_unique)  # 1, 2, 3, ...: a row or order number


def _is_year_like(name: str, series: pd.Series) -> bool:
    values = series.dropna()
    if values.empty or not bool((values == values.round()).all()):
        return False
    in_range = bool(values.between(1900, 2100).all())
    return in_range and (bool(YEAR_NAMES.match(name)) or values.nunique() <= 30)


def suggest_roles(table: Table) -> dict[str, Any]:
    """The date, measures, category and comparison column a finance reader would pick first."""
    frame, kinds = table.frame, table.kinds
    dates = [c for c, k in kinds.items() if k == "date"]

    def date_rank(column: str) -> tuple[bool, int]:  # a date-like name first, then the fewest gaps
        return not DATE_NAMES.search(column), int(frame[column].isna().sum())

    dates.sort(key=date_rank)
    built = [n for n in table.notes if n.get("code") == "period_built"]
    parts = {n[k] for n in built for k in ("year", "month")}  # the columns a Period was built from
    numbers = [c for c, k in kinds.items() if k == "number" and c not in parts]
    amounts = [c for c in numbers if not QUANTITY_NAMES.search(c)]
    counted = [c for c in numbers if QUANTITY_NAMES.search(c)]
    compare, compare_kind = None, None
    for kind, names in (("budget", BUDGET_NAMES), ("prior", PRIOR_NAMES)):
        compare = next((c for c in amounts if names.search(c)), None)
        if compare is not None:
            compare_kind = kind
            break
    candidates = [
        c
        for c in numbers
        if c != compare
        and not BUDGET_NAMES.search(c)
        and not PRIOR_NAMES.search(c)
        and not _is_id_like(c, frame[c])
        and not _is_year_like(c, frame[c])
    ]
    summable = [c for c in candidates if not RATIO_NAMES.search(c)] or candidates
    summable.sort(key=lambda c: not MEASURE_NAMES.search(c))  # stable: named measures first, in file order
    # Quantities (units sold) carry the price and volume variances; an amount is the measure.
    quantity = next((c for c in summable if c in counted), None)
    if any(c not in counted for c in summable):
        summable = [c for c in summable if c not in counted]
    elif quantity is not None:
        quantity = None  # only quantities: they are the measure
    reference_names = {"budget": BUDGET_NAMES, "prior": PRIOR_NAMES}.get(compare_kind or "")
    compare_quantity = (
        next((c for c in counted if reference_names.search(c)), None)
        if reference_names and quantity
        else None
    )
    rows = max(1, len(frame))
    categories = []
    for c, k in kinds.items():
        if k != "text":
            continue
        count = distinct(frame[c])
        if 2 <= count <= 60 and count <= max(2, rows // 2):
            categories.append((not CATEGORY_NAMES.search(c), int(frame[c].isna().sum()), c))
    categories.sort(key=lambda t: (t[0], t[1]))
    return {
        "date": dates[0] if dates else None,
        "measures": summable[:MAX_MEASURES],
        "category": categories[0][2] if categories else None,
        "compare": compare,
        "compare_kind": compare_kind,
        "quantity": quantity,
        "compare_quantity": compare_quantity,
    }


def _column_profile(name: str, kind: str, series: pd.Series) -> dict[str, Any]:
    info: dict[str, Any] = {"name": name, "kind": kind, "missing": int(series.isna().sum())}
    if kind != "number":  # counting distinct amounts costs a hash of every row and says little
        info["distinct"] = distinct(series)
    values = series.dropna()
    if values.empty:
        return info
    if kind == "number":
        info.update(min=float(values.min()), max=float(values.max()), sum=round(float(values.sum()), 6))
    elif kind == "date":
        info.update(min=values.min().date().isoformat(), max=values.max().date().isoformat())
    else:
        info["top"] = [str(v) for v in values.value_counts().index[:3]]
    return info


def distinct(series: pd.Series) -> int:
    """Distinct filled values; a categorical column answers from its codes without hashing."""
    import numpy as np
    import pandas as pd

    if isinstance(series.dtype, pd.CategoricalDtype):
        codes = series.cat.codes.to_numpy()
        return int(np.count_nonzero(np.bincount(codes[codes >= 0], minlength=1)))
    return int(series.nunique())


def _outliers(series: pd.Series) -> dict[str, Any] | None:
    import numpy as np

    values = series.to_numpy(dtype="float64", na_value=np.nan)
    filled = values[~np.isnan(values)]
    if len(filled) < 20:
        return None
    # Quartiles of an evenly spaced sample are as good as exact for a fence, and cost far less on a big file.
    step = max(1, len(filled) // QUARTILE_SAMPLE)
    q1, q3 = (float(v) for v in np.quantile(filled[::step], [0.25, 0.75]))
    spread = q3 - q1
    if spread <= 0:
        return None
    low, high = q1 - OUTLIER_FENCE * spread, q3 + OUTLIER_FENCE * spread
    outside = np.flatnonzero((values < low) | (values > high))
    if not len(outside):
        return None
    ranked = outside[np.argsort(-np.abs(values[outside] - (q1 + q3) / 2), kind="stable")]
    return {
        "count": len(outside),
        "rows": [int(r) for r in series.index[ranked[:MAX_ROWS_LISTED]]],
        "values": [float(values[i]) for i in ranked[:MAX_ROWS_LISTED]],
        "low": low,
        "high": high,
        "sum": round(float(values[outside].sum()), 6),
    }


def _granularity(dates: pd.Series) -> str:
    """How often the data is dated: daily, monthly, quarterly or yearly."""
    import pandas as pd

    values = pd.Series(dates.dropna().unique())  # a few hundred dates, however many rows
    if values.empty:
        return "daily"
    days = values.dt.normalize().drop_duplicates()
    months = values.dt.to_period("M").nunique()
    if len(days) > months:
        return "daily"
    quarters = values.dt.to_period("Q").nunique()
    years = values.dt.year.nunique()
    if months == years and years > 1:
        return "yearly"
    if months == quarters and quarters > 1:
        return "quarterly"
    return "monthly"


def profile(table: Table) -> dict[str, Any]:
    """The profile shown in the Data panel and summarised on the data slide."""
    import pandas as pd

    frame = table.frame
    columns = [_column_profile(c, table.kinds[c], frame[c]) for c in frame.columns]
    hashes = pd.util.hash_pandas_object(frame, index=False)
    duplicated = hashes.duplicated(keep="first")
    outliers = {}
    for c, k in table.kinds.items():
        if k == "number":
            found = _outliers(frame[c])
            if found:
                outliers[c] = found
    roles = suggest_roles(table)
    period = None
    if roles["date"]:
        dates = frame[roles["date"]].dropna()
        if not dates.empty:
            period = {
                "column": roles["date"],
                "start": dates.min().date().isoformat(),
                "end": dates.max().date().isoformat(),
                "granularity": _granularity(dates),
                "undated": int(frame[roles["date"]].isna().sum()),
            }
    reconciliation = []
    for total in table.totals:
        for col, value in total["values"].items():
            if col in frame.columns and table.kinds.get(col) == "number":
                rows_sum = round(float(frame[col].sum()), 6)
                reconciliation.append(
                    {
                        "row": total["row"],
                        "label": total["label"],
                        "column": col,
                        "file_total": value,
                        "sum": rows_sum,
                        "diff": round(rows_sum - value, 6),
                    }
                )
    return {
        "file": table.name,
        "sheet": table.sheet,
        "rows": len(frame),
        "first_row": int(frame.index.min()),
        "last_row": int(frame.index.max()),
        "columns": columns,
        "duplicates": {
            "count": int(duplicated.sum()),
            "rows": _rows(duplicated[duplicated].index),
            "sums": {
                c: round(float(frame.loc[duplicated.to_numpy(), c].sum()), 6)
                for c, k in table.kinds.items()
                if k == "number"
            }
            if duplicated.any()
            else {},
        },
        "outliers": outliers,
        "period": period,
        "suggested": roles,
        "totals": table.totals,
        "reconciliation": reconciliation,
        "dropped_columns": table.dropped_columns,
        "bad_cells": table.bad_cells,
        "mixed": table.mixed,
        "notes": table.notes,
        "read": {
            "encoding": table.encoding,
            "delimiter": table.delimiter,
            "decimal": table.decimal,
            "header_row": table.header_row,
            "date_formats": table.date_formats,
        },
    }
