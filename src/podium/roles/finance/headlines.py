"""Action titles: each slide's conclusion with its figure, from the same facts as the slide.

'Belopp ended SEK 247k (33.9%) above budget, led by Söder' says on the summary what the panel
would otherwise have to work out from the bullets. Every title states only what its slide
shows (the variance slide's is about the budget when it shows the budget), in the slide's
scale; a slide the data cannot conclude gets no title here and keeps the template's example.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from podium.core.render.title_fit import title_fits
from podium.roles.finance import wording as w
from podium.roles.finance.facts import Facts
from podium.roles.finance.figures import step_lines
from podium.roles.finance.notes import months_above
from podium.roles.finance.quality import quality

TITLES = ("summary", "data", "metrics", "trend", "breakdown", "variance", "drivers", "risks", "appendix")


def slot(name: str) -> str:
    """The template's ``title_source`` for slide ``name``."""
    return f"finance.title.{name}"


def _direction(f: Facts, diff: float) -> str:
    return f.p.say("headline.above" if diff > 0 else "headline.below")


def summary(f: Facts) -> list[str]:
    """The answer: against budget first, else the change on the prior period, else the total."""
    b, c = f.budget, f.prior
    if b:
        values: dict[str, Any] = {"measure": f.measure, "diff": f.amount(abs(b["diff"])),
                  "change": w.pct(abs(b["pct"]) if b["pct"] is not None else None, f.lang, signed=False),
                  "direction": _direction(f, b["diff"])}  # fmt: skip
        if not b["diff"]:
            return [f.p.say("headline.on_budget", measure=f.measure, actual=f.amount(b["actual"]))]
        lead = _lead(f)
        shorter = f.p.say("headline.budget", **values)
        return [f.p.say("headline.budget_lead", lead=lead, **values), shorter] if lead else [shorter]
    if c:
        return [_prior(f)]
    return [f.p.say("headline.total", measure=f.measure, total=f.amount(f.total), span=f.span())]


def _lead(f: Facts) -> str | None:
    """The largest step pulling the way the gap goes, as the title names it ('Söder', 'price')."""
    lines = [(s, how) for s, how, _ in step_lines(f) if how in ("gap", "side") and s["kind"] != "other"]
    if not lines:
        return None
    step = max(lines, key=lambda line: abs(line[0]["value"]))[0]
    if step["kind"] == "category":
        return f.p.say("headline.lead_category", name=f.name(step))
    return f.p.say(f"headline.lead_driver.{step['kind']}", value=f.amount(step["value"], signed=True))


def _prior(f: Facts) -> str:
    c = f.prior
    assert c is not None
    now, before = f.prior_labels()
    key = "headline.prior_up" if c["diff"] >= 0 else "headline.prior_down"
    change = w.pct(abs(c["pct"]) if c["pct"] is not None else None, f.lang, signed=False)
    return f.p.say(
        key, measure=f.measure, change=change, before=before, now=now, actual=f.amount(c["actual"])
    )


def data(f: Facts) -> list[str]:
    p = f.profile
    rows = f.p.say("count.rows", count=p["rows"], n=w.count(p["rows"], f.lang))
    span = f.span()
    subjects = [f.p.say("headline.rows_over", rows=rows, span=span), rows] if span else [rows]
    checks = [r for r in p.get("reconciliation", []) if r["column"] in (f.measure, f.choice.get("compare"))]
    findings = _findings(f)
    if findings:
        said = f.p.say("count.findings", count=findings, n=findings)
        return [f.p.say("headline.data_findings", subject=s, findings=said) for s in subjects]
    if checks:
        return [f.p.say("headline.data_ties", count=p["rows"], subject=s) for s in subjects]
    return [f.p.say("headline.data_clean", subject=s) for s in subjects]


def _findings(f: Facts) -> int:
    """The points the data slide asks the candidate to check."""
    return quality(f.record, f.lang)[1]


def metrics(f: Facts) -> list[str]:
    span = f.span()
    values: dict[str, Any] = {"measure": f.measure, "actual": f.amount(f.total), "span": span}
    if f.budget:
        b = f.budget
        return [f.p.say("headline.metrics_budget", diff=f.amount(b["diff"], signed=True),
                        change=w.pct(b["pct"], f.lang), measure=f.measure, actual=f.amount(f.total))]  # fmt: skip
    if f.prior:
        now, before = f.prior_labels()
        return [f.p.say("headline.metrics_prior", now=now, before=before, change=w.pct(f.prior["pct"], f.lang),
                        measure=f.measure, actual=f.amount(f.prior["actual"]))]  # fmt: skip
    key = "headline.metrics_total" if span else "headline.metrics_total_nodate"
    return [f.p.say(key, **values)]


