"""The open preparation as the UI sees it: one object every panel edits through.

Panels change ``session.prep`` and then call ``edited()`` (plain edit) or
``role_data_changed()`` (data that feeds the deck). The session refills the
deck's data-driven blocks, tells views to redraw, and saves within a second.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from podium.core import clock
from podium.core.deck.fill import apply_role_data
from podium.core.interview.readiness import Readiness, readiness
from podium.core.model import Preparation
from podium.core.storage.store import Store, StoreError

SAVE_DELAY_MS = 300  # an edit reaches the database well within a second


class PreparationSession(QObject):
    deck_changed = Signal()  # the deck's content changed: relayout and repaint
    saved = Signal()
    save_failed = Signal(str)

    def __init__(self, store: Store, prep: Preparation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prep = prep
        self.now: Callable[[], datetime] = clock.now  # the workspace passes its own in tests
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    def edited(self) -> None:
        """Something in the preparation changed; save it shortly.

        The timer is not restarted by later edits: restarting it would postpone the save for
        as long as the user keeps typing, so a crash could lose minutes of work.
        """
        if not self._timer.isActive():
            self._timer.start()

    def deck_edited(self) -> None:
        """The deck itself changed (text, order, theme): redraw and save."""
        self.deck_changed.emit()
        self.edited()

    def role_data_changed(self) -> None:
        """Role data changed (budget, data set, risks): refill the deck's data slots, redraw, save."""
        apply_role_data(self.prep)
        self.deck_edited()

    def to_do(self) -> Readiness:
        """The preparation's one to-do list (header, Deck tab and export dialog all show this)."""
        try:
            rehearsals = self.store.rehearsals(self.prep.id)
        except StoreError:
            rehearsals = []
        return readiness(self.prep, rehearsals, self.now())

    def save_now(self) -> bool:
        self._timer.stop()
        if self.store.closed:  # the app is shutting down and has flushed already; nobody to tell
            return False
        try:
            self.store.save(self.prep)
        except StoreError as exc:
            self.save_failed.emit(str(exc))
            return False
        self.saved.emit()
        return True

    def flush(self) -> None:
        """Write a pending edit now (before closing or switching preparations)."""
        if self._timer.isActive():
            self.save_now()
