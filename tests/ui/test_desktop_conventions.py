"""A desktop citizen: usual menus and standard keys, recent preparations, remembered window
state, an About box, a status bar that says what happened, and names for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QScrollBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from podium import __version__
from podium.core.storage.store import Store
from podium.ui.common import messages, settings
from podium.ui.common.accessibility import INPUTS, spoken_name
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep
from tests.ui.conftest import NOW, Dialogs

KEY = QKeySequence.StandardKey


def menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no {title} menu")


def test_the_usual_menus_in_the_usual_order(window: MainWindow) -> None:
    assert [a.text().replace("&", "") for a in window.menuBar().actions()] == [
        "File", "Edit", "View", "Rehearse", "Help"]  # fmt: skip
    texts = [a.text().replace("&", "") for a in menu(window, "File").actions() if not a.isSeparator()]
    assert texts[:3] == ["New Preparation…", "Open…", "Open Recent"] and texts[-1] == "Quit"
    assert "Settings…" in [a.text().replace("&", "") for a in menu(window, "Edit").actions()]
    assert [a.text().replace("&", "") for a in menu(window, "Help").actions()] == ["About Podium", "About Qt"]


def test_standard_actions_use_the_platforms_own_keys(window: MainWindow) -> None:
    m = window.menus
    for action, key in ((m.new, KEY.New), (m.open, KEY.Open), (m.close_prep, KEY.Close),
                        (m.undo, KEY.Undo), (m.full_screen, KEY.FullScreen)):  # fmt: skip
        expected = QKeySequence.keyBindings(key)
        assert expected and action.shortcut() == expected[0], action.text()
    for action, key, fallback in (
        (m.quit, KEY.Quit, "Ctrl+Q"),
        (m.preferences, KEY.Preferences, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma)),
    ):
        expected = QKeySequence.keyBindings(key) or [QKeySequence(fallback)]
        assert action.shortcut() == expected[0], action.text()
    assert QKeySequence.keyBindings(KEY.Redo)[0] in window.redo_action.shortcuts()


def test_close_preparation_returns_to_the_library(window: MainWindow) -> None:
    assert not window.close_action.isEnabled()
    window.create_preparation(make_prep("finance"))
    assert window.close_action.isEnabled()
    window.close_action.trigger()
    assert window.pages.currentWidget() is window.library and window.workspace is None


def test_open_recent_lists_the_last_preparations_newest_first(window: MainWindow, store: Store) -> None:
    first, second = make_prep("finance", company="Alfa AB"), make_prep("marketing", company="Beta AB")
    window.create_preparation(first)
    window.create_preparation(second)
    window.menus.fill_recent()
    entries = [a for a in window.menus.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == [second.id, first.id]
    assert entries[0].text().startswith("&1 ") and "Beta AB" in entries[0].text()
    entries[1].trigger()
    assert window.prep.id == first.id
    assert window.statusBar().currentMessage().startswith("Opened “")

    store.delete(second.id)  # a deleted preparation drops out of the list
    window.menus.fill_recent()
    assert [a.data() for a in window.menus.recent_menu.actions() if a.data()] == [first.id]
    clear = next(a for a in window.menus.recent_menu.actions() if a.text() == "&Clear List")
    clear.trigger()
    window.menus.fill_recent()
    assert [a.text() for a in window.menus.recent_menu.actions()] == ["No recent preparations"]


def test_window_geometry_and_deck_splitter_are_remembered(
    qtbot: QtBot, store: Store, dialogs: Dialogs
) -> None:
    def new_window() -> MainWindow:
        w = MainWindow(store, now=lambda: NOW)
        qtbot.addWidget(w)
        w.show()
        return w

    first = new_window()
    first.resize(640, 480)  # the library fits; a workspace would need more than the offscreen screen
    first.close()
    second = new_window()
    assert (second.width(), second.height()) == (640, 480)  # not the 1200 × 780 of a first start

    prep = make_prep("finance")
    second.create_preparation(prep)
    second.workspace.deck.splitter.setSizes([300, 400, 300])
    sizes = second.workspace.deck.splitter.sizes()
    second.close()
    third = new_window()
    third.open_preparation(prep.id)
    assert third.workspace.deck.splitter.sizes() == sizes


def test_about_names_the_version_and_where_the_data_is(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, isolated_data
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "about", lambda _p, title, text: shown.append((title, text)))
    window.menus.about.trigger()
    [(title, text)] = shown
    assert title == "About Podium"
    assert f"Podium {__version__}" in text and qVersion() in text and str(isolated_data) in text


def test_the_status_bar_says_what_just_happened(window: MainWindow) -> None:
    assert window.statusBar().currentMessage() == "Ready"
    window.create_preparation(make_prep("marketing", company="Nordvik AB"))
    assert window.statusBar().currentMessage().startswith("Created “Nordvik AB")
    window.open_settings()
    window.settings_dialog.accept()
    assert window.statusBar().currentMessage() == "Settings saved"
    assert settings.get(settings.LANGUAGE) == "system"


def _qt_internal(w: QWidget) -> bool:
    parent = w.parentWidget()
    return (w.objectName().startswith("qt_") or isinstance(w, QHeaderView)
            or isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QScrollBar, QLineEdit))
            or (parent is not None and isinstance(parent.parentWidget(), QComboBox)))  # fmt: skip


@pytest.mark.parametrize("role", ["marketing", "finance", "project-management"])
def test_every_control_has_a_name_a_screen_reader_can_say(window: MainWindow, role: str) -> None:
    window.create_preparation(make_prep(role))
    tabs = window.workspace.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
    nameless = sorted({
        f"{type(w).__name__}#{w.objectName()} in {type(w.parentWidget()).__name__}"
        for w in window.workspace.findChildren(QWidget)
        if isinstance(w, INPUTS) and not w.isHidden() and not _qt_internal(w) and not spoken_name(w)
    })  # fmt: skip
    assert not nameless, "\n".join(nameless)


def test_icon_only_buttons_explain_themselves(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton

    window.create_preparation(make_prep("project-management"))
    silent = [w.objectName() for w in window.workspace.findChildren(QAbstractButton)
              if not w.text() and not w.isHidden() and not _qt_internal(w) and not w.toolTip()]  # fmt: skip
    assert silent == []


def test_presenter_buttons_take_two_rows_rather_than_clip(window: MainWindow, qtbot: QtBot) -> None:
    """On one small screen (or in Swedish) the console's buttons wrap instead of widening the
    console over the audience window or cutting their labels."""
    window.create_preparation(make_prep("finance"))
    window.present_action.trigger()
    console = window.presenter.console
    buttons = list(console.buttons.values())
    console.resize(700, 700)  # the offscreen screen is 800 wide: one row would need about 1,400
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in buttons))
    assert len({b.y() for b in buttons}) > 1
    assert console.width() <= 800
