"""The library: every preparation, with new, open, rename and delete."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from podium.core import clock
from podium.core.roles import catalogue
from podium.core.storage.store import Store, Summary
from podium.ui.common import messages
from podium.ui.common.i18n import current_language, moment_text

_Index = QModelIndex | QPersistentModelIndex


def _interview(item: Summary) -> datetime | None:
    try:
        return datetime.fromisoformat(item.interview_at) if item.interview_at else None
    except (TypeError, ValueError):
        return None


def by_interview(items: list[Summary], now: datetime) -> tuple[list[Summary], list[Summary]]:
    """(upcoming, past): upcoming soonest first, then those with no date (last edited first);
    past interviews apart, the most recent first."""
    naive = now.replace(tzinfo=None)
    dated = [(i, d.replace(tzinfo=None)) for i in items if (d := _interview(i)) is not None]
    upcoming = sorted(((i, d) for i, d in dated if d >= naive), key=lambda pair: pair[1])
    past = sorted(((i, d) for i, d in dated if d < naive), key=lambda pair: pair[1], reverse=True)
    undated = sorted((i for i in items if _interview(i) is None), key=lambda i: i.updated_at, reverse=True)
    return [i for i, _ in upcoming] + undated, [i for i, _ in past]


class LibraryModel(QAbstractListModel):
    """The store's preparations by interview date: upcoming soonest first, past interviews apart below."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self, store: Store, parent: QWidget | None = None, now: Callable[[], datetime] = clock.now
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._now = now
        self._rows: list[Summary | None] = []  # None: the heading over the past interviews
        self._ready: dict[str, str] = {}  # readiness line per preparation, until the next refresh
        self._rows = self._ordered()

    def _ordered(self) -> list[Summary | None]:
        upcoming, past = by_interview(self._store.summaries(), self._now())
        return [*upcoming, *([None, *past] if past else [])]

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._ordered()
        self._ready = {}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def summary(self, row: int) -> Summary | None:
        """The preparation on ``row``; None for the past interviews' heading."""
        return self._rows[row]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and self._rows[index.row()] is None:
            return Qt.ItemFlag.ItemIsEnabled  # a heading: not selectable, not openable
        return super().flags(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if item is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Past interviews")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            role_obj = catalogue().get(item.role)
            role_name = role_obj.name(current_language()) if role_obj else item.role
            moment = _interview(item)  # a damaged date must not take the list down
            when = " · " + moment_text(moment) if moment else ""
            return f"{item.title}\n{role_name}{when}{self._readiness(item.id)}"
        if role == self.IdRole:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        return None

    def _readiness(self, prep_id: str) -> str:
        """A third line: the countdown and how much is still missing (core.interview.readiness), cached."""
        if prep_id not in self._ready:
            from podium.ui.window.readiness_view import library_line

            line = library_line(self._store, prep_id, self._now())
            self._ready[prep_id] = f"\n{line}" if line else ""
        return self._ready[prep_id]


class LibraryPage(QWidget):
    """The start page: the list of preparations and what can be done with them."""

    new_requested = Signal()
    deck_requested = Signal()  # rehearse a .pptx or PDF finished elsewhere
    open_requested = Signal(str)
    changed = Signal(str)  # a status-bar message

    def __init__(
        self, store: Store, parent: QWidget | None = None, now: Callable[[], datetime] = clock.now
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.model = LibraryModel(store, self, now)
        self.view = QListView()
        self.view.setObjectName("libraryList")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Preparations"))
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.view.activated.connect(self._open_index)
        self.empty_label = QLabel(self.tr("No preparations yet. Create one to get a scaffolded deck."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.new_button = QPushButton(self.tr("&New preparation…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.deck_button = QPushButton(self.tr("Rehearse a &deck…"))
        self.deck_button.setObjectName("libraryDeckButton")
        self.deck_button.setToolTip(self.tr("Rehearse a PowerPoint or PDF deck finished elsewhere"))
        self.deck_button.clicked.connect(self.deck_requested)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(lambda: self._open_index(self.view.currentIndex()))
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)

        heading = QLabel(self.tr("<h2>Your preparations</h2>"))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.deck_button)
        layout = QVBoxLayout()  # installed on self once filled
        layout.addWidget(heading)
        layout.addLayout(buttons)
        self.setLayout(layout)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        self.model.refresh()

    def _update_buttons(self) -> None:
        has = self.view.currentIndex().isValid()
        for b in (self.open_button, self.rename_button, self.delete_button):
            b.setEnabled(has)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if not has and self.model.rowCount():
            first = next(r for r in range(self.model.rowCount()) if self.model.summary(r) is not None)
            self.view.setCurrentIndex(self.model.index(first))

    def _open_index(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row()) if index.isValid() else None
        if summary is not None:
            self.open_requested.emit(summary.id)

    def current_summary(self) -> Summary | None:
        index = self.view.currentIndex()
        return self.model.summary(index.row()) if index.isValid() else None

    def rename_current(self) -> None:
        summary = self.current_summary()
        if summary is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Rename preparation"), self.tr("Name:"), text=summary.title
        )
        if not ok or not title.strip():
            return
        prep = self._store.load(summary.id)
        prep.title = title.strip()
        self._store.save(prep)
        self.refresh()
        self.changed.emit(self.tr("Renamed to “%s”") % prep.title)

    def delete_current(self) -> None:
        summary = self.current_summary()
        if summary is None:
            return
        question = self.tr("Delete “%s” and its deck, research and rehearsals? This cannot be undone.")
        if not messages.confirm(self, self.tr("Delete preparation"), question % summary.title):
            return
        self._store.delete(summary.id)
        self.refresh()
        self.changed.emit(self.tr("Deleted “%s”") % summary.title)
