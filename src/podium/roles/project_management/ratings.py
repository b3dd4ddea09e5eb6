"""Every common way a register rates likelihood and impact, read onto the 5x5 matrix.

Likelihood comes as 1-5, 1-3, 1-10, 0-1, a percentage ('20%'), a band ('75% to 100%',
'Very high (>70%)') or a word in English or Swedish ('Likely', 'Mycket hög'); impact as a level,
an amount of money ('64,500,000 CHF', 'SEK 2,5 mn') or a delay ('3 weeks'). ``detect`` looks at a
whole column and returns the ``Conversion`` it will apply; a conversion states its thresholds
(where levels 2 to 5 begin), so the user can see and change them and the method slide can say
them. What a cell says beyond its level is kept: the probability, the amount, the delay.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from podium.core.tabular.messages import Number, Phrase, phrase
from podium.roles.project_management.amounts import (
    decimal_of,
    has_money_words,
    header_scale,
    parse_amount,
    parse_days,
)
from podium.roles.project_management.scales import Scales

KINDS = ("levels", "percent", "fraction", "words", "money", "days")
PERCENT_BOUNDS = (10.0, 30.0, 50.0, 80.0)  # where likelihood levels 2-5 begin, in percent
DAY_BOUNDS = (7.0, 14.0, 28.0, 56.0)  # where delay levels 2-5 begin: 1, 2, 4 and 8 weeks
BLANKS = {"", "-", "–", "—", "n/a", "na", "tbd", "tbc", "?", "ej bedömd", "saknas", "n.a.", "#n/a"}

_WORDS: dict[str, dict[str, int]] = {
    "likelihood": {
        **dict.fromkeys(("rare", "very unlikely", "very low", "remote", "improbable", "almost never",
                         "sällsynt", "mycket osannolik", "mycket låg", "mycket liten", "mycket sällan"), 1),
        **dict.fromkeys(("unlikely", "low", "seldom", "osannolik", "mindre sannolik", "låg", "liten",
                         "sällan", "mindre trolig"), 2),
        **dict.fromkeys(("possible", "moderate", "medium", "occasional", "möjlig", "medel", "måttlig",
                         "medelhög", "kan inträffa", "möjligt"), 3),
        **dict.fromkeys(("likely", "probable", "high", "frequent", "sannolik", "trolig", "hög", "stor",
                         "troligt", "sannolikt"), 4),
        **dict.fromkeys(("almost certain", "very likely", "very high", "certain", "expected",
                         "highly likely", "nästan säker", "mycket sannolik", "mycket trolig", "mycket hög",
                         "mycket stor", "säker", "förväntad"), 5),
    },
    "impact": {
        **dict.fromkeys(("insignificant", "negligible", "very low", "trivial", "minimal", "försumbar",
                         "obetydlig", "mycket låg", "mycket liten"), 1),
        **dict.fromkeys(("minor", "low", "small", "limited", "liten", "låg", "begränsad", "mindre"), 2),
        **dict.fromkeys(("moderate", "medium", "noticeable", "måttlig", "medel", "medelhög", "kännbar"), 3),
        **dict.fromkeys(("major", "high", "serious", "significant", "large", "stor", "allvarlig", "hög",
                         "betydande"), 4),
        **dict.fromkeys(("severe", "catastrophic", "critical", "very high", "extreme", "disastrous",
                         "katastrofal", "mycket allvarlig", "mycket hög", "mycket stor", "kritisk"), 5),
    },
}  # fmt: skip
_THREE = {
    "low": 1,
    "medium": 3,
    "med": 3,
    "moderate": 3,
    "high": 5,
    "låg": 1,
    "medel": 3,
    "mellan": 3,
    "hög": 5,
}
_YES_NO = {"yes", "no", "y", "n", "ja", "nej", "true", "false", "sant", "falskt"}
_PERCENT = re.compile(
    r"(?P<op>[<>≤≥]|under|below|over|above|less than|more than|up to|upp till|mer än|mindre än)?\s*"
    r"(?P<a>\d+(?:[.,]\d+)?)\s*%?\s*(?:(?:-|–|—|to|till)\s*(?P<b>\d+(?:[.,]\d+)?)\s*)?%",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:$|[-–:().=]|\s+[A-Za-zÅÄÖåäö])")
_PLAIN = re.compile(r"^[(\-−–]?\s*[\d\s\u00a0\u202f.,'’]+\)?-?$")
_RANGE_HINT = re.compile(r"\b([01])\s*(?:-|–|—|to|till)\s*(3|4|5|10|1)\b")


@dataclass(frozen=True)
class Reading:
    """What one cell says, before a column's scale turns it into a level."""

    kind: str  # "number", "percent", "money", "days", "word", "yesno" or "text"
    value: float = 0.0
    currency: str = ""
    three: bool = False  # a word of the three-step scale (Low / Medium / High)


