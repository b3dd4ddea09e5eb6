"""The in-app preview draws the budget chart (with its legend) and the Gantt timeline that the export has."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.render.layout import ChartBox, DiagramBox, layout_deck
from podium.core.render.theme import get_theme
from podium.core.storage.store import Store
from podium.ui.slides.painter import render_pixmap
from tests.roles.marketing.sample import brief

WIDTH = 960  # one pixel per point


def _prep() -> Preparation:
    prep = Preparation(role="marketing", company="Fakturo AB", brand_color="#0F766E")
    prep.role_data["marketing"] = brief()
    prep.deck = scaffold(prep)
    return prep


def _render(prep: Preparation, key: str):
    index = next(i for i, s in enumerate(prep.deck.slides) if s.key == key)
    laid = layout_deck(prep.deck, language="en", brand=prep.brand_color, footer=prep.company)[index]
    return laid, render_pixmap(laid, WIDTH).toImage().convertToFormat(QImage.Format.Format_RGB32)


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 12


def test_pie_in_the_preview_has_a_legend_with_every_channel(store: Store) -> None:
    laid, image = _render(_prep(), "channels")
    chart = next(b for b in laid.boxes if isinstance(b, ChartBox))
    colors = [QColor(c) for c in get_theme("nordic", "#0F766E").chart_colors[:6]]
    band_top = int(chart.y + chart.h - 40 - 36)  # the legend rows sit at the bottom of the plot area
    seen = set()
    for y in range(band_top, int(chart.y + chart.h)):
        for x in range(int(chart.x), int(chart.x + chart.w)):
            pixel = image.pixelColor(x, y)
            seen.update(i for i, c in enumerate(colors) if _near(pixel, c))
    assert seen == set(range(6))


def test_gantt_bars_are_painted_where_the_layout_puts_them(store: Store) -> None:
    laid, image = _render(_prep(), "timeline")
    diagram = next(b for b in laid.boxes if isinstance(b, DiagramBox))
    bars = [s for s in diagram.shapes if s.fill == "#0F766E" and s.text is None and s.shape == "rect"]
    assert len(bars) == 4  # (the sample's go/no-go checkpoint is a dot, not a bar)
    for bar in bars:
        centre = image.pixelColor(int(bar.x + bar.w / 2), int(bar.y + bar.h / 2))
        assert _near(centre, QColor("#0F766E"))
        above = image.pixelColor(int(bar.x + bar.w / 2), int(bar.y - 3))
        assert not _near(above, QColor("#0F766E"))
