"""Excel workbooks (.xlsx) read with openpyxl in read-only mode: the cached values of formulas,
the sheet that holds the table, and what the cells cannot say through openpyxl.

A formula's value is the result Excel saved with it. A workbook written by a program (openpyxl,
a report generator) has formulas without saved results; those cells read as empty, and
``formula_cells`` finds them so a reader can say so, or compute what the formula would have.
Merged header cells are read from the sheet's own XML for the same reason: read-only mode does
not report them.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from podium.core.progress import Progress
from podium.core.tabular.messages import fail

# What a damaged .xlsx raises from inside the zip or its XML, when opened or while rows stream in.
DAMAGED: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, SyntaxError, NotImplementedError,
    TypeError, AttributeError, IndexError, OverflowError,
)  # fmt: skip
REPORT_EVERY = 2000  # rows between progress reports

_CELL = re.compile(rb"<c\b[^>]*?\br=\"([A-Z]{1,3})(\d+)\"[^>]*?(?:/>|>(.*?)</c>)", re.DOTALL)
_VALUE = re.compile(rb"<v>[^<]+</v>")  # a saved result (openpyxl writes an empty <v></v>)
_MERGE = re.compile(rb"<mergeCell\b[^>]*\bref=\"([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\"")


def column_index(letters: bytes | str) -> int:
    """'A' -> 0, 'AB' -> 27."""
    text = letters.decode() if isinstance(letters, bytes) else letters
    n = 0
    for ch in text:
        n = n * 26 + ord(ch) - 64
    return n - 1


def column_letter(index: int) -> str:
    """0 -> 'A', 27 -> 'AB'."""
    out = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


class Workbook:
    """An open workbook (from memory, so no handle stays on the user's file) and its sheets' XML."""

    def __init__(self, path: Path) -> None:
        from openpyxl import load_workbook
        from openpyxl.utils.exceptions import InvalidFileException

        self.name = path.name
        try:
            self.data = path.read_bytes()
        except OSError:
            raise fail("unreadable", name=path.name) from None
        try:
            # openpyxl does not judge the file by its name when it reads from memory: an Excel file
            # saved as .csv opens too.
            self.book = load_workbook(io.BytesIO(self.data), read_only=True, data_only=True)
        except (*DAMAGED, InvalidFileException, OSError):  # type: ignore[misc]
            raise fail("damaged_xlsx", name=path.name) from None
        self.sheets = [ws.title for ws in self.book.worksheets]
        if not self.sheets:
            self.close()
            raise fail("no_sheets", name=path.name)

    def close(self) -> None:
        self.book.close()

    def sheet(self, title: str) -> Any:
        if title not in self.sheets:
            raise fail("no_such_sheet", name=self.name, sheet=title, sheets=", ".join(self.sheets))
        return self.book[title]

    def rows(
        self, title: str, limit: int | None = None, progress: Progress | None = None
    ) -> Iterator[tuple[Any, ...]]:
        """The sheet's rows as values (formulas as their saved results), from row 1."""
        worksheet = self.sheet(title)
        total = worksheet.max_row or 0
        n = 0
        try:
            for n, row in enumerate(worksheet.iter_rows(values_only=True, max_row=limit), start=1):
                if progress is not None and n % REPORT_EVERY == 0 and total:
                    progress.report(min(0.99, n / total))
                yield row
        except DAMAGED:
            raise fail("damaged_sheet", name=self.name, sheet=title, row=n + 1) from None

    def _xml(self, title: str) -> bytes:
        worksheet = self.sheet(title)
        member = getattr(worksheet, "_worksheet_path", None)
        if not member:
            return b""
        try:
            with zipfile.ZipFile(io.BytesIO(self.data)) as archive:
                return archive.read(str(member))
        except (*DAMAGED, OSError):  # type: ignore[misc]
            return b""

    def formula_cells(self, title: str) -> dict[tuple[int, int], str]:
        """(row, column) -> formula of the cells whose formula has no saved result (0-based column)."""
        out: dict[tuple[int, int], str] = {}
        xml = self._xml(title)
        if b"<f" not in xml:
            return out
        for match in _CELL.finditer(xml):
            body = match.group(3) or b""
            if b"<f" in body and not _VALUE.search(body):
                formula = re.search(rb"<f[^>]*>(.*?)</f>", body, re.DOTALL)
                text = formula.group(1).decode("utf-8", "replace") if formula else ""
                out[(int(match.group(2)), column_index(match.group(1)))] = "=" + text
        return out

    def merged(self, title: str) -> dict[int, dict[int, int]]:
        """Merged cells spanning columns on one row: 1-based row -> {first column: last column}."""
        spans: dict[int, dict[int, int]] = {}
        for match in _MERGE.finditer(self._xml(title)):
            first, row, last, last_row = match.groups()
            if int(row) == int(last_row) and first != last:
                spans.setdefault(int(row), {})[column_index(first)] = column_index(last)
        return spans


def sheet_names(path: str | Path) -> list[str]:
    """The worksheets of an .xlsx file, in workbook order."""
    workbook = Workbook(Path(path))
    try:
        return list(workbook.sheets)
    finally:
        workbook.close()


def as_text(value: Any) -> str:
    """A cell as the text a person sees: whole floats without '.0', dates as ISO, blanks as ''."""
    if type(value) is str:  # most cells, and all of a CSV file's: first
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def pick_sheet(workbook: Workbook, score: Callable[[list[str]], float] | None, sample: int = 30) -> str:
    """The sheet that holds the table: by its header when the caller knows the names to expect
    (a register beside 'Definitions' and 'Instructions'), else the sheet with the most cells."""
    best, best_value = workbook.sheets[0], -1.0
    for title in workbook.sheets:
        worksheet = workbook.sheet(title)
        if score is None:
            value = float((worksheet.max_row or 0) * (worksheet.max_column or 0))
        else:
            rows = [[as_text(v) for v in row] for row in workbook.rows(title, limit=sample)]
            value = max((score(r) for r in rows), default=0.0)
            filled = sum(1 for r in rows for c in r if c)
            value += min(filled, 1000) / 100_000  # equal headers: the fuller sheet
        if value > best_value:
            best, best_value = title, value
    return best
