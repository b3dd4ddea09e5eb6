"""The finance deck's charts and tables: KPIs, trend, breakdown, variance, bridge, sensitivity, method.

Charts carry the exact sums (a spreadsheet gives the same) and show them in the deck's scale,
named in the chart's title; tables show them rounded the way a reader says them, the unit word
in the header. Variances carry their tone: favourable or unfavourable under the sign convention.
"""

from __future__ import annotations

from typing import Any

from podium.core.model import ChartBlock, Series, TableBlock
from podium.core.render import waterfall
from podium.core.render.value_axis import nice_axis
from podium.core.text import percent
from podium.roles.finance import wording as w
from podium.roles.finance.facts import MAX_TABLE_ROWS, Facts

AXIS_FROM_ZERO = 0.6  # a line whose lowest point is below this share of its highest starts its axis at zero


def _variance_cell(f: Facts, diff: float, pct: float | None) -> str:
    return f"{f.number(diff, signed=True)} ({w.pct(pct, f.lang)})"


def _change(now: float, before: float) -> float | None:
    return None if before == 0 else (now - before) / abs(before) * 100


def kpis(f: Facts) -> TableBlock:
    """Actual, budget and the variance, and the change on the prior period in its own, labelled column."""
    budget = f.budget
    latest = (f.periods or {}).get("latest")
    values = (f.periods or {}).get("values", {})
    head = [f.p.say("label.metric_in", unit=f.unit()), f.p.say("label.actual")]
    if budget:
        head += [f.p.say("label.budget_bar"), f.p.say("label.vs_budget")]
    has_prior = bool(f.prior or latest)
    if has_prior:
        head.append(f.p.say("label.vs_prior"))
    rows: list[list[str]] = []
    tones: list[list[str]] = []

    def add(name: str, actual: float, reference: float | None, prior: str) -> None:
        row, tone = [name, f.number(actual)], ["", ""]
        if budget:
            if reference is None:
                row += ["–", "–"]
                tone += ["", ""]
            else:
                diff = actual - reference
                row += [f.number(reference), _variance_cell(f, diff, _change(actual, reference))]
                tone += ["", f.tone(diff)]
        if has_prior:
            row.append(prior)
            tone.append("")
        rows.append(row)
        tones.append(tone)

    prior_total = "–"
    if f.prior and f.prior.get("kind") == "prior":  # a prior-year column beside each row
        prior_total = f.p.say(
            "label.change_on", change=w.pct(f.prior["pct"], f.lang), before=f.prior_labels()[1]
        )
    add(f.p.say("label.measure_over", measure=f.measure, span=f.span()), f.total,
        budget["reference"] if budget else None, prior_total)  # fmt: skip
    if f.prior and f.prior.get("kind") == "year_on_year":  # the latest months against the same a year earlier
        now, before = f.prior_labels()
        change = f.p.say("label.change_on", change=w.pct(f.prior["pct"], f.lang), before=before)
        add(f.p.say("label.measure_over", measure=f.measure, span=now), f.prior["actual"],
            f.prior.get("budget") if budget else None, change)  # fmt: skip
    if latest:
        compare = f.choice.get("compare")
        latest_budget = values[compare][-1] if budget and compare in values else None
        change = f.p.say("label.change_on", change=w.pct(latest["pct"], f.lang),
                         before=w.period(latest["previous_key"], f.lang))  # fmt: skip
        add(f.p.say("label.measure_over", measure=f.measure, span=f.period_label(latest["key"])),
            latest["value"], latest_budget, change)  # fmt: skip
    for other in f.choice["measures"][1:]:
        if len(rows) >= MAX_TABLE_ROWS or other == f.choice.get("quantity"):
            continue
        add(f.p.say("label.measure_over", measure=other, span=f.span()), f.a["totals"][other], None, "–")
    return TableBlock(columns=head, rows=rows, tones=tones)


def _axis_start(values: list[float]) -> tuple[float, float] | None:
    """(start, step) of a line chart's axis: None (zero) unless the line would be a flat band near
    its top; then a round value below its lowest point, which the chart's title states."""
    low, high = min(values), max(values)
    if low <= 0 or low < AXIS_FROM_ZERO * high:
        return None
    start, _, step = nice_axis(low, high, zero=False)
    if start == low:
        start -= step
    return start, step


def trend(f: Facts) -> ChartBlock:
    p = f.periods
    short = len(p["keys"]) > 12
    categories = [w.period(k, f.lang, short=short) for k in p["keys"]]
    series = [Series(f.measure, list(p["values"][f.measure]))]
    compare = f.choice.get("compare")
    if compare and compare in p["values"]:
        series.append(Series(compare, list(p["values"][compare])))
    cut = _axis_start([v for s in series for v in s.values])
    title = f.p.say("title.trend", measure=f.measure, per=f.per_unit(), unit=f.unit())
    places = f.money.places
    if cut is not None:
        places = f.money.places_for(
            cut[1]
        )  # every tick label exact: an axis in 0.05 steps needs two decimals
        title = f.p.say("title.axis_from", title=title, start=f.money.number(cut[0], places=places))
    return ChartBlock(
        chart_type="line",
        categories=categories,
        series=series,
        title=title,
        number_format=f.money.chart_format(places),
        axis_min=cut[0] if cut else None,
    )


