"""The finance deck's charts and tables: KPIs, trend, breakdown, variance, drivers, sensitivity, method.

Charts carry the exact sums (a spreadsheet gives the same); tables show them
rounded the way a reader says them, one scale per table.
"""

from __future__ import annotations

from podium.core.model import ChartBlock, Series, TableBlock
from podium.core.text import percent
from podium.roles.finance import wording as w
from podium.roles.finance.facts import MAX_TABLE_ROWS, Facts


def kpis(f: Facts) -> TableBlock:
    latest = (f.periods or {}).get("latest")
    metric, total = f.p.say("label.metric"), f.p.say("label.total")
    rows: list[list[str]] = []
    if latest:
        columns = [
            metric,
            total,
            w.period(latest["key"], f.lang),
            f.p.say("label.versus", period=w.period(latest["previous_key"], f.lang)),
        ]
        values = f.periods["values"]
        for m in [
            *f.choice["measures"],
            *([f.choice["compare"]] if f.choice.get("compare") else []),
        ]:
            series = values.get(m)
            if series is None:
                continue
            now, before = series[-1], series[-2]
            change = None if before == 0 else (now - before) / abs(before) * 100
            rows.append([m, f.amount(f.a["totals"][m]), f.amount(now), w.pct(change, f.lang)])
        rows.append(
            [
                f.p.say("label.rows"),
                w.count(f.a["rows"], f.lang),
                w.count(f.periods["rows"][-1], f.lang),
                w.pct(
                    None
                    if not f.periods["rows"][-2]
                    else (f.periods["rows"][-1] - f.periods["rows"][-2]) / f.periods["rows"][-2] * 100,
                    f.lang,
                ),
            ]
        )
    else:
        columns = [metric, total, f.p.say("label.per_row"), f.p.say("label.rows")]
        for m in f.choice["measures"]:
            n = max(1, f.a["counts"][m])
            rows.append(
                [
                    m,
                    f.amount(f.a["totals"][m]),
                    f.amount(f.a["totals"][m] / n),
                    w.count(f.a["counts"][m], f.lang),
                ]
            )
    v = f.variance
    if v and v["kind"] in ("budget", "prior") and len(rows) < MAX_TABLE_ROWS:
        label = f.p.say("label.variance_vs", reference=f.reference_name())
        total_cell = f"{f.amount(v['diff'], signed=True)} ({w.pct(v['pct'], f.lang)})"
        row = [label, total_cell, "", ""]
        if latest and v["column"] in f.periods["values"]:
            values = f.periods["values"]
            row[2] = f.amount(values[f.measure][-1] - values[v["column"]][-1], signed=True)
        rows.insert(len(rows) - 1 if latest else len(rows), row)
    return TableBlock(columns=columns, rows=rows[:MAX_TABLE_ROWS])


def trend(f: Facts) -> ChartBlock:
    p = f.periods
    short = len(p["keys"]) > 12
    categories = [w.period(k, f.lang, short=short) for k in p["keys"]]
    series = [Series(f.measure, list(p["values"][f.measure]))]
    compare = f.choice.get("compare")
    if compare and compare in p["values"]:
        series.append(Series(compare, list(p["values"][compare])))
    title = f.p.say("title.trend", measure=f.measure, per=f.per_unit())
    return ChartBlock(
        chart_type="line",
        categories=categories,
        series=series,
        title=title,
        number_format=f.number_format(series[0].values),
    )


def breakdown_chart(f: Facts) -> ChartBlock:
    b = f.breakdown
    names = [i["name"] for i in b["items"]]
    values = [i["value"] for i in b["items"]]
    if b.get("other"):
        names.append(f.p.say("label.other", n=b["other"]["count"]))
        values.append(b["other"]["value"])
    title = f.p.say("title.by", measure=f.measure, column=b["column"])
    return ChartBlock(
        chart_type="bar",
        categories=names,
        series=[Series(f.measure, values)],
        title=title,
        number_format=f.number_format(values),
    )


def variance_table(f: Facts) -> TableBlock:
    v = f.variance
    if v["kind"] in ("budget", "prior"):
        reference = v["column"]
        head = [
            f.breakdown["column"] if f.breakdown else "",
            f.p.say("label.actual"),
            reference,
            f.p.say("label.variance"),
        ]
    else:
        now, before = f.now_before()
        head = [
            f.breakdown["column"] if f.breakdown else "",
            before,
            now,
            f.p.say("label.change"),
        ]
    lines = v.get("by_category") or []
    shown = lines[: MAX_TABLE_ROWS - 2] if len(lines) > MAX_TABLE_ROWS - 1 else lines
    rest = lines[len(shown) :]
    entries = [(x["name"], x["actual"], x["reference"], x["diff"], x["pct"]) for x in shown]
    if rest:
        a, r = sum(x["actual"] for x in rest), sum(x["reference"] for x in rest)
        pct = None if r == 0 else (a - r) / abs(r) * 100
        entries.append((f.p.say("label.other", n=len(rest)), a, r, a - r, pct))
    entries.append((f.p.say("label.total"), v["actual"], v["reference"], v["diff"], v["pct"]))
    scale = w.scale_for([abs(e[1]) for e in entries] + [abs(e[2]) for e in entries])
    rows = [_variance_row(f, *entry, scale=scale) for entry in entries]
    if not head[0]:
        head[0] = f.measure
    return TableBlock(columns=head, rows=rows)


