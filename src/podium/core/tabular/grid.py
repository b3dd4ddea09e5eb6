"""Read a CSV or Excel file into a header and numbered rows of cells, the way a spreadsheet shows them.

For tables a person keeps (a risk register, a plan): up to some tens of thousands of rows,
read whole with the csv module or openpyxl. Row numbers are the file's own, so every message
can point at the cell. What is not table (a title block, notes under it, values past the last
column, cells longer than a spreadsheet holds) is left out and said in ``notes``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from podium.core.progress import Progress
from podium.core.tabular.header import Score, find_header, unique_names
from podium.core.tabular.layout import (
    above_note,
    below_note,
    empty_extra_note,
    extra_note,
    footnotes,
    long_note,
    modal_width,
    short_note,
    table_width,
    trimmed_width,
)
from podium.core.tabular.messages import Phrase, fail, phrase
from podium.core.tabular.sniff import CELL_LIMIT, sniff_csv
from podium.core.tabular.source import Source, open_source
from podium.core.tabular.xlsx import Workbook, as_text, pick_sheet

HEADER_SAMPLE = 200  # rows the header is looked for in
REPORT_EVERY = 2000


@dataclass
class Grid:
    """A table as read: unique column names, and each row's number in the file with its cells."""

    path: Path
    header: list[str]  # one distinct name per column ('Likelihood (2)' for a repeat, 'Column 7' unnamed)
    rows: list[tuple[int, list[Any]]]  # (row number as the file shows it, cells: text, or Excel's values)
    header_rows: tuple[int, ...] = ()  # the file's rows that hold the header (two when it spans two)
    named: list[str] = field(default_factory=list)  # the names as written ('' where a column has none)
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    notes: list[Phrase] = field(default_factory=list)  # what was left out or changed, for the user
    below: list[int] = field(default_factory=list)  # rows of notes under the table, left out
    formulas: dict[tuple[int, int], str] = field(
        default_factory=dict
    )  # (row, column) -> formula without a result

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def where(self) -> str:
        """'register.xlsx, sheet Risks' (a workbook of several sheets) or 'register.csv', for messages."""
        return f"{self.name}, {self.sheet}" if self.sheet and len(self.sheets) > 1 else self.name


def _csv_rows(source: Source, progress: Progress | None) -> tuple[list[list[str]], str, str]:
    layout, _ = sniff_csv(source.head, source.complete, source.name)
    raw = source.head if source.complete else source.path.read_bytes()
    encoding = layout.encoding
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:  # UTF-8 at the top, Windows-1252 further down: Excel edits do that
        encoding = "cp1252"
        text = raw.decode(encoding, errors="replace")
    if encoding == "utf-8" and text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=layout.delimiter)
    out: list[list[str]] = []
    total = max(1, text.count("\n"))
    try:
        for n, row in enumerate(reader, start=1):
            out.append(row)
            if progress is not None and n % REPORT_EVERY == 0:
                progress.report(min(0.95, reader.line_num / total))
    except csv.Error:
        raise fail("nul", name=source.name, row=len(out) + 1) from None
    if out and any("\n" in c and layout.delimiter in c for c in out[-1]) and not text.rstrip().endswith('"'):
        at = len(out) + (1 if layout.skip_first else 0)
        raise fail("open_quote", name=source.name, row=at)
    if layout.skip_first and out:
        out[0] = []  # Excel's "sep=;" hint: not part of the table
    return out, encoding, layout.delimiter


def read_grid(
    path: str | Path,
    *,
    sheet: str | None = None,
    score: Score | None = None,
    max_bytes: int | None = None,
    max_rows: int | None = None,
    progress: Progress | None = None,
) -> Grid:
    """The table in ``path``; ``score`` tells how much a row reads like the expected header (it picks
    the sheet and the header row), ``max_rows`` refuses a longer table. Raises ``ReadError``."""
    return grid_from(
        open_source(path, max_bytes), sheet=sheet, score=score, max_rows=max_rows, progress=progress
    )


