"""The Rehearse tab's per-slide table: budget, the notes' speaking time, and the recent runs."""

from __future__ import annotations

import statistics
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from podium.core.model import Slide
from podium.core.rehearsal.review import RECENT_RUNS, overrun_threshold
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.speaking import speaking_seconds
from podium.core.rehearsal.talk_timer import format_clock

Index = QModelIndex | QPersistentModelIndex


class SlideTimesModel(QAbstractTableModel):
    """One row per timed slide; columns read left to right as plan, estimate, practice."""

    COLUMNS = ("slide", "budget", "notes", "last", "median")

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.slides: list[Slide] = []
        self.language = "en"
        self.last: dict[str, float] = {}
        self.median: dict[str, float] = {}

    def set_data(self, slides: list[Slide], runs: list[Rehearsal], language: str) -> None:
        self.beginResetModel()
        self.slides = [s for s in slides if not s.backup]
        self.language = language
        complete = [r for r in runs if r.completed]
        self.last = {s.slide_key: s.seconds for s in complete[-1].slides} if complete else {}
        recent: dict[str, list[float]] = {}
        for run in complete[-RECENT_RUNS:]:
            for s in run.slides:
                recent.setdefault(s.slide_key, []).append(s.seconds)
        self.median = {key: statistics.median(values) for key, values in recent.items()}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.slides)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Slide"),
            self.tr("Budget"),
            self.tr("Notes ≈ spoken"),
            self.tr("Last run"),
            self.tr("Median, last %1 runs").replace("%1", str(RECENT_RUNS)),
        )[section]

    def _value(self, row: int, column: int) -> float | None:
        slide = self.slides[row]
        if column == 1:
            return slide.target_seconds
        if column == 2:
            return speaking_seconds(slide.notes, self.language)
        if column == 3:
            return self.last.get(slide.key)
        if column == 4:
            return self.median.get(slide.key)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        slide = self.slides[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{row + 1}. {slide.title}"
            value = self._value(row, column)
            return "—" if value is None else format_clock(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column > 1:
            value = self._value(row, column)
            if value is not None and value - slide.target_seconds > overrun_threshold(slide.target_seconds):
                return QColor("#B91C1C")
        return None
