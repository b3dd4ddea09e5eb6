"""Dark mode leaves no light box behind: every tab of every role's workspace, the library and the
dialogs are grabbed and every visible widget's own background sampled.

Slides are the exception by design (a slide is as the audience will see it), so the painter's
views are skipped; everything else must sit on the dark palette.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from podium.ui.common import appearance
from podium.ui.deck_export.dialog import ExportDialog
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep

SLIDE_VIEWS = {
    "SlideList",
    "SlidePreview",
    "SlideView",
    "DiagramView",
}  # drawn as the audience sees the slide
BRAND = {"logoPreview", "brandSwatch", "themes"}  # the company's logo and colour, the theme swatches
LIGHT = 200  # lightness above this on a dark screen is a light box


@pytest.fixture
def dark(store) -> Iterator[None]:
    app = QApplication.instance()
    style = app.style().name()
    appearance.apply_color_scheme("dark")
    yield
    appearance.apply_color_scheme("light")
    app.setStyle(style)


def _skipped(widget: QWidget) -> bool:
    chain: QWidget | None = widget
    while chain is not None:
        if type(chain).__name__ in SLIDE_VIEWS or chain.objectName() in BRAND:
            return True
        chain = chain.parentWidget()
    return False


def light_boxes(root: QWidget) -> list[str]:
    """Visible widgets whose own background (sampled inside their corners) is light."""
    image = root.grab().toImage()
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() < 12 or widget.height() < 12 or _skipped(widget):
            continue
        if isinstance(widget, QAbstractButton) and widget.isCheckable() and widget.isChecked():
            continue  # a chosen option is highlighted on purpose
        origin = widget.mapTo(root, widget.rect().topLeft())
        samples = [
            (origin.x() + 4, origin.y() + 4),
            (origin.x() + widget.width() - 5, origin.y() + widget.height() - 5),
        ]
        if all(0 <= x < image.width() and 0 <= y < image.height() for x, y in samples) and all(
            image.pixelColor(x, y).lightness() > LIGHT for x, y in samples
        ):
            found.append(f"{type(widget).__name__}#{widget.objectName()} at {origin.x()},{origin.y()}")
    return found


@pytest.mark.parametrize("role", ["marketing", "finance", "project-management"])
def test_no_light_box_in_dark_mode(dark: None, window: MainWindow, qtbot: QtBot, role: str) -> None:
    window.resize(1400, 900)
    window.create_preparation(make_prep(role, company="Nordvik AB"))
    tabs = window.workspace.tabs
    found: dict[str, list[str]] = {}
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(20)
        boxes = light_boxes(window)
        if boxes:
            found[tabs.tabText(i)] = boxes
    window.workspace.readiness.toggle.setChecked(True)
    qtbot.wait(20)
    if boxes := light_boxes(window):
        found["header"] = boxes
    dialog = ExportDialog(window.prep, window.store.path.parent / "deck", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(20)
    if boxes := light_boxes(dialog):
        found["export dialog"] = boxes
    dialog.reject()
    window.show_library()
    qtbot.wait(20)
    if boxes := light_boxes(window):
        found["library"] = boxes
    assert not found, found
