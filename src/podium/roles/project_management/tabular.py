"""Registers and plans read through the shared reader (``core.tabular``), found by their column names.

The sheet and the header row are the ones whose names best match the register's (or the
plan's) vocabulary, in English or Swedish, so a register under a title block, on a sheet named
'Issue Register' beside 'Definitions', is found all the same. Row numbers are the file's own.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from podium.core.progress import Progress
from podium.core.tabular.grid import Grid, read_grid
from podium.core.tabular.header import find_header, unique_names
from podium.core.tabular.layout import modal_width
from podium.core.tabular.messages import fail
from podium.core.tabular.sniff import sniff_delimiter
from podium.core.tabular.xlsx import as_text
from podium.roles.project_management.columns import Vocabulary, mapped_count

MAX_ROWS = 20_000
MAX_FILE_BYTES = 50 * 1024 * 1024

cell_text = as_text  # a cell as the text a person sees: '4' not '4.0', dates as ISO


def scorer(vocab: Vocabulary) -> Callable[[list[str]], float]:
    """How much a row reads like a header of ``vocab``: the number of known names in it."""

    def score(cells: list[str]) -> float:
        return float(mapped_count(cells, vocab))

    return score


def read_table(path: Path, vocab: Vocabulary, progress: Progress | None = None) -> Grid:
    """The file's table: for a workbook, the sheet whose header best matches ``vocab``."""
    return read_grid(
        path, score=scorer(vocab), max_bytes=MAX_FILE_BYTES, max_rows=MAX_ROWS, progress=progress
    )


def read_text_table(text: str, vocab: Vocabulary, name: str = "clipboard") -> Grid:
    """Rows pasted from a spreadsheet (tab-separated) or typed with commas or semicolons."""
    lines = text.splitlines()
    delimiter = "\t" if "\t" in text else sniff_delimiter(lines)[0]
    rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    if not rows:
        raise fail("blank", name=name)
    width = max(modal_width(rows), 1)
    header = find_header(rows, width, scorer(vocab))
    named, start = (list(header.names), header.start) if header.rows else ([c.strip() for c in rows[0]], 1)
    body = [
        (n + 1, [*r, *[""] * (len(named) - len(r))][: len(named)]) for n, r in enumerate(rows) if n >= start
    ]
    kept = [(n, cells) for n, cells in body if any(c.strip() for c in cells)]
    return Grid(Path(name), unique_names(named), kept, named=named)
