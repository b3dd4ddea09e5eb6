"""Text helpers shared by every writer: the XML sanitiser, and numbers, dates and money in the
deck's language.

How a language writes numbers and dates (decimal mark, groups of thousands, the minus sign,
month names, date order, the percent sign, 'Q1 2025') is data in the shared phrasebook's
``[locale]`` table (``templates/_shared/phrases.<lang>.toml``), so these functions hold no
language of their own.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from podium.core.phrasebook import Phrasebook, fill, phrases

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, U+FFFE and U+FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# python-pptx escapes a literal "_xHHHH_" as a character reference on read; keep it readable.
_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4})_")


def sanitize(text: object) -> str:
    """Make any user string safe for python-pptx and XML.

    Removes characters XML 1.0 forbids (control characters, lone surrogates,
    U+FFFE/U+FFFF), normalises line endings, and defuses ``_xHHHH_`` sequences
    that Office would decode into a different character.
    """
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    value = _ILLEGAL_XML.sub("", value)
    return _ESCAPE_LIKE.sub(lambda m: "_\u200b" + m.group(1) + "_", value)


def _locale(language: str) -> Phrasebook:
    return phrases(language)


@cache
def _number_marks(language: str) -> dict[int, str]:
    locale = _locale(language)
    return str.maketrans(
        {",": locale.say("locale.group"), ".": locale.say("locale.decimal"), "-": locale.say("locale.minus")}
    )


def decimal_mark(language: str) -> str:
    return _locale(language).say("locale.decimal")


def group_separator(language: str) -> str:
    """What stands between groups of thousands: ',' (en), a no-break space (sv)."""
    return _locale(language).say("locale.group")


def format_number(value: float, language: str, decimals: int = 0) -> str:
    """Group thousands the way the language does: 1,234.5 (en) or 1 234,5 (sv)."""
    return f"{value:,.{decimals}f}".translate(_number_marks(language))


def percent(number: str, language: str) -> str:
    """A formatted number as a percentage: '35%' (en), '35 %' (sv)."""
    return _locale(language).say("locale.percent", number=number)


def month_name(month: int, language: str, *, short: bool = True) -> str:
    """'Mar' / 'mar', or 'March' / 'mars' when not ``short`` (``month`` from 1)."""
    return _locale(language).words("locale.months_short" if short else "locale.months")[month - 1]


def format_date(value: date, language: str) -> str:
    """A date as a reader of ``language`` writes it: '3 March 2027' / '3 mars 2027'."""
    month = month_name(value.month, language, short=False)
    return _locale(language).say("locale.date", day=value.day, month=month, year=value.year)


def day_month(day: int, month: int, language: str, year: int | None = None) -> str:
    """'3 Mar' / '3 mar', and '3 Mar 2027' with a year."""
    name, locale = month_name(month, language), _locale(language)
    if year is not None:
        return locale.say("locale.day_month_year", day=day, month=name, year=year)
    return locale.say("locale.day_month", day=day, month=name)


def short_date(value: date, language: str, *, year: bool = False) -> str:
    """'3 Mar' / '3 mar', and '3 Mar 2027' with the year."""
    return day_month(value.day, value.month, language, value.year if year else None)


def month_year(month: int, year: object, language: str) -> str:
    """'Jan 2024' / 'jan 2024'; ``year`` as it should be shown ('2024', '24')."""
    return _locale(language).say("locale.month_year", month=month_name(month, language), year=year)


def quarter(number: object, language: str, year: object = None) -> str:
    """'Q1', or 'Q1 2025' with a year (as it should be shown)."""
    if year is None:
        return _locale(language).say("locale.quarter", quarter=number)
    return _locale(language).say("locale.quarter_year", quarter=number, year=year)


def money(value: float, currency: str, language: str) -> str:
    """An amount in a currency, as the language writes it: 'SEK 1,200,000', '€50,000', '−€500' /
    '1 200 000 kr', '50 000 euro'. A currency the catalogue does not name keeps its code."""
    number = format_number(value, language)
    negative = number.startswith(("-", "\u2212"))
    patterns = _locale(language).group("money")
    pattern = patterns.get(currency) or patterns["other"]
    values = {
        "number": number,
        "sign": "\u2212" if negative else "",
        "digits": number[1:] if negative else number,
    }
    return fill(pattern, {**values, "code": currency})


def currency_unit(currency: str, language: str) -> str:
    """The currency in a table header: 'SEK', '€' / 'kr', 'euro'; an unknown one keeps its code."""
    return _locale(language).group("money.unit").get(currency, currency)


def language_tag(language: str) -> str:
    """The tag spell checkers read the text in: 'en-GB', 'sv-SE'."""
    return _locale(language).say("locale.tag")


_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)")
_NUMBER_RANGE = re.compile(r"(?<![\w\-\u2013/.])(\d+(?:[.,]\d+)?)-(\d+(?:[.,]\d+)?)(?![\w\-/])")
_SPACED_DASH = re.compile(r"(?<=[\w)%.])[ \u00a0][-\u2013] (?=[\w(\u2212+\[])")


@cache
def _typesetting(language: str) -> tuple[str, str, str, re.Pattern[str]]:
    locale = _locale(language)
    units = "|".join(re.escape(u) for u in sorted(locale.say("locale.units").split(), key=len, reverse=True))
    before_unit = re.compile(rf"(?<=\d) (?=(?:{units})(?![\w\u00c0-\u024f]))")
    return (
        locale.say("locale.group"),
        locale.say("locale.range_dash"),
        locale.say("locale.spaced_dash"),
        before_unit,
    )


def typeset(text: str, language: str) -> str:
    """``text`` set as the language's typography asks, from the ``[locale]`` data: a space between
    groups of thousands becomes the group separator (a no-break space in Swedish), a number is
    bound to the unit after it ('12 %', '4 000 kr/mån', '5 veckor'), a range of numbers takes an
    en dash ('2023–2024'), and a spaced hyphen or dash one that never starts a line ('1 mars – 30
    juni'). Words are left as they are."""
    if not text:
        return text
    group, dash, spaced, before_unit = _typesetting(language)
    if group.isspace():
        text = _GROUPED.sub(lambda m: m.group(0).replace(" ", group), text)
    text = before_unit.sub("\u00a0", text)
    text = _NUMBER_RANGE.sub(lambda m: m.group(1) + dash + m.group(2), text)
    return _SPACED_DASH.sub(spaced, text)


def csv_delimiter(language: str) -> str:
    """The separator a spreadsheet program of ``language`` expects in a CSV file."""
    return _locale(language).say("locale.csv_delimiter")
