"""Numbers read back from the words people write on a risk scale and in a register's cells.

A scale level reads "Likely (50–80%)" or "SEK 1–3m or 2–4 weeks" / "1–3 mkr eller 2–4 veckor";
a register cell reads "6 weeks", "10 dagar" or "SEK 250k". The schedule simulation needs those
as numbers, so what the method slide shows is exactly what it computes with. Both languages'
words are read whatever the deck's language, because a register may be written in either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\d])|\d+(?:[.,]\d+)?"
_DASH = r"\s*(?:–|—|-|to|till|upp till)\s*"
_BELOW = r"(?:<|≤|<=|under|below|less than|up to|upp till|högst|mindre än|max\.?|maximum)\s*"
_ABOVE = r"(?:>|≥|>=|over|above|more than|at least|över|mer än|minst|min\.?|minimum)\s*"

# Time units, in weeks.
_TIME_UNITS = {
    "day": 1 / 7, "days": 1 / 7, "d": 1 / 7, "dag": 1 / 7, "dagar": 1 / 7, "dgr": 1 / 7,
    "working day": 1 / 5, "working days": 1 / 5, "arbetsdag": 1 / 5, "arbetsdagar": 1 / 5,
    "week": 1.0, "weeks": 1.0, "wk": 1.0, "wks": 1.0, "w": 1.0, "vecka": 1.0, "veckor": 1.0, "v": 1.0,
    "v.": 1.0, "veckan": 1.0, "month": 52 / 12, "months": 52 / 12, "mo": 52 / 12, "mth": 52 / 12,
    "mths": 52 / 12, "mån": 52 / 12, "månad": 52 / 12, "månader": 52 / 12, "mnd": 52 / 12,
    "year": 52.0, "years": 52.0, "yr": 52.0, "år": 52.0,
}  # fmt: skip
_TIME_WORD = "|".join(sorted((re.escape(u) for u in _TIME_UNITS), key=len, reverse=True))

# Money: a multiplier word after the number, and the currency before or after it.
MULTIPLIERS = {
    "k": 1e3, "tkr": 1e3, "ksek": 1e3, "keur": 1e3, "thousand": 1e3, "tusen": 1e3,
    "m": 1e6, "mn": 1e6, "mln": 1e6, "mkr": 1e6, "msek": 1e6, "meur": 1e6, "million": 1e6,
    "millions": 1e6, "miljon": 1e6, "miljoner": 1e6, "bn": 1e9, "mdkr": 1e9, "miljard": 1e9,
    "miljarder": 1e9, "billion": 1e9,
}  # fmt: skip
# The currency a multiplier word names on its own: "mkr" is millions of kronor.
_MULTIPLIER_CURRENCY = {"tkr": "SEK", "ksek": "SEK", "mkr": "SEK", "msek": "SEK", "mdkr": "SEK",
                        "keur": "EUR", "meur": "EUR"}  # fmt: skip
CURRENCIES = {
    "sek": "SEK", "kr": "SEK", "kronor": "SEK", "€": "EUR", "eur": "EUR", "euro": "EUR", "$": "USD",
    "usd": "USD", "dollar": "USD", "£": "GBP", "gbp": "GBP", "pund": "GBP", "nok": "NOK", "dkk": "DKK",
    "chf": "CHF",
}  # fmt: skip
_MULTIPLIER_WORD = "|".join(sorted((re.escape(u) for u in MULTIPLIERS), key=len, reverse=True))
_CURRENCY_WORD = "|".join(sorted((re.escape(u) for u in CURRENCIES), key=len, reverse=True))


@dataclass(frozen=True)
class Span:
    """A range read from text, in the quantity's base unit (weeks, percent, currency units).

    ``hi`` is None for an open range ("> 8 weeks"); ``lo`` is 0 for "< 1 week".
    """

    lo: float
    hi: float | None
    text: str  # the words it was read from, for the speaker notes

    def bounds(self, open_factor: float) -> tuple[float, float]:
        """(lo, hi) with an open top closed at ``open_factor`` × lo ("> 8 weeks": 8 to 12 at 1.5)."""
        return (self.lo, self.hi) if self.hi is not None else (self.lo, self.lo * open_factor)


@dataclass(frozen=True)
class Money:
    span: Span  # in currency units (kronor, euro)
    currency: str  # ISO code, or "" when the text names none


def to_number(text: str) -> float:
    """'1 000 000' -> 1e6, '15,000' -> 15000.0, '0,5' -> 0.5, '2.5' -> 2.5."""
    text = text.strip()
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+", text) and not text.startswith("0"):
        return float(re.sub(r"\D", "", text))
    return float(text.replace(",", "."))


def _clean(text: str) -> str:
    return " ".join(str(text).replace("\u2212", "-").split())


def _span(lo: str | None, hi: str | None, kind: str, scale_lo: float, scale_hi: float, text: str) -> Span:
    if kind == "below":
        return Span(0.0, to_number(str(hi)) * scale_hi, text)
    if kind == "above":
        return Span(to_number(str(lo)) * scale_lo, None, text)
    low = to_number(str(lo)) * scale_lo
    high = to_number(str(hi)) * scale_hi if hi is not None else low
    return Span(min(low, high), max(low, high), text)


_PERCENT = re.compile(
    rf"(?P<below>{_BELOW})?(?P<above>{_ABOVE})?(?P<a>{_NUMBER})\s*%?(?:{_DASH}(?P<b>{_NUMBER}))?\s*%",
    re.IGNORECASE,
)


def parse_percent(text: str) -> Span | None:
    """'10–30%', '< 10 %', '> 80%', 'about 40%' -> a span in percent; None without a percent sign."""
    match = _PERCENT.search(_clean(text))
    if not match:
        return None
    kind = "below" if match["below"] else "above" if match["above"] else "range"
    if kind == "below":
        return _span(None, match["b"] or match["a"], kind, 1, 1, match.group(0).strip())
    return _span(match["a"], match["b"], kind, 1, 1, match.group(0).strip())


_TIME = re.compile(
    rf"(?P<below>{_BELOW})?(?P<above>{_ABOVE})?(?P<a>{_NUMBER})\s*(?P<ua>{_TIME_WORD})?(?![\wåäö])"
    rf"(?:{_DASH}(?P<b>{_NUMBER})\s*(?P<ub>{_TIME_WORD})(?![\wåäö]))?",
    re.IGNORECASE,
)


def parse_weeks(text: str, default_unit: str = "") -> Span | None:
    """'2–4 weeks', '< 1 vecka', '> 2 months', '10 dagar' -> a span in weeks.

    A bare number takes ``default_unit`` (a column's '(days)'); without one it is not a duration.
    """
    for match in _TIME.finditer(_clean(text)):
        unit_a, unit_b = (match["ua"] or "").lower(), (match["ub"] or "").lower()
        unit_b = unit_b or unit_a
        unit_a = unit_a or unit_b or default_unit
        unit_b = unit_b or unit_a
        if unit_a not in _TIME_UNITS:
            continue
        kind = "below" if match["below"] else "above" if match["above"] else "range"
        scale_a, scale_b = _TIME_UNITS[unit_a], _TIME_UNITS[unit_b]
        if kind == "below":
            return _span(None, match["b"] or match["a"], kind, scale_a, scale_b if match["b"] else scale_a,
                         match.group(0).strip())  # fmt: skip
        return _span(match["a"], match["b"], kind, scale_a, scale_b, match.group(0).strip())
    return None


_MONEY = re.compile(
    rf"(?P<below>{_BELOW})?(?P<above>{_ABOVE})?(?P<ca>{_CURRENCY_WORD})?\s*(?P<a>{_NUMBER})\s*"
    rf"(?P<ma>{_MULTIPLIER_WORD})?(?![\wåäö])(?:{_DASH}(?P<cb>{_CURRENCY_WORD})?\s*(?P<b>{_NUMBER})\s*"
    rf"(?P<mb>{_MULTIPLIER_WORD})?(?![\wåäö]))?\s*(?P<cc>{_CURRENCY_WORD})?(?![\wåäö])",
    re.IGNORECASE,
)


def parse_money(text: str, default_multiplier: str = "", default_currency: str = "") -> Money | None:
    """'SEK 1–3m', '< 0,5 mkr', '€250k', '500 000 kr' -> an amount span and its currency.

    Only a number with a currency or a multiplier word is money (a bare '2–4' may be weeks); a
    column's '(kSEK)' gives both to the bare numbers under it.
    """
    cleaned = _clean(text)
    for match in _MONEY.finditer(cleaned):
        words = [(match[g] or "").lower() for g in ("ca", "cb", "cc", "ma", "mb")]
        currency_word = next((w for w in words[:3] if w), "")
        mult_a = words[3] or words[4] or default_multiplier.lower()
        mult_b = words[4] or words[3] or default_multiplier.lower()
        currency = CURRENCIES.get(currency_word) or _MULTIPLIER_CURRENCY.get(mult_a) or default_currency
        if (
            not currency_word
            and not words[3]
            and not words[4]
            and not (default_multiplier or default_currency)
        ):
            continue
        after = cleaned[match.end() :].lstrip().lower()
        if re.match(rf"(?:{_TIME_WORD})(?![\wåäö])", after) or "%" in match.group(0):
            continue
        kind = "below" if match["below"] else "above" if match["above"] else "range"
        scale_a, scale_b = MULTIPLIERS.get(mult_a, 1.0), MULTIPLIERS.get(mult_b, 1.0)
        if kind == "below":
            span = _span(None, match["b"] or match["a"], kind, 1, scale_b if match["b"] else scale_a,
                         match.group(0).strip())  # fmt: skip
        else:
            span = _span(match["a"], match["b"], kind, scale_a, scale_b, match.group(0).strip())
        return Money(span, currency)
    return None
