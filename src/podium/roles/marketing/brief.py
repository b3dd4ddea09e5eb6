"""The campaign brief: what a marketing candidate plans, stored in ``prep.role_data["marketing"]``.

Everything is kept as the user typed it (a budget of "12 000 kr" stays a
string), so a value Podium cannot use is flagged, never lost. Parsing into
numbers and dates happens on read, in ``amount()`` and ``dates()``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Literal, Self, overload

from podium.core.model import Preparation

ROLE_KEY = "marketing"
CURRENCIES: tuple[str, ...] = ("SEK", "NOK", "DKK", "EUR", "USD", "GBP", "CHF")
LEVELS: tuple[str, ...] = ("low", "medium", "high")


class BriefFormatError(ValueError):
    """A brief file whose structure is wrong; ``where`` names the key, e.g. ``channels[2].budget``."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where


# ------------------------------------------------------------------ amounts

_MULTIPLIERS = (  # longest first, matched at the end of the amount
    ("miljoner", 1e6), ("million", 1e6), ("milj", 1e6), ("mkr", 1e6), ("msek", 1e6), ("mn", 1e6),
    ("m", 1e6), ("thousand", 1e3), ("tusen", 1e3), ("tkr", 1e3), ("ksek", 1e3), ("k", 1e3),
)  # fmt: skip
_CURRENCY_WORDS = re.compile(r"(sek|nok|dkk|eur|usd|gbp|chf|kr\.?|kronor|euro|dollars?|:-|[€$£])", re.I)
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f']+")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d+)*)$")


class AmountError(ValueError):
    """An amount that cannot be read; ``code`` is ``empty`` or ``not-number``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _plain_number(text: str) -> float:
    """'1,200,000' '1 200 000' '1.200.000' '1,5' '1.5' -> float; thousands need groups of three."""
    if not _NUMBER.match(text):
        raise AmountError("not-number")
    sign = -1.0 if text.startswith("-") else 1.0
    digits = text.lstrip("+-")
    seps = [c for c in digits if c in ".,"]
    if not seps:
        return sign * float(digits)
    last = max(digits.rfind("."), digits.rfind(","))
    head, tail = digits[:last], digits[last + 1 :]
    if len(set(seps)) == 2:  # both kinds: the last one is the decimal mark
        return sign * float(re.sub(r"[.,]", "", head) + "." + tail)
    if len(seps) > 1 or (len(tail) == 3 and head != "0"):  # '1,200,000' or '1,200': thousands
        groups = digits.split(seps[0])
        if any(len(g) != 3 for g in groups[1:]) or not 1 <= len(groups[0]) <= 3:
            raise AmountError("not-number")
        return sign * float("".join(groups))
    return sign * float(head + "." + tail)


def parse_amount(text: str) -> float:
    """A budget as people type it: '420 000 kr', 'SEK 420,000', '1,2 mkr', '€50k', '-5000'.

    Raises ``AmountError`` ('empty' or 'not-number'); negative amounts are returned
    as negative numbers so validation can say exactly that.
    """
    value = _SPACES.sub("", str(text)).replace("\u2212", "-").replace("\u2013", "-")
    if not value:
        raise AmountError("empty")
    value = _CURRENCY_WORDS.sub("", value)
    lower = value.lower()
    factor = 1.0
    for suffix, mult in _MULTIPLIERS:
        if lower.endswith(suffix) and len(lower) > len(suffix):
            value, factor = value[: -len(suffix)], mult
            break
    value = _CURRENCY_WORDS.sub("", value)
    if not value:
        raise AmountError("empty")
    number = _plain_number(value) * factor
    if not math.isfinite(number):
        raise AmountError("not-number")
    return number


def amount_text(value: float) -> str:
    """A number as it is stored: 420000 -> '420000', 12.5 -> '12.5'."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# ------------------------------------------------------------------ rows


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float | int):
        return amount_text(value)
    return str(value)


@dataclass
class _Row:
    """A table row of plain strings, read tolerantly from JSON."""

    def to_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Any, where: str = "", strict: bool = False) -> Self:
        if not isinstance(data, dict):
            if strict:
                raise BriefFormatError(where, "must be an object with named fields")
            return cls()
        names = {f.name for f in fields(cls)}
        if strict:
            for key, value in data.items():
                if key in names and isinstance(value, list | dict):
                    raise BriefFormatError(f"{where}.{key}", "must be text or a number")
        return cls(**{k: _text(v) for k, v in data.items() if k in names})

    def is_blank(self) -> bool:
        return not any(str(getattr(self, f.name)).strip() for f in fields(self))


@dataclass
class Persona(_Row):
    name: str = ""
    who: str = ""
    need: str = ""
    reach: str = ""


@dataclass
class Channel(_Row):
    name: str = ""
    role: str = ""
    budget: str = ""

    def amount(self) -> float:
        """The budget as a number; raises ``AmountError``."""
        return parse_amount(self.budget)


@dataclass
class Phase(_Row):
    name: str = ""
    start: str = ""  # ISO date, as the date editor writes it
    end: str = ""
    activities: str = ""
    owner: str = ""

    def dates(self) -> tuple[date, date] | None:
        """Start and end when both are valid dates and end is not before start."""
        try:
            start, end = date.fromisoformat(self.start.strip()), date.fromisoformat(self.end.strip())
        except ValueError:
            return None
        return (start, end) if end >= start else None


