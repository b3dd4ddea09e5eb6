"""Text helpers shared by every writer: the XML sanitiser and locale formatting."""

from __future__ import annotations

import re
from datetime import date

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


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
}


MONTHS_SHORT = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "sv": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
}


def format_date(value: date, language: str) -> str:
    """A date as a reader of ``language`` writes it: '3 March 2027' / '3 mars 2027'."""
    months = MONTHS.get(language, MONTHS["en"])
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_number(value: float, language: str, decimals: int = 0) -> str:
    """Group thousands the way the language does: 1,234.5 (en) or 1 234,5 (sv)."""
    text = f"{value:,.{decimals}f}"
    if language == "sv":
        text = text.replace(",", "\u00a0").replace(".", ",").replace("-", "\u2212")
    return text


EXAMPLE_LABEL = {"en": "Example", "sv": "Exempel"}


def example_label(language: str) -> str:
    return EXAMPLE_LABEL.get(language, EXAMPLE_LABEL["en"])
