"""Read a data set into a pandas DataFrame: the fast path for exports of a million rows.

The layout (encoding, separator, decimals, header under a title block) comes from ``sniff`` and
``header``; pandas' C parser reads the body. A file whose later rows carry more fields than the
header (a municipal export that grew two columns in March) is read again with room for them,
and the extra values are reported and left out; a file with gaps in its last column is checked
for rows with fewer fields. Both checks count fields with numpy over the raw bytes, and only run
when pandas shows there is something to find, so a clean file pays nothing. The frame's index
is the file's row numbers. Workbooks go through ``grid``.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from podium.core.progress import Progress
from podium.core.tabular.grid import Grid, grid_from
from podium.core.tabular.header import find_header, unique_names
from podium.core.tabular.layout import (
    above_note,
    below_note,
    empty_extra_note,
    extra_note,
    footnotes,
    short_note,
    table_width,
)
from podium.core.tabular.messages import SHOWN_ROWS, Phrase, fail, phrase
from podium.core.tabular.sie import BALANCE_COLUMNS, COLUMNS, decode, is_sie, read_sie
from podium.core.tabular.sniff import CsvLayout, is_number, sniff_csv
from podium.core.tabular.source import Source, open_source

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

STREAM_ABOVE = 64 * 1024 * 1024  # larger files are read with progress and mid-read cancel
NA_VALUES = ["", "NA", "N/A", "#N/A", "NULL", "null", "NaN", "nan", "..", "…"]  # "..": not available (SCB)
_EXPECTED = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")
_LINE = re.compile(r"(?:line|row) (\d+)")


def as_progress(progress: Progress | Callable[[float], None] | None) -> Progress | None:
    """A ``Progress`` from either a Progress or a plain ``f(fraction)`` callback."""
    if progress is None or hasattr(progress, "report"):
        return progress  # type: ignore[return-value]
    return _Callback(progress)


class _Callback:
    def __init__(self, callback: Callable[[float], None]) -> None:
        self.callback = callback

    def report(self, fraction: float, message: str = "") -> None:
        self.callback(fraction)

    def check(self) -> None:
        pass

    def cancelled(self) -> bool:
        return False


class _ProgressReader(io.RawIOBase):
    """A file wrapper that reports how far pandas has read, and lets the user cancel in the middle."""

    def __init__(self, handle: Any, size: int, progress: Progress) -> None:
        self._handle, self._size, self._progress = handle, max(1, size), progress

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._handle.readinto(buffer)
        self._progress.report(min(1.0, self._handle.tell() / self._size))
        return int(n or 0)


def read_frame(
    path: Any, sheet: str | None = None, progress: Any = None, max_bytes: int | None = None
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """The table as a DataFrame of raw cells (text, or Excel's values) indexed by row number, and
    how it was read: ``encoding``, ``delimiter``, ``decimal``, ``header_row``, ``sheet``, ``sheets``,
    ``notes`` (phrases as dicts), ``renamed``. Raises ``ReadError`` or ``Cancelled``."""
    source = open_source(path, max_bytes)
    report = as_progress(progress)
    if source.workbook:
        return _from_grid(grid_from(source, sheet=sheet, progress=report))
    if sheet:
        raise fail("csv_no_sheets", name=source.name)
    if is_sie(source.head):
        return _from_sie(source)
    return _read_csv(source, report)


def _from_sie(source: Source) -> tuple[pd.DataFrame, dict[str, Any]]:
    import pandas as pd

    sie = read_sie(decode(source.path.read_bytes()), source.name)
    columns = BALANCE_COLUMNS if sie.balances else COLUMNS
    frame = pd.DataFrame(
        [cells for _n, cells in sie.rows], index=[n for n, _c in sie.rows], columns=list(columns)
    )
    if not sie.balances:
        frame["Datum"] = pd.to_datetime(frame["Datum"])
    key = "note.sie_balances" if sie.balances else "note.sie"
    note = phrase(key, len(sie.rows), vouchers=sie.vouchers)
    return frame, {"header_row": None, "notes": [note.to_dict()], "encoding": "sie"}


def _from_grid(grid: Grid) -> tuple[pd.DataFrame, dict[str, Any]]:
    import pandas as pd

    frame = pd.DataFrame(
        [[None if (isinstance(v, str) and not v.strip()) else v.strip() if isinstance(v, str) else v
          for v in cells] for _n, cells in grid.rows],
        index=[n for n, _c in grid.rows],
        columns=range(len(grid.header)),
        dtype=object,
    )  # fmt: skip
    frame.columns = grid.header
    info = {
        "sheet": grid.sheet,
        "sheets": grid.sheets,
        "header_row": grid.header_rows[-1] if grid.header_rows else None,
        "notes": [n.to_dict() for n in grid.notes],
        "formulas": len(grid.formulas),
    }
    return frame, info


def _text_columns(rows: list[list[str]], width: int) -> list[int]:
    """Columns whose sampled cells are all text (not numbers): read as categories, which is fast."""
    columns = []
    for i in range(width):
        cells = [r[i].strip() for r in rows if i < len(r) and r[i].strip()]
        if cells and not any(is_number(c) for c in cells):
            columns.append(i)
    return columns


def _read_csv(source: Source, progress: Progress | None) -> tuple[pd.DataFrame, dict[str, Any]]:

    layout, sampled = sniff_csv(source.head, source.complete, source.name)
    offset = 1 if layout.skip_first else 0  # Excel's "sep=;" line
    if not source.complete and len(sampled) > 1:
        sampled = sampled[:-1]  # the last sampled line may be cut short
    header = find_header(sampled, layout.width)
    notes: list[Phrase] = []
    first = header.rows[0] if header.rows else header.start
    if (above := above_note(sampled[:first], range(offset + 1, offset + first + 1))) is not None:
        notes.append(above)
    body = sampled[header.start :]
    named = list(header.names)
    width = table_width(_named_width(named), body) if body else max(_named_width(named), layout.width)
    skip = offset + header.start
    options: dict[str, Any] = {
        "sep": layout.delimiter,
        "header": None,
        "skiprows": skip,
        "skip_blank_lines": False,
        "names": list(range(width)),
        "index_col": False,  # a row wider than the names is an error (caught below), never an index
        "dtype": dict.fromkeys(_text_columns(body[:500], width), "category"),
        "keep_default_na": False,
        "na_values": NA_VALUES,
        "quotechar": '"',
    }
    if layout.carriage:
        options["lineterminator"] = "\r"
    if layout.decimal != layout.delimiter:
        options["decimal"] = layout.decimal
    if layout.decimal == "," and layout.dot_thousands:
        options["thousands"] = "."
    elif layout.decimal == "." and layout.delimiter != ",":
        options["thousands"] = ","
    frame, encoding, widest = _parse_all(source, layout, options, progress, skip)
    frame.index = frame.index + skip + 1
    if widest > width:
        header_line = offset + header.rows[-1] if header.rows else None
        notes += _drop_extra(frame, width)
        notes += _empty_extra(source, layout, encoding, frame, skip, width, header_line)
    if len(frame) and frame[width - 1].isna().any():
        notes += _short_rows(source, layout, encoding, frame, skip, width)
    tail = _footnotes(frame)
    if tail:
        notes.append(tail[1])
        frame = frame.iloc[: -tail[0]]
    names = (named + [""] * width)[:width]
    frame.columns = unique_names(names)
    info = {
        "encoding": encoding,
        "delimiter": layout.delimiter,
        "decimal": layout.decimal,
        "header_row": offset + header.rows[-1] + 1 if header.rows else None,
        "notes": [n.to_dict() for n in notes],
    }
    return frame, info


def _named_width(names: list[str]) -> int:
    return max((i + 1 for i, n in enumerate(names) if n), default=0)


def _parse_all(
    source: Source, layout: CsvLayout, options: dict[str, Any], progress: Progress | None, skip: int
) -> tuple[pd.DataFrame, str, int]:
    """Parse with the layout's encoding (Windows-1252 when UTF-8 fails further down); a row wider
    than the names makes room for the widest row. Returns the frame, the encoding and that width."""
    import pandas as pd

    width = len(options["names"])
    for encoding in dict.fromkeys((layout.encoding, "cp1252")):
        try:
            return _parse(source, encoding, options, progress), encoding, width
        except UnicodeDecodeError:
            continue
        except pd.errors.EmptyDataError:
            raise fail("header_only", name=source.name) from None
        except (pd.errors.ParserError, pd.errors.ParserWarning) as exc:
            if not _EXPECTED.search(str(exc)) and "Length of header" not in str(exc):
                raise _parser_error(source, str(exc), skip) from None
        counts = field_counts(_raw(source, encoding), layout.delimiter, layout.carriage)
        widest = int(counts.max()) if len(counts) else width
        wider = {**options, "names": list(range(max(widest, width)))}
        try:
            return _parse(source, encoding, wider, progress), encoding, max(widest, width)
        except (pd.errors.ParserError, pd.errors.ParserWarning) as exc:
            raise _parser_error(source, str(exc), skip) from None
    raise fail("unreadable", name=source.name)


def _parse(source: Source, encoding: str, options: dict[str, Any], progress: Progress | None) -> pd.DataFrame:
    """pandas.read_csv: from the path (pandas reads it on every core) for files that take under a
    second, else through a stream that reports progress and can be cancelled in the middle."""
    import pandas as pd

    errors = "replace" if encoding == "cp1252" else "strict"
    with warnings.catch_warnings():  # mixed types per chunk: the roles' typing sorts them out
        warnings.simplefilter("ignore", pd.errors.DtypeWarning)
        warnings.simplefilter("error", pd.errors.ParserWarning)
        if progress is None or source.size < STREAM_ABOVE:
            if progress is not None:
                progress.report(0.0)
            frame: pd.DataFrame = pd.read_csv(
                source.path, encoding=encoding, encoding_errors=errors, **options
            )
            if progress is not None:
                progress.report(1.0)
            return frame
        with source.path.open("rb") as handle:
            stream = io.BufferedReader(_ProgressReader(handle, source.size, progress), 1 << 20)
            streamed: pd.DataFrame = pd.read_csv(stream, encoding=encoding, encoding_errors=errors, **options)
            return streamed


def _parser_error(source: Source, error: str, skip: int) -> Exception:
    if "EOF inside string" in error:
        match = re.search(r"starting at row (\d+)", error)
        return fail("open_quote", name=source.name, row=int(match.group(1)) + skip + 1 if match else skip + 1)
    match = _LINE.search(error)
    return fail("cannot_parse", name=source.name, row=int(match.group(1)) if match else skip + 1)


def _raw(source: Source, encoding: str) -> bytes:
    data = source.path.read_bytes()
    if encoding.startswith("utf-16"):  # count in a one-byte encoding: the separators are ASCII
        return data.decode(encoding, errors="replace").encode("utf-8")
    return data


def field_counts(data: bytes, delimiter: str, carriage: bool = False) -> np.ndarray:
    """Fields per record (0 for a blank line), quotes respected: numpy over the bytes, no parsing.
    Records end in a newline, or in a lone carriage return when ``carriage``."""
    import numpy as np

    buf = np.frombuffer(data, dtype=np.uint8)
    newline = buf == (13 if carriage else 10)
    separator = buf == ord(delimiter)
    quotes = buf == 34
    if quotes.any():  # inside quotes after an odd number of them (uint8 wraps, the parity stays)
        outside = (np.cumsum(quotes, dtype=np.uint8) & 1) == 0
        newline &= outside
        separator &= outside
    ends = np.flatnonzero(newline)
    starts = np.concatenate(([0], ends + 1))
    stops = np.concatenate((ends, [len(buf)]))
    if starts[-1] >= len(buf):  # the file ends with a newline: no record after it
        starts, stops = starts[:-1], stops[:-1]
    positions = np.flatnonzero(separator)
    delimiters = np.searchsorted(positions, stops) - np.searchsorted(positions, starts)
    lengths = stops - starts
    trailing_cr = (lengths > 0) & (buf[np.maximum(stops - 1, 0)] == 13) & (not carriage)  # '\r\n' endings
    content = lengths - trailing_cr.astype(lengths.dtype)
    return np.where(content > 0, delimiters + 1, 0)


def _drop_extra(frame: pd.DataFrame, width: int) -> list[Phrase]:
    """Report and drop the values past the header's last column (their rows stay)."""
    import numpy as np

    extras = frame.columns[width:]
    per_row = frame[extras].notna().to_numpy().sum(axis=1)
    carrying = np.flatnonzero(per_row)
    frame.attrs["extra_rows"] = carrying  # positions whose extras held values: not 'empty' (_empty_extra)
    numbers = frame.index.to_numpy()[carrying]  # sorted: the frame is in file order
    counts = per_row[carrying]
    for column in extras:
        del frame[column]
    if not len(carrying):
        return []
    # the note needs the first few rows and the counts' range, not half a million Python ints
    shown = [int(n) for n in numbers[:SHOWN_ROWS]]
    return [extra_note(shown, [int(counts.min()), int(counts.max())], int(counts.sum()), len(numbers))]


def _empty_extra(
    source: Source,
    layout: CsvLayout,
    encoding: str,
    frame: pd.DataFrame,
    skip: int,
    width: int,
    header_line: int | None,
) -> list[Phrase]:
    """Rows whose fields past the last column are all empty: nothing is lost, but it is said, so a
    reader who counts separators finds them accounted for (after ``_drop_extra``, which names the
    rows that did carry values)."""
    import numpy as np

    counts = field_counts(_raw(source, encoding), layout.delimiter, layout.carriage)
    header_fields = (
        int(counts[header_line]) if header_line is not None and header_line < len(counts) else width
    )
    body = counts[skip : skip + len(frame)]
    carried = frame.attrs.pop("extra_rows", None)
    if len(body) != len(frame):
        return []  # lines and rows do not pair up: say nothing rather than name the wrong rows
    empty = body > max(width, header_fields)
    if not empty.any():
        return []
    if carried is not None:
        empty[carried[carried < len(empty)]] = False
    rows = np.flatnonzero(empty)
    if not len(rows):
        return []
    shown = [int(r) + skip + 1 for r in rows[:SHOWN_ROWS]]
    return [empty_extra_note(shown, len(rows))]


def _short_rows(
    source: Source, layout: CsvLayout, encoding: str, frame: pd.DataFrame, skip: int, width: int
) -> list[Phrase]:
    counts = field_counts(_raw(source, encoding), layout.delimiter, layout.carriage)[skip : skip + len(frame)]
    short = (counts > 0) & (counts < width)
    if not short.any():
        return []
    import numpy as np

    rows = np.flatnonzero(short) + skip + 1
    return [short_note([int(r) for r in rows])]


def _footnotes(frame: pd.DataFrame) -> tuple[int, Phrase] | None:
    """Notes under the table ('Källa: SCB'): the last rows, judged as text."""
    tail = frame.tail(30)
    texts = [["" if v is None or v != v else str(v) for v in row] for row in tail.itertuples(index=False)]
    count = footnotes(texts)
    if not count:
        return None
    numbers = [int(n) for n in tail.index[-count:]]
    note = below_note(texts[-count:], numbers)
    return (count, note) if note is not None else None