@dataclass
class Kpi(_Row):
    name: str = ""
    target: str = ""
    measure: str = ""
    frequency: str = ""


@dataclass
class Risk(_Row):
    risk: str = ""
    likelihood: str = ""
    impact: str = ""
    mitigation: str = ""


@dataclass
class Experiment(_Row):
    """One row of the test-and-learn plan: what we believe, how we test it and what we then do."""

    hypothesis: str = ""
    test: str = ""
    metric: str = ""
    decision_rule: str = ""
    control_group: str = ""


_TABLES: dict[str, type[_Row]] = {
    "personas": Persona,
    "channels": Channel,
    "phases": Phase,
    "experiments": Experiment,
    "kpis": Kpi,
    "risks": Risk,
}
_LISTS = ("situation", "next_steps")


@dataclass
class CampaignBrief:
    """The candidate's campaign plan, field by field, in the order the deck tells it."""

    presenter: str = ""
    goal: str = ""
    objective: str = ""
    evidence: str = ""  # why the objective is achievable
    situation: list[str] = field(default_factory=list)
    insight: str = ""
    audience: str = ""
    personas: list[Persona] = field(default_factory=list)
    big_idea: str = ""
    key_message: str = ""
    proof: str = ""
    call_to_action: str = ""
    currency: str = "SEK"
    channels: list[Channel] = field(default_factory=list)
    # The business case, as typed: new customers the campaign wins, each one's revenue in its
    # first year and the gross margin on it (percent). The campaign's cost is the channels' total.
    customers: str = ""
    customer_value: str = ""
    gross_margin: str = ""
    phases: list[Phase] = field(default_factory=list)
    experiments: list[Experiment] = field(default_factory=list)
    kpis: list[Kpi] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    ask: str = ""
    next_steps: list[str] = field(default_factory=list)

    @overload
    def rows(self, table: Literal["personas"]) -> list[Persona]: ...
    @overload
    def rows(self, table: Literal["channels"]) -> list[Channel]: ...
    @overload
    def rows(self, table: Literal["phases"]) -> list[Phase]: ...
    @overload
    def rows(self, table: Literal["experiments"]) -> list[Experiment]: ...
    @overload
    def rows(self, table: Literal["kpis"]) -> list[Kpi]: ...
    @overload
    def rows(self, table: Literal["risks"]) -> list[Risk]: ...
    @overload
    def rows(self, table: str) -> Sequence[_Row]: ...  # a table named by a variable

    def rows(self, table: str) -> Sequence[_Row]:
        """The filled rows of a table field (rows left blank are ignored everywhere)."""
        return [r for r in getattr(self, table) if not r.is_blank()]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in _TABLES:
                out[f.name] = [row.to_dict() for row in value]
            elif f.name in _LISTS:
                out[f.name] = list(value)
            else:
                out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: Any, *, strict: bool = False) -> CampaignBrief:
        """Read a stored or imported brief.

        Tolerant by default (stored data never fails to open); ``strict`` raises
        ``BriefFormatError`` naming the key, for files given on the command line.
        """
        if not isinstance(data, dict):
            if strict:
                raise BriefFormatError("", "the brief must be a JSON object with named fields")
            return cls()
        brief = cls()
        known = {f.name for f in fields(cls)}
        for key, value in data.items():
            if key not in known:
                if strict:
                    raise BriefFormatError(key, f"unknown field (known: {', '.join(sorted(known))})")
                continue
            if key in _TABLES:
                if not isinstance(value, list):
                    if strict:
                        raise BriefFormatError(key, "must be a list of objects")
                    continue
                row_type = _TABLES[key]
                rows = [row_type.from_dict(v, f"{key}[{i}]", strict) for i, v in enumerate(value)]
                setattr(brief, key, rows)
            elif key in _LISTS:
                if isinstance(value, str):
                    setattr(brief, key, [line for line in value.splitlines() if line.strip()])
                elif isinstance(value, list):
                    setattr(brief, key, [_text(v) for v in value if _text(v).strip()])
                elif strict:
                    raise BriefFormatError(key, "must be a list of lines or one text")
            else:
                if strict and isinstance(value, list | dict):
                    raise BriefFormatError(key, "must be text")
                setattr(brief, key, _text(value))
        brief.currency = brief.currency.strip().upper() or "SEK"
        return brief


def row_amounts(brief: CampaignBrief) -> dict[int, float]:
    """Usable amounts by row of ``brief.channels``: named, readable and not negative.

    The others are flagged in the panel and left out of the deck rather than guessed.
    """
    out: dict[int, float] = {}
    for i, channel in enumerate(brief.channels):
        if channel.is_blank():
            continue
        try:
            amount = channel.amount()
        except AmountError:
            continue
        if channel.name.strip() and amount >= 0:
            out[i] = amount
    return out


def load_brief(prep: Preparation) -> CampaignBrief:
    """The preparation's brief (empty when none was entered yet)."""
    return CampaignBrief.from_dict(prep.role_data.get(ROLE_KEY, {}))


def store_brief(prep: Preparation, brief: CampaignBrief) -> None:
    prep.role_data[ROLE_KEY] = brief.to_dict()
