"""The analysis a finance panel expects: totals and growth per period, breakdown, variance, movers.

Every figure is a plain sum over rows of the table, stored with the number of
rows behind it, so the deck can say where each number comes from and a
spreadsheet gives the same answer. The result is a small JSON-ready dict.
"""

from __future__ import annotations

import itertools
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from podium.core.errors import RoleDataError
from podium.roles.finance.bridge import bridge
from podium.roles.finance.grouping import Columns, Days, Groups, decimals, period_codes
from podium.roles.finance.reader import Table

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

TOP_CATEGORIES = 8  # bars in the breakdown; the rest are summed as "other"
TOP_MOVERS = 5


@dataclass
class Choice:
    """Which columns play which part; chosen by the user or suggested by the profile."""

    date: str | None = None
    measures: list[str] = field(default_factory=list)
    category: str | None = None
    compare: str | None = None  # a budget or prior-year column to compare the first measure with
    compare_kind: str | None = None  # "budget" or "prior"
    # Quantities sold (or used) behind the first measure, for the price, volume and mix variances:
    # the actual's, and the comparison column's (a budget volume). Optional.
    quantity: str | None = None
    compare_quantity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Choice:
        return cls(
            date=data.get("date") or None,
            measures=[str(m) for m in data.get("measures", [])],
            category=data.get("category") or None,
            compare=data.get("compare") or None,
            compare_kind=data.get("compare_kind") or None,
            quantity=data.get("quantity") or None,
            compare_quantity=data.get("compare_quantity") or None,
        )


def _r(value: Any, places: int = 6) -> float:
    """A sum rounded to the decimals its data has: float noise (…509998) would not match a spreadsheet."""
    number = float(value)
    return 0.0 if number != number else round(number, places) + 0.0


def _pct(new: float, old: float) -> float | None:
    return None if old == 0 else _r((new - old) / abs(old) * 100)


def _share(part: float, whole: float) -> float | None:
    return None if not whole else _r(part / whole * 100)


def check_choice(table: Table, choice: Choice) -> None:
    """Refuse a choice that names a missing column or one of the wrong kind, saying which."""
    name, columns = table.name, list(table.frame.columns)

    def need(column: str | None, kind: str, what: str) -> None:
        if column is None:
            return
        if column not in table.kinds:
            raise RoleDataError(
                f"{name} has no column {column!r} for the {what}; its columns are: {', '.join(columns)}."
            )
        actual = table.kinds[column]
        if actual != kind:
            detail = ""
            if column in table.mixed:
                detail = f" (only {table.mixed[column]:.0%} of its cells are numbers)"
            raise RoleDataError(
                f"{name}: column {column!r} holds {actual}, not {kind}s{detail}, so it cannot be the {what}."
            )

    if not choice.measures:
        raise RoleDataError(f"{name}: choose at least one column of numbers to analyse.")
    need(choice.date, "date", "date")
    for measure in choice.measures:
        need(measure, "number", "measure")
    need(choice.compare, "number", "budget or comparison")
    need(choice.quantity, "number", "quantity")
    need(choice.compare_quantity, "number", "budget quantity")
    if choice.category is not None and choice.category not in table.kinds:
        raise RoleDataError(
            f"{name} has no column {choice.category!r} for the category; its columns are: {', '.join(columns)}."
        )


def pick_freq(start: Any, end: Any, granularity: str) -> str:
    """Month, quarter or year as the span allows (days for a short span of daily data)."""
    import pandas as pd

    start, end = pd.Timestamp(start), pd.Timestamp(end)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if granularity == "yearly" or months > 72:
        return "year"
    if granularity == "quarterly" or months > 24:
        return "quarter"
    if granularity == "daily" and months <= 2:
        return "day"
    return "month"


