"""CSV files as exported from Swedish and international systems, read with pandas.

The layout (encoding, separator, header row, decimals) comes from ``sniff``;
pandas parses with it, and the frame's index becomes the file's line numbers.
"""

from __future__ import annotations

import io
import re
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from podium.core.errors import RoleDataError
from podium.roles.finance import sniff
from podium.roles.finance.files import STREAM_ABOVE, Progress, ProgressReader, unique_names

if TYPE_CHECKING:
    import pandas as pd


def read_csv(
    path: Path, size: int, head: bytes, progress: Progress | None
) -> tuple[pd.DataFrame, dict[str, Any]]:
    import pandas as pd

    layout = sniff.sniff_csv(head, complete=size <= len(head), name=path.name)
    skip = 0 if layout.header_index is None else layout.header_index + 1
    start_row = skip + 1  # the 1-based line of the first data row
    text_columns = _text_columns(head, layout, skip)
    options: dict[str, Any] = {
        "sep": layout.delimiter,
        "header": None,
        "skiprows": skip,
        "skip_blank_lines": False,
        # As many columns as the header (a longer row is an error), or as the widest row without one.
        "names": list(range(max(layout.width, len(layout.header)) if layout.header else layout.widest)),
        "index_col": False,  # a row wider than the names is an error, never an index
        "dtype": dict.fromkeys(text_columns, "category"),
        "keep_default_na": False,
        "na_values": ["", "NA", "N/A", "#N/A", "NULL", "null", "NaN", "nan"],
        "quotechar": '"',
    }
    if layout.decimal != layout.delimiter:
        options["decimal"] = layout.decimal
    if layout.decimal == "," and layout.dot_thousands:
        options["thousands"] = "."
    elif layout.decimal == "." and layout.delimiter != ",":
        options["thousands"] = ","
    encoding = layout.encoding
    for attempt in (encoding, "cp1252"):
        try:
            frame = _parse(path, size, attempt, options, progress)
            encoding = attempt
            break
        except UnicodeDecodeError:
            if attempt == "cp1252":
                raise
            continue
        except pd.errors.EmptyDataError:
            raise RoleDataError(f"{path.name} has a header row but no data rows.") from None
        except pd.errors.ParserError as exc:
            raise RoleDataError(_parser_message(path.name, str(exc), skip, layout)) from None
        except pd.errors.ParserWarning:  # pandas would drop the extra values: say where they are
            raise RoleDataError(
                _wide_row_message(path, attempt, layout, skip, len(options["names"]))
            ) from None
    frame.index = frame.index + start_row
    header = list(layout.header)
    names = [header[i] if i < len(header) and header[i] else "" for i in range(frame.shape[1])]
    frame.columns = unique_names(names)
    info = {
        "encoding": encoding,
        "delimiter": layout.delimiter,
        "decimal": layout.decimal,
        "header_row": None if layout.header_index is None else layout.header_index + 1,
    }
    return frame, info


def _parse(
    path: Path, size: int, encoding: str, options: dict[str, Any], progress: Progress | None
) -> pd.DataFrame:
    """pandas.read_csv: from the path (pandas reads it on every core) for files that take under a
    second, else through a stream that reports progress and can be cancelled in the middle."""
    import pandas as pd

    errors = "replace" if encoding == "cp1252" else "strict"
    with warnings.catch_warnings():  # mixed types per chunk: classify() sorts them out
        warnings.simplefilter("ignore", pd.errors.DtypeWarning)
        warnings.simplefilter("error", pd.errors.ParserWarning)
        if progress is None or size < STREAM_ABOVE:
            if progress is not None:
                progress(0.0)
            frame: pd.DataFrame = pd.read_csv(path, encoding=encoding, encoding_errors=errors, **options)
            if progress is not None:
                progress(1.0)
            return frame
        with path.open("rb") as handle:
            stream = io.BufferedReader(ProgressReader(handle, size, progress), 1 << 20)
            streamed: pd.DataFrame = pd.read_csv(stream, encoding=encoding, encoding_errors=errors, **options)
            return streamed


def _wide_row_message(path: Path, encoding: str, layout: sniff.CsvLayout, skip: int, width: int) -> str:
    """Find the first row with more values than the columns (only on this error path: a plain scan)."""
    import csv

    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter=layout.delimiter), start=1):
            if number > skip and len(row) > width:
                return _parser_message(
                    path.name, f"Expected {width} fields in line {number}, saw {len(row)}", skip, layout
                )
    return f"{path.name}: some rows have more values than there are columns ({width})."


def _text_columns(head: bytes, layout: sniff.CsvLayout, skip: int) -> list[int]:
    """Columns whose sampled cells are all text (not numbers): read them as categories, which is fast."""
    import csv

    text = head.decode(layout.encoding, errors="replace")
    lines = text.splitlines()[skip : skip + 500][:-1] or text.splitlines()[skip:]
    rows = [r for r in csv.reader(lines, delimiter=layout.delimiter) if any(c.strip() for c in r)]
    columns = []
    for i in range(layout.width):
        cells = [r[i].strip() for r in rows if i < len(r) and r[i].strip()]
        if cells and not any(sniff.is_number(c) for c in cells):
            columns.append(i)
    return columns


def _parser_message(name: str, error: str, skip: int, layout: sniff.CsvLayout) -> str:
    match = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", error)
    if match:
        expected, line, saw = (int(g) for g in match.groups())
        sep = {";": "semicolon", ",": "comma", "\t": "tab", "|": "bar"}[layout.delimiter]
        return (
            f"{name}, row {line}: {saw} values where the rows above have {expected}. "
            f"A value probably contains an unquoted {sep}: put quotes around it, or export the file again."
        )
    return f"{name} cannot be read as CSV: {error.strip().splitlines()[-1]}"
