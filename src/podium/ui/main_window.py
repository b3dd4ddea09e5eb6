"""The main window: library and workspace pages, menus, and the actions between them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from podium import __version__
from podium.core.store import Store, StoreError
from podium.ui import messages
from podium.ui.library import LibraryPage
from podium.ui.package_actions import create_actions as create_package_actions

if TYPE_CHECKING:  # the workspace, scaffold and exporters load on first use, keeping start-up fast
    from podium.core.model import Preparation
    from podium.core.talk_timer import Clock
    from podium.ui.presenter import Presenter
    from podium.ui.session import PreparationSession
    from podium.ui.workspace import Workspace

GEOMETRY_KEY, STATE_KEY, SPLITTER_KEY = "window/geometry", "window/state", "window/deckSplitter"


def suggested_filename(prep: Preparation) -> str:
    stem = re.sub(r"[^\w\- ]+", "", f"{prep.company} {prep.role}").strip() or "deck"
    return stem.replace(" ", "-") + ".pptx"


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        *,
        clock: Clock | None = None,
        now: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._clock = clock
        self._now = now
        self.session: PreparationSession | None = None
        self.workspace: Workspace | None = None
        self.presenter: Presenter | None = None
        self.setWindowTitle("Podium")
        self.library = LibraryPage(store)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.library)
        self.setCentralWidget(self.pages)
        self.library.new_requested.connect(self.new_preparation)
        self.library.open_requested.connect(self.open_preparation)
        self.library.changed.connect(self.statusBar().showMessage)
        self._build_menus()
        self._update_actions()
        self.statusBar().showMessage(self.tr("Ready"))
        self.resize(1200, 780)
        self._restore_state()

    # -------------------------------------------------------------------- menus

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.new_action = self._action(
            self.tr("&New preparation…"), self.new_preparation, QKeySequence.StandardKey.New
        )
        self.library_action = self._action(self.tr("&Library"), self.show_library, "Ctrl+L")
        self.export_action = self._action(self.tr("&Export .pptx…"), self.export_pptx, "Ctrl+E")
        self.present_action = self._action(self.tr("&Present"), self.present, "F5")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.export_prep_action, self.import_prep_action = create_package_actions(self, self)
        self.export_deck_action = self._action(self.tr("Export &deck…"), self.export_deck, "Ctrl+Shift+E")
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.library_action, self.export_deck_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_prep_action)
        file_menu.addAction(self.import_prep_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        # Edit: one undo history per open deck (the deck editor's QUndoStack).
        self.undo_group = QUndoGroup(self)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        extra = QKeySequence("Ctrl+Shift+Z")  # on every platform, beside its own Redo key
        self.redo_action.setShortcuts(redo_keys if extra in redo_keys else [*redo_keys, extra])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        present_menu = self.menuBar().addMenu(self.tr("&Rehearse"))
        present_menu.addAction(self.present_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Podium"), self.about))

    @property
    def prep(self) -> Preparation | None:
        return self.session.prep if self.session is not None else None

    def _update_actions(self) -> None:
        has_prep = self.workspace is not None and self.pages.currentWidget() is self.workspace
        self.export_action.setEnabled(has_prep)
        self.export_deck_action.setEnabled(has_prep)
        self.export_prep_action.setEnabled(has_prep)
        self.present_action.setEnabled(has_prep)

    # ------------------------------------------------------------------ actions

    def new_preparation(self) -> None:
        from podium.ui.wizard import NewPreparationWizard

        wizard = NewPreparationWizard(self, now=self._now())
        if wizard.exec() != NewPreparationWizard.DialogCode.Accepted:
            return
        self.create_preparation(wizard.preparation())

    def create_preparation(self, prep: Preparation) -> None:
        from podium.core.scaffold import scaffold

        prep.deck = scaffold(prep)
        if not self._save(prep):
            return
        self.library.refresh()
        self.show_preparation(prep)
        self.statusBar().showMessage(
            self.tr("Created “%s” with %d slides") % (prep.display_title, len(prep.deck.slides))
        )

    def open_preparation(self, prep_id: str) -> None:
        try:
            prep = self.store.load(prep_id)
        except StoreError as exc:
            messages.error(self, self.tr("Cannot open preparation"), str(exc))
            return
        self.show_preparation(prep)

    def show_preparation(self, prep: Preparation) -> None:
        from podium.ui.session import PreparationSession
        from podium.ui.workspace import Workspace

        self._close_workspace()
        self.session = PreparationSession(self.store, prep, self)
        self.session.saved.connect(lambda: self.statusBar().showMessage(self.tr("Saved"), 2000))
        self.session.save_failed.connect(lambda text: messages.error(self, self.tr("Not saved"), text))
        self.workspace = Workspace(self.session, self._now())
        self.workspace.export_requested.connect(self.export_deck)
        self.undo_group.addStack(self.workspace.deck.undo_stack)
        self.undo_group.setActiveStack(self.workspace.deck.undo_stack)
        self.workspace.present_requested.connect(self.present)
        self.workspace.rehearse.present_pdf_requested.connect(self.present_pdf)
        splitter = QSettings().value(SPLITTER_KEY)
        if splitter is not None:
            self.workspace.deck.splitter.restoreState(splitter)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self.setWindowTitle(f"{prep.display_title} — Podium")
        self._update_actions()

    def _close_workspace(self) -> None:
        """Save what is pending and drop the current workspace, if any."""
        if self.session is not None:
            self.session.flush()
        if self.workspace is not None:
            QSettings().setValue(SPLITTER_KEY, self.workspace.deck.splitter.saveState())
            self.undo_group.removeStack(self.workspace.deck.undo_stack)
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
        self.workspace, self.session = None, None

    def show_library(self) -> None:
        self._close_workspace()
        self.library.refresh()
        self.pages.setCurrentWidget(self.library)
        self.setWindowTitle("Podium")
        self._update_actions()

    def _save(self, prep: Preparation) -> bool:
        try:
            self.store.save(prep)
        except StoreError as exc:
            messages.error(self, self.tr("Not saved"), str(exc))
            return False
        return True

    def export_pptx(self) -> None:
        if self.prep is None:
            return
        path = messages.ask_save_path(
            self, self.tr("Export deck"), suggested_filename(self.prep), self.tr("PowerPoint (*.pptx)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pptx":
            target = target.with_suffix(".pptx")
        from podium.export.atomic import ExportError
        from podium.export.pptx_writer import write_pptx

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_pptx(self.prep, target)
        except ExportError as exc:
            messages.error(self, self.tr("Export failed"), str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.statusBar().showMessage(self.tr("Exported %s") % target)

    def export_deck(self) -> None:
        """The deck editor's export: pptx, PDF, handout and PNGs, unfinished work listed first."""
        if self.workspace is not None:
            self.workspace.deck.open_export()

    def present(self) -> None:
        self._start_presenter(None)

    def present_pdf(self, path: str) -> None:
        """Rehearse a PDF deck finished elsewhere, with the same clocks and record."""
        self._start_presenter(Path(path))

    def _start_presenter(self, pdf: Path | None) -> None:
        if self.prep is None or self.workspace is None:
            return
        from podium.ui.present_launch import start_presenter
        from podium.ui.slide_source import PdfError

        if pdf is None and not self.prep.deck.slides:
            messages.info(self, self.tr("Nothing to present"), self.tr("The deck has no slides yet."))
            return
        if self.presenter is not None:
            self.presenter.close()
        try:
            self.presenter = start_presenter(
                self.prep,
                self.store,
                self.workspace.rehearse.timing_settings(),
                pdf=pdf,
                clock=self._clock,
                now=self._now,
            )
        except PdfError as exc:
            messages.error(self, self.tr("Cannot present the PDF"), str(exc))
            return
        self.presenter.recorded.connect(self.workspace.rehearse.refresh)
        self.presenter.show()

    def about(self) -> None:
        messages.info(
            self,
            self.tr("About Podium"),
            self.tr("Podium %s\nPrepare, build and rehearse the presentation task of a second interview.")
            % __version__,
        )

    # ------------------------------------------------------------- window state

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_workspace()
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        if self.presenter is not None:
            self.presenter.close()
        super().closeEvent(event)
