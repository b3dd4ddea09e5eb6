"""The deck window's slide table: number, title, budget (editable), notes, last run."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from podium.core.rehearsal.talk_timer import format_clock
from podium.ui.rehearse.deck_source import ImportedSource, slide_name

Index = QModelIndex | QPersistentModelIndex


def parse_budget(text: str) -> int | None:
    """'1:30', '90' or '90 s' as seconds; None when it is not a duration (or empty)."""
    cleaned = text.strip().removesuffix("s").strip()
    try:
        if ":" in cleaned:
            minutes, seconds = cleaned.split(":", 1)
            value = int(minutes) * 60 + int(seconds)
        else:
            value = int(cleaned)
    except ValueError:
        return None
    return value if value >= 0 else None


class DeckSlidesModel(QAbstractTableModel):
    budget_edited = Signal(int, object)  # row, seconds or None (back to an even share)

    COLUMNS = ("number", "title", "budget", "notes", "last")

    def __init__(self, source: ImportedSource, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self.last: dict[str, float] = {}

    def refresh(self) -> None:
        runs = [run for run in self.source.record.runs if run.completed] or self.source.record.runs
        self.last = {s.slide_key: s.seconds for s in runs[-1].slides} if runs else {}
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.source.count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("#"), self.tr("Title"), self.tr("Budget"), self.tr("Notes"), self.tr("Last run"))[
            section
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        slide = self.source.deck.slides[index.row()]
        if self.COLUMNS[index.column()] == "budget" and not slide.hidden:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), self.COLUMNS[index.column()]
        slide = self.source.deck.slides[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "number":
                return str(slide.number) + (" " + self.tr("(hidden)") if slide.hidden else "")
            if column == "title":
                return slide_name(slide) + (f"  [{len(slide.pages)}]" if len(slide.pages) > 1 else "")
            if column == "budget":
                if slide.hidden:
                    return self.tr("none")
                budget = format_clock(self.source.plan.budget(row))
                return budget + (" *" if slide.key in self.source.record.budgets else "")
            if column == "notes":
                notes = self.source.notes(row).strip()
                return notes.splitlines()[0][:60] if notes else self.tr("—")
            if column == "last":
                seconds = self.last.get(slide.key)
                return format_clock(seconds) if seconds is not None else ""
        if role == Qt.ItemDataRole.EditRole and column == "budget":
            return format_clock(self.source.plan.budget(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "budget":
                return self.tr("Type m:ss or seconds; clear it to share the rest of the talk evenly again.")
            if column == "notes":
                return self.source.notes(row)
            if column == "title" and len(slide.pages) > 1:
                return self.tr("%1 overlay pages, timed as one slide").replace("%1", str(len(slide.pages)))
        if role == Qt.ItemDataRole.FontRole and slide.hidden:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and slide.hidden:
            return QColor("#6B7280")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.COLUMNS[index.column()] != "budget":
            return False
        text = str(value).strip()
        seconds = parse_budget(text) if text else None
        if text and seconds is None:
            return False
        self.budget_edited.emit(index.row(), seconds)
        return True
