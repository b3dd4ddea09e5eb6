"""The finance deck's text blocks: answer-first summary, data quality and the notes beside each chart.

Facts are filled in; the answer, the recommendation, the explanations and the
assumptions stay prompts marked as examples, because that thinking is the candidate's.
Amounts are in the deck's one scale; the budget variance and the prior-period change are
each named as what they are.
"""

from __future__ import annotations

from typing import Any

from podium.core.model import BulletsBlock
from podium.roles.finance import wording as w
from podium.roles.finance.facts import MAX_BULLETS, Facts, fact, prompt
from podium.roles.finance.figures import step_lines
from podium.roles.finance.money import Money
from podium.roles.finance.quality import quality_lines


def _largest_gap(f: Facts) -> dict[str, Any] | None:
    lines = (f.budget or {}).get("by_category") or []
    return next((x for x in lines if x["diff"]), None)


def budget_line(f: Facts) -> str | None:
    b = f.budget
    if not b:
        return None
    values: dict[str, Any] = {
        "diff": f.amount(b["diff"], signed=True),
        "change": w.pct(b["pct"], f.lang),
        "reference": f.reference_name(),
    }
    verdict = "good" if f.good(b["diff"]) else "bad"
    top = _largest_gap(f)
    if top is None:
        return f.p.say(f"vs_budget_total.{verdict}", **values)
    return f.p.say(f"vs_budget.{verdict}", name=f.name(top), gap=f.amount(top["diff"], signed=True), **values)


def prior_line(f: Facts) -> str | None:
    c = f.prior
    if not c:
        return None
    now, before = f.prior_labels()
    return f.p.say("vs_prior", now=now, before=before, diff=f.amount(c["diff"], signed=True),
                   change=w.pct(c["pct"], f.lang))  # fmt: skip


def summary(f: Facts) -> BulletsBlock:
    items = [prompt(f.p.say("answer", company=f.company or f.p.say("company")))]
    span = f.span()
    key = "total" if span else "total_nodate"
    items.append(fact(f.p.say(key, measure=f.measure, total=f.amount(f.total), span=span)))
    for line in (budget_line(f), prior_line(f)):
        if line:
            items.append(fact(line))
    latest = (f.periods or {}).get("latest")
    if latest and (f.prior or {}).get("kind") != "period_on_period":  # else the line above says it
        items.append(fact(f.p.say("latest", unit=f.unit_name(), latest=f.period_label(latest["key"]),
                                  value=f.amount(latest["value"]), change=w.pct(latest["pct"], f.lang),
                                  previous=w.period(latest["previous_key"], f.lang))))  # fmt: skip
    if f.breakdown and f.breakdown["items"] and len(items) < MAX_BULLETS - 1:
        top = f.breakdown["items"][0]
        items.append(fact(f.p.say("largest", category=f.breakdown["column"], name=f.name(top),
                                  share=w.pct(top["share"], f.lang, signed=False))))  # fmt: skip
    items = items[: MAX_BULLETS - 1]
    items.append(prompt(f.p.say("recommend")))
    return BulletsBlock(items=items)


def data(f: Facts) -> BulletsBlock:
    p = f.profile
    columns = len(p.get("columns", []))
    name = p["file"] + (f" ({p['sheet']})" if p.get("sheet") else "")
    span = f.span()
    key = "source" if span else "source_nodate"
    size = f.p.say("size", rows=f.p.say("count.rows", count=p["rows"], n=w.count(p["rows"], f.lang)),
                   columns=f.p.say("count.columns", count=columns, n=columns))  # fmt: skip
    items = [fact(f.p.say(key, file=name, size=size, span=span))]
    items += [fact(line) for line in quality_lines(f.record, f.lang, MAX_BULLETS - 2)]
    items.append(prompt(f.p.say("assumption")))
    return BulletsBlock(items=items[:MAX_BULLETS])


def trend_notes(f: Facts) -> BulletsBlock:
    p = f.periods
    high, low = p["high"], p["low"]
    items = [fact(f.p.say("notes.extremes", high=w.period(high["key"], f.lang), high_value=f.amount(high["value"]),
                          low=w.period(low["key"], f.lang), low_value=f.amount(low["value"])))]  # fmt: skip
    above = months_above(f)
    if above is not None:
        n, m = above
        key = "notes.above_budget" if n * 2 >= m else "notes.below_budget"
        items.append(fact(f.p.say(key, n=n if n * 2 >= m else m - n, periods=f.periods_said(m))))
    latest = p.get("latest")
    if latest:
        items.append(fact(f.p.say("notes.latest_change", latest=f.period_label(latest["key"]),
                                  change=w.pct(latest["pct"], f.lang),
                                  previous=w.period(latest["previous_key"], f.lang))))  # fmt: skip
        if latest.get("yoy_pct") is not None:
            items.append(fact(f.p.say("yoy", latest=f.period_label(latest["key"]),
                                      change=w.pct(latest["yoy_pct"], f.lang),
                                      year_ago=w.period(latest["year_ago_key"], f.lang))))  # fmt: skip
    if p.get("partial"):
        items.append(fact(f.p.say("partial", period=w.period(p["partial"]["key"], f.lang),
                                  day=w.day(p["partial"]["through"], f.lang))))  # fmt: skip
    items = items[:3]
    items.append(prompt(f.p.say("notes.explain")))
    return BulletsBlock(items=items)