def trend(f: Facts) -> list[str]:
    p = f.periods
    if not p:
        return []
    high = w.period(p["high"]["key"], f.lang)
    above = months_above(f)
    if above is not None:
        n, m = above
        key = "headline.trend_above" if n * 2 >= m else "headline.trend_below"
        count = n if n * 2 >= m else m - n
        said = {"measure": f.measure, "n": count, "periods": f.periods_said(m), "high": high}
        return [f.p.say(key, **said), f.p.say(key + "_short", **said)]
    latest = p.get("latest")
    if latest and latest.get("pct") is not None:
        return [f.p.say("headline.trend_latest", measure=f.measure, high=high, value=f.amount(p["high"]["value"]),
                        latest=f.period_label(latest["key"]), change=w.pct(latest["pct"], f.lang),
                        previous=w.period(latest["previous_key"], f.lang)),
                f.p.say("headline.trend_high", measure=f.measure, high=high, value=f.amount(p["high"]["value"]))]  # fmt: skip
    return [f.p.say("headline.trend_high", measure=f.measure, high=high, value=f.amount(p["high"]["value"]))]


def breakdown(f: Facts) -> list[str]:
    b = f.breakdown
    if not b or not b["items"]:
        return []
    top = b["items"][0]
    values: dict[str, Any] = {
        "name": f.name(top),
        "share": w.pct(top["share"], f.lang, signed=False),
        "measure": f.measure,
    }
    shorter = f.p.say("headline.breakdown", **values)
    if b["count"] > 3 and b.get("top3_share") is not None:
        top3 = w.pct(b["top3_share"], f.lang, signed=False)
        return [f.p.say("headline.breakdown_top3", top3=top3, **values), shorter]
    return [shorter]


def variance(f: Facts) -> list[str]:
    v = f.budget or f.prior
    if not v:
        return []
    values: dict[str, Any] = {
        "measure": f.measure,
        "diff": f.amount(v["diff"], signed=True),
        "change": w.pct(v["pct"], f.lang),
    }
    lines = v.get("by_category") or []
    good = sum(1 for x in lines if x["diff"] and f.good(x["diff"]))
    if v is f.budget:
        total = f.p.say("headline.variance_budget_total", verdict=f.verdict(v["diff"]), **values)
        return (
            [f.p.say("headline.variance_budget", n=good, m=len(lines), **values), total] if lines else [total]
        )
    _, before = f.prior_labels()
    total = f.p.say("headline.variance_prior_total", before=before, verdict=f.verdict(v["diff"]), **values)
    return (
        [f.p.say("headline.variance_prior", before=before, n=good, m=len(lines), **values), total]
        if lines
        else [total]
    )


def drivers(f: Facts) -> list[str]:
    bridge = f.bridge()
    if not bridge:
        return []
    steps = [s for s in bridge["steps"] if s["kind"] != "other"] or bridge["steps"]
    top = max(steps, key=lambda s: abs(s["value"]))
    gap = f.amount(bridge["end"] - bridge["start"], signed=True)
    name = (
        f.p.say(f"driver_title.{top['kind']}")
        if top["kind"] in ("price", "volume", "mix")
        else f.step_name(top)
    )
    values: dict[str, Any] = {"name": name, "value": f.amount(top["value"], signed=True), "gap": gap}
    shorter = f.p.say("headline.drivers_short", **values)
    if bridge["reference"] == "budget":
        return [f.p.say("headline.drivers_budget", **values), shorter]
    _, before = f.prior_labels()
    return [f.p.say("headline.drivers_prior", before=before, **values), shorter]


def risks(f: Facts) -> list[str]:
    worst = 0.05 * abs(f.total)
    top = next((i for i in (f.breakdown or {}).get("items", []) if not i.get("blank")), None)
    total = f.p.say("headline.risks_total", measure=f.measure, amount=f.amount(worst))
    if top is not None:
        return [f.p.say("headline.risks", measure=f.measure, amount=f.amount(worst), name=f.name(top)), total]
    return [total]


def appendix(f: Facts) -> list[str]:
    rows = {"first": f.a["first_row"], "last": f.a["last_row"]}
    return [
        f.p.say("headline.appendix", file=f.profile["file"], **rows),
        f.p.say("headline.appendix_short", **rows),
    ]


BUILDERS: dict[str, Callable[[Facts], list[str]]] = {
    "summary": summary,
    "data": data,
    "metrics": metrics,
    "trend": trend,
    "breakdown": breakdown,
    "variance": variance,
    "drivers": drivers,
    "risks": risks,
    "appendix": appendix,
}


def titles(f: Facts, headings: dict[str, str] | None = None) -> dict[str, str]:
    """Every action title the data supports, keyed by title slot: the first form that fits the
    narrowest title box (``core.render.title_fit``); else the slide's plain heading from ``headings`` (by key),
    since a column called something very long must not make a title overflow."""
    out = {}
    for name in TITLES:
        forms = [w.sentence(text) for text in BUILDERS[name](f)]
        if not forms:
            continue
        out[slot(name)] = next((t for t in forms if title_fits(t)), (headings or {}).get(name) or forms[-1])
    return out
