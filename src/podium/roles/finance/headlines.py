"""Action titles: each slide's conclusion with its figure, from the same facts as the slide.

'Belopp ended SEK 247k (33.9%) above budget, led by Söder' says on the summary what the panel
would otherwise have to work out from the bullets. Every title states only what its slide
shows (the variance slide's is about the budget when it shows the budget), in the slide's
scale; a slide the data cannot conclude gets no title here and keeps the template's example.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


def summary(f: Facts) -> str:
    """The answer: against budget first, else the change on the prior period, else the total."""
    b, c = f.budget, f.prior
    if b:
        values: dict[str, Any] = {"measure": f.measure, "diff": f.amount(abs(b["diff"])),
                  "change": w.pct(abs(b["pct"]) if b["pct"] is not None else None, f.lang, signed=False),
                  "direction": _direction(f, b["diff"])}  # fmt: skip
        if not b["diff"]:
            return f.p.say("headline.on_budget", measure=f.measure, actual=f.amount(b["actual"]))
        lead = _lead(f)
        if lead:
            return f.p.say("headline.budget_lead", lead=lead, **values)
        return f.p.say("headline.budget", **values)
    if c:
        return _prior(f)
    return f.p.say("headline.total", measure=f.measure, total=f.amount(f.total), span=f.span())


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


def data(f: Facts) -> str:
    p = f.profile
    rows = f.p.say("count.rows", count=p["rows"], n=w.count(p["rows"], f.lang))
    span = f.span()
    subject = f.p.say("headline.rows_over", rows=rows, span=span) if span else rows
    checks = [r for r in p.get("reconciliation", []) if r["column"] in (f.measure, f.choice.get("compare"))]
    findings = _findings(f)
    if findings:
        return f.p.say("headline.data_findings", subject=subject,
                       findings=f.p.say("count.findings", count=findings, n=findings))  # fmt: skip
    if checks:
        return f.p.say("headline.data_ties", count=p["rows"], subject=subject)
    return f.p.say("headline.data_clean", subject=subject)


def _findings(f: Facts) -> int:
    """The points the data slide asks the candidate to check."""
    return quality(f.record, f.lang)[1]


def metrics(f: Facts) -> str:
    span = f.span()
    values: dict[str, Any] = {"measure": f.measure, "actual": f.amount(f.total), "span": span}
    if f.budget:
        b = f.budget
        return f.p.say("headline.metrics_budget", diff=f.amount(b["diff"], signed=True),
                       change=w.pct(b["pct"], f.lang), measure=f.measure, actual=f.amount(f.total))  # fmt: skip
    if f.prior:
        now, before = f.prior_labels()
        return f.p.say("headline.metrics_prior", now=now, before=before, change=w.pct(f.prior["pct"], f.lang),
                       measure=f.measure, actual=f.amount(f.prior["actual"]))  # fmt: skip
    key = "headline.metrics_total" if span else "headline.metrics_total_nodate"
    return f.p.say(key, **values)


def trend(f: Facts) -> str | None:
    p = f.periods
    if not p:
        return None
    high = w.period(p["high"]["key"], f.lang)
    above = months_above(f)
    if above is not None:
        n, m = above
        key = "headline.trend_above" if n * 2 >= m else "headline.trend_below"
        count = n if n * 2 >= m else m - n
        return f.p.say(key, measure=f.measure, n=count, periods=f.periods_said(m), high=high)
    latest = p.get("latest")
    if latest and latest.get("pct") is not None:
        return f.p.say("headline.trend_latest", measure=f.measure, high=high, value=f.amount(p["high"]["value"]),
                       latest=f.period_label(latest["key"]), change=w.pct(latest["pct"], f.lang),
                       previous=w.period(latest["previous_key"], f.lang))  # fmt: skip
    return f.p.say("headline.trend_high", measure=f.measure, high=high, value=f.amount(p["high"]["value"]))


def breakdown(f: Facts) -> str | None:
    b = f.breakdown
    if not b or not b["items"]:
        return None
    top = b["items"][0]
    values: dict[str, Any] = {
        "name": f.name(top),
        "share": w.pct(top["share"], f.lang, signed=False),
        "measure": f.measure,
    }
    if b["count"] > 3 and b.get("top3_share") is not None:
        return f.p.say("headline.breakdown_top3", top3=w.pct(b["top3_share"], f.lang, signed=False), **values)
    return f.p.say("headline.breakdown", **values)


def variance(f: Facts) -> str | None:
    v = f.budget or f.prior
    if not v:
        return None
    values: dict[str, Any] = {
        "measure": f.measure,
        "diff": f.amount(v["diff"], signed=True),
        "change": w.pct(v["pct"], f.lang),
    }
    lines = v.get("by_category") or []
    if v is f.budget:
        if not lines:
            return f.p.say("headline.variance_budget_total", verdict=f.verdict(v["diff"]), **values)
        good = sum(1 for x in lines if x["diff"] and f.good(x["diff"]))
        return f.p.say("headline.variance_budget", n=good, m=len(lines), **values)
    _, before = f.prior_labels()
    if not lines:
        return f.p.say("headline.variance_prior_total", before=before, verdict=f.verdict(v["diff"]), **values)
    good = sum(1 for x in lines if x["diff"] and f.good(x["diff"]))
    return f.p.say("headline.variance_prior", before=before, n=good, m=len(lines), **values)


def drivers(f: Facts) -> str | None:
    bridge = f.bridge()
    if not bridge:
        return None
    steps = [s for s in bridge["steps"] if s["kind"] != "other"] or bridge["steps"]
    top = max(steps, key=lambda s: abs(s["value"]))
    gap = f.amount(bridge["end"] - bridge["start"], signed=True)
    name = (
        f.p.say(f"driver_title.{top['kind']}")
        if top["kind"] in ("price", "volume", "mix")
        else f.step_name(top)
    )
    values: dict[str, Any] = {"name": name, "value": f.amount(top["value"], signed=True), "gap": gap}
    if bridge["reference"] == "budget":
        return f.p.say("headline.drivers_budget", **values)
    _, before = f.prior_labels()
    return f.p.say("headline.drivers_prior", before=before, **values)


def risks(f: Facts) -> str:
    worst = 0.05 * abs(f.total)
    top = next((i for i in (f.breakdown or {}).get("items", []) if not i.get("blank")), None)
    if top is not None:
        return f.p.say("headline.risks", measure=f.measure, amount=f.amount(worst), name=f.name(top))
    return f.p.say("headline.risks_total", measure=f.measure, amount=f.amount(worst))


def appendix(f: Facts) -> str:
    return f.p.say("headline.appendix", file=f.profile["file"], first=f.a["first_row"], last=f.a["last_row"])


BUILDERS: dict[str, Callable[[Facts], str | None]] = {
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


def titles(f: Facts) -> dict[str, str]:
    """Every action title the data supports, keyed by title slot."""
    out = {}
    for name in TITLES:
        text = BUILDERS[name](f)
        if text:
            out[slot(name)] = w.sentence(text)
    return out
