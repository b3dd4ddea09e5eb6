"""A bridge is a native, editable chart: stacked columns over an invisible base, read back as an outsider.

python-pptx reads the written file; LibreOffice renders it with the signed labels in place.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.oxml.ns import qn

from podium.core.model import ChartBlock, Deck, Preparation, Series, Slide
from podium.core.render.theme import THEMES
from podium.export.pptx_writer import write_pptx
from tests.helpers import office_convert, pdf_text

CATEGORIES = ["Budget", "Söder", "Öst", "Väst", "Norr", "Actual"]
VALUES = [900_000.0, -76_000.0, 68_000.0, -65_000.0, 8_000.0, 835_000.0]


def _write(tmp_path: Path, increase_good: bool = True, values: list[float] = VALUES) -> Path:
    prep = Preparation(role="finance", company="X", language="en")
    bridge = ChartBlock(chart_type="waterfall", categories=CATEGORIES, series=[Series("Bridge", values)],
                        title="Budget to actual (SEK k)", number_format="#,##0,",
                        increase_good=increase_good)  # fmt: skip
    prep.deck = Deck(slides=[Slide(title="Bridge", blocks=[bridge])])
    return write_pptx(prep, tmp_path / "bridge.pptx")


def _chart(path: Path):
    slide = Presentation(str(path)).slides[0]
    return next(shape for shape in slide.shapes if shape.has_chart).chart


def _fill(series) -> str:
    spPr = series._element.find(qn("c:spPr"))
    solid = spPr.find(qn("a:solidFill")) if spPr is not None else None
    return "#" + solid[0].get("val") if solid is not None else "none"


def test_the_bridge_is_a_stacked_column_chart_over_an_invisible_base(tmp_path: Path) -> None:
    chart = _chart(_write(tmp_path))
    assert chart.chart_type == XL_CHART_TYPE.COLUMN_STACKED
    plot = chart.plots[0]
    assert list(plot.categories) == CATEGORIES
    base, *visible = plot.series
    assert _fill(base) == "none" and all(_fill(s) != "none" for s in visible)
    # Each bar's top and bottom, read back from the stacked values, are the running totals.
    tops, running = [], VALUES[0]
    for change in VALUES[1:-1]:
        tops.append((min(running, running + change), max(running, running + change)))
        running += change
    for i, (low, high) in enumerate(tops, start=1):
        heights = [s.values[i] for s in visible]
        assert base.values[i] == low and base.values[i] + sum(heights) == high
    totals = next(s for s in visible if s.values[0])
    assert (totals.values[0], totals.values[-1]) == (VALUES[0], VALUES[-1])
    # The base has no legend entry; the chart's own axis starts at zero.
    deleted = chart.legend._element.findall(qn("c:legendEntry"))
    assert "0" in {e.find(qn("c:idx")).get("val") for e in deleted}
    assert chart.value_axis.minimum_scale == 0


@pytest.mark.parametrize("increase_good", [True, False])
def test_colours_follow_the_sign_convention(tmp_path: Path, increase_good: bool) -> None:
    chart = _chart(_write(tmp_path, increase_good))
    theme = THEMES["nordic"]
    colours = {s.name: _fill(s) for s in chart.plots[0].series}
    assert colours["Favourable"] == theme.good.upper() and colours["Unfavourable"] == theme.bad.upper()
    up = next(s for s in list(chart.plots[0].series)[1:] if s.values[2])  # Öst +68k: an increase
    assert up.name == ("Favourable" if increase_good else "Unfavourable")


@pytest.mark.office
def test_libreoffice_draws_the_signed_labels(tmp_path: Path, soffice: str) -> None:
    pdf = office_convert(soffice, _write(tmp_path), tmp_path)
    text = " ".join(pdf_text(pdf, 1).split())
    for label in ("900", "\u221276", "+68", "\u221265", "+8", "835", "Favourable", "Unfavourable"):
        assert label in text
    crossing = _write(tmp_path, values=[100_000.0, -176_000.0, 68_000.0, -8_000.0])
    text = " ".join(pdf_text(office_convert(soffice, crossing, tmp_path), 1).split())
    assert "\u2212176" in text  # a change crossing zero is labelled whole, not by its part above zero
