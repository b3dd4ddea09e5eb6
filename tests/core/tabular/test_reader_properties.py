"""Any table Python's csv module writes reads back with the same cells, whatever the dialect,
encoding and title block: the shared reader's promise, checked with hypothesis.

The tables are shaped like data (a header of names, columns of text and of numbers, every cell
filled), the dialects are the csv module's (separator, quoting, line ending), the encodings the
ones exports use (UTF-8 with and without BOM, Windows-1252, UTF-16 from Excel's "Unicode text"),
and a title block of lines and blank lines may sit above the header.
"""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from podium.core.tabular.frame import read_frame
from podium.core.tabular.grid import read_grid

LETTERS = "abcdefghijklmnopqrstuvwxyzåäöéüABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
TEXT = st.text(alphabet=LETTERS + " ,.-'&()/\"", min_size=1, max_size=20).filter(
    lambda s: any(c.isalpha() for c in s)
)
NAME = st.text(alphabet=LETTERS, min_size=1, max_size=12)
NUMBER = st.one_of(
    st.integers(-(10**9), 10**9).map(str),
    st.decimals(min_value=-(10**7), max_value=10**7, places=2, allow_nan=False, allow_infinity=False).map(
        str
    ),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False).map(
        lambda d: f"{d:,.2f}".replace(",", " ").replace(".", ",")
    ),
)
TITLE = st.lists(st.one_of(st.just(""), TEXT, st.text(alphabet=LETTERS + " 0123456789:–", min_size=1, max_size=40)),
                 max_size=4)  # fmt: skip


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    width = draw(st.integers(2, 6))
    names = draw(st.lists(NAME, min_size=width, max_size=width, unique_by=str.casefold))
    kinds = draw(st.lists(st.sampled_from(["text", "number"]), min_size=width, max_size=width))
    if "number" not in kinds:
        kinds[draw(st.integers(0, width - 1))] = "number"
    rows = draw(
        st.lists(
            st.tuples(*[TEXT if k == "text" else NUMBER for k in kinds]).map(list), min_size=1, max_size=25
        )
    )
    return names, rows


def _write(names: list[str], rows: list[list[str]], title: list[str], dialect: dict[str, object]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, **dialect)  # type: ignore[arg-type]
    for line in title:
        writer.writerow([line] if line else [])
    writer.writerow(names)
    writer.writerows(rows)
    return buffer.getvalue()


DIALECTS = st.fixed_dictionaries(
    {
        "delimiter": st.sampled_from([",", ";", "\t", "|"]),
        "quoting": st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]),
        "lineterminator": st.sampled_from(["\r\n", "\n", "\r"]),
        "quotechar": st.just('"'),
        "doublequote": st.just(True),
    }
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), TITLE, DIALECTS, st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_any_table_the_csv_module_writes_reads_back_with_the_same_cells(
    table: tuple[list[str], list[list[str]]], title: list[str], dialect: dict[str, object], encoding: str
) -> None:
    names, rows = table
    text = _write(names, rows, title, dialect)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "table.csv"
        path.write_bytes(text.encode(encoding))
        grid = read_grid(path)
        assert grid.header == names
        assert [cells for _n, cells in grid.rows] == rows
        assert grid.delimiter == dialect["delimiter"]
        frame, info = read_frame(path)
        assert list(frame.columns) == names
        assert len(frame) == len(rows)
        assert info["header_row"] == grid.header_rows[-1]
