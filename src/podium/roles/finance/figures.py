"""The finance deck's charts and tables: KPIs, trend, breakdown, variance, drivers, sensitivity, method.

Charts carry the exact sums (a spreadsheet gives the same); tables show them
rounded the way a reader says them, one scale per table.
"""

from __future__ import annotations

from podium.core.model import ChartBlock, Series, TableBlock
from podium.roles.finance import wording as w
from podium.roles.finance.facts import MAX_TABLE_ROWS, Facts


def kpis(f: Facts) -> TableBlock:
    latest = (f.periods or {}).get("latest")
    metric, total = f.en_sv("Metric", "Nyckeltal"), f.en_sv("Total", "Totalt")
    rows: list[list[str]] = []
    if latest:
        columns = [
            metric,
            total,
            w.period(latest["key"], f.lang),
            f.en_sv("vs ", "mot ") + w.period(latest["previous_key"], f.lang),
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
                f.en_sv("Rows", "Rader"),
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
        columns = [metric, total, f.en_sv("Per row", "Per rad"), f.en_sv("Rows", "Rader")]
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
        label = f.en_sv("Variance vs ", "Avvikelse mot ") + f.reference_name()
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
    title = f"{f.measure} {w.BY_UNIT[f.lang][p['freq']]}"
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
        names.append(f.en_sv("Other ({n})", "Övriga ({n})").format(n=b["other"]["count"]))
        values.append(b["other"]["value"])
    title = f.en_sv(f"{f.measure} by {b['column']}", f"{f.measure} per {b['column']}")
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
            f.en_sv("Actual", "Utfall"),
            reference,
            f.en_sv("Variance", "Avvikelse"),
        ]
    else:
        now, before = f.now_before()
        head = [
            f.breakdown["column"] if f.breakdown else "",
            before,
            now,
            f.en_sv("Change", "Förändring"),
        ]
    lines = v.get("by_category") or []
    shown = lines[: MAX_TABLE_ROWS - 2] if len(lines) > MAX_TABLE_ROWS - 1 else lines
    rest = lines[len(shown) :]
    entries = [(x["name"], x["actual"], x["reference"], x["diff"], x["pct"]) for x in shown]
    if rest:
        a, r = sum(x["actual"] for x in rest), sum(x["reference"] for x in rest)
        pct = None if r == 0 else (a - r) / abs(r) * 100
        entries.append((f.en_sv("Other ({n})", "Övriga ({n})").format(n=len(rest)), a, r, a - r, pct))
    entries.append((f.en_sv("Total", "Totalt"), v["actual"], v["reference"], v["diff"], v["pct"]))
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
        title = f.en_sv("Gap to {r} by {c}", "Avvikelse mot {r} per {c}")
        title = title.format(r=f.reference_name(), c=f.breakdown["column"] if f.breakdown else "")
    else:
        now, before = f.now_before()
        title = f.en_sv("Change {b} to {n}", "Förändring {b} till {n}").format(b=before, n=now)
    values = [m["diff"] for m in movers]
    return ChartBlock(
        chart_type="column",
        categories=[m["name"] for m in movers],
        series=[Series(f.en_sv("Change", "Förändring"), values)],
        title=title,
        number_format=f.number_format(values),
    )


def sensitivity(f: Facts) -> TableBlock:
    head = [
        f.en_sv("Assumption", "Antagande"),
        f.en_sv("Change", "Förändring"),
        f.en_sv("Effect on {m}", "Effekt på {m}").format(m=f.measure),
    ]
    rows = [
        [
            f.en_sv("{m} overall", "{m} totalt").format(m=f.measure),
            "−5\u00a0%" if f.lang == "sv" else "−5%",
            f.amount(-0.05 * f.total, signed=True),
        ]
    ]
    if f.breakdown and f.breakdown["items"]:
        top = f.breakdown["items"][0]
        rows.append(
            [
                f.en_sv("Largest: {n}", "Störst: {n}").format(n=top["name"]),
                "−10\u00a0%" if f.lang == "sv" else "−10%",
                f.amount(-0.1 * top["value"], signed=True),
            ]
        )
    found = f.profile.get("outliers", {}).get(f.measure)
    if found:
        rows.append(
            [
                f.en_sv("Outliers in {m}", "Extremvärden i {m}").format(m=f.measure),
                f.en_sv("leave out {n} rows", "utan {n} rader").format(n=found["count"]),
                f.amount(-found["sum"], signed=True),
            ]
        )
    dup = f.profile.get("duplicates", {})
    dup_sum = (dup.get("sums") or {}).get(f.measure)
    if dup.get("count") and dup_sum is not None:
        rows.append(
            [
                f.en_sv("Repeated rows", "Upprepade rader"),
                f.en_sv("remove {n}", "ta bort {n}").format(n=dup["count"]),
                f.amount(-dup_sum, signed=True),
            ]
        )
    rows.append([f.en_sv("[Your key assumption]", "[Ditt viktigaste antagande]"), "[±]", "[…]"])
    return TableBlock(columns=head, rows=rows[:MAX_TABLE_ROWS])


def method(f: Facts) -> TableBlock:
    a, p = f.a, f.profile
    head = [
        f.en_sv("Figure", "Siffra"),
        f.en_sv("How it is computed", "Så räknas den"),
        f.en_sv("Rows", "Rader"),
    ]

    def q(name: str) -> str:
        return w.quote(name, f.lang)

    span_rows = f.en_sv("rows {a}–{b}", "rad {a}–{b}").format(a=a["first_row"], b=a["last_row"])
    rows = [
        [
            f.en_sv("Total", "Totalt"),
            f.en_sv("Sum of {m}", "Summan av {m}").format(m=q(f.measure)),
            f"{span_rows} ({w.count(a['counts'][f.measure], f.lang)})",
        ]
    ]
    if f.periods:
        dated = sum(f.periods["rows"])
        rows.append(
            [
                f.en_sv("Trend", "Trend"),
                f.en_sv("Sum of {m} {u} of {d}", "Summan av {m} {u} enligt {d}").format(
                    m=q(f.measure),
                    u=w.BY_UNIT[f.lang][f.periods["freq"]],
                    d=q(f.choice["date"]),
                ),
                w.count(dated, f.lang),
            ]
        )
    if f.breakdown:
        rows.append(
            [
                f.en_sv("Breakdown", "Fördelning"),
                f.en_sv("Sum of {m} per {c}", "Summan av {m} per {c}").format(
                    m=q(f.measure), c=q(f.breakdown["column"])
                ),
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
            how = f.en_sv("{m}: {n} minus {b}", "{m}: {n} minus {b}").format(m=q(f.measure), n=now, b=before)
            n = f"{w.count(v['rows'], f.lang)} + {w.count(v['reference_rows'], f.lang)}"
        rows.append([f.en_sv("Variance", "Avvikelse"), how, n])
    totals = p.get("totals", [])
    if totals:
        rows.append(
            [
                f.en_sv("Left out", "Utelämnat"),
                f.en_sv("The file's own total rows", "Filens egna summarader"),
                w.rows([t["row"] for t in totals][:3], len(totals), f.lang),
            ]
        )
    return TableBlock(columns=head, rows=rows[:MAX_TABLE_ROWS])
