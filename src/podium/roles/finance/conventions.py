"""What the numbers are: a cost or a revenue (which way a variance is favourable), and their currency.

Both are guessed from the column names, in English and Swedish (``Kostnad``, ``Revenue``,
``Belopp tkr``, ``Amount (EUR)``), the way a reader of the file would; the user can change the
sign convention in the Data tab, and ``podium generate`` takes both as options. A guess is
marked as one, so a re-analysis may guess again, while the user's choice stays.
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE
COST_NAMES = re.compile(
    r"cost|kostnad|expens|expenditure|utgift|opex|capex|spend|inköp|purchas|overhead|omkostnad", _I
)
REVENUE_NAMES = re.compile(r"revenue|intäkt|sales|försälj|omsättn|income|turnover|intäkter", _I)
KINDS = ("revenue", "cost")

CURRENCIES = (
    ("SEK", re.compile(r"\bsek\b|ksek|tsek|msek|\bkr\b|\btkr\b|\bmkr\b|kronor", _I)),
    ("EUR", re.compile(r"\beur\b|teur|meur|€|\beuro", _I)),
    ("USD", re.compile(r"\busd\b|\$|dollar", _I)),
    ("GBP", re.compile(r"\bgbp\b|£|pound", _I)),
)
THOUSANDS = re.compile(
    r"\btkr\b|ksek|tsek|teur|\bk(sek|eur|usd)\b|\b(sek|eur|usd|gbp)\s?k\b|'000|\(000\)|tusen|thousand", _I
)
MILLIONS = re.compile(r"\bmkr\b|msek|meur|\bmn\b|\b(sek|eur|usd|gbp)\s?m\b|miljon|million", _I)
DEFAULT_CURRENCY = "SEK"


def _names(choice: dict[str, Any], profile: dict[str, Any]) -> list[str]:
    """Where a reader looks, in order: the measure, its comparison, the category, the sheet, the file."""
    names = [*(choice.get("measures") or [])[:1], choice.get("compare"), choice.get("category")]
    names += [profile.get("sheet"), profile.get("file")]
    return [str(n) for n in names if n]


def guess_convention(choice: dict[str, Any], profile: dict[str, Any]) -> dict[str, Any]:
    """'cost' when the first name that says anything says cost (Kostnad, Cost centre), else 'revenue'."""
    for name in _names(choice, profile):
        if COST_NAMES.search(name):
            return {"kind": "cost", "guessed": True, "from": name}
        if REVENUE_NAMES.search(name):
            return {"kind": "revenue", "guessed": True, "from": name}
    return {"kind": "revenue", "guessed": True, "from": None}


def guess_unit(choice: dict[str, Any], profile: dict[str, Any]) -> dict[str, Any]:
    """The currency and the data's own scale (1, thousands, millions) named in the column names;
    SEK in units when none is named (said on the method slide, so the candidate can check)."""
    names = _names(choice, profile)
    currency = next((code for name in names for code, pattern in CURRENCIES if pattern.search(name)), None)
    scale = 1.0
    for name in names:
        if THOUSANDS.search(name):
            scale = 1e3
            break
        if MILLIONS.search(name):
            scale = 1e6
            break
    return {"currency": currency or DEFAULT_CURRENCY, "scale": scale, "named": currency is not None}


def parse_unit(text: str) -> dict[str, Any] | None:
    """'SEK', 'EUR m', 'tkr', 'SEK thousands' -> the unit; None when it names no currency."""
    currency = next((code for code, pattern in CURRENCIES if pattern.search(text)), None)
    if currency is None and text.strip().upper() in {code for code, _ in CURRENCIES}:
        currency = text.strip().upper()
    if currency is None:
        return None
    scale = 1e3 if THOUSANDS.search(text) else 1e6 if MILLIONS.search(text) else 1.0
    return {"currency": currency, "scale": scale, "named": True}


def increase_good(kind: str, reference_total: float) -> bool:
    """Whether an actual above the reference is favourable: for a revenue booked as a positive
    number, and for a cost booked as a negative one (a ledger's credit and debit signs)."""
    return (kind != "cost") == (reference_total >= 0)