def grid_from(
    source: Source,
    *,
    sheet: str | None = None,
    score: Score | None = None,
    max_rows: int | None = None,
    progress: Progress | None = None,
) -> Grid:
    """``read_grid`` for a file ``open_source`` has checked."""
    notes: list[Phrase] = []
    spans: dict[int, dict[int, int]] = {}
    formulas: dict[tuple[int, int], str] = {}
    encoding = delimiter = None
    sheets: list[str] = []
    if source.workbook:
        workbook = Workbook(source.path)
        try:
            sheets = list(workbook.sheets)
            title = sheet or pick_sheet(workbook, score)
            values = [list(r) for r in workbook.rows(title, progress=progress)]
            merged = workbook.merged(title)
            spans = {row - 1: cols for row, cols in merged.items()}
            formulas = workbook.formula_cells(title)
        finally:
            workbook.close()
        texts = [[as_text(v) for v in r] for r in values]
        if source.renamed:
            notes.append(phrase("note.workbook_named_text"))
    else:
        if sheet:
            raise fail("csv_no_sheets", name=source.name)
        title = None
        texts, encoding, delimiter = _csv_rows(source, progress)
        values = texts
    while texts and not trimmed_width(texts[-1]):
        texts.pop()
        if values is not texts:
            values.pop()
    if not texts:
        raise fail("empty_sheet", name=source.name, sheet=title) if title else fail("blank", name=source.name)
    return _shape(
        source, texts, values, score, spans, notes, formulas, max_rows, title, sheets, encoding, delimiter
    )


def _shape(
    source: Source,
    texts: list[list[str]],
    values: list[list[Any]],
    score: Score | None,
    spans: dict[int, dict[int, int]],
    notes: list[Phrase],
    formulas: dict[tuple[int, int], str],
    max_rows: int | None,
    title: str | None,
    sheets: list[str],
    encoding: str | None,
    delimiter: str | None,
) -> Grid:
    width = max(modal_width(texts), 1)
    header = find_header(texts[:HEADER_SAMPLE], width, score, spans)
    first = header.rows[0] if header.rows else header.start
    if (above := above_note(texts[:first], range(1, first + 1))) is not None:
        notes.append(above)
    named = list(header.names)
    body = range(header.start, len(texts))
    width = table_width(trimmed_width(named), [texts[i] for i in body])
    named = (named + [""] * width)[:width]
    tail = footnotes([texts[i] for i in body])
    below = list(range(len(texts) - tail + 1, len(texts) + 1)) if tail else []
    if tail and (note := below_note(texts[len(texts) - tail :], below)) is not None:
        notes.append(note)
    extra_rows: list[int] = []
    extra: list[int] = []
    empty_extra: list[int] = []
    header_fields = max((len(texts[r]) for r in header.rows), default=width)  # a header ending in ';;' too
    short: list[int] = []
    long: list[int] = []
    out: list[tuple[int, list[Any]]] = []
    for i in range(header.start, len(texts) - tail):
        text, cells = texts[i], values[i]
        filled = trimmed_width(text)
        if not filled:
            continue
        number = i + 1
        if filled > width:
            extra_rows.append(number)
            extra.append(sum(1 for c in text[width:] if c.strip()))
        elif delimiter is not None and len(text) < width:
            short.append(number)
        elif delimiter is not None and len(text) > max(width, header_fields):
            empty_extra.append(number)
        row = list(cells[:width]) + [None if delimiter is None else ""] * (width - len(cells))
        for c, value in enumerate(row):
            if isinstance(value, str) and len(value) > CELL_LIMIT:
                row[c] = value[:CELL_LIMIT]
                long.append(number)
        out.append((number, row))
    if not out:
        raise fail("header_only", name=source.name)
    if max_rows is not None and len(out) > max_rows:
        raise fail("too_many_rows", name=source.name, rows=len(out), limit=max_rows)
    if extra_rows:
        notes.append(extra_note(extra_rows, extra))
    if empty_extra:
        notes.append(empty_extra_note(empty_extra))
    if short:
        notes.append(short_note(short))
    if long:
        notes.append(long_note(long, CELL_LIMIT))
    return Grid(
        path=source.path,
        header=unique_names(named),
        rows=out,
        header_rows=tuple(r + 1 for r in header.rows),
        named=named,
        sheet=title,
        sheets=sheets,
        encoding=encoding,
        delimiter=delimiter,
        notes=notes,
        below=below,
        formulas=formulas,
    )
