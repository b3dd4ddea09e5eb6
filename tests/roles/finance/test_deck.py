"""The filled deck: native charts with the computed data, tables and facts in both languages, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pptx import Presentation

from podium.core.deck.scaffold import scaffold
from podium.core.model import BulletsBlock, ChartBlock, Preparation, TableBlock
from podium.core.text import typeset
from podium.export.pptx_writer import write_pptx
from podium.roles.finance.deck import SLOTS, blocks
from podium.roles.finance.pipeline import run
from tests.helpers import office_convert, pdf_text
from tests.roles.finance.samples import ledger_rows, sums_by, write_swedish_csv, write_workbook

MONTHS_SV = ["jan 2024", "feb 2024", "mar 2024", "apr 2024", "maj 2024", "jun 2024"]


def prepared(tmp_path: Path, language: str = "sv", excel: bool = False) -> tuple[Preparation, list]:
    rows = ledger_rows()
    path = (write_workbook if excel else write_swedish_csv)(tmp_path / ("l.xlsx" if excel else "l.csv"), rows)
    prep = Preparation(role="finance", company="Nordvik AB", language=language)
    prep.role_data["finance"] = run(path)
    prep.deck = scaffold(prep)
    return prep, rows


def slide(prep: Preparation, key: str):
    return next(s for s in prep.deck.slides if s.key == key)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_provider_knows_every_slot_of_the_template(language: str) -> None:
    prep = Preparation(role="finance", company="X", language=language)
    sources = {b.source for s in scaffold(prep).slides for b in s.blocks if b.source.startswith("finance.")}
    assert sources == SLOTS


def test_no_data_set_keeps_the_template_examples() -> None:
    prep = Preparation(role="finance", company="Nordvik AB")
    assert blocks(prep) == {}
    prep.deck = scaffold(prep)
    assert slide(prep, "trend").blocks[0].example


def test_every_data_slot_is_filled(tmp_path: Path) -> None:
    prep, _ = prepared(tmp_path)
    filled = {b.source for s in prep.deck.slides for b in s.blocks if b.source and not b.example}
    assert filled >= {
        "finance.kpis",
        "finance.trend",
        "finance.breakdown",
        "finance.variance",
        "finance.drivers",
        "finance.method",
    }
    summary = slide(prep, "summary").blocks[0]
    assert isinstance(summary, BulletsBlock)
    assert (
        summary.items[0].example and summary.items[-1].example
    )  # the answer and the recommendation: the candidate's
    assert not any(item.example for item in summary.items[1:-1])
    assert summary.items[0].text == "[Ditt svar i en mening: vad siffrorna betyder för Nordvik AB]"


def test_charts_carry_the_spreadsheet_sums(tmp_path: Path) -> None:
    prep, rows = prepared(tmp_path)
    trend = slide(prep, "trend").blocks[0]
    assert isinstance(trend, ChartBlock) and trend.chart_type == "line"
    assert trend.categories == MONTHS_SV and trend.title == "Belopp per månad, tkr"
    by_month = sums_by(rows, lambda r: r.day.strftime("%Y-%m"))
    assert [Decimal(str(v)) for v in trend.series[0].values] == [by_month[k] for k in sorted(by_month)]
    assert [s.name for s in trend.series] == ["Belopp", "Budget"]
    bars = slide(prep, "breakdown").blocks[0]
    assert isinstance(bars, ChartBlock) and bars.chart_type == "bar"
    by_region = sums_by(rows, lambda r: r.region)
    assert (
        dict(zip(bars.categories, (Decimal(str(v)) for v in bars.series[0].values), strict=True)) == by_region
    )


def test_tables_and_facts_read_as_a_swede_writes(tmp_path: Path) -> None:
    prep, rows = prepared(tmp_path)
    total = float(sum(r.amount for r in rows))
    kpis = slide(prep, "metrics").blocks[0]
    assert isinstance(kpis, TableBlock)
    assert kpis.columns == ["Nyckeltal (tkr)", "Utfall", "Budget", "Mot budget", "Mot föregående period"]
    assert kpis.rows[0][:2] == [
        typeset("Belopp, 2 jan – 21 jun 2024", "sv"),
        f"{total / 1000:.0f}",
    ]  # one scale: tkr
    assert not any(row[0] in ("Rader", "Rows") for row in kpis.rows)  # no bookkeeping rows
    data = [item.text for item in slide(prep, "data").blocks[0].items]
    assert (rows[0].day.isoformat(), rows[-1].day.isoformat()) == ("2024-01-02", "2024-06-21")
    assert data[0] == typeset(f"Källa: l.csv, {len(rows)} rader × 5 kolumner, 2 jan – 21 jun 2024", "sv")
    assert "Filens summarad (rad 80) räknas inte med; den stämmer med radernas summa" in data
    variance = slide(prep, "variance").blocks[0]
    assert variance.columns == ["Region (tkr)", "Utfall", "Budget", "Avvikelse", "Gynnsam/ogynnsam"]
    assert variance.rows[-1][0] == "Totalt"
    assert "\u00a0%" in variance.rows[-1][3]  # 2,2 % with a no-break space, as Swedish writes it


def test_english_deck_from_the_excel_workbook(tmp_path: Path) -> None:
    prep, rows = prepared(tmp_path, language="en", excel=True)
    trend = slide(prep, "trend").blocks[0]
    assert trend.categories == ["Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Jun 2024"]
    assert trend.title == "Belopp by month, SEK k"
    data = [item.text for item in slide(prep, "data").blocks[0].items]
    assert data[0].startswith(f"Source: l.xlsx (Försäljning), {len(rows)} rows × 4 columns")
    assert "Left out the file's total (row 78); it equals the sum of the rows" in data


def test_pptx_charts_hold_the_computed_data(tmp_path: Path) -> None:
    prep, rows = prepared(tmp_path)
    out = write_pptx(prep, tmp_path / "deck.pptx")
    pptx = Presentation(str(out))
    keys = [s.key for s in prep.deck.slides]
    trend = next(sh for sh in pptx.slides[keys.index("trend")].shapes if sh.has_chart).chart
    by_month = sums_by(rows, lambda r: r.day.strftime("%Y-%m"))
    assert list(trend.plots[0].categories) == MONTHS_SV
    assert [Decimal(str(v)) for v in trend.plots[0].series[0].values] == [
        by_month[k] for k in sorted(by_month)
    ]
    bars = next(sh for sh in pptx.slides[keys.index("breakdown")].shapes if sh.has_chart).chart
    by_region = sums_by(rows, lambda r: r.region)
    assert sum(Decimal(str(v)) for v in bars.plots[0].series[0].values) == sum(by_region.values())
    table = next(sh for sh in pptx.slides[keys.index("metrics")].shapes if sh.has_table).table
    assert table.cell(1, 1).text == f"{float(sum(r.amount for r in rows)) / 1000:.0f}"  # under "tkr"


@pytest.mark.office
def test_libreoffice_shows_the_numbers(tmp_path: Path, soffice: str) -> None:
    prep, rows = prepared(tmp_path)
    pdf = office_convert(soffice, write_pptx(prep, tmp_path / "deck.pptx"), tmp_path)
    keys = [s.key for s in prep.deck.slides]
    metrics = " ".join(pdf_text(pdf, keys.index("metrics") + 1).split())
    assert f"Belopp {float(sum(r.amount for r in rows)) / 1000:.0f} tkr" in metrics.replace("\u00a0", " ")
    trend = pdf_text(pdf, keys.index("trend") + 1)
    assert "Belopp per månad, tkr" in trend and "jun 2024" in trend


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, "-m", "podium", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_cli_generates_from_a_swedish_export(tmp_path: Path) -> None:
    rows = ledger_rows()
    data = write_swedish_csv(tmp_path / "export.csv", rows)
    out = tmp_path / "deck.pptx"
    result = cli(
        "generate",
        "--role",
        "finance",
        "--company",
        "Nordvik AB",
        "--language",
        "sv",
        "--data",
        str(data),
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "date 'Datum', measures 'Belopp', category 'Region', budget 'Budget'" in result.stdout
    pptx = Presentation(str(out))
    values = [
        list(sh.chart.plots[0].series[0].values) for s in pptx.slides for sh in s.shapes if sh.has_chart
    ]
    by_month = sums_by(rows, lambda r: r.day.strftime("%Y-%m"))
    assert [Decimal(str(v)) for v in values[0]] == [by_month[k] for k in sorted(by_month)]


def test_cli_takes_the_columns_it_is_given(tmp_path: Path) -> None:
    data = write_workbook(tmp_path / "book.xlsx", ledger_rows())
    out = tmp_path / "deck.pptx"
    result = cli("generate", "--role", "finance", "--company", "X", "--data", str(data), "--sheet", "Försäljning",
                 "--measure", "Budget", "--category", "Region", "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "measures 'Budget'" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sheet", "Data"], "--sheet needs --data FILE"),
        (["--sheet", "Data", "--sign", "cost"], "--sheet, --sign need --data FILE"),
        (["--data", "BOOK", "--sign", "profit"], "--sign must be revenue or cost"),
        (["--data", "MISSING.csv"], "MISSING.csv does not exist."),
        (["--data", "BOOK", "--sheet", "Budget"], "has no sheet called 'Budget'"),
        (["--data", "BOOK", "--date", "Region"], "column 'Region' holds text, not dates"),
    ],
)
def test_cli_fails_in_one_line_without_a_file(tmp_path: Path, args: list[str], message: str) -> None:
    book = write_workbook(tmp_path / "book.xlsx", ledger_rows())
    args = [str(book) if a == "BOOK" else str(tmp_path / a) if a == "MISSING.csv" else a for a in args]
    out = tmp_path / "deck.pptx"
    result = cli("generate", "--role", "finance", "--company", "X", *args, "-o", str(out))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert not out.exists()
