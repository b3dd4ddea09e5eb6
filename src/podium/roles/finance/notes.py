"""The finance deck's text blocks: answer-first summary, data quality and the notes beside each chart.

Facts are filled in; the answer, the recommendation, the explanations and the
assumptions stay prompts marked as examples, because that thinking is the candidate's.
"""

from __future__ import annotations

from podium.core.model import BulletsBlock
from podium.roles.finance import wording as w
from podium.roles.finance.facts import MAX_BULLETS, Facts, fact, prompt
from podium.roles.finance.quality import quality_lines


def summary(f: Facts) -> BulletsBlock:
    items = [prompt(f.p.say("answer", company=f.company or f.p.say("company")))]
    items.append(
        fact(f.p.say("total", measure=f.measure, total=f.amount(f.total), span=f.span()).rstrip(", "))
    )
    latest = (f.periods or {}).get("latest")
    if latest:
        items.append(
            fact(
                f.p.say(
                    "latest",
                    unit=f.unit(),
                    latest=w.period(latest["key"], f.lang),
                    value=f.amount(latest["value"]),
                    change=w.pct(latest["pct"], f.lang),
                    previous=w.period(latest["previous_key"], f.lang),
                )
            )
        )
    if f.breakdown and f.breakdown["items"]:
        top = f.breakdown["items"][0]
        items.append(
            fact(
                f.p.say(
                    "largest",
                    category=f.breakdown["column"],
                    name=top["name"],
                    share=w.pct(top["share"], f.lang, signed=False),
                )
            )
        )
    line = f.variance_line()
    if line:
        items.append(fact(line))
    items.append(prompt(f.p.say("recommend")))
    return BulletsBlock(items=items[:MAX_BULLETS])


def data(f: Facts) -> BulletsBlock:
    p = f.profile
    columns = len(p.get("columns", []))
    name = p["file"] + (f" ({p['sheet']})" if p.get("sheet") else "")
    key = "source" if p.get("period") else "source_nodate"
    items = [fact(f.p.say(key, file=name, rows=w.count(p["rows"], f.lang), columns=columns, span=f.span()))]
    items += [fact(line) for line in quality_lines(f.record, f.lang, MAX_BULLETS - 2)]
    items.append(prompt(f.p.say("assumption")))
    return BulletsBlock(items=items[:MAX_BULLETS])


def trend_notes(f: Facts) -> BulletsBlock:
    p = f.periods
    items = []
    high, low = p["high"], p["low"]
    items.append(
        fact(
            f.p.say(
                "notes.extremes",
                high=w.period(high["key"], f.lang),
                high_value=f.amount(high["value"]),
                low=w.period(low["key"], f.lang),
                low_value=f.amount(low["value"]),
            )
        )
    )
    latest = p.get("latest")
    if latest:
        items.append(fact(f.p.say("notes.latest_change", unit=f.unit(), change=w.pct(latest["pct"], f.lang))))
        if latest.get("yoy_pct") is not None:
            items.append(
                fact(
                    f.p.say(
                        "yoy",
                        latest=w.period(latest["key"], f.lang),
                        change=w.pct(latest["yoy_pct"], f.lang),
                        unit=f.unit(),
                    )
                )
            )
    if p.get("partial"):
        items.append(
            fact(
                f.p.say(
                    "partial",
                    period=w.period(p["partial"]["key"], f.lang),
                    day=w.day(p["partial"]["through"], f.lang),
                )
            )
        )
    items.append(prompt(f.p.say("notes.explain")))
    return BulletsBlock(items=items[:4])


def breakdown_notes(f: Facts) -> BulletsBlock:
    b = f.breakdown
    items = []
    top = b["items"][0]
    items.append(
        fact(
            f.p.say(
                "notes.largest_share",
                name=top["name"],
                value=f.amount(top["value"]),
                share=w.pct(top["share"], f.lang, signed=False),
            )
        )
    )
    if b["count"] > 3 and b.get("top3_share") is not None:
        items.append(
            fact(
                f.p.say(
                    "notes.top_three", groups=b["count"], share=w.pct(b["top3_share"], f.lang, signed=False)
                )
            )
        )
    if len(b["items"]) > 1:
        last = b["items"][-1] if not b.get("other") else None
        if last:
            items.append(
                fact(
                    f.p.say(
                        "notes.smallest", name=last["name"], share=w.pct(last["share"], f.lang, signed=False)
                    )
                )
            )
    items.append(prompt(f.p.say("notes.stands_out", name=top["name"])))
    return BulletsBlock(items=items)


def drivers_notes(f: Facts) -> BulletsBlock:
    items = []
    for m in f.a["movers"][:3]:
        share = m.get("share_of_diff")
        values = {
            "name": m["name"],
            "diff": f.amount(m["diff"], signed=True),
            "change": w.pct(m["pct"], f.lang),
        }
        if share is not None and 0 < share <= 100:  # over 100 % when others offset: says nothing
            text = f.p.say("notes.mover_share", share=w.pct(share, f.lang, signed=False), **values)
        else:
            text = f.p.say("notes.mover", **values)
        items.append(fact(text))
    items.append(prompt(f.p.say("notes.cause")))
    return BulletsBlock(items=items)


def method_notes(f: Facts) -> BulletsBlock:
    read = f.profile.get("read", {})
    items = []
    if read.get("delimiter"):
        sep = {
            ";": f.p.say("notes.semicolons"),
            ",": f.p.say("notes.commas"),
            "\t": f.p.say("notes.tabs"),
            "|": "|",
        }[read["delimiter"]]
        enc = {
            "cp1252": "Windows-1252",
            "utf-8-sig": "UTF-8 (BOM)",
            "utf-8": "UTF-8",
            "utf-16": "UTF-16",
        }.get(read.get("encoding") or "", read.get("encoding") or "")
        dec = f.p.say("notes.decimal_comma") if read.get("decimal") == "," else f.p.say("notes.decimal_point")
        items.append(fact(f.p.say("notes.read_as", encoding=enc, separator=sep, decimal=dec)))
    if read.get("header_row"):
        items.append(
            fact(f.p.say("notes.header_row", header_row=read["header_row"], first_row=f.profile["first_row"]))
        )
    items.append(prompt(f.p.say("notes.cleaning")))
    return BulletsBlock(items=items)
