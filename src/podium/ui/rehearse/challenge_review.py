"""The Rehearse tab's review of the panel's challenges: which still go badly, weakest first, and
one click to practise a question again, out loud against the clock.

The table is model/view over ``core.interview.history`` (the Questions tab's timed answers, every
panel round's and these practices'); the practice is the presenter's panel card in a window of
its own, timed on an injected monotonic clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from podium.core.interview.history import LOW, History
from podium.core.interview.panel import PanelRound
from podium.core.interview.questions import Question
from podium.core.rehearsal.talk_timer import Clock, format_clock
from podium.ui.common import appearance
from podium.ui.rehearse.panel_card import RATING_KEYS, PanelCard

_Index = QModelIndex | QPersistentModelIndex
QUESTION, WHERE, TIMES, LAST, RATING = range(5)


class ReviewModel(QAbstractTableModel):
    """One row per challenge: where it is from, how often it was answered, the last time, the rating."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Question, History | None, str]] = []

    def set_rows(self, rows: list[tuple[Question, History | None, str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Challenge"), self.tr("Where"), self.tr("Answered"), self.tr("Last answer"),
                self.tr("Rating"))[section]  # fmt: skip

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        question, history, where = self.rows[index.row()]
        column = index.column()
        if role == self.IdRole:
            return question.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(question, history, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(question, history)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        last = history.last if history else None
        if column == QUESTION:
            return question.text
        if column == WHERE:
            return where
        if column == TIMES:
            return str(history.count) if history else self.tr("never")
        if column == LAST:
            if last is None:
                return "—"
            target = last.target_seconds or question.target_seconds
            return f"{format_clock(last.seconds)} / {format_clock(target)}"
        if column == RATING:
            rating = history.rating if history else 0
            return f"{rating} / 5" if rating else "—"
        return None

    def _tooltip(self, question: Question, history: History | None, column: int) -> str | None:
        """The whole question, and every answer's time and rating, oldest first."""
        if column == QUESTION:
            return question.text
        if history is None or not history.count:
            return None
        if column in (TIMES, LAST):
            times = ", ".join(format_clock(t) for t in history.times)
            return self.tr("Answer times, oldest first: %1").replace("%1", times)
        if column == RATING and history.ratings:
            ratings = ", ".join(str(r) for r in history.ratings)
            return self.tr("Ratings, oldest first: %1").replace("%1", ratings)
        return None

    @staticmethod
    def _colour(question: Question, history: History | None) -> Any:
        if history is None or not history.count:
            return None
        if history.rating and history.rating <= LOW:
            return appearance.ink("#B91C1C", "#FCA5A5")
        if history.over(question.target_seconds) > 0:
            return appearance.ink("#B45309", "#FCD34D")
        return None


class ChallengeReview(QWidget):
    """The table, weakest first, and a button (or a double-click, or Enter) to practise a row."""

    practise = Signal(str)  # question id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("reviewHeading")
        self.heading.setWordWrap(True)
        self.model = ReviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("challengeReview")
        self.table.setAccessibleName(self.tr("Challenges, weakest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(150)  # five rows: enough to see what still goes badly
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._practise(index.row()))
        self.table.activated.connect(lambda index: self._practise(index.row()))
        self.practise_button = QPushButton(self.tr("&Practise this challenge"))
        self.practise_button.setObjectName("practiseButton")
        self.practise_button.clicked.connect(lambda: self._practise(self.table.currentIndex().row()))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.practise_button)
        layout = QVBoxLayout()  # installed on self once filled (no wrappers of top's items kept)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setLayout(layout)

    def set_rows(self, rows: list[tuple[Question, History | None, str]]) -> None:
        self.model.set_rows(rows)
        bad = sum(1 for q, h, _ in rows if h and (0 < h.rating <= LOW or h.over(q.target_seconds) > 0))
        never = sum(1 for _, h, _ in rows if not h or not h.count)
        self.heading.setText(
            "<b>" + self.tr("Challenges, weakest first") + "</b> · "
            + self.tr("%1 still go badly · %2 never answered aloud").replace("%1", str(bad)).replace("%2", str(never))
        )  # fmt: skip
        self.practise_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def _practise(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.practise.emit(self.model.rows[row][0].id)


class PracticeDialog(QDialog):
    """One challenge put as the panel would: answer aloud, see the coaching and how long it took,
    rate it. Keys as in the presenter: → or Space when done, 1-5 to rate, S to pause, G for a hint."""

    answered = Signal(dict)  # the answer: id, seconds, target_seconds, rating

    def __init__(
        self, question: Question, language: str, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("practiceDialog")
        self.setWindowTitle(self.tr("Practise a challenge"))
        self.setStyleSheet("#practiceDialog { background: #0B0F14; }")
        self.language = language
        self.show_hint = False
        self.round = PanelRound([question], clock or time.monotonic)
        self.card = PanelCard(self)
        self.card.rated.connect(self.rate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)
        self._repaint = QTimer(self)
        self._repaint.setInterval(250)
        self._repaint.timeout.connect(lambda: self.card.update_timer(self.round))
        self._repaint.start()
        self.resize(1000, 640)
        self._show()

    def _show(self) -> None:
        self.card.show_round(self.round, self.language, show_hint=self.show_hint)
        self.card.heading.setText(self.tr("Practise: answer aloud, as if the panel had just asked"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        actions: dict[Qt.Key, Callable[[], None]] = {
            Qt.Key.Key_Right: self.next, Qt.Key.Key_Space: self.next, Qt.Key.Key_Return: self.next,
            Qt.Key.Key_Enter: self.next, Qt.Key.Key_S: self.toggle_clock, Qt.Key.Key_G: self.toggle_hint,
        }  # fmt: skip
        if key in RATING_KEYS:
            self.rate(RATING_KEYS[key])
        elif key in actions:
            actions[key]()
        else:
            super().keyPressEvent(event)  # Esc closes

    def next(self) -> None:
        if self.round.phase == "answer":
            self.round.answered()
            self._show()
        else:
            self._finish(0)

    def rate(self, rating: int) -> None:
        if self.round.phase == "rate":
            self._finish(rating)

    def _finish(self, rating: int) -> None:
        self.round.rate(rating) if rating else self.round.skip()
        if self.round.answers:
            self.answered.emit(dict(self.round.answers[-1]))
        self.accept()

    def toggle_clock(self) -> None:
        self.round.pause() if self.round.timer.running else self.round.resume()
        self.card.update_timer(self.round)

    def toggle_hint(self) -> None:
        self.show_hint = not self.show_hint
        self._show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._repaint.stop()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._repaint.stop()
        super().done(result)
