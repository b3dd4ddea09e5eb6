"""What the method slide says about the imported register: what was read, how ratings became levels,
and the money at stake.

So a panel member who asks "how did you get these levels?" finds the answer on the slide: the
file, how many risks were read and why rows were skipped, each converted rating column with its
thresholds, and, when impacts were amounts, the expected exposure (probability × cost) in total
and its largest risk, in the register's currency.
"""

from __future__ import annotations

from typing import Any

from podium.core.phrasebook import phrases
from podium.core.tabular.messages import Number, Phrase, phrase, quote
from podium.roles.project_management.ratings import PERCENT_BOUNDS, Conversion
from podium.roles.project_management.register import Risk

AXES = ("likelihood", "impact")


def _say(item: Phrase, language: str) -> str:
    text = item.render(language)
    return text[:1].upper() + text[1:]  # 'impact from …' when only the impact had thresholds


def level_probability(level: int) -> float:
    """The middle of a likelihood level's band (1: 0-10 %, 2: 10-30 % …) as 0..1."""
    edges = (0.0, *PERCENT_BOUNDS, 100.0)
    return (edges[level - 1] + edges[level]) / 200


def exposure(risks: list[Risk]) -> tuple[float, list[tuple[Risk, float]], bool]:
    """Expected cost of the threats with an amount: the total, each risk's share, and whether any
    probability had to be taken from a level (the middle of its band)."""
    each = []
    from_levels = False
    for risk in risks:
        if risk.opportunity or risk.cost is None or risk.cost <= 0:
            continue
        chance = risk.probability
        if chance is None:
            chance, from_levels = level_probability(risk.likelihood), True
        each.append((risk, chance * risk.cost))
    each.sort(key=lambda pair: -pair[1])
    return sum(v for _r, v in each), each, from_levels


def read_thresholds(stored: dict[str, Any]) -> dict[str, Conversion]:
    """The likelihood and impact scales an import read with thresholds (percentages, amounts,
    delays): the scales table shows them instead of the usual meanings."""
    out = {}
    for axis in AXES:
        conversion = Conversion.from_dict((stored.get("conversions") or {}).get(axis))
        if conversion is not None and conversion.bounds and (stored.get("columns") or {}).get(axis):
            out[axis] = conversion
    return out


def method_lines(stored: dict[str, Any], risks: list[Risk], language: str) -> list[str]:
    """The method slide's lines on the import (none when the register was not imported)."""
    if not stored.get("file"):
        return []
    lines = []
    skipped = {k: v for k, v in (stored.get("skipped") or {}).items() if isinstance(v, int) and v > 0}
    count = phrase("register.risks", int(stored.get("read", len(risks))))
    if skipped:
        total = sum(skipped.values())
        reasons = [phrase(f"register.skip.{k}", n) for k, n in skipped.items()]
        lines.append(phrase("method.read", file=stored["file"], risks=count, rows=phrase("register.rows", total),
                            reasons=reasons))  # fmt: skip
    else:
        lines.append(phrase("method.read_all", file=stored["file"], risks=count))
    columns = stored.get("columns") or {}
    said = phrases(language)
    in_table: list[tuple[str, str]] = []
    for axis in AXES:
        conversion = Conversion.from_dict((stored.get("conversions") or {}).get(axis))
        column = columns.get(axis)
        if conversion is None or not column:
            continue
        if (conversion.kind == "levels" and conversion.top == 5) or (
            conversion.kind == "words" and not conversion.three
        ):
            continue  # levels 1-5 or a five-step scale's words: read as they are, nothing to explain
        if conversion.bounds:  # thresholds: the scales table beside the bullets shows each level's range
            in_table.append((axis, column))
            continue
        name = said.say(f"reading.field.{axis}")
        lines.append(phrase("method.axis", axis=name[:1].upper() + name[1:], column=quote(column),
                            scale=conversion.describe()))  # fmt: skip
    if in_table:
        named = [phrase(f"method.from_{axis}", column=quote(column)) for axis, column in in_table]
        lines.append(phrase("method.table", columns=named))
    currency = str(((stored.get("conversions") or {}).get("impact") or {}).get("currency") or "")
    at_stake, each, from_levels = exposure(risks)
    if each:
        largest_risk, largest = each[0]
        lines.append(phrase("method.exposure", total=Number(at_stake, "money", currency),
                            risks=phrase("register.risks", len(each)), id=largest_risk.id,
                            largest=Number(largest, "money", currency)))  # fmt: skip
        if from_levels:
            lines.append(phrase("method.exposure_levels"))
    return [_say(line, language) for line in lines]