def _number(text: str) -> float | None:
    amount = parse_amount(text)
    return amount.value if amount is not None and not amount.currency else None


def percent_of(text: str) -> float | None:
    """'20%', '75% to 100%', '<10%', 'Very high (>70 %)' as one percentage (a band's middle)."""
    match = _PERCENT.search(text)
    if not match:
        return None
    a = float(match["a"].replace(",", "."))
    if match["b"]:
        return (a + float(match["b"].replace(",", "."))) / 2
    op = (match["op"] or "").lower()
    if op in ("<", "≤", "under", "below", "less than", "up to", "upp till", "mindre än"):
        return a / 2
    if op in (">", "≥", "over", "above", "more than", "mer än"):
        return (a + 100) / 2
    return a


def read_cell(
    text: str, axis: str, scales: Scales | None = None, decimal: str | None = None
) -> Reading | None:
    """One cell of a likelihood or impact column; None for a blank (or 'n/a', 'TBD')."""
    value = " ".join(text.split())
    low = value.casefold()
    if low in BLANKS:
        return None
    if low in _YES_NO:
        return Reading("yesno")
    if (pct := percent_of(value)) is not None:
        return Reading("percent", pct)
    if (days := parse_days(value)) is not None:
        return Reading("days", days)
    if has_money_words(value):
        amount = parse_amount(value, decimal)
        if amount is not None:
            return Reading("money", amount.value, amount.currency)
    if _PLAIN.match(value):
        amount = parse_amount(value, decimal)
        if amount is not None:
            return Reading("number", amount.value)
    if match := _LEADING.match(value):  # "4 - Likely", "2.5 (medium)"
        return Reading("number", float(match.group(1).replace(",", ".")))
    word = low.strip(" .")
    if scales is not None and (level := scales.level_from_word(word, axis)) is not None:
        return Reading("word", float(level))
    if word in _WORDS[axis]:
        return Reading("word", float(_WORDS[axis][word]), three=word in _THREE)
    return Reading("text")


@dataclass(frozen=True)
class Rated:
    """A cell on the 5x5: its level and what else it said; ``problem`` when it is no rating."""

    level: int | None = None
    probability: float | None = None  # 0..1, for likelihood
    amount: float | None = None  # money, for impact (negative: an opportunity)
    days: float | None = None  # a delay, for impact
    rounded: bool = False  # between two levels (2.5), rounded half up
    problem: Phrase | None = None  # why not (the caller names the row and column)


def _half_up(value: float) -> int:
    return int(value + 0.5)


