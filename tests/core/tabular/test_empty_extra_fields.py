"""Rows that end in empty fields past the header's last column are read and said, never silently.

Nothing is lost in them, but a reader who counts separators in the file must find them accounted
for; values past the last column are a different finding ('carries 2 values … left out'), and a
file whose header ends in the same empty fields as its rows has nothing to report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from podium.core.tabular.grid import read_grid
from podium.core.tabular.messages import Phrase
from podium.roles.finance.reader import read_table

LEDGER = "Datum;Region;Belopp\n" + "".join(
    f"2024-0{i % 6 + 1}-1{i % 9};{'Norr' if i % 2 else 'Söder'};{100 + i}{';;' if i % 3 == 0 else ''}\n"
    for i in range(12)
)  # rows 2, 5, 8 and 11 of the file end in two empty fields


def said(notes: list[Phrase], language: str) -> list[str]:
    return [n.render(language) for n in notes]


def test_the_grid_reader_names_rows_ending_in_empty_fields(tmp_path: Path) -> None:
    path = tmp_path / "ledger.csv"
    path.write_text(LEDGER, encoding="utf-8")
    grid = read_grid(path)
    assert grid.header == ["Datum", "Region", "Belopp"] and len(grid.rows) == 12
    assert said(grid.notes, "en") == [
        "4 rows end in empty fields after the last column (rows 2, 5, 8 and 11); "
        "they held nothing, so nothing was left out."
    ]
    assert said(grid.notes, "sv") == [
        "4 rader slutar med tomma fält efter sista kolumnen (raderna 2, 5, 8 och 11); "
        "de var tomma, så inget lämnades bort."
    ]


@pytest.mark.parametrize("reader", ["grid", "frame"])
def test_a_header_ending_in_the_same_empty_fields_has_nothing_to_say(tmp_path: Path, reader: str) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Datum;Belopp;;\n" + "".join(f"2024-01-0{d};{d}00;;\n" for d in range(1, 8)), encoding="utf-8"
    )
    notes = (
        read_grid(path).notes if reader == "grid" else [Phrase.from_dict(n) for n in read_table(path).notes]
    )
    assert said(notes, "en") == []


def test_the_finance_reader_tells_empty_fields_from_values_left_out(tmp_path: Path) -> None:
    path = tmp_path / "ledger.csv"
    path.write_text(LEDGER.replace("2024-02-11;Norr;101\n", "2024-02-11;Norr;101;7\n"), encoding="utf-8")
    table = read_table(path)
    assert table.frame["Belopp"].tolist() == [100.0 + i for i in range(12)]
    assert said([Phrase.from_dict(n) for n in table.notes], "en") == [
        "1 row carries 1 value after the last column (row 3); the extra value was left out.",
        "4 rows end in empty fields after the last column (rows 2, 5, 8 and 11); "
        "they held nothing, so nothing was left out.",
    ]
