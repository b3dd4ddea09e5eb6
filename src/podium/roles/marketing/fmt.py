"""Money, shares and dates written the way the deck's language writes them.

How a language writes them is the shared phrasebook's ``[locale]`` and ``[money]``, read through
``podium.core.text``; what is left here is the campaign plan's own arithmetic and layout.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from podium.core import text
from podium.core.phrasebook import fill
from podium.core.text import format_number, month_name, short_date
from podium.roles.marketing.words import phrasebook


@lru_cache(maxsize=4096)
def money(value: float, currency: str, language: str) -> str:
    """'SEK 1,200,000' / '€50,000' in English; '1 200 000 kr' / '50 000 euro' in Swedish.

    Kept for the process: the same few amounts are written on every keystroke, and the catalogues
    that say how do not change while Podium runs.
    """
    return text.money(value, currency, language)


def money_short(value: float, currency: str, language: str) -> str:
    """An amount for a title, read at a glance: 'SEK 1.2m' / '1,2 mkr' from a million up (when two
    decimals say it exactly), otherwise the whole amount as ``money`` writes it."""
    millions = value / 1e6
    if abs(millions) < 1 or abs(round(millions, 2) - millions) > 1e-9:
        return money(value, currency, language)
    number = format_number(millions, language, 2)
    mark = text.decimal_mark(language)
    number = number.rstrip("0").rstrip(mark) if mark in number else number
    patterns = phrasebook(language).group("millions")
    return fill(patterns.get(currency) or patterns["other"], {"number": number, "code": currency})


def decimal(value: float, language: str, decimals: int = 1) -> str:
    """'5.0' / '5,0': a figure shown with its decimals, as the language writes them."""
    return format_number(value, language, decimals)


def currency_label(currency: str, language: str) -> str:
    """The unit in a table header: 'SEK', '€' / 'kr', 'euro'."""
    return text.currency_unit(currency, language)


def percent(value: float, language: str) -> str:
    """A whole percentage: '35%' in English, '35 %' in Swedish."""
    return text.percent(format_number(value, language), language)


def rate(value: float, language: str) -> str:
    """A rate as typed, to one decimal when it has one: '80%', '72.5%' / '80 %', '72,5 %'."""
    decimals = 0 if float(value).is_integer() else 1
    return text.percent(format_number(value, language, decimals), language)


def shares(amounts: list[float]) -> list[int]:
    """Whole-percent shares of the total that always add up to exactly 100 (largest remainder).

    A table whose shares add to 99 or 101 is the first thing a finance-minded panellist spots.
    """
    clean = [max(0.0, a) for a in amounts]
    total = sum(clean)
    if total <= 0:
        return [0 for _ in amounts]
    exact = [100 * a / total for a in clean]
    floors = [int(x) for x in exact]
    order = sorted(range(len(exact)), key=lambda i: (exact[i] - floors[i], exact[i]), reverse=True)
    for i in order[: 100 - sum(floors)]:
        floors[i] += 1
    return floors


def date_range(start: date, end: date, language: str, *, year: bool = False) -> str:
    """'1–15 Mar', '16 Mar – 31 May', '1 Dec 2026 – 15 Jan 2027' (years shown when they differ)."""
    if start.year != end.year:
        return f"{short_date(start, language, year=True)} – {short_date(end, language, year=True)}"
    tail = f" {end.year}" if year else ""
    if start == end:
        return short_date(start, language) + tail
    if start.month == end.month:
        return f"{start.day}–{end.day} {month_name(end.month, language)}{tail}"
    return f"{short_date(start, language)} – {short_date(end, language)}{tail}"


def clip(text: str, limit: int) -> str:
    """One line of at most about ``limit`` characters, cut at a word with an ellipsis.

    The panel warns well before this; the cut only keeps a pasted essay from
    spilling off the slide. The brief itself keeps every character.
    """
    line = " ".join(str(text).split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.–-") + "…"
