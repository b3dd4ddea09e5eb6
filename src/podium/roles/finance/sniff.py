"""Guess how a CSV file was written from its first bytes: encoding, separator, header row, decimals.

Exports from Swedish accounting systems and Excel rarely say how they are
written, so these guesses look at the text itself. Kept free of pandas so they
are quick to test on their own. What one cell is (a date in which format, a number
with which decimal mark) is ``convert``'s to say.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass

from podium.core.errors import RoleDataError
from podium.roles.finance.convert import date_format, sniff_decimal

DELIMITERS = (";", "\t", ",", "|")
HEAD_BYTES = 256 * 1024
HEAD_LINES = 200

# A number as people type it: optional sign or parentheses, digits with space/NBSP/dot/comma groups,
# optional decimals, optional currency or percent.
NUMBER_RE = re.compile(
    r"^\(?[-−+]?\s*(?:[$€£]|sek|kr)?\s*\d[\d \u00a0\u202f.,']*\s*(?:%|kr|sek|:-|-)?\)?$", re.IGNORECASE
)


@dataclass(frozen=True)
class CsvLayout:
    """How a CSV file is written, as far as its first lines tell."""

    encoding: str
    delimiter: str
    header_index: int | None  # 0-based line of the header row; None when the file has no header
    header: list[str]
    width: int
    decimal: str  # "," or "."
    dot_thousands: bool  # numbers like 1.234.567,89
    widest: int = 0  # the most fields any sampled row has


def describe_binary(head: bytes) -> str | None:
    """What a binary file is, from its magic bytes, or None when it looks like text."""
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "an old Excel 97–2003 workbook (.xls)"
    if head.startswith(b"%PDF"):
        return "a PDF document"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "an image"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text (Excel's "Unicode text")
    if b"\x00" in head[:4096]:
        return "binary data"
    return None


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


def _nonempty(row: list[str]) -> int:
    return sum(1 for cell in row if cell.strip())


def is_number(cell: str) -> bool:
    text = cell.strip()
    return bool(text) and bool(NUMBER_RE.match(text)) and any(ch.isdigit() for ch in text)


def _is_date(cell: str) -> bool:
    return date_format([cell]) is not None


def _parse(lines: list[str], delimiter: str) -> list[list[str]]:
    return list(csv.reader(lines, delimiter=delimiter))


def header_index(rows: list[list[str]], width: int) -> int | None:
    """The first row that looks like column names: about as full as the data rows, and mostly text."""
    filled = [_nonempty(r) for r in rows if len(r) == width and _nonempty(r)]
    tail = filled[len(filled) // 2 :] or [width]
    typical = sorted(tail)[len(tail) // 2]
    need = max(min(2, width), typical - (1 if typical >= 4 else 0))
    for i, row in enumerate(rows):
        cells = [c for c in row if c.strip()]
        if len(cells) < need or len(row) < width - 1:
            continue
        values = sum(1 for c in cells if is_number(c) or _is_date(c))
        return None if values * 2 > len(cells) else i  # the first full row is data: no header
    return None


def _score(rows: list[list[str]]) -> tuple[float, int]:
    widths = [len(r) for r in rows if _nonempty(r)]
    if not widths:
        return 0.0, 0
    width = Counter(widths).most_common(1)[0][0]
    share = sum(1 for w in widths if w == width) / len(widths)
    return share, width


def sniff_delimiter(lines: list[str]) -> tuple[str, int]:
    """The separator whose split gives the most consistent number of fields, and that number.

    A decimal comma can split a ';' file consistently too, so a candidate also
    needs a header row of the same width to win a tie; and a split that leaves
    the first line whole (``Belopp`` over ``1,5``) is a single column of decimals.
    """
    best: tuple[float, str, int] = (0.5, ";", 1)  # to beat: one column, nothing to split
    first = next((line for line in lines if line.strip()), "")
    for delimiter in DELIMITERS:
        rows = _parse(lines, delimiter)
        share, width = _score(rows)
        if width < 2:
            continue
        has_header = any(
            len(r) == width and _nonempty(r) >= max(2, width - 1) and not any(is_number(c) for c in r)
            for r in rows
        )
        score = share + (0.5 if has_header else 0.0) - (0.5 if delimiter not in first else 0.0)
        if score > best[0] + 1e-9:
            best = (score, delimiter, width)
    return best[1], best[2]


def sniff_csv(head: bytes, complete: bool, name: str) -> CsvLayout:
    """Read the layout of a CSV file from its first bytes; ``name`` is used in messages."""
    encoding = detect_encoding(head, complete)
    text = head.decode(encoding, errors="replace")
    if not complete:
        text = text[: text.rfind("\n") + 1] or text
    lines = text.splitlines()[:HEAD_LINES]
    if not any(line.strip() for line in lines):
        raise RoleDataError(f"{name} holds no data: every line is blank.")
    delimiter, width = sniff_delimiter(lines)
    rows = _parse(lines, delimiter)
    if width < 2:
        width = 1
    at = header_index(rows, width)
    header = [c.strip() for c in rows[at]] if at is not None else []
    start = (at + 1) if at is not None else 0
    cells = [c for r in rows[start:] for c in r if is_number(c)]
    decimal, dot_thousands = sniff_decimal(cells, delimiter)
    widest = max((len(r) for r in rows[start:]), default=width)
    return CsvLayout(encoding, delimiter, at, header, width, decimal, dot_thousands, max(width, widest))