@dataclass(frozen=True)
class Conversion:
    """How one column becomes levels 1-5, with its thresholds: where levels 2, 3, 4 and 5 begin."""

    kind: str = "levels"  # one of KINDS, or "flag" (Yes/No: not a rating)
    top: int = 5  # levels: the scale's highest level (3, 4, 5 or 10)
    bounds: tuple[float, ...] = ()  # percent, money or days where levels 2..5 begin
    currency: str = ""
    factor: float = 1.0  # money or days: what the header says a bare number counts (kSEK: 1000)
    three: bool = False  # words: the three-step scale Low / Medium / High
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "top": self.top, "bounds": list(self.bounds), "currency": self.currency,
                "factor": self.factor, "three": self.three}  # fmt: skip

    @classmethod
    def from_dict(cls, data: Any) -> Conversion | None:
        if not isinstance(data, dict) or data.get("kind") not in (*KINDS, "flag"):
            return None
        try:
            bounds = tuple(float(b) for b in data.get("bounds", ()))
            top = int(data.get("top", 5))
            factor = float(data.get("factor", 1.0))
        except (TypeError, ValueError):
            return None
        if bounds and (len(bounds) != 4 or list(bounds) != sorted(set(bounds))):
            bounds = ()
        kind = str(data["kind"])
        return cls(kind, top if top in (3, 4, 5, 10) else 5, bounds or default_bounds(kind),
                   str(data.get("currency", ""))[:8], factor if factor > 0 else 1.0, bool(data.get("three")))  # fmt: skip

    def with_bounds(self, bounds: tuple[float, ...]) -> Conversion:
        return replace(self, bounds=bounds)

    # ------------------------------------------------------------------ one cell

    def _from_bounds(self, value: float) -> int:
        return 1 + sum(1 for b in self.bounds if value >= b)

    def rate(self, text: str, axis: str, scales: Scales | None = None, decimal: str | None = None) -> Rated:
        """The level of one cell on this scale (``Rated()`` for a blank cell)."""
        reading = read_cell(text, axis, scales, decimal)
        if reading is None:
            return Rated()
        kind = self.kind
        if reading.kind == "yesno" or reading.kind == "text" or kind == "flag":
            return Rated(problem=self.expected(axis))
        if reading.kind == "word":
            level = int(reading.value)
            if self.three and reading.three:  # Low / Medium / High: the ends and the middle
                level = {2: 1, 4: 5}.get(level, level)
            return Rated(level)
        if kind in ("percent", "fraction"):
            if reading.kind not in ("percent", "number"):
                return Rated(problem=self.expected(axis))
            pct = reading.value
            if reading.kind == "number" and (pct < 1 or (kind == "fraction" and pct == 1)):
                pct *= 100  # 0.2 is 20 %
            if not 0 <= pct <= 100:
                return Rated(problem=self.expected(axis))
            return Rated(self._from_bounds(pct), probability=pct / 100)
        if kind == "money":
            if reading.kind not in ("money", "number"):
                return Rated(problem=self.expected(axis))
            amount = reading.value * (self.factor if reading.kind == "number" else 1.0)
            return Rated(self._from_bounds(abs(amount)), amount=amount)
        if kind == "days":
            if reading.kind not in ("days", "number"):
                return Rated(problem=self.expected(axis))
            days = reading.value * (self.factor if reading.kind == "number" else 1.0)
            return Rated(self._from_bounds(days), days=days)
        if reading.kind == "percent":  # a percentage in a column of levels or words
            return Rated(1 + sum(1 for b in PERCENT_BOUNDS if reading.value >= b),
                         probability=reading.value / 100 if axis == "likelihood" else None)  # fmt: skip
        if reading.kind != "number":
            return Rated(problem=self.expected(axis))
        value = reading.value
        if not 1 <= value <= self.top:
            return Rated(
                problem=phrase("scale.outside", value=Number(value, decimals=_places(value)), top=self.top)
            )
        stretched = 1 + (value - 1) * 4 / (self.top - 1) if self.top != 5 else value
        level = _half_up(stretched)
        rounded = not float(stretched).is_integer()
        return Rated(level, rounded=rounded)

    def expected(self, axis: str) -> Phrase:
        """What a cell of this column should hold, for 'X is not …'."""
        if self.kind in ("levels", "flag"):
            return phrase("scale.expect.levels", top=self.top)
        if self.kind == "words":
            example = "Likely" if axis == "likelihood" else "Major"
            return phrase("scale.expect.words", example=example)
        return phrase(f"scale.expect.{self.kind}")

    # --------------------------------------------------------------- describe

    def describe(self) -> Phrase:
        """'percentages: 1 below 10 %, 2 from 10 %, …' for the import step and the method slide."""
        if self.kind == "levels":
            if self.top == 5:
                return phrase("scale.levels5")
            steps = ", ".join(
                f"{v} → {_half_up(1 + (v - 1) * 4 / (self.top - 1))}" for v in range(1, self.top + 1)
            )
            return phrase("scale.levels", top=self.top, steps=steps)
        if self.kind == "words":
            return phrase("scale.words3" if self.three else "scale.words5")
        if self.kind == "flag":
            return phrase("scale.flag")
        style = {"percent": "percent", "fraction": "percent", "money": "money", "days": "number"}[self.kind]
        marks = [self._mark(b, style) for b in self.bounds]
        return phrase(
            f"scale.{self.kind}", steps=phrase("scale.steps", a=marks[0], b=marks[1], c=marks[2], d=marks[3])
        )

    def level_range(self, level: int) -> Phrase | None:
        """What level 1-5 covers on this scale ('under 10%', '10%–30%', '80% or more'), or None for a
        scale without thresholds: the scales table of the method slide shows it."""
        if not self.bounds or not 1 <= level <= 5:
            return None
        style = {"percent": "percent", "fraction": "percent", "money": "money", "days": "number"}[self.kind]
        marks = [self._mark(b, style) for b in self.bounds]
        if level == 1:
            return phrase("scale.range_below", a=marks[0])
        if level == 5:
            return phrase("scale.range_from", a=marks[3])
        return phrase("scale.range", a=marks[level - 2], b=marks[level - 1])

    def _mark(self, value: float, style: str) -> Any:
        if self.kind == "days":
            return (
                phrase("scale.weeks", _half_up(value / 7))
                if value % 7 == 0
                else phrase("scale.days_n", _half_up(value))
            )
        return Number(value, style, self.currency, decimals=_places(value))


