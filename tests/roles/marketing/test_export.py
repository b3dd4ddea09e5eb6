"""The filled campaign deck as a real .pptx: a native chart whose data is the budget, shapes for the
timeline, the CLI's --brief, and LibreOffice opening it page for page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Pt

from podium.cli import main
from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.render.layout import DiagramBox, layout_deck
from podium.export.pptx_writer import write_pptx
from podium.roles.marketing.deck import SOURCES
from tests.helpers import office_convert, pdf_pages, pdf_text
from tests.roles.marketing.sample import brief


def _prep(language: str = "en", **changes) -> Preparation:
    prep = Preparation(role="marketing", company="Fakturo AB", language=language, brand_color="#0F766E")
    prep.role_data["marketing"] = brief(**changes)
    prep.deck = scaffold(prep)
    return prep


def _slide(prs, prep: Preparation, key: str):
    index = next(i for i, s in enumerate(prep.deck.slides) if s.key == key)
    return prs.slides[index], index


def test_budget_is_a_native_pie_chart_whose_data_is_the_budget(tmp_path: Path) -> None:
    prep = _prep()
    prs = Presentation(str(write_pptx(prep, tmp_path / "plan.pptx")))
    slide, _ = _slide(prs, prep, "channels")
    [graphic] = [s for s in slide.shapes if s.has_chart]
    chart = graphic.chart
    assert chart.chart_type == XL_CHART_TYPE.PIE
    plot = chart.plots[0]
    assert list(plot.categories) == ["Paid social", "Search", "Content & SEO", "Email & CRM", "Partner events",
                                     "Test reserve"]  # fmt: skip
    assert list(plot.series[0].values) == [420000, 300000, 180000, 120000, 120000, 60000]
    assert chart.chart_title.text_frame.text == "Budget split, total SEK\u00a01,200,000"
    [table] = [s.table for s in slide.shapes if s.has_table]
    assert [c.text for c in table.rows[0].cells] == ["Channel", "Role", "Amount (SEK)", "Share"]
    assert [c.text for c in table.rows[len(table.rows) - 1].cells] == ["Total", "", "1,200,000", "100%"]


def test_timeline_is_native_shapes_placed_as_laid_out(tmp_path: Path) -> None:
    prep = _prep()
    prs = Presentation(str(write_pptx(prep, tmp_path / "plan.pptx")))
    slide, index = _slide(prs, prep, "timeline")
    texts = {s.text_frame.text for s in slide.shapes if s.has_text_frame}
    assert {"Prepare", "Launch", "Optimise", "Evaluate", "1–15 Mar · Go live"} <= texts
    assert not any(s.shape_type == 13 for s in slide.shapes)  # no pictures: everything stays editable
    laid = layout_deck(prep.deck, language="en", brand=prep.brand_color)[index]
    diagram = next(b for b in laid.boxes if isinstance(b, DiagramBox))
    bars = [b for b in diagram.shapes if b.fill == "#0F766E" and b.text is None]
    launch = next(
        s for s in slide.shapes if s.shape_type == 1 and s.left == Pt(bars[1].x) and s.top == Pt(bars[1].y)
    )
    assert launch.width == Pt(bars[1].w)
    assert str(launch.fill.fore_color.rgb) == "0F766E"


def test_swedish_deck(tmp_path: Path) -> None:
    prep = _prep("sv")
    prs = Presentation(str(write_pptx(prep, tmp_path / "plan.pptx")))
    slide, _ = _slide(prs, prep, "channels")
    [graphic] = [s for s in slide.shapes if s.has_chart]
    assert graphic.chart.chart_title.text_frame.text == "Budgetfördelning, totalt 1\u00a0200\u00a0000\u00a0kr"


def test_cli_generates_from_a_brief(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "brief.json"
    source.write_text(json.dumps(brief(key_message="x " * 100)), encoding="utf-8")
    out = tmp_path / "plan.pptx"
    code = main(
        ["generate", "--role", "marketing", "--company", "Fakturo AB", "--brief", str(source), "-o", str(out)]
    )
    assert code == 0
    assert "warning" in capsys.readouterr().err  # a long key message is a warning, the deck is still written
    prs = Presentation(str(out))
    assert any(s.has_chart for slide in prs.slides for s in slide.shapes)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"goal": "x",\n "channels": [}', "line 2, column 15"),
        (json.dumps(brief(channels=[{"name": "TV", "budget": "-5000"}])), "channels row 1, budget: a budget cannot be negative"),
        (json.dumps(brief(phases=[{"name": "Go", "start": "2027-03-15", "end": "2027-03-01"}])),
         "phases row 1, end: ends (2027-03-01) before it starts (2027-03-15)"),
        (json.dumps({"channels": {"TV": 5}}), "channels: must be a list of objects"),
    ],
)  # fmt: skip
def test_cli_reports_a_bad_brief_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    source = tmp_path / "brief.json"
    source.write_text(content, encoding="utf-8")
    out = tmp_path / "plan.pptx"
    code = main(["generate", "--role", "marketing", "--company", "X", "--brief", str(source), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert str(source) in err and message in err
    assert not out.exists()


def test_cli_missing_brief_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["generate", "--role", "marketing", "--company", "X", "--brief", str(tmp_path / "none.json"),
                 "-o", str(tmp_path / "p.pptx")])  # fmt: skip
    assert code == 1 and "cannot read the campaign brief" in capsys.readouterr().err


@pytest.mark.office
@pytest.mark.parametrize("language", ["en", "sv"])
def test_libreoffice_opens_the_filled_deck(tmp_path: Path, soffice: str, language: str) -> None:
    prep = _prep(language)
    pdf = office_convert(soffice, write_pptx(prep, tmp_path / f"plan-{language}.pptx"), tmp_path)
    assert pdf_pages(pdf) == len(prep.deck.slides)
    keys = [s.key for s in prep.deck.slides]
    timeline = " ".join(pdf_text(pdf, keys.index("timeline") + 1).split())
    for phase in ("Prepare", "Launch", "Optimise", "Evaluate"):
        assert phase in timeline
    channels = " ".join(pdf_text(pdf, keys.index("channels") + 1).split())
    assert ("1,200,000" if language == "en" else "1 200 000") in channels
    for number, slide in enumerate(prep.deck.slides, start=1):
        sources = {b.source for b in slide.blocks}
        if sources <= set(SOURCES):  # (slides with shared research blocks have their own inputs)
            page = " ".join(pdf_text(pdf, number).split())
            assert "Example" not in page and "Exempel" not in page, slide.key
