"""Numbers, periods and phrases for the finance deck and Data panel, in the deck's language.

Written per language, not word-swapped: the words are the role's phrasebook
(``templates/finance/phrases.<lang>.toml``), and how a language writes a number or a date
(Swedish groups thousands with a space, writes a decimal comma, a real minus sign and a space
before the percent sign) is the shared one's, read through ``podium.core.text``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from podium.core.phrasebook import Phrasebook, phrases
from podium.core.text import day_month, format_number, month_name, month_year, percent, quarter, short_date

ROLE = "finance"


def phrasebook(language: str) -> Phrasebook:
    """The finance role's phrases in ``language``."""
    return phrases(language, ROLE)


def _decimals(value: float) -> int:
    if float(value).is_integer() or abs(value) >= 100:
        return 0
    return 2 if abs(value) < 10 else 1


def scale_for(values: list[float]) -> float:
    """One scale for a whole table, so a column does not mix 166.4m with +649,098."""
    high = max((abs(v) for v in values), default=0.0)
    return 1e9 if high >= 1e9 else 1e6 if high >= 1e6 else 1.0


def amount(value: float, language: str, signed: bool = False, scale: float | None = None) -> str:
    """A sum as people say it: 49.5m / 49,5 mn above a million, else grouped digits.

    ``scale`` (from ``scale_for``) fixes millions or billions for every cell of a table.
    """
    sign = "+" if signed and value > 0 else ""
    for size in (1e9, 1e6):
        if (scale is None and abs(value) >= size) or scale == size:
            scaled = value / size
            places = 1 if abs(scaled) >= 0.95 or scale is None else 2
            number = format_number(scaled, language, places)
            said = phrasebook(language)
            return sign + (
                said.say("billions", number=number) if size == 1e9 else said.say("millions", number=number)
            )
    return sign + format_number(value, language, _decimals(value))


def exact(value: float, language: str) -> str:
    """The full figure with its decimals, for tables that must tie to the file."""
    places = 0 if float(value).is_integer() else 2
    return format_number(value, language, places)


def pct(value: float | None, language: str, signed: bool = True) -> str:
    if value is None:
        return "–"
    places = 1 if abs(value) >= 0.05 or value == 0 else 2  # -0.02%, not a puzzling -0.0%
    if round(value, places) == 0:
        value = 0.0
    sign = "+" if signed and value > 0 else ""
    return percent(sign + format_number(value, language, places), language)


def points(value: float, language: str) -> str:
    return amount(value, language, signed=True)


def count(value: int, language: str) -> str:
    return format_number(value, language, 0)


def period(key: str, language: str, short: bool = False) -> str:
    """'2024-01' -> 'Jan 2024' / 'jan 2024'; '2024Q1' -> 'Q1 2024'; '2024' stays; a day -> '15 Jan'."""
    if "Q" in key:
        year, number = key.split("Q")
        return quarter(number, language, year)
    parts = key.split("-")
    if len(parts) == 2:
        year, month = parts
        return month_year(int(month), year[2:] if short else year, language)
    if len(parts) == 3:
        return day_month(int(parts[2]), int(parts[1]), language)
    return key


def day(iso: str, language: str) -> str:
    return short_date(date.fromisoformat(iso), language, year=True)


def day_of(iso: str, language: str) -> str:
    """'2 Jan' / '2 jan': a day whose year the range states once, at its end."""
    return short_date(date.fromisoformat(iso), language)


def span(start: str, end: str, language: str) -> str:
    return day(start, language) if start == end else f"{day(start, language)} – {day(end, language)}"


def periods_label(keys: list[str], language: str) -> str:
    """A period ('Jun 2024') or a range of them ('Jan–Jun 2024') from analysis keys."""
    if len(keys) == 2 and keys[0] != keys[1]:
        return period_range(keys[0], keys[1], language)
    return period(keys[0], language) if keys and keys[0] else ""


def period_range(first: str, last: str, language: str) -> str:
    """'Jan–Jun 2024', 'Jan 2023 – Dec 2024', 'Q1–Q3 2024', '2022–2024': the year once when it is one."""
    said = phrasebook(language)
    whole_first, whole_last = period(first, language), period(last, language)
    if first[:4] == last[:4] and len(first) == 7 and "Q" not in first:  # months of one year
        return said.say("span.tight", first=month_name(int(first[5:7]), language), last=whole_last)
    if first[:4] == last[:4] and "Q" in first:
        return said.say("span.tight", first=whole_first.split()[0], last=whole_last)
    if len(first) == 4:  # years
        return said.say("span.tight", first=first, last=last)
    return said.say("span.spaced", first=whole_first, last=whole_last)


def data_span(found: dict[str, Any] | None, language: str) -> str:
    """The period a data set covers, as its dates are kept: 'Jan 2023 – Dec 2024' for monthly data
    (never '1 Jan 2023 – 1 Dec 2024'), '2 Jan – 21 Jun 2024' for daily data."""
    if not found:
        return ""
    start, end = found["start"], found["end"]
    grain = found.get("granularity", "daily")
    if grain == "daily":
        if start == end:
            return day(start, language)
        first = day_of(start, language) if start[:4] == end[:4] else day(start, language)
        return phrasebook(language).say("span.spaced", first=first, last=day(end, language))

    def quarter_of(iso: str) -> str:
        return f"{iso[:4]}Q{(int(iso[5:7]) - 1) // 3 + 1}"

    keys = {"monthly": (start[:7], end[:7]), "quarterly": (quarter_of(start), quarter_of(end)),
            "yearly": (start[:4], end[:4])}.get(grain, (start[:7], end[:7]))  # fmt: skip
    return periods_label(list(keys), language)


def rows(numbers: list[int], total: int, language: str) -> str:
    """'row 12' / 'rows 7, 9 and 3 more' — where to look in the file."""
    said = phrasebook(language)
    shown = ", ".join(str(n) for n in numbers)
    more = total - len(numbers)
    if more > 0:
        shown = said.say("rows_more", numbers=shown, more=more)
    return said.say("rows", count=total, numbers=shown)


def quote(name: str, language: str) -> str:
    return phrasebook(language).say("quote", text=name)


def sentence(text: str) -> str:
    """``text`` with a capital first letter, as a line on a slide starts ('jun 2024 …' -> 'Jun 2024 …')."""
    return text[:1].upper() + text[1:]
