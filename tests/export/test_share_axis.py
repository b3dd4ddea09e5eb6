"""A chart of shares (a percent format, values 0 to 1) runs its value axis from 0 to 100%, never to 120%."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from podium.core.model import ChartBlock, Series, Slide
from podium.export.pptx_writer import write_pptx
from tests.helpers import make_prep


def _axis(tmp_path: Path, block: ChartBlock) -> tuple[float | None, float | None]:
    prep = make_prep("finance")
    prep.deck.slides = [Slide(title="Chance of going live", blocks=[block])]
    chart = next(s.chart for s in Presentation(str(write_pptx(prep, tmp_path / "d.pptx"))).slides[0].shapes
                 if s.has_chart)  # fmt: skip
    return chart.value_axis.minimum_scale, chart.value_axis.maximum_scale


def test_a_chance_by_date_stops_at_100_percent(tmp_path: Path) -> None:
    block = ChartBlock(
        "line", ["Jun", "Jul", "Aug"], [Series("As planned", [0.4, 0.8, 1.0])], number_format="0%"
    )
    assert block.shares
    assert _axis(tmp_path, block) == (0.0, 1.0)


def test_other_charts_keep_their_own_scale(tmp_path: Path) -> None:
    growth = ChartBlock("line", ["2024", "2025"], [Series("Growth", [0.4, 1.6])], number_format="0%")
    counts = ChartBlock("column", ["A", "B"], [Series("Risks", [0.5, 1.0])], number_format="0")
    assert not growth.shares and not counts.shares
    assert _axis(tmp_path, growth)[1] is None
    assert _axis(tmp_path, counts)[1] is None