def _periods(
    frame: pd.DataFrame, choice: Choice, days: Days, granularity: str, places: int, col: Columns
) -> dict[str, Any]:
    import pandas as pd

    calendar = days.calendar()
    day_rows = days.sums(None)
    used = calendar[day_rows > 0]
    freq = pick_freq(used[0], used[-1], granularity)
    columns = list(dict.fromkeys([*choice.measures, *([choice.compare] if choice.compare else [])]))
    labels, sizes = days.by_period(day_rows, freq)
    sums = {c: days.by_period(days.sums(col(c)), freq)[1] for c in columns}
    primary = [_r(v, places) for v in sums[choice.measures[0]]]
    growth = [None] + [_pct(b, a) for a, b in itertools.pairwise(primary)]
    last = pd.Timestamp(used[-1])
    result: dict[str, Any] = {
        "freq": freq,
        "keys": labels,
        "values": {c: [_r(v, places) for v in sums[c]] for c in columns},
        "rows": [int(n) for n in sizes],
        "growth": growth,
        "empty": [k for k, n in zip(labels, sizes, strict=True) if n == 0],
        "undated": int(len(frame) - day_rows.sum()),
        "last_date": last.date().isoformat(),
    }
    if len(labels) >= 2:
        result["latest"] = {
            "key": labels[-1],
            "value": primary[-1],
            "previous_key": labels[-2],
            "previous": primary[-2],
            "change": _r(primary[-1] - primary[-2], places),
            "pct": _pct(primary[-1], primary[-2]),
        }
        per_year = {"month": 12, "quarter": 4}.get(freq)
        if per_year and len(labels) > per_year:
            result["latest"].update(
                year_ago_key=labels[-1 - per_year],
                year_ago=primary[-1 - per_year],
                yoy_pct=_pct(primary[-1], primary[-1 - per_year]),
            )
    best = max(range(len(primary)), key=lambda i: primary[i])
    worst = min(range(len(primary)), key=lambda i: primary[i])
    result["high"] = {"key": labels[best], "value": primary[best]}
    result["low"] = {"key": labels[worst], "value": primary[worst]}
    if freq == "month" and granularity == "daily":
        month_end = pd.Period(labels[-1], "M").end_time.normalize()
        if (month_end - last.normalize()).days > 3:
            result["partial"] = {"key": labels[-1], "through": last.date().isoformat()}
    return result


def _breakdown(
    frame: pd.DataFrame, choice: Choice, groups: Groups, total: float, places: int, col: Columns
) -> dict[str, Any]:
    measure = choice.measures[0]
    sums = groups.sums(col(measure))
    rows = groups.sums(None)
    order = sorted((i for i in range(len(groups.names)) if rows[i] > 0), key=lambda i: -sums[i])
    items: list[dict[str, Any]] = [
        {
            "name": groups.names[i],
            "value": _r(sums[i], places),
            "rows": int(rows[i]),
            "share": _share(sums[i], total),
            **({"blank": True} if i == groups.blank else {}),
        }
        for i in order
    ]
    shown, rest = items[:TOP_CATEGORIES], items[TOP_CATEGORIES:]
    other = None
    if rest:
        value = _r(sum(i["value"] for i in rest), places)
        other = {
            "count": len(rest),
            "value": value,
            "rows": sum(i["rows"] for i in rest),
            "share": _share(value, total),
        }
    top3 = _r(sum(i["value"] for i in items[:3]), places)
    blank = next((i for i in items if i.get("blank")), None)
    return {
        "blank": {"rows": blank["rows"], "value": blank["value"]} if blank else None,
        "column": choice.category,
        "measure": measure,
        "items": shown,
        "other": other,
        "count": len(items),
        "top3_share": _share(top3, total),
    }


def _split(days: Days | None, periods: dict[str, Any] | None) -> dict[str, Any] | None:
    """Which rows are 'now' and which the reference, when the data has no budget column.

    The same months a year earlier when the data spans two years; else the
    latest period against the one before.
    """
    import numpy as np

    if days is None or periods is None or len(periods["keys"]) < 2:
        return None
    calendar = days.calendar()
    day_rows = days.sums(None)
    year_of = calendar.astype("datetime64[Y]").astype(np.int64) + 1970
    month_of = calendar.astype("datetime64[M]").astype(np.int64) % 12 + 1
    last_year = int(year_of[day_rows > 0].max())
    months = sorted({int(m) for m in month_of[(year_of == last_year) & (day_rows > 0)]})
    before_day = (year_of == last_year - 1) & np.isin(month_of, months)
    now_day = year_of == last_year
    if periods["freq"] != "year" and day_rows[before_day].sum() > 0:
        first, last = months[0], months[-1]
        return {
            "kind": "year_on_year",
            "now": days.per_row(now_day, False),
            "before": days.per_row(before_day, False),
            "now_label": [f"{last_year}-{first:02d}", f"{last_year}-{last:02d}"],
            "before_label": [f"{last_year - 1}-{first:02d}", f"{last_year - 1}-{last:02d}"],
        }
    codes = period_codes(calendar, periods["freq"])
    top = int(codes[day_rows > 0].max())
    return {
        "kind": "period_on_period",
        "now": days.per_row(codes == top, False),
        "before": days.per_row(codes == top - 1, False),
        "now_label": [periods["keys"][-1]],
        "before_label": [periods["keys"][-2]],
    }


