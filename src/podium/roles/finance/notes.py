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
    items = [prompt(f.t("answer", company=f.company or f.en_sv("the company", "företaget")))]
    items.append(fact(f.t("total", measure=f.measure, total=f.amount(f.total), span=f.span()).rstrip(", ")))
    latest = (f.periods or {}).get("latest")
    if latest:
        items.append(
            fact(
                f.t(
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
                f.t(
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
    items.append(prompt(f.t("recommend")))
    return BulletsBlock(items=items[:MAX_BULLETS])


def data(f: Facts) -> BulletsBlock:
    p = f.profile
    columns = len(p.get("columns", []))
    name = p["file"] + (f" ({p['sheet']})" if p.get("sheet") else "")
    key = "source" if p.get("period") else "source_nodate"
    items = [fact(f.t(key, file=name, rows=w.count(p["rows"], f.lang), columns=columns, span=f.span()))]
    items += [fact(line) for line in quality_lines(f.record, f.lang, MAX_BULLETS - 2)]
    items.append(prompt(f.t("assumption")))
    return BulletsBlock(items=items[:MAX_BULLETS])


def trend_notes(f: Facts) -> BulletsBlock:
    p = f.periods
    items = []
    high, low = p["high"], p["low"]
    items.append(
        fact(
            f.en_sv("Highest: {h} ({hv}); lowest: {l} ({lv})", "Högst: {h} ({hv}); lägst: {l} ({lv})").format(
                h=w.period(high["key"], f.lang),
                hv=f.amount(high["value"]),
                l=w.period(low["key"], f.lang),
                lv=f.amount(low["value"]),
            )
        )
    )
    latest = p.get("latest")
    if latest:
        items.append(
            fact(
                f.en_sv("Latest {u}: {c} on the one before", "Senaste {u}: {c} mot föregående").format(
                    u=f.unit(), c=w.pct(latest["pct"], f.lang)
                )
            )
        )
        if latest.get("yoy_pct") is not None:
            items.append(
                fact(
                    f.t(
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
                f.t(
                    "partial",
                    period=w.period(p["partial"]["key"], f.lang),
                    day=w.day(p["partial"]["through"], f.lang),
                )
            )
        )
    items.append(
        prompt(
            f.en_sv(
                "[What explains the pattern? How did you check it?]",
                "[Vad förklarar mönstret? Hur kontrollerade du det?]",
            )
        )
    )
    return BulletsBlock(items=items[:4])


def breakdown_notes(f: Facts) -> BulletsBlock:
    b = f.breakdown
    items = []
    top = b["items"][0]
    items.append(
        fact(
            f.en_sv("{n}: {v}, {s} of the total", "{n}: {v}, {s} av totalen").format(
                n=top["name"], v=f.amount(top["value"]), s=w.pct(top["share"], f.lang, signed=False)
            )
        )
    )
    if b["count"] > 3 and b.get("top3_share") is not None:
        items.append(
            fact(
                f.en_sv("The top three of {c} make up {s}", "De tre största av {c} står för {s}").format(
                    c=b["count"], s=w.pct(b["top3_share"], f.lang, signed=False)
                )
            )
        )
    if len(b["items"]) > 1:
        last = b["items"][-1] if not b.get("other") else None
        if last:
            items.append(
                fact(
                    f.en_sv("Smallest: {n}, {s}", "Minst: {n}, {s}").format(
                        n=last["name"], s=w.pct(last["share"], f.lang, signed=False)
                    )
                )
            )
    items.append(
        prompt(
            f.en_sv(
                "[Why does {n} stand out, and does it matter?]",
                "[Varför sticker {n} ut, och spelar det roll?]",
            ).format(n=top["name"])
        )
    )
    return BulletsBlock(items=items)


def drivers_notes(f: Facts) -> BulletsBlock:
    items = []
    for m in f.a["movers"][:3]:
        share = m.get("share_of_diff")
        text = f"{m['name']}: {f.amount(m['diff'], signed=True)} ({w.pct(m['pct'], f.lang)})"
        if share is not None and 0 < share <= 100:  # over 100 % when others offset: says nothing
            text += f.en_sv(", {s} of the gap", ", {s} av skillnaden").format(
                s=w.pct(share, f.lang, signed=False)
            )
        items.append(fact(text))
    items.append(
        prompt(
            f.en_sv(
                "[The cause behind the biggest mover, and your evidence]",
                "[Orsaken bakom den största förändringen, och ditt belägg]",
            )
        )
    )
    return BulletsBlock(items=items)


def method_notes(f: Facts) -> BulletsBlock:
    read = f.profile.get("read", {})
    items = []
    if read.get("delimiter"):
        sep = {
            ";": f.en_sv("semicolons", "semikolon"),
            ",": f.en_sv("commas", "komma"),
            "\t": f.en_sv("tabs", "tabbar"),
            "|": "|",
        }[read["delimiter"]]
        enc = {
            "cp1252": "Windows-1252",
            "utf-8-sig": "UTF-8 (BOM)",
            "utf-8": "UTF-8",
            "utf-16": "UTF-16",
        }.get(read.get("encoding") or "", read.get("encoding") or "")
        dec = (
            f.en_sv("decimal comma", "decimalkomma")
            if read.get("decimal") == ","
            else f.en_sv("decimal point", "decimalpunkt")
        )
        items.append(
            fact(
                f.en_sv("Read as {e}, separated by {s}, {d}", "Läst som {e}, avgränsat med {s}, {d}").format(
                    e=enc, s=sep, d=dec
                )
            )
        )
    if read.get("header_row"):
        items.append(
            fact(
                f.en_sv(
                    "Column names on row {r}; data from row {f}",
                    "Kolumnnamn på rad {r}; data från rad {f}",
                ).format(r=read["header_row"], f=f.profile["first_row"])
            )
        )
    items.append(
        prompt(
            f.en_sv("[Cleaning steps you took by hand, if any]", "[Rensning du gjorde för hand, om någon]")
        )
    )
    return BulletsBlock(items=items)
