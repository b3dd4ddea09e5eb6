"""The main window: library and workspace pages, menus, and the actions between them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from podium.core.clock import now as wall_now
from podium.core.storage.store import Store, StoreError
from podium.ui.common import i18n, messages, settings
from podium.ui.common.accessibility import name_from_labels
from podium.ui.window.library import LibraryPage
from podium.ui.window.menus import WindowMenus

if TYPE_CHECKING:  # the workspace, scaffold and exporters load on first use, keeping start-up fast
    from podium.core.model import Preparation
    from podium.core.rehearsal.talk_timer import Clock
    from podium.ui.common.jobs import Job
    from podium.ui.common.session import PreparationSession
    from podium.ui.rehearse.deck_launcher import DeckLauncher
    from podium.ui.rehearse.presenter import Presenter
    from podium.ui.window.workspace import Workspace


def suggested_filename(prep: Preparation) -> str:
    stem = re.sub(r"[^\w\- ]+", "", f"{prep.company} {prep.role}").strip() or "deck"
    return stem.replace(" ", "-") + ".pptx"


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        *,
        clock: Clock | None = None,
        now: Callable[[], datetime] = wall_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._clock = clock
        self._now = now
        self.session: PreparationSession | None = None
        self.workspace: Workspace | None = None
        self.presenter: Presenter | None = None
        self._decks: DeckLauncher | None = None
        self.pptx_export: Job | None = None  # Ctrl+E's export while it runs
        self.setWindowTitle("Podium")
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self._add_library()
        self.menus: WindowMenus | None = None
        self.undo_group = QUndoGroup(self)
        self._retranslate_pending = self._closed = False
        self._build_menus()
        self._update_actions()
        self.statusBar().showMessage(self.tr("Ready"))
        self.resize(1200, 780)
        self._restore_state()

    # -------------------------------------------------------------------- menus

    def _add_library(self) -> None:
        self.library = LibraryPage(self.store, now=self._now)
        self.pages.insertWidget(0, self.library)
        self.library.new_requested.connect(self.new_preparation)
        self.library.open_requested.connect(self.open_preparation)
        self.library.deck_requested.connect(self.rehearse_deck)
        self.library.changed.connect(self.statusBar().showMessage)

    def _build_menus(self) -> None:
        """The menu bar (ui.window.menus); built again, with every text re-read, on a language change."""
        if self.menus is not None:
            self.menus.dispose()
        m = self.menus = WindowMenus(self, self.undo_group)
        self.new_action, self.library_action, self.quit_action = m.new, m.library, m.quit
        self.export_action, self.export_deck_action = m.export_pptx, m.export_deck
        self.present_action, self.close_action = m.present, m.close_prep
        self.export_prep_action, self.import_prep_action = m.export_prep, m.import_prep
        self.undo_action, self.redo_action = m.undo, m.redo

    @property
    def prep(self) -> Preparation | None:
        return self.session.prep if self.session is not None else None

    def _update_actions(self) -> None:
        has_prep = self.workspace is not None and self.pages.currentWidget() is self.workspace
        self.export_action.setEnabled(has_prep and self.pptx_export is None)
        self.export_deck_action.setEnabled(has_prep)
        self.export_prep_action.setEnabled(has_prep)
        self.present_action.setEnabled(has_prep)
        self.close_action.setEnabled(has_prep)

    # ------------------------------------------------------------------ actions

    def new_preparation(self) -> None:
        from podium.ui.window.wizard import NewPreparationWizard

        wizard = NewPreparationWizard(self, now=self._now())
        if wizard.exec() != NewPreparationWizard.DialogCode.Accepted:
            return
        self.create_preparation(wizard.preparation())

    def create_preparation(self, prep: Preparation) -> None:
        from podium.core.deck.scaffold import scaffold

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
            settings.forget_recent(prep_id)
            messages.error(self, self.tr("Cannot open preparation"), str(exc))
            return
        self.show_preparation(prep)
        self.statusBar().showMessage(self.tr("Opened “%1”").replace("%1", prep.display_title))

    def show_preparation(self, prep: Preparation) -> None:
        from podium.ui.common.session import PreparationSession
        from podium.ui.window.workspace import Workspace

        self._close_workspace()
        self.session = PreparationSession(self.store, prep, self)
        self.session.saved.connect(lambda: self.statusBar().showMessage(self.tr("Saved"), 2000))
        self.session.save_failed.connect(lambda text: messages.error(self, self.tr("Not saved"), text))
        self.workspace = Workspace(self.session, self._now())
        self.workspace.export_requested.connect(self.export_deck)
        self.undo_group.addStack(self.workspace.deck.undo_stack)
        self.undo_group.setActiveStack(self.workspace.deck.undo_stack)
        self.workspace.present_requested.connect(self.present)
        self.workspace.rehearse.present_deck_requested.connect(self.rehearse_deck)
        splitter = settings.get(settings.DECK_SPLITTER)
        if splitter:
            self.workspace.deck.splitter.restoreState(splitter)
        settings.remember_recent(prep.id)
        name_from_labels(self.workspace)  # screen readers hear each field's label
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self.setWindowTitle(f"{prep.display_title} — Podium")
        self._update_actions()

    def _close_workspace(self) -> None:
        """Save what is pending and drop the current workspace, if any."""
        if self.session is not None:
            self.session.flush()
        if self.workspace is not None:
            settings.put(settings.DECK_SPLITTER, bytes(self.workspace.deck.splitter.saveState().data()))
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
        """Ctrl+E: the deck as .pptx, written by the Export dialog's job, so the window never freezes."""
        if self.prep is None or self.pptx_export is not None:
            return
        path = messages.ask_save_path(
            self, self.tr("Export deck"), suggested_filename(self.prep), self.tr("PowerPoint (*.pptx)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pptx":
            target = target.with_suffix(".pptx")
        from podium.ui.common.jobs import BusyDialog
        from podium.ui.deck_export.job import ExportPlan, export_job

        # Podium's guidance goes into the notes only if the Export dialog's remembered choice says so.
        guidance = settings.get(settings.NOTES_GUIDANCE)
        plan = ExportPlan(
            self.prep, target.with_suffix(""), ("pptx",), include_guidance=guidance, targets={"pptx": target}
        )
        job = self.pptx_export = export_job(plan, self)
        job.succeeded.connect(lambda _written: self.statusBar().showMessage(self.tr("Exported %s") % target))
        job.failed.connect(lambda text: messages.error(self, self.tr("Export failed"), text))
        job.cancelled.connect(lambda: self.statusBar().showMessage(self.tr(
            "Export cancelled. Files already complete were kept; nothing was left half-written.")))  # fmt: skip
        job.finished.connect(self._pptx_exported)
        BusyDialog(job, self.tr("Writing %1…").replace("%1", target.name), self, title=self.tr("Export deck"))
        self._update_actions()
        job.start()

    def _pptx_exported(self) -> None:
        self.pptx_export = None
        self._update_actions()

    def export_deck(self) -> None:
        """The deck editor's export: pptx, PDF, handout and PNGs, unfinished work listed first."""
        if self.workspace is not None:
            self.workspace.deck.open_export()

    def present(self) -> None:
        self._start_presenter()

    def rehearse_deck(self) -> None:
        """Rehearse ▸ Rehearse a Deck…: a .pptx or PDF finished elsewhere, with or without a preparation."""
        path = self.decks.ask()
        if path is not None:
            self.open_deck(path)

    def open_deck(self, path: Path) -> None:
        """The deck's window; runs count for the open preparation too, if any."""
        prep = self.prep if self.workspace is not None else None
        settings_for = self.workspace.rehearse.timing_settings if self.workspace is not None else None
        window = self.decks.open_window(path, prep, self.store, *([settings_for] if settings_for else []))
        if window is not None:
            window.present_requested.connect(lambda _src: setattr(self, "presenter", self.decks.presenter))

    def present_deck(self, path: str | Path) -> None:
        """Present a deck finished elsewhere at once, with the same clocks and record."""
        prep = self.prep if self.workspace is not None else None
        settings_now = self.workspace.rehearse.timing_settings() if self.workspace is not None else None
        if self.presenter is not None:
            self.presenter.close()
        self.presenter = self.decks.present_path(Path(path), prep, self.store, settings_now)

    def _deck_recorded(self) -> None:
        if self.workspace is not None:
            self.workspace.rehearse.refresh()

    @property
    def decks(self) -> DeckLauncher:
        """Decks finished elsewhere; made on first use, so start-up loads none of it."""
        if self._decks is None:
            import time

            from podium.ui.rehearse.deck_launcher import DeckLauncher

            self._decks = DeckLauncher(self, clock=self._clock or time.monotonic, now=self._now)
            self._decks.recorded.connect(self._deck_recorded)
        return self._decks

    def _start_presenter(self) -> None:
        if self.prep is None or self.workspace is None:
            return
        from podium.ui.rehearse.launch import start_presenter

        if not self.prep.deck.slides:
            messages.info(self, self.tr("Nothing to present"), self.tr("The deck has no slides yet."))
            return
        if self.presenter is not None:
            self.presenter.close()
        self.presenter = start_presenter(
            self.prep,
            self.store,
            self.workspace.rehearse.timing_settings(),
            clock=self._clock,
            now=self._now,
        )
        self.presenter.recorded.connect(self.workspace.rehearse.refresh)
        self.presenter.show()

    def about(self) -> None:
        from podium.ui.window.about import show_about

        show_about(self)

    def open_settings(self) -> None:
        """Edit ▸ Settings (window-modal, not blocking): language and colours apply on OK."""
        from podium.ui.window.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self)
        self.settings_dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Settings saved"), 3000)
        )
        self.settings_dialog.open()

    # ---------------------------------------------------------------- language

    def changeEvent(self, event: QEvent) -> None:
        """A new translator or palette: rebuild once, after all of them are in place (stylesheets and
        models pick their colours when built, so a light/dark switch rebuilds too)."""
        rebuild = (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange)
        if event.type() in rebuild and not self._retranslate_pending and not self._closed:
            self._retranslate_pending = True
            QTimer.singleShot(0, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Show the window in the current UI language: menus, library and the open workspace anew."""
        self._retranslate_pending = False
        self._build_menus()
        on_library = self.pages.currentWidget() is self.library
        old = self.library
        self._add_library()
        self.pages.removeWidget(old)
        old.deleteLater()
        if self.session is not None and self.workspace is not None:
            tab = self.workspace.tabs.currentIndex()
            self.show_preparation(self.session.prep)
            self.workspace.tabs.setCurrentIndex(tab)
        elif on_library:
            self.pages.setCurrentWidget(self.library)
        self._update_actions()
        name = i18n.LANGUAGES[i18n.current_language()]
        self.statusBar().showMessage(self.tr("Language: %1").replace("%1", name), 3000)

    # ------------------------------------------------------------- window state

    def _restore_state(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = settings.get(settings.WINDOW_STATE)
        if state:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True  # its store may be closed next: no more rebuilding
        self._close_workspace()
        settings.put(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        settings.put(settings.WINDOW_STATE, bytes(self.saveState().data()))
        if self.presenter is not None:
            self.presenter.close()
        if self.pptx_export is not None:  # the file keeps its old content; the job stops at once
            self.pptx_export.cancel()
        super().closeEvent(event)
