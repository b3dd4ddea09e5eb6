"""Heat-map placement, cell geometry and crowded cells; the plan timeline's shapes."""

from __future__ import annotations

from datetime import date

import pytest

from podium.core.model import Deck, Slide
from podium.core.render.layout import DiagramBox, layout_deck
from podium.roles.project_management.heatmap import cell_rect, heatmap_block, placement
from podium.roles.project_management.register import PlanItem, Risk
from podium.roles.project_management.scales import BAND_COLORS, Scales
from podium.roles.project_management.timeline import timeline_block

SCALES = Scales.default("en")


def _block(risks: list[Risk], residual: bool = False):
    return heatmap_block(
        risks, SCALES, residual=residual, language="en", title="t", font_file="Carlito-Bold.ttf"
    )


def test_placement_puts_each_risk_in_its_cell_before_and_after() -> None:
    risks = [Risk("R1", likelihood=4, impact=5, residual_likelihood=2), Risk("R10", likelihood=4, impact=5),
             Risk("R2", likelihood=1, impact=1, residual_impact=1)]  # fmt: skip
    assert placement(risks) == {(4, 5): ["R1", "R10"], (1, 1): ["R2"]}
    assert placement(risks, residual=True) == {(2, 5): ["R1"], (4, 5): ["R10"], (1, 1): ["R2"]}


def test_likelihood_runs_up_and_impact_runs_right() -> None:
    x1, y1, w, h = cell_rect(1, 1)
    x5, y5, *_ = cell_rect(5, 5)
    assert x5 > x1 and y5 < y1  # almost certain / extreme is top right
    assert abs((x5 - x1) - 4 * w) < 1e-9 and abs((y1 - y5) - 4 * h) < 1e-9


def test_every_cell_is_coloured_by_its_band_and_holds_its_ids() -> None:
    block = _block([Risk("R7", likelihood=5, impact=2), Risk("R8", likelihood=2, impact=5)])
    cells = block.shapes[:25]
    for shape in cells:
        impact = round((shape.x - cell_rect(1, 1)[0]) / shape.w) + 1
        likelihood = 5 - round(shape.y / shape.h)
        assert shape.fill == BAND_COLORS[SCALES.band(likelihood * impact)]
        expected = {(5, 2): "R7", (2, 5): "R8"}.get((likelihood, impact), "")
        assert shape.text == expected


def test_legend_counts_risks_per_band() -> None:
    block = _block([Risk("R1", likelihood=5, impact=5), Risk("R2", likelihood=1, impact=1),
                    Risk("R3", likelihood=1, impact=2)])  # fmt: skip
    legend = [s.text for s in block.shapes if s.text.endswith(")")]
    assert legend == ["Low (2)", "Medium (0)", "High (0)", "Very high (1)"]


def test_a_crowded_cell_lists_what_fits_and_counts_the_rest() -> None:
    crowd = [Risk(f"R{n}", likelihood=3, impact=3) for n in range(1, 61)]
    block = _block(crowd)
    x, y, *_ = cell_rect(3, 3)
    cell = next(s for s in block.shapes if (s.x, s.y) == (x, y))
    assert cell.text.startswith("R1, R2")
    shown = cell.text.split(" +")[0].split(", ")
    assert cell.text.endswith(f"+{60 - len(shown)}")
    deck = Deck(slides=[Slide("Heat map", blocks=[block, _block([])])])
    laid = layout_deck(deck, language="en")[0]
    diagram = next(b for b in laid.boxes if isinstance(b, DiagramBox))
    assert not diagram.overflow  # the trimmed text really fits the cell


def test_heat_map_fits_its_half_of_the_slide_in_both_languages() -> None:
    for language in ("en", "sv"):
        scales = Scales.default(language)
        risks = [Risk(f"R{n}", likelihood=n % 5 + 1, impact=(n * 3) % 5 + 1) for n in range(30)]
        blocks = [heatmap_block(risks, scales, residual=r, language=language, title="t", font_file="Carlito-Bold.ttf")
                  for r in (False, True)]  # fmt: skip
        laid = layout_deck(Deck(slides=[Slide("x", blocks=blocks)]), language=language)[0]
        assert [b.overflow for b in laid.boxes if isinstance(b, DiagramBox)] == [False, False]


def test_timeline_draws_bars_for_phases_and_dots_for_milestones() -> None:
    plan = [PlanItem("Build", date(2027, 4, 1), date(2027, 8, 31)), PlanItem("Design", date(2027, 1, 1), date(2027, 3, 31)),
            PlanItem("Go-live", date(2027, 9, 1), None, "milestone")]  # fmt: skip
    block = timeline_block(plan, language="en", title="Plan", bar_color="#2F6FDE", milestone_color="#F2A541")
    labels = [s.text for s in block.shapes if s.align == "left" and s.size == 12]
    assert labels == ["Design", "Build", "Go-live"]  # date order
    bars = [s for s in block.shapes if s.fill == "#2F6FDE"]
    dots = [s for s in block.shapes if s.shape == "ellipse"]
    assert len(bars) == 2 and len(dots) == 1
    design, build = sorted(bars, key=lambda s: s.x)
    assert design.x + design.w <= build.x + 1e-6  # Design ends before Build starts
    assert dots[0].x + dots[0].w / 2 == pytest.approx(
        build.x + build.w
    )  # go-live on 1 Sep, right where Build ends
    assert any(s.text == "1 Sep" for s in block.shapes)


def test_timeline_ticks_follow_the_span() -> None:
    short = [PlanItem("a", date(2027, 1, 1), date(2027, 4, 30))]
    long = [PlanItem("a", date(2027, 1, 1), date(2029, 12, 31))]
    short_ticks = [s.text for s in timeline_block(short, language="sv", title="", bar_color="#000000",
                                                   milestone_color="#000000").shapes if s.size == 10]  # fmt: skip
    long_ticks = [s.text for s in timeline_block(long, language="en", title="", bar_color="#000000",
                                                 milestone_color="#000000").shapes if s.size == 10]  # fmt: skip
    assert short_ticks == ["jan 2027", "feb", "mar", "apr"]
    assert long_ticks == ["2027", "2028", "2029"]
