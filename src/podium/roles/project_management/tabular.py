"""Read a CSV or Excel file into a header and numbered rows, the way the user sees them.

Row numbers are the spreadsheet's own (header on row 1 unless title rows sit above it),
so every message can point at the exact cell. openpyxl is imported only for .xlsx files.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from podium.core.errors import RoleDataError
from podium.roles.project_management.columns import Vocabulary, mapped_count

MAX_ROWS = 5000
MAX_FILE_BYTES = 50 * 1024 * 1024
HEADER_SEARCH_ROWS = 10
_DELIMITERS = ",;\t|"


@dataclass
class Table:
    path: Path
    headers: list[str]
    rows: list[tuple[int, list[object]]] = field(default_factory=list)  # (row number, cells)
    sheet: str = ""

    @property
    def where(self) -> str:
        """'register.xlsx, sheet Risks' or 'register.csv', for messages."""
        return f"{self.path.name}, sheet {self.sheet}" if self.sheet else self.path.name


def cell_text(value: object) -> str:
    """A cell as text: whole floats without '.0', dates as ISO, everything stripped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _decode(raw: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RoleDataError(f"{path.name}: the file is not text (save it as CSV UTF-8 or .xlsx)")


def _sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(_DELIMITERS, key=first.count)


def _find_header(rows: Sequence[tuple[int, Sequence[object]]], vocab: Vocabulary) -> int:
    """Index of the header row: the first of the top rows with two or more known column names."""
    for i, (_n, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if mapped_count(cells, vocab) >= 2:
            return i
    return 0


def _table(
    path: Path, raw_rows: Sequence[tuple[int, Sequence[object]]], vocab: Vocabulary, sheet: str = ""
) -> Table:
    rows = [(n, cells) for n, cells in raw_rows if any(cell_text(c) for c in cells)]
    if not rows:
        raise RoleDataError(f"{path.name}{', sheet ' + sheet if sheet else ''}: the file has no rows")
    h = _find_header(rows, vocab)
    headers = [cell_text(c) for c in rows[h][1]]
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    body = [(n, [*cells[:width], *[None] * (width - len(cells))]) for n, cells in rows[h + 1 :]]
    if len(body) > MAX_ROWS:
        raise RoleDataError(f"{path.name}: {len(body):,} rows is more than Podium reads ({MAX_ROWS:,})")
    return Table(path, headers, body, sheet)


def _read_csv(path: Path, vocab: Vocabulary) -> Table:
    text = _decode(path.read_bytes(), path)
    reader = csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(text))
    try:
        rows = [(n, list(cells)) for n, cells in enumerate(reader, start=1)]
    except csv.Error as exc:
        raise RoleDataError(f"{path.name}: not a readable CSV file ({exc})") from exc
    return _table(path, rows, vocab)


def _read_xlsx(path: Path, vocab: Vocabulary) -> Table:
    try:
        import openpyxl
    except ImportError:
        raise RoleDataError("reading Excel files needs openpyxl: pip install 'podium[data]'") from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise RoleDataError(f"{path.name}: not a readable Excel workbook ({exc})") from exc
    try:
        best: Table | None = None
        for sheet in book.worksheets:
            rows = [(n, list(cells)) for n, cells in enumerate(sheet.iter_rows(values_only=True), start=1)]
            if not any(any(cell_text(c) for c in cells) for _n, cells in rows):
                continue
            table = _table(path, rows, vocab, sheet.title if len(book.worksheets) > 1 else "")
            if best is None or mapped_count(table.headers, vocab) > mapped_count(best.headers, vocab):
                best = table
        if best is None:
            raise RoleDataError(f"{path.name}: the workbook has no rows")
        return best
    finally:
        book.close()


def read_table(path: Path, vocab: Vocabulary) -> Table:
    """The file's header and rows; the sheet whose header best matches ``vocab`` for workbooks."""
    path = Path(path)
    if not path.is_file():
        raise RoleDataError(f"file not found: {path}")
    if path.stat().st_size > MAX_FILE_BYTES:  # read whole into memory below: refuse before, not after
        size_mb = path.stat().st_size / 1024 / 1024
        raise RoleDataError(f"{path.name} is {size_mb:,.0f} MB; a risk register or plan file is at most "
                            f"{MAX_FILE_BYTES // 1024 // 1024} MB")  # fmt: skip
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, vocab)
    if suffix == ".xls":
        raise RoleDataError(f"{path.name}: old .xls workbooks are not supported; save it as .xlsx or CSV")
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path, vocab)
    raise RoleDataError(f"{path.name}: use a CSV file or an Excel workbook (.xlsx)")


def read_text_table(text: str, vocab: Vocabulary, name: str = "clipboard") -> Table:
    """Rows pasted from a spreadsheet (tab-separated) or typed with commas or semicolons."""
    reader = csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(text) if "\t" not in text else "\t")
    return _table(Path(name), [(n, list(c)) for n, c in enumerate(reader, start=1)], vocab)