def _places(value: float) -> int:
    return 0 if float(value).is_integer() else 1 if float(value * 10).is_integer() else 2


def default_bounds(kind: str) -> tuple[float, ...]:
    return {"percent": PERCENT_BOUNDS, "fraction": PERCENT_BOUNDS, "days": DAY_BOUNDS}.get(kind, ())


def _nice(value: float) -> float:
    """A round figure near ``value`` (2 significant digits, ending on 0 or 5)."""
    if value <= 0:
        return 0.0
    import math

    power = 10.0 ** (math.floor(math.log10(value)) - 1)
    return float(round(value / power / 5) * 5 * power or power)


def money_bounds(amounts: list[float]) -> tuple[float, ...]:
    """Where levels 2-5 begin for this register's amounts: round figures that split them into five
    groups of about equal size, so the heat map spreads the risks out (the user can set others)."""
    values = sorted(abs(a) for a in amounts if a)
    if not values:
        return (10_000.0, 50_000.0, 100_000.0, 500_000.0)
    if len(set(values)) < 8:  # too few to split in five: even steps on a log scale from the least to the most
        low, high = values[0], max(values[-1], values[0] * 10)
        picks = [low * (high / low) ** (k / 5) for k in (1, 2, 3, 4)]
    else:
        picks = [values[min(len(values) - 1, int(len(values) * q))] for q in (0.2, 0.4, 0.6, 0.8)]
    bounds: list[float] = []
    for pick in picks:
        nice = _nice(pick)
        if bounds and nice <= bounds[-1]:
            nice = _nice(bounds[-1] * 2)
        bounds.append(nice)
    return tuple(bounds)


def _header_hint(header: str) -> tuple[int | None, str | None]:
    """What the header says of its scale: '(1-3)' -> top 3; '%' -> percent; 'days'/'weeks' -> days."""
    low = header.casefold()
    match = _RANGE_HINT.search(low)
    if match:
        first, last = int(match.group(1)), int(match.group(2))
        if first == 0 and last == 1:
            return None, "fraction"
        return last if last in (3, 4, 5, 10) else None, None
    if "%" in low or "procent" in low or "percent" in low:
        return None, "percent"
    if re.search(r"\b(days?|dagar|weeks?|veckor|wks)\b", low):
        return None, "days"
    return None, None