def _variance_row(
    f: Facts, name: str, actual: float, reference: float, diff: float, pct: float | None, scale: float
) -> list[str]:
    def amount(value: float, signed: bool = False) -> str:
        return w.amount(value, f.lang, signed, scale)

    change = f"{amount(diff, signed=True)} ({w.pct(pct, f.lang)})"
    if f.variance["kind"] in ("budget", "prior"):
        return [name, amount(actual), amount(reference), change]
    return [name, amount(reference), amount(actual), change]


def drivers_chart(f: Facts) -> ChartBlock:
    movers = f.a["movers"]
    if f.variance["kind"] in ("budget", "prior"):
        column = f.breakdown["column"] if f.breakdown else ""
        title = f.p.say("title.gap", reference=f.reference_name(), column=column)
    else:
        now, before = f.now_before()
        title = f.p.say("title.change", before=before, now=now)
    values = [m["diff"] for m in movers]
    return ChartBlock(
        chart_type="column",
        categories=[m["name"] for m in movers],
        series=[Series(f.p.say("label.change"), values)],
        title=title,
        number_format=f.number_format(values),
    )


def sensitivity(f: Facts) -> TableBlock:
    head = [
        f.p.say("label.assumption"),
        f.p.say("label.change"),
        f.p.say("label.effect_on", measure=f.measure),
    ]
    rows = [
        [
            f.p.say("label.overall", measure=f.measure),
            percent("−5", f.lang),
            f.amount(-0.05 * f.total, signed=True),
        ]
    ]
    if f.breakdown and f.breakdown["items"]:
        top = f.breakdown["items"][0]
        rows.append(
            [
                f.p.say("label.largest", name=top["name"]),
                percent("−10", f.lang),
                f.amount(-0.1 * top["value"], signed=True),
            ]
        )
    found = f.profile.get("outliers", {}).get(f.measure)
    if found:
        rows.append(
            [
                f.p.say("label.outliers_in", measure=f.measure),
                f.p.say("label.leave_out", n=found["count"]),
                f.amount(-found["sum"], signed=True),
            ]
        )
    dup = f.profile.get("duplicates", {})
    dup_sum = (dup.get("sums") or {}).get(f.measure)
    if dup.get("count") and dup_sum is not None:
        rows.append(
            [
                f.p.say("label.repeated"),
                f.p.say("label.remove", n=dup["count"]),
                f.amount(-dup_sum, signed=True),
            ]
        )
    rows.append([f.p.say("label.key_assumption"), "[±]", "[…]"])
    return TableBlock(columns=head, rows=rows[:MAX_TABLE_ROWS])


def method(f: Facts) -> TableBlock:
    a, p = f.a, f.profile
    head = [
        f.p.say("label.figure"),
        f.p.say("label.how_computed"),
        f.p.say("label.rows"),
    ]

    def q(name: str) -> str:
        return w.quote(name, f.lang)

    span_rows = f.p.say("method.row_span", first=a["first_row"], last=a["last_row"])
    rows = [
        [
            f.p.say("label.total"),
            f.p.say("method.sum_of", measure=q(f.measure)),
            f"{span_rows} ({w.count(a['counts'][f.measure], f.lang)})",
        ]
    ]
    if f.periods:
        dated = sum(f.periods["rows"])
        rows.append(
            [
                f.p.say("label.trend"),
                f.p.say(
                    "method.sum_by_period", measure=q(f.measure), per=f.per_unit(), date=q(f.choice["date"])
                ),
                w.count(dated, f.lang),
            ]
        )
    if f.breakdown:
        rows.append(
            [
                f.p.say("label.breakdown"),
                f.p.say("method.sum_per", measure=q(f.measure), column=q(f.breakdown["column"])),
                w.count(a["rows"], f.lang),
            ]
        )
    v = f.variance
    if v:
        if v["kind"] in ("budget", "prior"):
            how = f"{q(f.measure)} − {q(v['column'])}"
            n = w.count(v["rows"], f.lang)
        else:
            now, before = f.now_before()
            how = f.p.say("method.minus", measure=q(f.measure), now=now, before=before)
            n = f"{w.count(v['rows'], f.lang)} + {w.count(v['reference_rows'], f.lang)}"
        rows.append([f.p.say("label.variance"), how, n])
    totals = p.get("totals", [])
    if totals:
        rows.append(
            [
                f.p.say("label.left_out"),
                f.p.say("label.own_totals"),
                w.rows([t["row"] for t in totals][:3], len(totals), f.lang),
            ]
        )
    return TableBlock(columns=head, rows=rows[:MAX_TABLE_ROWS])
