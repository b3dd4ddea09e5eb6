"""Guessing how a CSV was written, and reading numbers as people type them."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from podium.core.tabular.header import find_header
from podium.core.tabular.sniff import detect_encoding, sniff_csv
from podium.roles.finance.convert import date_format, parse_numbers
from tests.roles.finance.samples import sv_number


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Region;Belopp\nSöder;5\n".encode(), "utf-8"),
        (b"\xef\xbb\xbfRegion;Belopp\nS\xc3\xb6der;5\n", "utf-8-sig"),
        ("Region;Belopp\nSöder;5\n".encode("cp1252"), "cp1252"),
        ("Region\tBelopp\nSöder\t5\n".encode("utf-16"), "utf-16"),
    ],
)
def test_encoding(data: bytes, encoding: str) -> None:
    assert detect_encoding(data, complete=True) == encoding


def test_a_multibyte_character_cut_at_the_end_of_the_sample_is_not_mistaken_for_cp1252() -> None:
    head = ("a;b\n" + "Söder;1\n" * 10).encode()
    assert detect_encoding(head[:-3], complete=False) == "utf-8"


@pytest.mark.parametrize(
    ("text", "delimiter", "header_index", "decimal"),
    [
        ("Datum;Region;Belopp\n2024-01-01;Norr;1 234,50\n2024-01-02;Söder;99,00\n", ";", 0, ","),
        ('Date,Region,Amount\n2024-01-01,North,"1,234.50"\n2024-01-02,South,99.5\n', ",", 0, "."),
        ("Date\tRegion\tAmount\n2024-01-01\tNorth\t1234.5\n", "\t", 0, "."),
        (
            "Nordvik AB\nFörsäljning 2024\n\nDatum;Region;Belopp\n2024-01-01;Norr;1,5\n2024-01-02;Söder;2,5\n",
            ";",
            3,
            ",",
        ),
        (
            "Rapport;;\nPeriod: jan;;\nDatum;Region;Belopp\n2024-01-01;Norr;10\n2024-01-02;Söder;12\n",
            ";",
            2,
            ",",
        ),
        ("2024-01-01;Norr;10\n2024-01-02;Söder;12\n", ";", None, ","),
    ],
)
def test_layout(text: str, delimiter: str, header_index: int | None, decimal: str) -> None:
    layout, rows = sniff_csv(text.encode(), complete=True, name="x.csv")
    header = find_header(rows, layout.width)
    assert (layout.delimiter, header.last, layout.decimal) == (delimiter, header_index, decimal)


def test_decimal_comma_does_not_fool_the_separator_guess() -> None:
    text = "Datum;Belopp;Budget\n" + "2024-01-01;1234,50;1000,25\n" * 20
    layout, rows = sniff_csv(text.encode(), complete=True, name="x.csv")
    header = find_header(rows, layout.width)
    assert (layout.delimiter, layout.width, list(header.names)) == (";", 3, ["Datum", "Belopp", "Budget"])


def test_us_dates_are_recognised_by_a_day_over_twelve() -> None:
    assert date_format(["03/04/2024", "12/25/2024"]) == "%m/%d/%Y"
    assert date_format(["03/04/2024", "25/12/2024"]) == "%d/%m/%Y"
    assert date_format(["03/04/2024", "04/05/2024"]) == "%d/%m/%Y"  # ambiguous: day first, as in Sweden
    assert date_format(["Norr", "Söder"]) is None


amounts = st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


@given(st.lists(amounts, min_size=1, max_size=20), st.booleans())
def test_swedish_numbers_round_trip(values: list[Decimal], nbsp: bool) -> None:
    texts = pd.Series([sv_number(v, nbsp) for v in values])
    parsed = parse_numbers(texts, ",")
    assert [Decimal(str(round(x, 2))) for x in parsed] == [v.quantize(Decimal("0.01")) for v in values]


@given(st.lists(amounts, min_size=1, max_size=20))
def test_english_numbers_round_trip(values: list[Decimal]) -> None:
    texts = pd.Series([f"{v:,.2f}" for v in values])
    parsed = parse_numbers(texts, ".")
    assert [Decimal(str(round(x, 2))) for x in parsed] == [v.quantize(Decimal("0.01")) for v in values]


def test_text_that_only_looks_numeric_is_not_a_number() -> None:
    parsed = parse_numbers(pd.Series(["inf", "1_000", "12 st", "abc", "1e3"]), ",")
    assert parsed.isna().tolist() == [True, True, True, True, False]


def test_a_title_line_and_decimal_commas_do_not_pass_for_commas_between_columns() -> None:
    lines = ["Kommunens budget 2024;;;;", "Belopp i tkr;;;;", ";;;;", "Kommun;Verksamhet;2022;2023;2024"]
    lines += [f"Stad{i};Skola;1 234,5;1 300;{1400 + i}" for i in range(30)]
    layout, rows = sniff_csv("\n".join(lines).encode(), complete=True, name="x.csv")
    header = find_header(rows, layout.width)
    assert (layout.delimiter, layout.decimal, header.last) == (";", ",", 3)
    assert list(header.names) == ["Kommun", "Verksamhet", "2022", "2023", "2024"]  # years name columns


def test_prose_with_semicolons_does_not_pass_for_a_semicolon_file() -> None:
    lines = ["ID,Risk,Mitigation,Likelihood"]
    lines += [f"R{i},Vendor late {i},Weekly review; penalty clause; escrow,{i % 5 + 1}" for i in range(20)]
    layout, _rows = sniff_csv("\n".join(lines).encode(), complete=True, name="x.csv")
    assert (layout.delimiter, layout.width) == (",", 4)


def test_excel_for_macs_carriage_returns_and_its_separator_line() -> None:
    layout, rows = sniff_csv(b"sep=;\rDatum;Belopp\r2024-01-01;5\r", complete=True, name="x.csv")
    assert (layout.delimiter, layout.skip_first, layout.carriage) == (";", True, True)
    assert rows == [["Datum", "Belopp"], ["2024-01-01", "5"]]
