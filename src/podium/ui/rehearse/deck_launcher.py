"""Rehearse a deck finished elsewhere from anywhere: the Rehearse menu, the library, the Rehearse
tab, or ``podium present FILE``. Asks for the file, opens its deck window, starts the presenter."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from podium.core.clock import now as wall_now
from podium.core.model import Preparation
from podium.core.rehearsal.decks.model import DeckError
from podium.core.rehearsal.decks.record import DeckRecords
from podium.core.rehearsal.talk_timer import Clock
from podium.core.rehearsal.timeplan import TimingSettings
from podium.core.storage.store import Store
from podium.ui.common import messages
from podium.ui.rehearse.deck_source import ImportedSource, deck_error_text
from podium.ui.rehearse.deck_window import DeckWindow
from podium.ui.rehearse.launch import deck_records, imported_source, load_settings, start_deck_presenter
from podium.ui.rehearse.presenter import Presenter

DECK_FILTER = "PowerPoint (*.pptx);;PDF (*.pdf)"


class DeckLauncher(QObject):
    """One per main window (or one for the command line): at most one presenter at a time."""

    recorded = Signal(object)  # a Rehearsal of an imported deck, after it was saved

    def __init__(
        self,
        host: QWidget | None,
        *,
        clock: Clock = time.monotonic,
        now: Callable[[], datetime] = wall_now,
        records: DeckRecords | None = None,
    ) -> None:
        super().__init__(host)
        self.host = host
        self._clock, self._now = clock, now
        self.records = records or deck_records()
        self.presenter: Presenter | None = None
        self.window: DeckWindow | None = None

    def ask(self) -> Path | None:
        path = messages.ask_open_path(
            self.host,
            self.tr("Rehearse a deck"),
            self.tr("Decks (*.pptx *.pdf);;PowerPoint (*.pptx);;PDF (*.pdf)"),
        )
        return Path(path) if path else None

    def source(self, path: Path, prep: Preparation | None) -> ImportedSource | None:
        """The deck ready to show, or None after telling the user in one sentence why not."""
        try:
            return imported_source(path, prep=prep, records=self.records)
        except DeckError as exc:
            messages.error(self.host, self.tr("Cannot present the deck"), deck_error_text(exc))
            return None

    def open_window(
        self, path: Path, prep: Preparation | None = None, store: Store | None = None,
        settings: Callable[[], TimingSettings] = load_settings,
    ) -> DeckWindow | None:  # fmt: skip
        """The deck's window: what Podium read, budgets, notes, history, and Start presenting."""
        source = self.source(path, prep)
        if source is None:
            return None
        if self.window is not None:
            self.window.close()
        window = self.window = DeckWindow(source, self.records, talk_fixed=prep is not None, parent=self.host)
        window.present_requested.connect(lambda src: self.present(src, prep, store, settings()))
        self.recorded.connect(window.refresh)
        window.show()
        return window

    def present_path(
        self, path: Path, prep: Preparation | None = None, store: Store | None = None,
        settings: TimingSettings | None = None,
    ) -> Presenter | None:  # fmt: skip
        """The presenter straight on ``path`` (``podium present FILE``); None when it cannot be shown."""
        source = self.source(path, prep)
        if source is None:
            return None
        presenter = self.present(source, prep, store, settings or load_settings())
        source.setParent(presenter)
        presenter.closed.connect(source.close)
        return presenter

    def present(
        self, source: ImportedSource, prep: Preparation | None, store: Store | None, settings: TimingSettings
    ) -> Presenter:
        if self.presenter is not None:
            self.presenter.close()
        presenter = self.presenter = start_deck_presenter(
            source, settings, records=self.records, prep=prep, store=store, clock=self._clock, now=self._now
        )
        presenter.recorded.connect(self.recorded)
        presenter.closed.connect(lambda: self._closed(presenter))
        presenter.show()
        return presenter

    def _closed(self, presenter: Presenter) -> None:
        if self.presenter is presenter:
            self.presenter = None