def breakdown_chart(f: Facts) -> ChartBlock:
    b = f.breakdown
    names = [f.name(i) for i in b["items"]]
    values = [i["value"] for i in b["items"]]
    if b.get("other"):
        names.append(f.p.say("label.other", n=b["other"]["count"]))
        values.append(b["other"]["value"])
    title = f.p.say("title.by", measure=f.measure, column=b["column"], unit=f.unit())
    return ChartBlock(
        chart_type="bar",
        categories=names,
        series=[Series(f.measure, values)],
        title=title,
        number_format=f.money.chart_format(),
    )


def variance_table(f: Facts) -> TableBlock:
    """Against budget when there is one (never the prior period under a budget heading), else
    against the prior period, labelled with both periods; favourable or unfavourable per line."""
    v = f.budget or f.prior
    assert v is not None
    column = f.breakdown["column"] if f.breakdown else f.measure
    first = f.p.say("label.named_in", name=column, unit=f.unit())
    if v is f.budget:
        head = [first, f.p.say("label.actual"), f.p.say("label.budget_bar"), f.p.say("label.variance")]
    else:
        now, before = f.prior_labels()
        head = [first, before, now, f.p.say("label.change")]
    head.append(f.p.say("label.fav_unfav"))
    lines = v.get("by_category") or []
    shown = lines[: MAX_TABLE_ROWS - 2] if len(lines) > MAX_TABLE_ROWS - 1 else lines
    rest = lines[len(shown) :]
    entries = [(f.name(x), x["actual"], x["reference"]) for x in shown]
    if rest:
        a, r = sum(x["actual"] for x in rest), sum(x["reference"] for x in rest)
        entries.append((f.p.say("label.other", n=len(rest)), a, r))
    entries.append((f.p.say("label.total"), v["actual"], v["reference"]))
    rows, tones = [], []
    for name, actual, reference in entries:
        diff = actual - reference
        amounts = [f.number(actual), f.number(reference)]
        if v is not f.budget:
            amounts.reverse()  # the earlier period first, as it is read: before, now
        rows.append(
            [name, *amounts, _variance_cell(f, diff, _change(actual, reference)), f.verdict_label(diff)]
        )
        tone = f.tone(diff)
        tones.append(["", "", "", tone, tone])
    return TableBlock(columns=head, rows=rows, tones=tones)


def bridge_chart(f: Facts) -> ChartBlock:
    """Budget, one bar per driver, actual: a native waterfall whose bars add up to the öre."""
    bridge = f.bridge()
    assert bridge is not None
    start, end = f.bridge_ends()
    steps = bridge["steps"]
    values = [bridge["start"], *(s["value"] for s in steps), bridge["end"]]
    if bridge["reference"] == "budget":
        title = f.p.say("title.bridge_budget", unit=f.unit())
    else:
        title = f.p.say("title.bridge_prior", before=start, now=end, unit=f.unit())
    axis_min = _bridge_axis(values)
    # Every bar's label shows something: a change of SEK 30k in a bridge kept in millions reads +0.03.
    places = max(f.money.places_visible(v) for v in values)
    if axis_min is not None:
        places = max(
            places, f.money.places_for(axis_min), f.money.places_for(waterfall.axis(values, axis_min)[2])
        )
        title = f.p.say("title.axis_from", title=title, start=f.money.number(axis_min, places=places))
    return ChartBlock(
        chart_type="waterfall",
        categories=[start, *(f.step_name(s) for s in steps), end],
        series=[Series(f.p.say("label.bridge"), values)],
        title=title,
        number_format=f.money.chart_format(places),
        axis_min=axis_min,
        increase_good=f.increase_good,
    )


def _bridge_axis(values: list[float]) -> float | None:
    """Above zero only when the drivers would be slivers (all under a tenth of the totals) on positive totals."""
    start, end, changes = values[0], values[-1], values[1:-1]
    low_total = min(start, end)
    if low_total <= 0 or not changes or max(abs(c) for c in changes) >= 0.1 * low_total:
        return None
    running, lows = start, []
    for change in changes:
        lows.append(min(running, running + change))
        running += change
    floor = min([*lows, low_total])
    top = max(start, end, *[lo + abs(c) for lo, c in zip(lows, changes, strict=True)])
    axis, _, step = nice_axis(floor, top, 3, zero=False)
    axis = axis - step if axis == floor else axis
    return axis if axis > 0 else None


