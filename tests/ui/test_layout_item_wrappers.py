"""No window keeps Python wrappers of layout items: they outlive the items and crash later.

PySide's ``addLayout`` wraps every item already in the layout it adds and keeps those wrappers
alive. Qt later deletes the items without telling the bindings, so a new object that Qt places at
the same address comes back to Python as a stale ``QWidgetItem`` ('QWidgetItem' object has no
attribute 'hide' from ``verticalHeader()``, at random). Every nested layout is therefore added to
its parent before it gets any item; these tests build each window and look for survivors.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from podium.ui.deck_export.dialog import ExportDialog
from podium.ui.window.main_window import MainWindow
from podium.ui.window.settings_dialog import SettingsDialog
from tests.helpers import make_prep
from tests.ui.conftest import FakeClock
from tests.ui.presenter_helpers import make_presenter

LAYOUT_ITEMS = {"QWidgetItem", "QWidgetItemV2", "QSpacerItem", "QLayoutItem"}


def layout_item_wrappers() -> list[str]:
    """The live layout-item wrappers, by type (calling into one may touch a deleted item)."""
    gc.collect()
    return [type(o).__name__ for o in gc.get_objects() if type(o).__name__ in LAYOUT_ITEMS]


@pytest.mark.parametrize("role", ["marketing", "finance", "project-management"])
def test_every_tab_of_the_workspace(window: MainWindow, role: str) -> None:
    window.create_preparation(make_prep(role, company="Nordvik AB"))
    tabs = window.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
    assert layout_item_wrappers() == []


def test_the_presenter(qtbot: QtBot, clock: FakeClock) -> None:
    presenter = make_presenter(qtbot, clock)
    assert presenter.console.isVisible()
    assert layout_item_wrappers() == []


def test_the_settings_dialog(qtbot: QtBot, window: MainWindow) -> None:
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert layout_item_wrappers() == []


def test_the_export_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(make_prep("finance", company="Nordvik AB"), tmp_path / "deck")
    qtbot.addWidget(dialog)
    dialog.show()
    assert layout_item_wrappers() == []
