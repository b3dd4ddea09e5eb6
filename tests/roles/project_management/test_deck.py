"""The provider fills the project-management deck; the pptx holds editable heat maps and an ordered table."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from podium.cli import main
from podium.core.deck.checks import unfinished_items
from podium.core.deck.fill import apply_role_data
from podium.core.deck.scaffold import scaffold
from podium.core.model import BulletsBlock, ChartBlock, DiagramBlock, Preparation, TableBlock
from podium.export.pptx_writer import write_pptx
from podium.roles.project_management import deck as provider
from podium.roles.project_management.register import (
    PlanItem,
    Register,
    Risk,
    load_register,
    ranked,
    save_register,
)
from podium.roles.project_management.scales import BAND_COLORS, Scales
from tests.helpers import make_prep
from tests.roles.project_management.conftest import thirty_risks


def _prep(risks: list[Risk], language: str = "en", plan: list[PlanItem] | None = None) -> Preparation:
    prep = Preparation(role="project-management", company="Nordvik AB", language=language)
    save_register(prep, Register(risks=risks, plan=plan or [], scales=Scales.default(language)))
    prep.deck = scaffold(prep)
    return prep


def _slide(prep: Preparation, key: str):
    return next(s for s in prep.deck.slides if s.key == key)


PLAN = [
    PlanItem("Design", date(2027, 1, 1), date(2027, 3, 31)),
    PlanItem("Build and test", date(2027, 4, 1), date(2027, 8, 31)),
    PlanItem("Go-live", date(2027, 10, 1), None, "milestone"),
]


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_slot_of_the_template_is_filled(language: str) -> None:
    prep = _prep(thirty_risks(language), language, PLAN)
    ours = [b for s in prep.deck.slides for b in s.blocks if b.source in provider.SOURCES]
    assert sorted(b.source for b in ours) == sorted(
        provider.SOURCES
    )  # each slot once (other features add their own)
    # The scales follow the language until the candidate sets them; the review rhythm is a proposal;
    # the decision to ask for and the cost of each action are the candidate's to write.
    kept = ("risk-scales", "monitoring-rules", "recommended-actions", "closing-summary")
    assert all(not getattr(b, "example", False) for b in ours if b.source not in kept)
    rules = next(b for b in ours if b.source == "monitoring-rules")
    actions = next(b for b in ours if b.source == "recommended-actions")
    assert isinstance(rules, BulletsBlock) and isinstance(actions, BulletsBlock)
    assert [i.example for i in rules.items] == [True, True, False, False]
    assert [i.example for i in actions.items] == [False, False, False, False, True]
    closing = next(b for b in ours if b.source == "closing-summary")
    assert isinstance(closing, BulletsBlock)
    assert [i.example for i in closing.items] == [False, False, False, True, True]  # the ask is yours


def test_without_risks_the_slots_show_a_marked_example() -> None:
    prep = make_prep("project-management", "sv")
    heat = _slide(prep, "heatmap").blocks
    assert all(isinstance(b, DiagramBlock) and b.example and b.shapes for b in heat)
    flagged = {(i.slide_index, i.block_index) for i in unfinished_items(prep.deck)}
    index = prep.deck.slides.index(_slide(prep, "heatmap"))
    assert {(index, 0), (index, 1)} <= flagged


def test_removing_every_risk_brings_the_example_back() -> None:
    prep = _prep(thirty_risks())
    assert not _slide(prep, "top-risks").blocks[0].example
    register = load_register(prep)
    register.risks = []
    save_register(prep, register)
    apply_role_data(prep)
    assert _slide(prep, "top-risks").blocks[0].example


def test_top_risks_table_is_ordered_by_score() -> None:
    risks = thirty_risks()
    table = _slide(_prep(risks), "top-risks").blocks[0]
    assert isinstance(table, TableBlock)
    scores = [int(row[2].split("=")[1]) for row in table.rows]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] == max(r.score for r in risks)
    assert [row[0] for row in table.rows] == [r.id for r in ranked(risks)[: provider.TOP_RISKS]]


def test_deep_dives_cover_the_top_three_with_all_their_elements() -> None:
    risks = thirty_risks()
    prep = _prep(risks)
    top = ranked(risks)[:3]
    tables = [_slide(prep, "deep-dive").blocks[0], *_slide(prep, "deep-dives").blocks]
    for table, risk in zip(tables, top, strict=True):
        assert isinstance(table, TableBlock)
        assert table.columns == [risk.id, risk.title]
        cells = dict((row[0], row[1]) for row in table.rows)
        for label, value in (("Cause", risk.cause), ("Event", risk.event), ("Effect", risk.effect),
                             ("Mitigation", risk.mitigation), ("Contingency", risk.contingency),
                             ("Trigger", risk.trigger)):  # fmt: skip
            assert cells[label] == value
        assert risk.owner in cells["Owner / response"]
        assert cells["Score"].startswith(f"{risk.score} ")


def test_method_and_scales_follow_the_configured_bands_and_words() -> None:
    prep = _prep(thirty_risks())
    register = load_register(prep)
    register.scales.floors = (6, 12, 20)
    register.scales.likelihood[4].label = "Practically sure"
    register.custom_scales = True
    save_register(prep, register)
    apply_role_data(prep)
    method, table = _slide(prep, "method").blocks
    assert isinstance(method, BulletsBlock) and isinstance(table, TableBlock)
    assert any("Low 1–5, medium 6–11, high 12–19, very high 20–25" in b.text for b in method.items)
    assert table.rows[4][1].startswith("Practically sure")
    assert not table.example  # the candidate set the scales: no longer an example


@pytest.mark.parametrize(
    ("language", "categories", "said"),
    [("en", 1, "10 risks in 1 category,"), ("en", 3, "10 risks in 3 categories,"),
     ("sv", 1, "10 risker i 1 kategori,"), ("sv", 3, "10 risker i 3 kategorier,")],
)  # fmt: skip
def test_method_counts_categories_in_the_right_number(language: str, categories: int, said: str) -> None:
    risks = [Risk(id=f"R{i}", title=f"Risk {i}", category=f"C{i % categories}") for i in range(10)]
    block = provider.method_block(risks, Scales(), language, example=False)
    assert any(b.text.startswith(said) for b in block.items)


def test_risks_by_category_counts_each_risk_once() -> None:
    risks = thirty_risks()
    chart = _slide(_prep(risks), "categories").blocks[0]
    assert isinstance(chart, ChartBlock)
    assert sum(chart.series[0].values) == len(risks)
    assert chart.series[0].values[0] == max(
        chart.series[0].values
    )  # first category = top bar (the writer reverses)


def _cells_in_pptx(
    pptx: Path, slide_key: str, prep: Preparation
) -> dict[str, dict[tuple[int, int], set[str]]]:
    """Read the heat maps back from the pptx: cell rectangles by colour, rows/columns by position."""
    number = [s.key for s in prep.deck.slides].index(slide_key)
    prs = Presentation(str(pptx))
    slide = prs.slides[number]
    half = Emu(prs.slide_width) / 2
    fills = {c.lstrip("#").upper() for c in BAND_COLORS.values()}
    maps: dict[str, dict[tuple[int, int], set[str]]] = {"inherent": {}, "residual": {}}
    cells = []
    for shape in slide.shapes:
        try:
            color = str(shape.fill.fore_color.rgb)
        except (AttributeError, TypeError):
            continue
        if color in fills and shape.width > Emu(300000):  # legend swatches are smaller
            cells.append(shape)
    assert len(cells) == 50
    for side, group in (("inherent", [c for c in cells if c.left < half]),
                        ("residual", [c for c in cells if c.left >= half])):  # fmt: skip
        lefts = sorted({c.left for c in group})
        tops = sorted({c.top for c in group})
        assert len(lefts) == 5 and len(tops) == 5
        for c in group:
            impact, likelihood = lefts.index(c.left) + 1, 5 - tops.index(c.top)
            ids = set(re.findall(r"[A-Z]+-?\d+", c.text_frame.text))
            if ids:
                maps[side][(likelihood, impact)] = ids
    return maps


@pytest.mark.parametrize("language", ["en", "sv"])
def test_pptx_heat_maps_are_native_shapes_with_each_risk_in_its_cell(tmp_path: Path, language: str) -> None:
    risks = thirty_risks(language)
    prep = _prep(risks, language)
    pptx = write_pptx(prep, tmp_path / "deck.pptx")
    maps = _cells_in_pptx(pptx, "heatmap", prep)
    for side, residual in (("inherent", False), ("residual", True)):
        expected: dict[tuple[int, int], set[str]] = {}
        for r in risks:
            cell = (r.residual_l, r.residual_i) if residual else (r.likelihood, r.impact)
            expected.setdefault(cell, set()).add(r.id)
        assert maps[side] == expected, side


def test_pptx_top_risks_table_rows_in_score_order(tmp_path: Path) -> None:
    risks = thirty_risks()
    prep = _prep(risks)
    pptx = write_pptx(prep, tmp_path / "deck.pptx")
    slide = Presentation(str(pptx)).slides[[s.key for s in prep.deck.slides].index("top-risks")]
    table = next(s for s in slide.shapes if s.has_table).table
    ids = [table.cell(r, 0).text for r in range(1, len(table.rows))]
    assert ids == [r.id for r in ranked(risks)[:6]]


def test_cli_generate_reads_risks_and_plan(
    tmp_path: Path, register_csv: Path, capsys: pytest.CaptureFixture
) -> None:
    plan = tmp_path / "plan.csv"
    plan.write_text(
        "Phase,Start,End\nDesign,2027-01-01,2027-03-31\nPilot live,2027-06-01,\n", encoding="utf-8"
    )
    out = tmp_path / "deck.pptx"
    code = main(["generate", "--role", "project-management", "--company", "Nordvik AB", "--risks",
                 str(register_csv), "--plan", str(plan), "-o", str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    texts = [
        sh.text_frame.text
        for slide in Presentation(str(out)).slides
        for sh in slide.shapes
        if sh.has_text_frame
    ]
    assert "Pilot live" in texts and "Design" in texts
    assert any("R27" in t for t in texts)


def test_cli_reports_a_bad_register_in_one_message(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("ID,Risk,Likelihood,Impact\nR1,a,7,2\n", encoding="utf-8")
    out = tmp_path / "deck.pptx"
    code = main(
        ["generate", "--role", "project-management", "--company", "X", "--risks", str(bad), "-o", str(out)]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "bad.csv, row 2, column 'Likelihood': 7 is outside the scale 1–5" in err
    assert not out.exists()


def test_with_fewer_than_three_risks_the_missing_deep_dives_are_marked_examples() -> None:
    prep = _prep(thirty_risks()[:5])
    register = load_register(prep)
    register.risks = register.risks[:2]
    save_register(prep, register)
    apply_role_data(prep)
    first = _slide(prep, "deep-dive").blocks[0]
    second, third = _slide(prep, "deep-dives").blocks
    assert not first.example and not second.example
    assert third.example  # never a stale copy of a deleted risk
