"""How a CSV file is written: its encoding, separator and decimal mark, learnt from its first lines.

Swedish accounting systems, statistics offices and Excel rarely say how they write a file,
so these guesses read the text itself. What kind a cell is (blank, number, date or text) is
judged here only as far as finding the header needs; parsing values is the roles' business.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass

from podium.core.phrasebook import phrases
from podium.core.tabular.messages import fail

DELIMITERS = (";", "\t", ",", "|")
HEAD_LINES = 200
CELL_LIMIT = 32_767  # the most characters a spreadsheet cell holds (Excel's limit)

# The csv module refuses a field over 128 kB by default ("field larger than field limit"); a file
# is capped far below any memory trouble before it is parsed, so a field may be as long as the
# file. Set once, at import: the limit is the module's, shared by every thread.
csv.field_size_limit(1 << 30)

# A number as people type it: optional sign or parentheses, digits with space/NBSP/dot/comma/
# apostrophe groups, optional decimals, optional currency or percent, a trailing minus.
NUMBER_RE = re.compile(
    r"^\(?[-−+]?\s*(?:[$€£]|sek|kr|chf|eur|usd)?\s*\d[\d \u00a0\u202f.,'’]*\s*(?:%|kr|sek|chf|eur|usd|:-|-)?\)?$",
    re.IGNORECASE,
)
_DATE_RE = re.compile(
    r"^(?:\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"  # 2024-01-31, 2024-01
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"  # 31.01.2024, 01/31/24
    r"|\d{4}\s?[MQK]\d{1,2}|[QK][1-4]\s?\d{4}"  # 2024M01, 2024 Q1, K1 2024
    r")$",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(
    r"^([a-zåäö]{3,9})\.?[ -](\d{4}|\d{2})$|^(\d{4})[ -]([a-zåäö]{3,9})\.?$", re.IGNORECASE
)
_YEAR = re.compile(r"^(19|20)\d\d$")

# Decimal and grouping marks, for the decimal guess.
_UNIT = re.compile(r"\s*(?:%|kr|sek|:-)$", re.IGNORECASE)
_COMMA_DECIMAL = re.compile(
    r"^[-−+(]?\d{1,3}(?:[ \u00a0\u202f.]\d{3})+,\d+|^[-−+(]?\d+,(?:\d{1,2}|\d{4,})\)?$"
)
_POINT_DECIMAL = re.compile(r"^[-−+(]?\d{1,3}(?:[ ,'’]\d{3})+\.\d+|^[-−+(]?\d+\.(?:\d{1,2}|\d{4,})\)?$")
_DOT_GROUPS = re.compile(r"^[-−+(]?\d{1,3}(?:\.\d{3})+(?:,\d+)?\)?$")


@dataclass(frozen=True)
class CsvLayout:
    """How a CSV file is written, as far as its first lines tell."""

    encoding: str
    delimiter: str
    decimal: str  # "," or "."
    dot_thousands: bool  # numbers like 1.234.567,89
    width: int  # the number of fields most rows have
    widest: int  # the most fields any sampled row has
    skip_first: bool = False  # the first line is Excel's "sep=;" hint, not data
    carriage: bool = False  # lines end in a lone carriage return (Excel for Mac's "CSV (Macintosh)")


def detect_encoding(head: bytes, complete: bool) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252, which Swedish Excel writes."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = head
    if not complete:  # do not judge a multi-byte character cut at the end of the sample
        cut = head.rfind(b"\n")
        sample = head[: cut + 1] if cut > 0 else head[:-4]
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def decode_head(head: bytes, encoding: str, complete: bool) -> str:
    """The sample as text, cut after its last whole line when the file goes on."""
    if encoding == "utf-16" and len(head) % 2:
        head = head[:-1]
    text = head.decode(encoding, errors="replace")
    if not complete:
        text = text[: text.rfind("\n") + 1] or text
    return text


def is_number(cell: str) -> bool:
    text = cell.strip()
    return bool(text) and bool(NUMBER_RE.match(text)) and any(ch.isdigit() for ch in text)


def _months() -> frozenset[str]:
    names = {n.lower() for lang in ("en", "sv") for k in ("locale.months", "locale.months_short")
             for n in phrases(lang).words(k)}  # fmt: skip
    return frozenset(names | {"sept", "okt", "maj", "mars"})


_MONTH_NAMES: frozenset[str] | None = None


def looks_like_date(cell: str) -> bool:
    global _MONTH_NAMES
    text = cell.strip()
    if _DATE_RE.match(text):
        return True
    match = _MONTH_WORD.match(text)
    if not match:
        return False
    if _MONTH_NAMES is None:
        _MONTH_NAMES = _months()
    return (match.group(1) or match.group(4) or "").lower() in _MONTH_NAMES


def cell_kind(cell: str) -> str:
    """'' for a blank cell, else 'number', 'date' or 'text' (as far as finding the header needs)."""
    text = cell.strip()
    if not text:
        return ""
    if looks_like_date(text):
        return "date"
    if is_number(text):
        return "number"
    return "text"


def years_row(cells: list[str]) -> bool:
    """A header of years or periods ('Kommun;2022;2023;2024'): two or more, distinct, in order."""
    values = [c.strip() for c in cells if c.strip() and cell_kind(c) != "text"]
    if len(values) < 2 or len(set(values)) != len(values):
        return False
    if all(_YEAR.match(v) for v in values):
        years = [int(v) for v in values]
        return years == sorted(years) or years == sorted(years, reverse=True)
    return all(looks_like_date(v) for v in values) and (
        values == sorted(values) or values == sorted(values)[::-1]
    )


def sniff_decimal(cells: list[str], delimiter: str) -> tuple[str, bool]:
    """Decimal comma or point, from the numbers in the sample; and whether dots group thousands."""
    comma = point = dots = 0
    for cell in cells:
        text = _UNIT.sub("", cell.strip())
        if _COMMA_DECIMAL.match(text):
            comma += 1
        elif _POINT_DECIMAL.match(text):
            point += 1
        if _DOT_GROUPS.match(text):
            dots += 1
    if comma > point:
        return ",", dots > 0
    if point > comma:
        return ".", False
    return ("," if delimiter == ";" else "."), False


def _nonempty(row: list[str]) -> int:
    return sum(1 for cell in row if cell.strip())


def parse_lines(lines: list[str], delimiter: str) -> list[list[str]]:
    return list(csv.reader(lines, delimiter=delimiter))


def _score(rows: list[list[str]]) -> tuple[float, int]:
    """The most common width (the wider of equals; lines of one field do not count when others are
    wider) and the share of rows that have it, counted from the first such row down: a title
    block above the table does not count against it."""
    widths = [len(r) for r in rows if _nonempty(r)]
    if not widths:
        return 0.0, 0
    wide = [w for w in widths if w > 1] or widths  # one-field lines beside a wider table: titles, notes
    counts = Counter(wide)
    width = max(counts, key=lambda w: (counts[w], w))
    table = widths[widths.index(width) :]
    return sum(1 for w in table if w == width) / len(table), width


def _typed_columns(rows: list[list[str]], width: int) -> int:
    """How many columns of this split hold numbers or dates all the way down (the first row of the
    width aside, the header): a right split gives clean columns, a wrong one cuts through them."""
    body = [r for r in rows if len(r) == width][1:]
    typed = 0
    for i in range(width):
        cells = [r[i] for r in body if r[i].strip()]
        if len(cells) >= 2 and sum(1 for c in cells if cell_kind(c) in ("number", "date")) >= 0.8 * len(
            cells
        ):
            typed += 1
    return typed


def sniff_delimiter(lines: list[str]) -> tuple[str, int]:
    """The separator whose split gives the most consistent number of fields, and that number.

    A decimal comma can split a ';' file consistently too, so a candidate also needs a header
    row of the same width to win a tie; and a split without one that leaves the first line whole
    (``Belopp`` over ``1,5``) is a single column of decimals. A right split gives columns of
    numbers or dates all the way down, a wrong one cuts through them (a decimal comma, a semicolon
    in prose); a split the first line fits is likelier, as is one more rows fit.
    """
    best: tuple[float, str, int] = (0.5, ";", 1)  # to beat: one column, nothing to split
    first = next((line for line in lines if line.strip()), "")
    for delimiter in DELIMITERS:
        rows = parse_lines(lines, delimiter)
        share, width = _score(rows)
        if width < 2:
            continue
        has_header = any(
            len(r) == width
            and _nonempty(r) >= max(2, width - 1)
            and (years_row(r) or not any(is_number(c) for c in r))
            for r in rows
        )
        filled = [r for r in rows if _nonempty(r)]
        fitting = sum(1 for r in filled if len(r) == width) / max(1, len(filled))
        lone = delimiter not in first and not has_header and width == 2  # 'Belopp' over '1,5': decimals
        heads = bool(filled) and len(filled[0]) == width  # the first line, the header as a rule, fits
        score = share + (0.5 if has_header else 0.0) - (1.5 if lone else 0.0) + 0.1 * fitting
        score += 0.3 * min(2, _typed_columns(rows, width)) + (0.2 if heads else 0.0)
        if score > best[0] + 1e-9:
            best = (score, delimiter, width)
    return best[1], best[2]


_SEP_HINT = re.compile(r'^\s*"?sep=(.)"?\s*$', re.IGNORECASE)


def sniff_csv(head: bytes, complete: bool, name: str) -> tuple[CsvLayout, list[list[str]]]:
    """The layout of a CSV file from its first bytes, and its first rows split by that layout."""
    encoding = detect_encoding(head, complete)
    text = decode_head(head, encoding, complete)
    lines = text.splitlines()[:HEAD_LINES]
    if not any(line.strip() for line in lines):
        raise fail("blank", name=name)
    hint = _SEP_HINT.match(lines[0]) if lines else None
    if hint:  # Excel's "sep=;" first line names the separator
        delimiter = hint.group(1)
        rows = parse_lines(lines[1:], delimiter)
        _, width = _score(rows)
    else:
        delimiter, width = sniff_delimiter(lines)
        rows = parse_lines(lines, delimiter)
    width = max(width, 1)
    cells = [c for r in rows for c in r if is_number(c)]
    decimal, dot_thousands = sniff_decimal(cells, delimiter)
    widest = max((len(r) for r in rows), default=width)
    carriage = "\r" in text and "\n" not in text
    layout = CsvLayout(
        encoding, delimiter, decimal, dot_thousands, width, max(width, widest), bool(hint), carriage
    )
    return layout, rows
