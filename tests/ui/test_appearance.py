"""Light and dark: the palette follows the choice, and text Podium colours itself stays readable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from podium.core.storage.store import Store
from podium.ui.common import appearance, settings
from podium.ui.deck_editor.grid import GridModel
from podium.ui.slides.todo import TodoModel
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (4.5 is the bar for body text)."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, store: Store) -> Iterator[str]:
    app = QApplication.instance()
    style = app.style().name()
    yield appearance.apply_color_scheme(request.param)
    appearance.apply_color_scheme("light")
    app.setStyle(style)


def test_the_chosen_scheme_is_shown(scheme: str) -> None:
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert appearance.is_dark() == (scheme == "dark")
    assert (window.lightness() < 100) == (scheme == "dark")


@pytest.mark.parametrize("name", ["light", "dark"])
def test_podiums_own_palettes_are_readable(name: str) -> None:
    """Used where the platform cannot switch (a bare X server, an old desktop)."""
    pal = appearance.palette(name)
    for bg, fg in ((QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
                   (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
                   (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText),
                   (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText),
                   (QPalette.ColorRole.ToolTipBase, QPalette.ColorRole.ToolTipText)):  # fmt: skip
        assert contrast(pal.color(bg), pal.color(fg)) >= 4.5, (bg, fg)
    assert contrast(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.PlaceholderText)) >= 3
    assert contrast(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Link)) >= 4.5


def test_coloured_list_text_stays_readable(scheme: str, window: MainWindow) -> None:
    """The question list greys unanswered questions and the to-do list marks examples: both on
    the list's own background, in either scheme."""
    window.create_preparation(make_prep("finance"))
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    questions = window.workspace.questions.model
    fg = questions.data(questions.index(0), Qt.ItemDataRole.ForegroundRole)
    assert contrast(QColor(fg), base) >= 4.5
    todo = TodoModel()
    todo.refresh(window.workspace.session.to_do(), window.prep.deck)
    assert todo.rowCount() > 5
    for row in range(todo.rowCount()):
        brush = todo.data(todo.index(row), Qt.ItemDataRole.ForegroundRole)
        if brush is not None:
            assert contrast(brush.color(), base) >= 4.5


def test_the_table_header_row_is_dark_on_light_in_both_schemes(scheme: str, qtbot: QtBot) -> None:
    model = GridModel(numeric=True, language="en")
    model.load([["Metric", "Value"], ["Revenue", "12"]])
    bg = model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole).color()
    fg = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color()
    assert contrast(bg, fg) >= 4.5


def test_the_slide_guidance_card_is_readable(scheme: str, window: MainWindow, qtbot: QtBot) -> None:
    """The guidance card takes the scheme's surface and ink (never a light box in dark mode): grab and measure."""
    window.create_preparation(make_prep("finance"))
    window.workspace.tabs.setCurrentWidget(window.workspace.deck)
    guidance = window.workspace.deck.findChild(QLabel, "guidance")
    assert guidance is not None and guidance.text()
    image = guidance.grab().toImage()
    background = image.pixelColor(image.width() - 3, image.height() // 2)
    ink = max((image.pixelColor(x, y) for x in range(8, image.width() - 8, 3)
               for y in range(4, image.height() - 4, 2)), key=lambda c: contrast(background, c))  # fmt: skip
    assert contrast(background, ink) >= 4.5
    assert (background.lightness() < 100) == (scheme == "dark")


def test_a_scheme_switch_rebuilds_the_window(window: MainWindow, qtbot: QtBot) -> None:
    window.create_preparation(make_prep("marketing"))
    old = window.workspace
    settings.put(settings.COLOR_SCHEME, "dark")
    try:
        appearance.apply_color_scheme("dark")
        qtbot.waitUntil(lambda: window.workspace is not old, timeout=3000)
        assert window.workspace.palette().color(QPalette.ColorRole.Window).lightness() < 100
    finally:
        settings.reset(settings.COLOR_SCHEME)
        appearance.apply_color_scheme("light")
        QApplication.processEvents()
