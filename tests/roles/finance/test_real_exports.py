"""Exports as finance departments, municipalities, banks and statistics offices send them become
data sets whose figures trace back to the file, and what was left out is said on the quality slide.

The shapes are written by ``exports.py``; the sums a reader would check are computed there from
the same rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from podium.core.tabular.messages import Phrase
from podium.roles.finance.pipeline import run
from podium.roles.finance.quality import quality_lines
from podium.roles.finance.reader import read_table
from tests.roles.finance import exports


def notes(table_notes: list[dict], language: str = "en") -> list[str]:
    return [Phrase.from_dict(n).render(language) for n in table_notes if n["code"].startswith("note.")]


def test_a_municipal_export_whose_later_rows_carry_two_more_fields(tmp_path: Path) -> None:
    path, budget = exports.municipal_budget(tmp_path / "budget.csv")
    table = read_table(path)
    assert list(table.frame.columns) == ["Verksamhet", "Konto", "Kontonamn", "Budget 2024", "Utfall 2024"]
    assert len(table.frame) == 400 and table.frame.index[-1] == 401  # every row, numbered as in the file
    assert round(table.frame["Budget 2024"].sum(), 2) == round(budget, 2)
    expected = "150 rows carry 2 values after the last column (rows 252–256 and 145 more); the extra values were left out."
    assert notes(table.notes) == [expected]
    record = run(path)
    assert quality_lines(record, "en")[0] == expected  # on the data-quality slide, first
    assert quality_lines(record, "sv")[0] == (
        "150 rader har 2 värden efter sista kolumnen (raderna 252–256 och 145 till); de extra värdena togs inte med."
    )


def test_a_statistics_export_with_a_padded_title_block_years_as_columns_and_footnotes(tmp_path: Path) -> None:
    table = read_table(exports.statistics_export(tmp_path / "scb.csv"))
    assert table.header_row == 4
    assert table.kinds == {"Kommun": "text", "Verksamhet": "text", "2021": "number", "2022": "number",
                           "2023": "number"}  # fmt: skip
    assert len(table.frame) == 16 and table.frame["2021"].isna().sum() == 1  # '..' is not available, not text
    assert notes(table.notes) == [
        "The 2 lines above the header were left out (rows 1–2, starting 'Kommunernas nettokostnader efter verksa…').",
        "The 2 lines under the table were left out (rows 22–23, starting 'Källa: Räkenskapssammandraget').",
    ]


def test_excels_separator_line_an_export_stamp_and_blank_lines_above_the_header(tmp_path: Path) -> None:
    table = read_table(exports.junk_above(tmp_path / "visma.csv"))
    assert (table.delimiter, table.decimal, table.header_row) == (";", ",", 7)
    assert table.kinds["Datum"] == "date" and table.frame["Belopp"].iloc[0] == 1000.5
    assert notes(table.notes, "sv") == [
        "De 2 raderna ovanför rubrikraden togs inte med (raderna 2–3, som börjar 'Exporterad 2024-03-01 12:33 från Visma')."
    ]


def test_excels_unicode_text_with_nbsp_thousands_and_both_kinds_of_negative(tmp_path: Path) -> None:
    table = read_table(exports.unicode_text(tmp_path / "export.txt"))
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.frame["Intäkt"].tolist() == [1234.5, -2000.0, -310.25, 12000.0]


def test_apostrophes_group_thousands(tmp_path: Path) -> None:
    table = read_table(exports.swiss_apostrophes(tmp_path / "chf.csv"))
    assert table.frame["Amount CHF"].tolist() == [1234.5, 12000.0, -980.25]


def test_a_bank_statement_below_its_account_lines(tmp_path: Path) -> None:
    path, total = exports.bank_statement(tmp_path / "konto.csv")
    table = read_table(path)
    assert table.header_row == 5 and table.kinds["Bokföringsdag"] == "date"
    assert round(table.frame["Belopp"].sum(), 2) == total
    assert notes(table.notes) == [
        "The 3 lines above the header were left out (rows 1–3, starting 'Kontoutdrag')."
    ]


def test_an_sie_file_becomes_a_table_of_transactions_with_their_lines(tmp_path: Path) -> None:
    path, sales = exports.sie_file(tmp_path / "bokforing.se")
    table = read_table(path)
    frame = table.frame
    assert list(frame.columns) == [
        "Datum",
        "Kontoklass",
        "Kontonamn",
        "Konto",
        "Belopp",
        "Verifikation",
        "Text",
    ]
    assert frame.index[0] == 13  # the line of the first #TRANS in the file
    income = frame[frame["Kontoklass"].astype(str) == "3 Intäkter"]
    assert -income["Belopp"].sum() == pytest.approx(sales)  # credits, as booked
    assert set(frame["Kontonamn"].astype(str)) >= {"Försäljning tjänster", "Lokalhyra"}  # PC8 decoded
    assert notes(table.notes) == [
        "Read as an SIE accounting file: 38 transactions from 13 vouchers, one row each."
    ]
    assert run(path)["choice"]["category"] == "Kontoklass"


def test_an_sie_file_without_vouchers_gives_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "tom.se"
    path.write_bytes(b'#FLAGGA 0\r\n#SIETYP 4\r\n#KONTO 3010 "X"\r\n')
    from podium.core.errors import RoleDataError

    with pytest.raises(RoleDataError, match=r"^tom\.se is an SIE file without transactions or results"):
        read_table(path)


def test_the_command_line_says_what_the_reader_left_out(tmp_path: Path) -> None:
    import subprocess
    import sys

    path, _budget = exports.municipal_budget(tmp_path / "budget.csv")
    out = tmp_path / "deck.pptx"
    result = subprocess.run(
        [sys.executable, "-m", "podium", "generate", "--role", "finance", "--company", "X", "--data", str(path),
         "-o", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1] == (
        "150 rows carry 2 values after the last column (rows 252–256 and 145 more); the extra values were left out."
    )


def test_a_total_row_without_figures_is_said_not_dropped_silently(tmp_path: Path) -> None:
    lines = ["Datum;Förvaltning;Belopp"]
    lines += [f"2025-{m:02d}-15;{unit};{m * 1000},50" for m in range(1, 13) for unit in ("Skola", "Kultur")]
    lines.append("Summa;;")  # the system writes the label; the sums are in another report
    path = tmp_path / "utfall.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    record = run(path)
    assert record["analysis"]["rows"] == 24
    assert "Left out the file's total (row 26); it has no figures in the columns used" in quality_lines(
        record, "en"
    )
    assert (
        "Filens summarad (rad 26) räknas inte med; den har inga tal i de kolumner som används"
        in quality_lines(record, "sv")
    )