def sensitivity(f: Facts) -> TableBlock:
    """What moves the result: 5 % of the whole, 10 % of the largest part, the outliers, the repeats."""
    worse = "+" if not f.increase_good else "−"  # a cost rising, a revenue falling
    head = [
        f.p.say("label.assumption"),
        f.p.say("label.change"),
        f.p.say("label.effect_on", measure=f.measure, unit=f.unit()),
    ]
    sign = 1 if worse == "+" else -1
    rows = [[f.p.say("label.overall", measure=f.measure), percent(worse + "5", f.lang),
             f.number(sign * 0.05 * f.total, signed=True)]]  # fmt: skip
    if f.breakdown and f.breakdown["items"]:
        top = next((i for i in f.breakdown["items"] if not i.get("blank")), None)
        if top is not None:
            rows.append([f.p.say("label.largest", name=f.name(top)), percent(worse + "10", f.lang),
                         f.number(sign * 0.1 * top["value"], signed=True)])  # fmt: skip
    found = f.profile.get("outliers", {}).get(f.measure)
    if found:
        rows.append([f.p.say("label.outliers_in", measure=f.measure),
                     f.p.say("label.leave_out", count=found["count"]), f.number(-found["sum"], signed=True)])  # fmt: skip
    dup = f.profile.get("duplicates", {})
    dup_sum = (dup.get("sums") or {}).get(f.measure)
    if dup.get("count") and dup_sum is not None:
        rows.append([f.p.say("label.repeated"), f.p.say("label.remove", count=dup["count"]),
                     f.number(-dup_sum, signed=True)])  # fmt: skip
    rows.append([f.p.say("label.key_assumption"), "[±]", "[…]"])
    return TableBlock(columns=head, rows=rows[:MAX_TABLE_ROWS])


def method(f: Facts) -> TableBlock:
    a, p = f.a, f.profile
    head = [f.p.say("label.figure"), f.p.say("label.how_computed"), f.p.say("label.from_rows")]

    def q(name: str) -> str:
        return w.quote(name, f.lang)

    span_rows = f.p.say("method.row_span", first=a["first_row"], last=a["last_row"])
    rows = [[f.p.say("label.total"), f.p.say("method.sum_of", measure=q(f.measure)),
             f"{span_rows} ({w.count(a['counts'][f.measure], f.lang)})"]]  # fmt: skip
    if f.periods:
        dated = sum(f.periods["rows"])
        rows.append([f.p.say("label.trend"),
                     f.p.say("method.sum_by_period", measure=q(f.measure), per=f.per_unit(), date=q(f.choice["date"])),
                     w.count(dated, f.lang)])  # fmt: skip
    if f.breakdown:
        rows.append([f.p.say("label.breakdown"),
                     f.p.say("method.sum_per", measure=q(f.measure), column=q(f.breakdown["column"])),
                     w.count(a["rows"], f.lang)])  # fmt: skip
    for v in (f.budget or (f.variance if f.variance is not f.prior else None), f.prior):
        if not v:
            continue
        if v.get("kind") in ("budget", "prior"):
            how, n = f"{q(f.measure)} − {q(v['column'])}", w.count(v["rows"], f.lang)
            label = f.p.say("label.variance") if v["kind"] == "budget" else f.p.say("label.prior_change")
        else:
            now, before = (
                f.p.say("label.period_now", label=f.label(v["now_label"])),
                f.label(v["before_label"]),
            )
            how = f.p.say("method.minus", measure=q(f.measure), now=now, before=before)
            n = f"{w.count(v['rows'], f.lang)} + {w.count(v['reference_rows'], f.lang)}"
            label = f.p.say("label.prior_change")
        rows.append([label, how, n])
    bridge = f.bridge()
    if bridge and bridge["method"] == "pvm":
        quantity = q(f.choice["quantity"])
        rows.append([f.p.say("label.bridge"), f.p.say("method.pvm", quantity=quantity), ""])
    totals = p.get("totals", [])
    if totals:
        rows.append([f.p.say("label.left_out"), f.p.say("label.own_totals"),
                     w.rows([t["row"] for t in totals][:3], len(totals), f.lang)])  # fmt: skip
    return TableBlock(columns=head, rows=rows[:MAX_TABLE_ROWS])


def step_lines(f: Facts) -> list[tuple[dict[str, Any], str, float | None]]:
    """Each bridge step with how it relates to the gap (see ``Facts.shares``)."""
    bridge = f.bridge()
    if not bridge:
        return []
    gap = bridge["end"] - bridge["start"]
    parts = None
    if bridge["method"] == "category":
        comparison = f.budget if bridge["reference"] == "budget" else f.prior
        parts = [x["diff"] for x in (comparison or {}).get("by_category") or []]
    shares = f.shares(bridge["steps"], gap, parts)
    return [(s, how, share) for s, (how, share) in zip(bridge["steps"], shares, strict=True)]