def _variance(
    frame: pd.DataFrame,
    choice: Choice,
    days: Days | None,
    groups: Groups | None,
    periods: dict[str, Any] | None,
    places: int,
    col: Columns,
    dates_only: bool = False,
) -> dict[str, Any] | None:
    """The first measure against the comparison column (budget or prior year), or, without one
    (or with ``dates_only``), against the prior period found in the dates."""
    measure = choice.measures[0]
    quantities: tuple[np.ndarray, np.ndarray] | None = None
    if choice.compare and not dates_only:
        actual, reference = col(measure), col(choice.compare)
        result: dict[str, Any] = {"kind": choice.compare_kind or "budget", "column": choice.compare}
        rows_now = rows_before = len(frame)
        if choice.quantity and choice.compare_quantity:
            quantities = col(choice.quantity), col(choice.compare_quantity)
    else:
        split = _split(days, periods)
        if split is None:
            return None
        actual = col(measure, split["now"])
        reference = col(measure, split["before"])
        result = {
            "kind": split["kind"],
            "now_label": split["now_label"],
            "before_label": split["before_label"],
        }
        rows_now, rows_before = int(split["now"].sum()), int(split["before"].sum())
        if choice.compare:  # the budget of the same rows, so the later period can be set against it too
            result["budget"] = _r(col(choice.compare, split["now"]).sum(), places)
        if choice.quantity:
            quantities = (
                col(choice.quantity, split["now"]),
                col(choice.quantity, split["before"]),
            )
    a, b = _r(actual.sum(), places), _r(reference.sum(), places)
    result.update(
        actual=a,
        reference=b,
        diff=_r(a - b, places),
        pct=_pct(a, b),
        rows=rows_now,
        reference_rows=rows_before,
    )
    q_places = 0
    if quantities is not None:
        q_places = max(decimals(frame[c]) for c in (choice.quantity, choice.compare_quantity) if c)
        result["quantity"] = _r(quantities[0].sum(), q_places)
        result["reference_quantity"] = _r(quantities[1].sum(), q_places)
    lines: list[dict[str, Any]] = []
    if groups is not None:
        now, before = groups.sums(actual), groups.sums(reference)
        q_now = q_before = None
        if quantities is not None:
            q_now, q_before = groups.sums(quantities[0]), groups.sums(quantities[1])
        present = groups.sums(None) > 0
        order = sorted(
            (i for i in range(len(groups.names)) if present[i]), key=lambda i: -abs(now[i] - before[i])
        )
        for i in order:
            line: dict[str, Any] = {
                "name": groups.names[i],
                "actual": _r(now[i], places),
                "reference": _r(before[i], places),
                "diff": _r(now[i] - before[i], places),
                "pct": _pct(now[i], before[i]),
                "share_of_diff": _share(now[i] - before[i], a - b),
            }
            if i == groups.blank:
                line["blank"] = True
            if q_now is not None and q_before is not None:
                line["quantity"] = _r(q_now[i], q_places)
                line["reference_quantity"] = _r(q_before[i], q_places)
            lines.append(line)
        result["by_category"] = lines
    elif quantities is not None:
        lines = [{"name": measure, "actual": a, "reference": b, "quantity": result["quantity"],
                  "reference_quantity": result["reference_quantity"]}]  # fmt: skip
    result["bridge"] = bridge(result, lines or None, places, by_product=groups is not None)
    return result


def analyse(table: Table, choice: Choice, granularity: str = "monthly") -> dict[str, Any]:
    """All the figures the deck shows, for ``choice``; ``granularity`` comes from the profile."""
    check_choice(table, choice)
    frame = table.frame
    measures = choice.measures
    summed = [*measures, *([choice.compare] if choice.compare else [])]
    places = max(decimals(frame[c]) for c in summed)
    if choice.quantity and choice.quantity not in summed:
        summed.append(choice.quantity)
    if choice.compare_quantity and choice.compare_quantity not in summed:
        summed.append(choice.compare_quantity)
    col = Columns(frame)  # each column converted to float weights once, however many figures use it
    totals = {m: _r(col(m).sum(), places) for m in summed}
    counts = {m: int(frame[m].notna().sum()) for m in summed}
    result: dict[str, Any] = {
        "choice": choice.to_dict(),
        "rows": len(frame),
        "first_row": int(frame.index.min()),
        "last_row": int(frame.index.max()),
        "totals": totals,
        "counts": counts,
    }
    days = Days.of(frame[choice.date]) if choice.date else None
    groups = Groups.of(frame[choice.category]) if choice.category else None
    periods = _periods(frame, choice, days, granularity, places, col) if days is not None else None
    result["periods"] = periods
    result["breakdown"] = (
        _breakdown(frame, choice, groups, totals[measures[0]], places, col) if groups is not None else None
    )
    variance = _variance(frame, choice, days, groups, periods, places, col)
    result["variance"] = variance
    # Against a budget column, the change on the prior period (from the dates) is kept apart.
    change = None
    if choice.compare and (choice.compare_kind or "budget") == "budget":
        change = _variance(frame, choice, days, groups, periods, places, col, dates_only=True)
    result["change"] = change
    movers = None
    if variance and variance.get("by_category"):
        movers = [m for m in variance["by_category"] if m["diff"]][:TOP_MOVERS]
    result["movers"] = movers
    return result
