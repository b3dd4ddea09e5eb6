"""The main window's menu bar: File, Edit, View, Rehearse and Help, with the platform's own keys.

Every shortcut that has a standard meaning uses ``QKeySequence.StandardKey`` so it is Ctrl+N on
Linux and Windows and ⌘N on macOS. ``WindowMenus`` owns every action and menu it creates, so a
language change can throw the whole bar away and build it again with every text re-read through
``tr()``; the main window keeps its attribute names (``new_action``, ``undo_action`` …) pointing
at the current actions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMenu, QMenuBar

from podium.core.storage.store import StoreError
from podium.ui.common import settings
from podium.ui.window.package_actions import PackageHost
from podium.ui.window.package_actions import create_actions as create_package_actions

_Key = QKeySequence | QKeySequence.StandardKey | str | None


class MenuHost(PackageHost, Protocol):
    """The window the menus belong to (``main_window.MainWindow`` fits): its menu bar, and the
    slots the actions call."""

    def menuBar(self) -> QMenuBar: ...

    def new_preparation(self) -> None: ...

    def open_preparation(self, prep_id: str) -> None: ...

    def show_library(self) -> None: ...

    def export_deck(self) -> None: ...

    def export_pptx(self) -> None: ...

    def open_settings(self) -> None: ...

    def present(self) -> None: ...

    def rehearse_deck(self) -> None: ...

    def about(self) -> None: ...

    def close(self) -> bool: ...


class WindowMenus(QObject):
    """The menu bar's menus and actions for one main window; ``dispose()`` removes them all."""

    def __init__(self, window: MenuHost, undo_group: QUndoGroup) -> None:
        super().__init__(window.window())
        self._window = window
        self._menus: list[QMenu] = []
        bar = window.menuBar()
        w = window

        self.new = self._action(self.tr("&New Preparation…"), w.new_preparation, QKeySequence.StandardKey.New)
        self.new.setStatusTip(self.tr("Start a preparation: role, company, date and talk length"))
        self.open = self._action(self.tr("&Open…"), w.show_library, QKeySequence.StandardKey.Open)
        self.open.setStatusTip(self.tr("Choose a preparation in the library"))
        self.close_prep = self._action(
            self.tr("&Close Preparation"), w.show_library, QKeySequence.StandardKey.Close
        )
        self.export_deck = self._action(self.tr("Export &Deck…"), w.export_deck, "Ctrl+Shift+E")
        self.export_deck.setStatusTip(
            self.tr("PowerPoint, PDF, handout or images, with what is unfinished listed first")
        )
        self.export_pptx = self._action(self.tr("&Export .pptx…"), w.export_pptx, "Ctrl+E")
        self.export_prep, self.import_prep = create_package_actions(w, self)
        self.quit = self._action(
            self.tr("&Quit"), w.close, _standard(QKeySequence.StandardKey.Quit, "Ctrl+Q")
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        file_menu = self._menu(bar, self.tr("&File"))
        file_menu.addAction(self.new)
        file_menu.addAction(self.open)
        self.recent_menu = self._menu(file_menu, self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.fill_recent()
        file_menu.addAction(self.close_prep)
        file_menu.addSeparator()
        file_menu.addAction(self.export_deck)
        file_menu.addAction(self.export_pptx)
        file_menu.addSeparator()
        file_menu.addAction(self.export_prep)
        file_menu.addAction(self.import_prep)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        # Edit: one undo history per open deck (the deck editor's QUndoStack).
        self.undo = undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo = undo_group.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        extra = QKeySequence("Ctrl+Shift+Z")  # on every platform, beside its own Redo key
        self.redo.setShortcuts(redo_keys if extra in redo_keys else [*redo_keys, extra])
        comma = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma)  # ("Ctrl+," would read as two keys)
        preferences_key = _standard(QKeySequence.StandardKey.Preferences, comma)
        self.preferences = self._action(self.tr("&Settings…"), w.open_settings, preferences_key)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences.setStatusTip(self.tr("Language and appearance"))
        edit_menu = self._menu(bar, self.tr("&Edit"))
        edit_menu.addAction(self.undo)
        edit_menu.addAction(self.redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)

        self.library = self._action(self.tr("&Library"), w.show_library, "Ctrl+L")
        self.library.setStatusTip(self.tr("Every preparation, newest first"))
        self.full_screen = self._action(
            self.tr("&Full Screen"), self._toggle_full_screen, QKeySequence.StandardKey.FullScreen
        )
        self.full_screen.setCheckable(True)
        self.full_screen.setChecked(w.window().isFullScreen())
        view_menu = self._menu(bar, self.tr("&View"))
        view_menu.addAction(self.library)
        view_menu.addSeparator()
        view_menu.addAction(self.full_screen)

        self.present = self._action(self.tr("&Present"), w.present, "F5")
        self.present.setStatusTip(self.tr("Rehearse the deck in the presenter console, against the clock"))
        self.rehearse_deck = self._action(self.tr("Rehearse a &Deck…"), w.rehearse_deck, "Ctrl+Shift+F5")
        self.rehearse_deck.setStatusTip(
            self.tr("Rehearse a PowerPoint or PDF deck finished elsewhere, with the same clocks and record")
        )
        rehearse_menu = self._menu(bar, self.tr("&Rehearse"))
        rehearse_menu.addAction(self.present)
        rehearse_menu.addAction(self.rehearse_deck)

        self.about = self._action(self.tr("&About Podium"), w.about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._action(self.tr("About &Qt"), _about_qt)
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        help_menu = self._menu(bar, self.tr("&Help"))
        help_menu.addAction(self.about)
        help_menu.addAction(self.about_qt)

    # ------------------------------------------------------------------ helpers

    def _action(self, text: str, slot: Callable[[], object], shortcut: _Key = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _menu(self, parent: QMenu | QMenuBar, title: str) -> QMenu:
        menu = QMenu(title, self._window.window())
        parent.addMenu(menu)
        self._menus.append(menu)
        return menu

    def dispose(self) -> None:
        """Take every menu and action off the window (before building them again)."""
        self._window.menuBar().clear()
        for menu in self._menus:
            menu.deleteLater()
        self._menus = []
        self.deleteLater()

    def _toggle_full_screen(self) -> None:
        w = self._window.window()
        w.setWindowState(w.windowState() ^ Qt.WindowState.WindowFullScreen)

    # ------------------------------------------------------------------- recent

    def fill_recent(self) -> None:
        """File ▸ Open Recent: the last preparations opened that still exist, newest first."""
        menu = self.recent_menu
        for action in menu.actions():
            menu.removeAction(action)
            if action.parent() is self:
                action.deleteLater()
        try:
            titles = {s.id: s.title for s in self._window.store.summaries()}
        except StoreError:  # the library says what is wrong with the file; the menu just stays empty
            titles = {}
        recent = [prep_id for prep_id in settings.get(settings.RECENT) if prep_id in titles]
        for number, prep_id in enumerate(recent, start=1):
            title = titles[prep_id].replace("&", "&&")
            action = QAction(f"&{number} {title}" if number < 10 else title, self)
            action.setData(prep_id)
            action.triggered.connect(lambda _checked=False, i=prep_id: self._window.open_preparation(i))
            menu.addAction(action)
        if not recent:
            empty = QAction(self.tr("No recent preparations"), self)
            empty.setEnabled(False)
            menu.addAction(empty)
            return
        menu.addSeparator()
        clear = QAction(self.tr("&Clear List"), self)
        clear.triggered.connect(lambda: settings.put(settings.RECENT, []))
        menu.addAction(clear)


def _standard(key: QKeySequence.StandardKey, fallback: str | QKeySequence) -> QKeySequence:
    """The platform's key for ``key``; ``fallback`` where the platform has none (Quit and
    Preferences are empty on some Linux desktops, yet users expect Ctrl+Q and Ctrl+,)."""
    bindings = QKeySequence.keyBindings(key)
    return bindings[0] if bindings else QKeySequence(fallback)


def _about_qt() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.aboutQt()
