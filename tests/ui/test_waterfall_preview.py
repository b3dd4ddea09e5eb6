"""The preview draws a bridge as the exported chart does, and the chart grid edits it without losing it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QUndoStack
from pytestqt.qtbot import QtBot

from podium.core.model import ChartBlock, Deck, Series, Slide
from podium.core.render.layout import layout_deck
from podium.core.render.theme import THEMES
from podium.ui.deck_editor.grid import GridEditor
from podium.ui.deck_editor.undo_keys import UndoKeys
from podium.ui.deck_export.images import render_image

VALUES = [900_000.0, -76_000.0, 68_000.0, -65_000.0, 8_000.0, 835_000.0]
CATEGORIES = ["Budget", "Söder", "Öst", "Väst", "Norr", "Actual"]


def _bridge(increase_good: bool = True) -> ChartBlock:
    return ChartBlock(chart_type="waterfall", categories=CATEGORIES, series=[Series("Bridge", list(VALUES))],
                      title="Budget to actual", number_format="#,##0,", increase_good=increase_good)  # fmt: skip


def _count(image: QImage, color: str) -> int:
    target = QColor(color).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == target
    )


@pytest.mark.parametrize("increase_good", [True, False])
def test_the_preview_colours_changes_by_the_sign_convention(qtbot: QtBot, increase_good: bool) -> None:
    deck = Deck(slides=[Slide(title="Bridge", blocks=[_bridge(increase_good)])])
    image = render_image(layout_deck(deck, language="en")[0], 960, "en")
    theme = THEMES["nordic"]
    good, bad = _count(image, theme.good), _count(image, theme.bad)
    # Increases: +68k and +8k; decreases: −76k and −65k, a little more ink.
    assert good and bad
    assert (good < bad) == increase_good
    assert _count(image, theme.chart_colors[0]) > good + bad  # the two totals


def test_the_chart_grid_keeps_a_bridge_a_bridge(qtbot: QtBot) -> None:
    stack = QUndoStack()
    grid = GridEditor("chart", "en", UndoKeys(stack))
    qtbot.addWidget(grid)
    grid.load(_bridge(increase_good=False))
    assert grid.chart_type.currentText() == "Bridge (waterfall)"
    edited: list[ChartBlock] = []
    grid.edited.connect(lambda block, _typing: edited.append(block))
    assert grid.model.setData(grid.model.index(2, 1), "70,000")  # Söder's change, as a cell editor commits it
    block = edited[-1]
    assert block.chart_type == "waterfall" and not block.increase_good
    assert block.series[0].values[1] == 70_000
