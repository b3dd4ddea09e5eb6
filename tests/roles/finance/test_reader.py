"""Reading data sets as real exports look: every format the issue names, and every broken file."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from podium.core.errors import RoleDataError
from podium.core.tabular.messages import Phrase
from podium.roles.finance.pipeline import run
from podium.roles.finance.reader import Cancelled, read_table
from tests.roles.finance.samples import ledger_rows, write_swedish_csv, write_workbook


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_swedish_export_reads_like_a_spreadsheet(tmp_path: Path) -> None:
    rows = ledger_rows()
    table = read_table(write_swedish_csv(tmp_path / "försäljning.csv", rows))
    assert (table.encoding, table.delimiter, table.decimal, table.header_row) == ("cp1252", ";", ",", 5)
    assert table.kinds == {
        "Datum": "date",
        "Region": "text",
        "Belopp": "number",
        "Budget": "number",
        "Kommentar": "text",
    }
    assert table.dropped_columns == ["Tom"]
    assert len(table.frame) == len(rows)
    assert table.frame.index[0] == 6  # the first data row is line 6 of the file
    assert set(table.frame["Region"].astype(str)) == {"Norr", "Söder", "Väst", "Öst"}  # cp1252 decoded
    assert [Decimal(str(round(v, 2))) for v in table.frame["Belopp"]] == [r.amount for r in rows]
    assert list(table.frame["Datum"].dt.date) == [r.day for r in rows]
    total = table.totals[0]
    assert (total["row"], total["label"]) == (len(rows) + 6, "Summa")
    assert Decimal(str(total["values"]["Belopp"])) == sum(r.amount for r in rows)


def test_utf8_bom_with_commas_and_thousands_separators(tmp_path: Path) -> None:
    text = 'Date,Account,Amount\n2024-01-05,Sales,"1,234.56"\n2024-01-09,Sales,"12,000.00"\n2024-02-01,Fees,-250.5\n'
    table = read_table(write(tmp_path / "us.csv", text, "utf-8-sig"))
    assert table.encoding == "utf-8-sig" and table.delimiter == ","
    assert list(table.frame.columns) == ["Date", "Account", "Amount"]  # no BOM glued to the first name
    assert table.frame["Amount"].tolist() == [1234.56, 12000.0, -250.5]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["1 234,56", "-12 000,00", "7,5"], [1234.56, -12000.0, 7.5]),
        (["1\u00a0234,56", "2\u202f000,00", "3,25"], [1234.56, 2000.0, 3.25]),
        (["1.234,56", "1.000.000,00", "12,5"], [1234.56, 1_000_000.0, 12.5]),
        (["(1 500,00)", "1 500,00-", "−20,00"], [-1500.0, -1500.0, -20.0]),
        (["1 234 kr", "500,50 kr", "-"], [1234.0, 500.5, 0.0]),
    ],
)
def test_european_number_forms(tmp_path: Path, cells: list[str], expected: list[float]) -> None:
    lines = ["Månad;Konto;Belopp", *[f"2024-0{i + 1};3010;{c}" for i, c in enumerate(cells)]]
    table = read_table(write(tmp_path / "n.csv", "\n".join(lines) + "\n"))
    assert table.kinds["Belopp"] == "number"
    assert table.frame["Belopp"].tolist() == pytest.approx(expected)


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (
            ["31.01.2024", "15.02.2024", "01.03.2024"],
            [date(2024, 1, 31), date(2024, 2, 15), date(2024, 3, 1)],
        ),
        (
            ["31/01/2024", "15/02/2024", "01/03/2024"],
            [date(2024, 1, 31), date(2024, 2, 15), date(2024, 3, 1)],
        ),
        (
            ["01/31/2024", "02/15/2024", "03/01/2024"],
            [date(2024, 1, 31), date(2024, 2, 15), date(2024, 3, 1)],
        ),
        (
            ["2024-01-31 08:15:00", "2024-02-15T12:00", "2024-03-01"],
            [date(2024, 1, 31), date(2024, 2, 15), date(2024, 3, 1)],
        ),
        (["jan 2024", "februari 2024", "Mar-24"], [date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1)]),
        (["2024M01", "2024M02", "2024M03"], [date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1)]),
        (["2024 Q1", "K2 2024", "2024Q3"], [date(2024, 1, 1), date(2024, 4, 1), date(2024, 7, 1)]),
    ],
)
def test_local_date_forms(tmp_path: Path, cells: list[str], expected: list[date]) -> None:
    lines = ["Period\tBelopp", *[f"{c}\t{i + 1}00" for i, c in enumerate(cells)]]
    table = read_table(write(tmp_path / "d.tsv", "\n".join(lines) + "\n"))
    assert table.delimiter == "\t"
    assert table.kinds["Period"] == "date"
    assert list(table.frame["Period"].dt.date) == expected


def test_pipe_separated_with_blank_lines_keeps_row_numbers(tmp_path: Path) -> None:
    text = "Region|Belopp\nNorr|100\n\nSöder|200\n\n"
    table = read_table(write(tmp_path / "p.csv", text))
    assert table.frame.index.tolist() == [2, 4]
    assert table.frame["Belopp"].tolist() == [100.0, 200.0]


def test_a_row_wider_than_the_header_is_read_and_its_extra_values_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "wide.csv", "Datum,Belopp\r\n0,0,0,0\r\n1,2\r\n")
    table = read_table(path)
    assert list(table.frame.columns) == ["Datum", "Belopp"]  # never taken for an index
    assert table.frame["Belopp"].tolist() == [0.0, 2.0]
    [note] = [n for n in table.notes if n["code"] == "note.extra_values"]
    assert Phrase.from_dict(note).render("en") == (
        "1 row carries 2 values after the last column (row 2); the extra values were left out."
    )
    assert Phrase.from_dict(note).render("sv") == (
        "1 rad har 2 värden efter sista kolumnen (rad 2); de extra värdena togs inte med."
    )


def test_dates_outside_1900_to_2100_are_reported_not_a_crash(tmp_path: Path) -> None:
    lines = (
        ["Datum;Belopp"] + [f"2024-01-{d:02d};{d}" for d in range(1, 28)] + ["2263-01-01;5", "0001-01-01;6"]
    )
    table = read_table(write(tmp_path / "far.csv", "\n".join(lines) + "\n"))
    assert table.kinds["Datum"] == "date"
    assert table.bad_cells["Datum"]["rows"] == [29, 30]
    assert table.bad_cells["Datum"]["examples"] == ["2263-01-01", "0001-01-01"]


def test_unlabelled_total_row_is_left_out(tmp_path: Path) -> None:
    text = "Region;Belopp\nNorr;100\nSöder;250\nVäst;50\n;400\n"
    table = read_table(write(tmp_path / "t.csv", text))
    assert table.frame["Belopp"].sum() == 400
    assert table.totals == [{"row": 5, "label": "", "values": {"Belopp": 400.0}}]


def test_subtotal_rows_within_the_data_are_left_out(tmp_path: Path) -> None:
    text = "Region;Produkt;Belopp\nNorr;A;100\nNorr;B;50\nSumma Norr;;150\nSöder;A;70\nTotalt;;220\n"
    table = read_table(write(tmp_path / "s.csv", text))
    assert table.frame["Belopp"].tolist() == [100.0, 50.0, 70.0]
    assert [t["row"] for t in table.totals] == [4, 6]


def test_excel_workbook_picks_the_data_sheet_and_reads_typed_cells(tmp_path: Path) -> None:
    rows = ledger_rows()
    path = write_workbook(tmp_path / "underlag.xlsx", rows)
    table = read_table(path)
    assert table.sheet == "Försäljning" and table.sheets == ["Om underlaget", "Försäljning"]
    assert table.header_row == 3 and table.frame.index[0] == 4  # as Excel numbers the rows
    assert table.kinds == {"Datum": "date", "Region": "text", "Belopp": "number", "Budget": "number"}
    assert len(table.frame) == len(rows)
    assert table.totals[0]["label"] == "Totalt"
    cover = read_table(path, sheet="Om underlaget")
    assert cover.kinds == {"Underlag till case-intervju": "text"}


def test_excel_workbook_saved_with_a_csv_name_is_read_as_excel(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "export.xlsx", ledger_rows())
    disguised = path.rename(tmp_path / "export.csv")
    table = read_table(disguised)
    assert table.kinds["Belopp"] == "number"
    assert {"code": "note.workbook_named_text"} in table.notes  # said, beside the title row left out


def test_mixed_cells_in_a_number_column_are_named(tmp_path: Path) -> None:
    lines = ["Region;Belopp"] + [f"R{i % 3};{i * 10}" for i in range(1, 40)] + ["R1;n/a", "R2;se not"]
    table = read_table(write(tmp_path / "m.csv", "\n".join(lines) + "\n"))
    assert table.kinds["Belopp"] == "number"
    assert table.bad_cells["Belopp"]["rows"] == [41, 42]
    assert table.bad_cells["Belopp"]["examples"] == ["n/a", "se not"]


def test_a_column_half_numbers_half_text_is_reported_as_mixed(tmp_path: Path) -> None:
    lines = ["Region;Belopp"] + [f"R;{i}" if i % 2 else f"R;text {i}" for i in range(1, 21)]
    path = write(tmp_path / "half.csv", "\n".join(lines) + "\n")
    table = read_table(path)
    assert table.kinds["Belopp"] == "text" and table.mixed["Belopp"] == 0.5
    with pytest.raises(
        RoleDataError,
        match=r"half.csv has no column of numbers.*column 'Belopp' mixes numbers and text, 50% of it numbers \(row 3: 'text 2'\)",
    ):
        run(path)


def test_progress_reaches_the_end_and_cancel_stops_a_large_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from podium.core.tabular import frame

    monkeypatch.setattr(frame, "STREAM_ABOVE", 1)  # stream this small file as a big one would be
    path = tmp_path / "big.csv"
    pd.DataFrame({"Region": ["Norr", "Söder"] * 50_000, "Belopp": range(100_000)}).to_csv(path, index=False)
    seen: list[float] = []
    read_table(path, progress=seen.append)
    assert len(seen) > 3 and seen == sorted(seen) and seen[-1] == 1.0

    def cancel_midway(fraction: float) -> None:
        if fraction > 0.3:
            raise Cancelled

    with pytest.raises(Cancelled):
        read_table(path, progress=cancel_midway)


# --------------------------------------------------------------------------- broken files


def bad(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", r"empty.csv is empty \(0 bytes\)"),
        ("blank.csv", b"\n \n\n", r"blank.csv holds no data: every line is blank"),
        ("header.csv", b"Datum;Belopp\n", r"header.csv has a header row but no data rows"),
        (
            "image.csv",
            b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
            r"image.csv is an image, not a table; export the data as CSV",
        ),
        (
            "report.csv",
            b"%PDF-1.7\n%\xe2\xe3\n" + b"\x00" * 64,
            r"report.csv is a PDF document, not a table",
        ),
        ("data.csv", b"abc\x00\x01\x02" * 100, r"data.csv is binary data, not a table"),
        (
            "old.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
            r"old.xls is an old Excel 97–2003 workbook",
        ),
        (
            "broken.xlsx",
            b"PK\x03\x04" + b"\x00" * 100,
            r"broken.xlsx cannot be opened as an Excel workbook because it is damaged; open it in Excel",
        ),
        (
            "text.xlsx",
            b"Datum;Belopp\n2024-01-01;5\n",
            r"text.xlsx is text, not an Excel workbook; rename it to \.csv and import it again\.",
        ),
    ],
)
def test_broken_files_get_a_clear_message(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    with pytest.raises(RoleDataError, match=message):
        read_table(bad(tmp_path, name, content))


def test_a_ragged_row_is_read_and_reported_not_refused(tmp_path: Path) -> None:
    path = bad(
        tmp_path, "ragged.csv", b"Titel;;\n\nRegion;Belopp\n" + b"Norr;100\n" * 5 + b"S\xc3\xb6der;200;300\n"
    )
    table = read_table(path)
    assert table.frame["Belopp"].tolist() == [100.0] * 5 + [200.0]
    said = [Phrase.from_dict(n).render("en") for n in table.notes]
    assert said == [
        "The line above the header was left out (row 1: 'Titel').",
        "1 row carries 1 value after the last column (row 9); the extra value was left out.",
    ]


def test_truncated_xlsx_names_the_file(tmp_path: Path) -> None:
    whole = write_workbook(tmp_path / "whole.xlsx", ledger_rows()).read_bytes()
    broken = bad(tmp_path, "cut.xlsx", whole[: len(whole) // 2])
    with pytest.raises(RoleDataError, match=r"cut.xlsx cannot be opened as an Excel workbook"):
        read_table(broken)


def test_xlsx_with_a_missing_sheet_part_names_the_sheet(tmp_path: Path) -> None:
    source = write_workbook(tmp_path / "src.xlsx", ledger_rows())
    target = tmp_path / "gutted.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            if item.filename != "xl/worksheets/sheet2.xml":
                zout.writestr(item, zin.read(item.filename))
    with pytest.raises(
        RoleDataError, match=r"gutted.xlsx has no sheet called 'Försäljning'; its sheets are Om underlaget\."
    ):
        read_table(target, sheet="Försäljning")


def test_unknown_sheet_lists_the_sheets(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "b.xlsx", ledger_rows())
    with pytest.raises(
        RoleDataError,
        match=r"b.xlsx has no sheet called 'Budget'; its sheets are Om underlaget, Försäljning\.",
    ):
        read_table(path, sheet="Budget")


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as handle:  # a sparse 200 MB file: the size is real, the disk is not used
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(
        RoleDataError,
        match=r"huge.xlsx is 200 MB, more than the 60 MB Podium reads from a workbook; save the sheet as CSV",
    ):
        read_table(path)
    csv = tmp_path / "big.csv"
    csv.write_text("Region;Belopp\n" + "Norr;1\n" * 1000)
    with pytest.raises(
        RoleDataError, match=r"big.csv is 7 kB, more than the 1 kB Podium reads; keep only the rows"
    ):
        read_table(csv, max_bytes=1024)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(RoleDataError, match=r"nope\.csv does not exist"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(RoleDataError, match="is a folder"):
        read_table(tmp_path)


def test_no_numeric_column(tmp_path: Path) -> None:
    path = write(tmp_path / "names.csv", "Namn;Roll\nÅsa;Controller\nPer;CFO\n")
    with pytest.raises(
        RoleDataError,
        match=r"names.csv has no column of numbers to analyse \(it has Namn \(text\) and Roll \(text\)\); check",
    ):
        run(path)