def detect(cells: list[str], axis: str, header: str = "", scales: Scales | None = None) -> Conversion:
    """The scale of one likelihood or impact column, from its cells and its header."""
    decimal = decimal_of(set(cells))
    once = {c: read_cell(c, axis, scales, decimal) for c in set(cells)}  # a column repeats a few values
    readings = [r for c in cells if (r := once[c]) is not None]
    top_hint, kind_hint = _header_hint(header)
    factor, currency = header_scale(header)
    if not readings:
        return Conversion("levels", top_hint or 5)
    kinds = Counter(r.kind for r in readings)
    share = {k: n / len(readings) for k, n in kinds.items()}
    if share.get("yesno", 0) >= 0.8:
        return Conversion("flag")
    if share.get("percent", 0) >= 0.5 or (kind_hint == "percent" and share.get("number", 0) >= 0.5):
        return Conversion("percent", bounds=PERCENT_BOUNDS)
    if share.get("days", 0) >= 0.5 or (kind_hint == "days" and share.get("number", 0) >= 0.5):
        weeks = 7.0 if re.search(r"weeks?|veckor|wks", header.casefold()) else 1.0
        return Conversion("days", bounds=DAY_BOUNDS, factor=weeks)
    money = [r for r in readings if r.kind == "money"]
    numbers = [r.value for r in readings if r.kind == "number"]
    if axis == "impact" and len(money) * 2 >= len(readings):
        cur = Counter(r.currency for r in money if r.currency).most_common(1)
        amounts = [r.value for r in money] + [v * factor for v in numbers]
        return Conversion("money", bounds=money_bounds(amounts), currency=cur[0][0] if cur else currency,
                          factor=factor)  # fmt: skip
    words = [r for r in readings if r.kind == "word"]
    if len(words) * 2 > len(readings):
        return Conversion("words", three=all(r.three for r in words) and len({r.value for r in words}) > 1)
    if not numbers:
        return Conversion("levels", top_hint or 5)
    high = max(abs(v) for v in numbers)
    if kind_hint == "fraction" or (
        axis == "likelihood" and high <= 1 and any(not v.is_integer() for v in numbers)
    ):
        return Conversion("fraction", bounds=PERCENT_BOUNDS)
    if top_hint:
        return Conversion("levels", top_hint)
    if axis == "impact" and high > 100:  # no level scale goes that far: amounts
        return Conversion("money", bounds=money_bounds([v * factor for v in numbers]), currency=currency,
                          factor=factor)  # fmt: skip
    above = [v for v in numbers if abs(v) > 5]
    if high <= 5 or len(above) < max(2, len(numbers) // 10):  # one 7 among fives is a typo, not a scale
        return Conversion("levels", 5)
    if high <= 10:
        return Conversion("levels", 10)
    if axis == "likelihood" and high <= 100:
        return Conversion("percent", bounds=PERCENT_BOUNDS)
    if axis == "impact":
        return Conversion("money", bounds=money_bounds([v * factor for v in numbers]), currency=currency,
                          factor=factor)  # fmt: skip
    return Conversion("levels", 5)


def is_rating(conversion: Conversion, cells: list[str], axis: str, scales: Scales | None = None) -> float:
    """The share of a column's filled cells this conversion reads as levels (how well it fits)."""
    decimal = decimal_of(set(cells))
    once = {c: conversion.rate(c, axis, scales, decimal) for c in set(cells)}
    rated = [once[c] for c in cells]
    filled = [r for r in rated if r.level is not None or r.problem is not None]
    if not filled or conversion.kind == "flag":
        return 0.0
    return sum(1 for r in filled if r.level is not None) / len(filled)