def months_above(f: Facts) -> tuple[int, int] | None:
    """(periods with the actual above budget, periods with data), from the trend's two lines:
    above, not favourable, since that is what the chart shows."""
    compare = f.choice.get("compare")
    if not f.budget or not f.periods or compare not in f.periods["values"]:
        return None
    actual, budget = f.periods["values"][f.measure], f.periods["values"][compare]
    pairs = [(a, b) for a, b, rows in zip(actual, budget, f.periods["rows"], strict=True) if rows]
    if not pairs:
        return None
    return sum(1 for a, b in pairs if a > b), len(pairs)


def breakdown_notes(f: Facts) -> BulletsBlock:
    b = f.breakdown
    top = b["items"][0]
    items = [fact(f.p.say("notes.largest_share", name=f.name(top), value=f.amount(top["value"]),
                          share=w.pct(top["share"], f.lang, signed=False)))]  # fmt: skip
    if b["count"] > 3 and b.get("top3_share") is not None:
        items.append(fact(f.p.say("notes.top_three", groups=b["count"],
                                  share=w.pct(b["top3_share"], f.lang, signed=False))))  # fmt: skip
    named = [i for i in b["items"] if not i.get("blank")]
    if len(named) > 1 and not b.get("other"):
        last = named[-1]
        items.append(fact(f.p.say("notes.smallest", name=last["name"],
                                  share=w.pct(last["share"], f.lang, signed=False))))  # fmt: skip
    blank = b.get("blank")
    if blank:
        share = None if not f.total else blank["value"] / f.total * 100
        items.append(fact(f.p.say("notes.not_stated", column=b["column"], name=f.p.say("label.not_stated"),
                                  rows=f.p.say("count.rows", count=blank["rows"], n=w.count(blank["rows"], f.lang)),
                                  value=f.amount(blank["value"]), share=w.pct(share, f.lang, signed=False))))  # fmt: skip
    items.append(prompt(f.p.say("notes.stands_out", name=f.name(top))))
    return BulletsBlock(items=items)


def drivers_notes(f: Facts) -> BulletsBlock:
    """One line per driver, largest first, with a share of the gap only where it is true."""
    items = []
    lines = sorted(step_lines(f), key=lambda line: -abs(line[0]["value"]))
    for step, how, share in lines[:3]:
        values: dict[str, Any] = {
            "name": f.step_name(step, short=False),
            "value": f.amount(step["value"], signed=True),
        }
        if how == "gap" and share is not None:
            text = f.p.say("notes.step_of_gap", share=w.pct(share, f.lang, signed=False), **values)
        elif how == "side" and share is not None and round(share, 6) == 100:  # alone on its side
            key = "notes.step_only_good" if f.good(step["value"]) else "notes.step_only_bad"
            text = f.p.say(key, **values)
        elif how == "side" and share is not None:
            key = "notes.step_of_good" if f.good(step["value"]) else "notes.step_of_bad"
            text = f.p.say(key, share=w.pct(share, f.lang, signed=False), **values)
        elif how == "net":
            text = f.p.say("notes.step_net", **values)
        else:
            text = f.p.say("notes.step_against", verdict=f.verdict(step["value"]), **values)
        items.append(fact(text))
    items.append(prompt(f.p.say("notes.cause")))
    return BulletsBlock(items=items)


def method_notes(f: Facts) -> BulletsBlock:
    read = f.profile.get("read", {})
    items = []
    if read.get("delimiter"):
        sep = {";": f.p.say("notes.semicolons"), ",": f.p.say("notes.commas"), "\t": f.p.say("notes.tabs"),
               "|": "|"}[read["delimiter"]]  # fmt: skip
        enc = {"cp1252": "Windows-1252", "utf-8-sig": "UTF-8 (BOM)", "utf-8": "UTF-8",
               "utf-16": "UTF-16"}.get(read.get("encoding") or "", read.get("encoding") or "")  # fmt: skip
        dec = f.p.say("notes.decimal_comma") if read.get("decimal") == "," else f.p.say("notes.decimal_point")
        items.append(fact(f.p.say("notes.read_as", encoding=enc, separator=sep, decimal=dec)))
    if read.get("header_row"):
        items.append(fact(f.p.say("notes.header_row", header_row=read["header_row"],
                                  first_row=f.profile["first_row"])))  # fmt: skip
    unit = f.record.get("unit") or {}
    key = "notes.unit_named" if unit.get("named") or unit.get("set") else "notes.unit_assumed"
    scale = f.money.data_scale
    own = Money(f.lang, f.money.currency, scale, factor=scale if scale in (1.0, 1e3, 1e6) else 1.0).unit()
    items.append(fact(f.p.say(key, unit=own, shown=f.unit())))
    convention = "notes.convention_cost" if f.convention["kind"] == "cost" else "notes.convention_revenue"
    items.append(fact(f.p.say(convention, measure=w.quote(f.measure, f.lang))))
    items.append(prompt(f.p.say("notes.cleaning")))
    return BulletsBlock(items=items[:MAX_BULLETS])
