"""Money and delays as registers write them: '64,500,000 CHF', 'SEK 2,5 mn', '15 000 kr', '(12k)', '3 weeks'.

A register's impact column is as often an amount or a delay as a level. These read one cell;
which thousands convention a column follows (15,000 or 15.000) is settled per column by
``decimal_of`` and passed in, since one cell alone can be read both ways.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

CURRENCIES = {
    "sek": "SEK", "kr": "SEK", "kronor": "SEK", ":-": "SEK", "chf": "CHF", "fr": "CHF", "sfr": "CHF",
    "eur": "EUR", "€": "EUR", "euro": "EUR", "euros": "EUR", "usd": "USD", "$": "USD", "us$": "USD",
    "dollar": "USD", "dollars": "USD", "gbp": "GBP", "£": "GBP", "nok": "NOK", "dkk": "DKK",
}  # fmt: skip
MULTIPLIERS = {
    "k": 1e3, "tkr": 1e3, "ksek": 1e3, "tsek": 1e3, "keur": 1e3, "kchf": 1e3, "thousand": 1e3, "tusen": 1e3,
    "m": 1e6, "mn": 1e6, "mio": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6, "milj": 1e6,
    "miljon": 1e6, "miljoner": 1e6, "mkr": 1e6, "msek": 1e6, "meur": 1e6, "mchf": 1e6,
    "bn": 1e9, "mdr": 1e9, "mdkr": 1e9, "md": 1e9, "miljard": 1e9, "miljarder": 1e9, "billion": 1e9,
}  # fmt: skip
# A multiplier word that names its currency too: "tkr" is thousands of kronor.
_OWN_CURRENCY = {"tkr": "SEK", "ksek": "SEK", "tsek": "SEK", "mkr": "SEK", "msek": "SEK", "mdkr": "SEK",
                 "keur": "EUR", "meur": "EUR", "kchf": "CHF", "mchf": "CHF"}  # fmt: skip
DAYS = {
    "d": 1.0, "day": 1.0, "days": 1.0, "dag": 1.0, "dagar": 1.0, "dgr": 1.0, "cd": 1.0,
    "wd": 1.4, "working day": 1.4, "working days": 1.4, "workday": 1.4, "workdays": 1.4,
    "arbetsdag": 1.4, "arbetsdagar": 1.4, "w": 7.0, "wk": 7.0, "wks": 7.0, "week": 7.0, "weeks": 7.0,
    "v": 7.0, "v.": 7.0, "vecka": 7.0, "veckor": 7.0, "mo": 30.4, "mth": 30.4, "mths": 30.4,
    "month": 30.4, "months": 30.4, "mån": 30.4, "månad": 30.4, "månader": 30.4, "mnd": 30.4,
    "y": 365.0, "yr": 365.0, "year": 365.0, "years": 365.0, "år": 365.0,
}  # fmt: skip

_NUMBER = re.compile(r"\d[\d \u00a0\u202f.,'’]*\d|\d")
_WORDS = re.compile(r"[a-zåäö$€£:]+[-.]?|[$€£]|:-", re.IGNORECASE)
_MINUS = "-−–"


@dataclass(frozen=True)
class Amount:
    value: float  # negative: an opportunity (a saving) in a table of threats
    currency: str  # "" when the cell names none


def number(text: str, decimal: str | None = None, scaled: bool = False) -> float | None:
    """'64,500,000', '1.234,5', "1'234.50", '2,5' (decimal ','), '15 000' as a float; None if not one.

    ``decimal`` is the column's decimal mark when known; without it a lone comma or dot followed by
    exactly three digits groups thousands (15,000) unless the amount is ``scaled`` (2,500 mn is odd)."""
    digits = re.sub(r"[ \u00a0\u202f'’]", "", text)
    if not digits or not re.fullmatch(r"[\d.,]+", digits):
        return None
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        mark = "," if digits.rfind(",") > digits.rfind(".") else "."
    elif commas > 1 or dots > 1:
        mark = "." if commas > 1 else ","
    elif commas or dots:
        sep = "," if commas else "."
        tail = digits.split(sep)[1]
        if decimal is not None:
            mark = decimal if sep == decimal else ("," if sep == "." else ".")
        else:
            mark = "" if len(tail) == 3 and not scaled else sep
            mark = mark or ("," if sep == "." else ".")
    else:
        mark = "."
    group = "," if mark == "." else "."
    cleaned = digits.replace(group, "").replace(mark, ".")
    if cleaned.count(".") > 1:
        return None
    try:
        return float(cleaned)
    except ValueError:
        return None


def _split(text: str) -> tuple[bool, str, list[str]] | None:
    """(negative, number text, the words around it) or None when the cell holds no single number."""
    value = text.strip()
    negative = False
    if value.startswith("(") and value.endswith(")"):
        negative, value = True, value[1:-1].strip()
    elif match := re.search(r"\(\s*([^()]*\d[^()]*)\s*\)", value):  # "(50,000) CHF", "CHF (50,000)"
        negative, value = (
            True,
            (value[: match.start()] + " " + match.group(1) + " " + value[match.end() :]).strip(),
        )
    if value and value[0] in _MINUS:
        negative, value = True, value[1:].strip()
    if value.endswith("-") and not value.endswith(":-"):
        negative, value = True, value[:-1].strip()
    found = list(_NUMBER.finditer(value))
    if len(found) != 1:
        return None
    match = found[0]
    rest = (value[: match.start()] + " " + value[match.end() :]).strip().lower()
    if rest.startswith(("-", "−")):  # "SEK -5 000"
        negative, rest = True, rest[1:].strip()
    words = [w.strip(".") or w for w in _WORDS.findall(rest)]
    leftover = _WORDS.sub("", rest).strip(" .")
    if leftover:
        return None
    return negative, match.group(0), words


def parse_amount(text: str, decimal: str | None = None, default_currency: str = "") -> Amount | None:
    """An amount with its currency and multiplier words in any order; None when other words remain."""
    split = _split(text)
    if split is None:
        return None
    negative, digits, words = split
    currency, factor = "", 1.0
    for word in words:
        if word in CURRENCIES:
            currency = CURRENCIES[word]
        elif word in MULTIPLIERS:
            factor = MULTIPLIERS[word]
            currency = currency or _OWN_CURRENCY.get(word, "")
        else:
            return None
    value = number(digits, decimal, scaled=factor != 1.0)
    if value is None:
        return None
    value *= factor
    return Amount(-value if negative else value, currency or default_currency)


def has_money_words(text: str) -> bool:
    """Whether the cell names a currency or a multiplier, so it is surely an amount, not a level."""
    split = _split(text)
    return split is not None and any(w in CURRENCIES or w in MULTIPLIERS for w in split[2])


_DAYS_RE = re.compile(
    r"^\s*(\d+(?:[.,]\d+)?)\s*("
    + "|".join(sorted((re.escape(u) for u in DAYS), key=len, reverse=True))
    + r")\.?\s*$",
    re.IGNORECASE,
)


def parse_days(text: str) -> float | None:
    """'3 weeks', '10d', '2 veckor', '1,5 months' as calendar days; None when it is no delay."""
    match = _DAYS_RE.match(text)
    if not match:
        return None
    return float(match.group(1).replace(",", ".")) * DAYS[match.group(2).lower()]


def decimal_of(cells: Iterable[str]) -> str | None:
    """The decimal mark a column of amounts uses, when its cells show it ('2,5' or '1.234,50'), else None."""
    comma = point = 0
    for cell in cells:
        split = _split(cell)
        if split is None or any(w in MULTIPLIERS for w in split[2]):  # '1,2 Mio.' says nothing of '15,000'
            continue
        digits = re.sub(r"[ \u00a0\u202f'’]", "", split[1])
        if re.fullmatch(r"\d+,\d{1,2}|\d{1,3}(\.\d{3})+,\d+|\d+,\d{4,}", digits):
            comma += 1
        elif re.fullmatch(r"\d+\.\d{1,2}|\d{1,3}(,\d{3})+\.\d+|\d+\.\d{4,}", digits):
            point += 1
    if comma > point:
        return ","
    if point > comma:
        return "."
    return None


def header_scale(header: str) -> tuple[float, str]:
    """The multiplier and currency a header states for its column: 'Cost (kSEK)' -> (1000, 'SEK')."""
    words = re.findall(r"[a-zåäö$€£']+|[$€£]", header.lower())
    factor, currency = 1.0, ""
    for word in words:
        if word in ("'000", "000s", "thousands", "tusental"):
            factor = 1e3
        elif word in MULTIPLIERS and word not in ("m", "k", "d", "md"):
            factor = MULTIPLIERS[word]
            currency = currency or _OWN_CURRENCY.get(word, "")
        if word in CURRENCIES and word != "fr":
            currency = CURRENCIES[word]
    if "'000" in header or "000s" in header.lower():
        factor = 1e3
    return factor, currency
