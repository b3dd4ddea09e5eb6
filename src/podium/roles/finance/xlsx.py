"""Excel workbooks (.xlsx) read with openpyxl in read-only mode: pick the sheet, find the header.

Cells keep their Excel types (numbers, dates, text); the frame's index is the
sheet's row number, as Excel shows it.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from podium.core.errors import RoleDataError
from podium.roles.finance import sniff
from podium.roles.finance.files import Progress, unique_names

if TYPE_CHECKING:
    import pandas as pd

# What a damaged .xlsx raises from inside the zip or its XML, when opened or while rows stream in.
DAMAGED: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, SyntaxError, NotImplementedError,
)  # fmt: skip
_DAMAGED_ROWS: tuple[type[BaseException], ...] = (*DAMAGED, TypeError)  # a bad cell while rows stream in


def sheet_names(path: Path) -> list[str]:
    """The worksheets of an .xlsx file, in workbook order."""
    workbook = open_workbook(path)
    try:
        return [ws.title for ws in workbook.worksheets]
    finally:
        workbook.close()


def open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    unreadable: tuple[type[BaseException], ...] = (*DAMAGED, InvalidFileException, OSError)
    try:
        # From memory (the size is capped): openpyxl then does not judge the file by its name, so an
        # Excel file saved as .csv opens too, and no handle stays open on the user's file.
        return load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
    except unreadable as exc:
        raise RoleDataError(
            f"{path.name} cannot be opened as an Excel workbook: the file is damaged or not an .xlsx "
            f"({type(exc).__name__}). Open it in Excel or LibreOffice and save it again as .xlsx."
        ) from None


def read_xlsx(
    path: Path, sheet: str | None, progress: Progress | None
) -> tuple[pd.DataFrame, dict[str, Any]]:
    import pandas as pd

    workbook = open_workbook(path)
    try:
        names = [ws.title for ws in workbook.worksheets]
        if not names:
            raise RoleDataError(f"{path.name} has no worksheets.")
        if sheet is not None and sheet not in names:
            raise RoleDataError(
                f"{path.name} has no sheet called {sheet!r}; its sheets are: {', '.join(names)}."
            )
        worksheet = workbook[sheet] if sheet else _first_sheet_with_data(workbook)
        total = worksheet.max_row or 0
        rows: list[tuple[Any, ...]] = []
        try:
            for i, row in enumerate(worksheet.iter_rows(values_only=True)):
                rows.append(row)
                if progress is not None and i % 2000 == 0 and total:
                    progress(min(0.99, i / total))
        except _DAMAGED_ROWS as exc:
            raise RoleDataError(
                f"{path.name}, sheet {worksheet.title!r}: the sheet is damaged ({exc})."
            ) from None
    finally:
        workbook.close()
    while rows and all(_blank(v) for v in rows[-1]):
        rows.pop()
    if not rows:
        raise RoleDataError(f"{path.name}: sheet {worksheet.title!r} is empty.")
    width = max(len(r) for r in rows)
    grid = [list(r) + [None] * (width - len(r)) for r in rows]
    as_text = [["" if _blank(v) else str(v) for v in r] for r in grid[: sniff.HEAD_LINES]]
    header_index = sniff.header_index(as_text, width)
    header = (
        [str(v).strip() if not _blank(v) else "" for v in grid[header_index]]
        if header_index is not None
        else []
    )
    start = 0 if header_index is None else header_index + 1
    frame = pd.DataFrame(
        grid[start:], columns=range(width), index=range(start + 1, len(grid) + 1), dtype=object
    )
    frame = frame.map(lambda v: None if _blank(v) else v.strip() if isinstance(v, str) else v)
    frame.columns = unique_names([header[i] if i < len(header) else "" for i in range(width)])
    info = {
        "sheet": worksheet.title,
        "sheets": names,
        "header_row": start if header_index is not None else None,
    }
    return frame, info


def _first_sheet_with_data(workbook: Any) -> Any:
    """The sheet with the most cells: a cover or notes sheet usually comes first and is small."""

    def area(worksheet: Any) -> int:
        return (worksheet.max_row or 0) * (worksheet.max_column or 0)

    return max(workbook.worksheets, key=area)  # max keeps the first of equals


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
