"""Qt models over the risk register, the plan and the scales, with every edit an undoable command.

The models edit the ``Register`` the panel owns (plain core objects); each change goes
through the shared ``QUndoStack`` and ends in ``changed``, which the panel turns into
``session.role_data_changed()``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from podium.core.render.theme import readable_on
from podium.roles.project_management.register import PLAN_KINDS, PlanItem, Register, Risk
from podium.roles.project_management.scales import (
    BAND_COLORS,
    RESPONSES,
    STATUSES,
    band_name,
    response_name,
    status_name,
)

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


# ------------------------------------------------------------------ commands


class SetValue(QUndoCommand):
    def __init__(self, model: ListModel, row: int, field: str, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.field, self.old, self.new = model, row, field, old, new

    def redo(self) -> None:
        self.model.apply_value(self.row, self.field, self.new)

    def undo(self) -> None:
        self.model.apply_value(self.row, self.field, self.old)


class InsertItems(QUndoCommand):
    def __init__(self, model: ListModel, position: int, items: list[Any], text: str) -> None:
        super().__init__(text)
        self.model, self.position, self.items = model, position, items

    def redo(self) -> None:
        self.model.apply_insert(self.position, self.items)

    def undo(self) -> None:
        self.model.apply_remove(list(range(self.position, self.position + len(self.items))))


class RemoveItems(QUndoCommand):
    def __init__(self, model: ListModel, rows: list[int], text: str) -> None:
        super().__init__(text)
        self.model, self.rows = model, sorted(set(rows))
        self.items = [model.items[r] for r in self.rows]

    def redo(self) -> None:
        self.model.apply_remove(self.rows)

    def undo(self) -> None:
        for row, item in zip(self.rows, self.items, strict=True):
            self.model.apply_insert(row, [item])


class ReplaceItems(QUndoCommand):
    def __init__(self, model: ListModel, items: list[Any], text: str) -> None:
        super().__init__(text)
        self.model, self.old, self.new = model, list(model.items), list(items)

    def redo(self) -> None:
        self.model.apply_replace(self.new)

    def undo(self) -> None:
        self.model.apply_replace(self.old)


# ---------------------------------------------------------------- base model


class ListModel(QAbstractTableModel):
    """A table over a list of core objects; edits are commands on ``stack``."""

    changed = Signal()
    columns: tuple[str, ...] = ()

    def __init__(self, items: list[Any], stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.items = items  # the register's own list, edited in place
        self.stack = stack

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def field(self, column: int) -> str:
        return self.columns[column]

    def column_of(self, field: str) -> int:
        return self.columns.index(field)

    # Applied by commands only.
    def apply_value(self, row: int, field: str, value: Any) -> None:
        setattr(self.items[row], field, value)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.changed.emit()

    def apply_insert(self, position: int, items: list[Any]) -> None:
        self.beginInsertRows(QModelIndex(), position, position + len(items) - 1)
        self.items[position:position] = items
        self.endInsertRows()
        self.changed.emit()

    def apply_remove(self, rows: list[int]) -> None:
        for row in sorted(rows, reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()
        self.changed.emit()

    def apply_replace(self, items: list[Any]) -> None:
        self.beginResetModel()
        self.items[:] = items
        self.endResetModel()
        self.changed.emit()

    # Requested by the UI: pushed as commands.
    def insert(self, position: int, items: list[Any], text: str) -> None:
        if items:
            self.stack.push(InsertItems(self, position, items, text))

    def remove(self, rows: list[int], text: str) -> None:
        if rows:
            self.stack.push(RemoveItems(self, rows, text))

    def replace(self, items: list[Any], text: str) -> None:
        self.stack.push(ReplaceItems(self, items, text))

    def push_value(self, row: int, field: str, value: Any) -> bool:
        old = getattr(self.items[row], field)
        if old == value:
            return False
        text = self.tr("Edit %1").replace(
            "%1", self.headerData(self.column_of(field), Qt.Orientation.Horizontal)
        )
        self.stack.push(SetValue(self, row, field, old, value, text))
        return True


def _natural(text: str) -> str:
    return re.sub(r"\d+", lambda m: m.group().zfill(9), text.lower())


# ------------------------------------------------------------------ register


class RegisterModel(ListModel):
    """The risk register: one row per risk; long texts are columns too, edited in the detail form."""

    columns = ("id", "title", "category", "likelihood", "impact", "score", "residual_likelihood",
               "residual_impact", "residual_score", "owner", "response", "status", "proximity", "cause", "event",
               "effect", "mitigation", "contingency", "trigger")  # fmt: skip
    LEVELS = ("likelihood", "impact", "residual_likelihood", "residual_impact")
    SCORES = ("score", "residual_score")
    LONG_TEXT = ("cause", "event", "effect", "mitigation", "contingency", "trigger")
    refused = Signal(str)  # an edit was not applied; the text says why

    def __init__(self, register: Register, language: str, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(register.risks, stack, parent)
        self.register = register
        self.language = language
        self.rejected = ""  # why the last edit was refused, for the panel to show
        self.refused.connect(lambda text: setattr(self, "rejected", text))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            "id": self.tr("ID"), "title": self.tr("Title"), "category": self.tr("Category"),
            "likelihood": self.tr("Likelihood"), "impact": self.tr("Impact"), "score": self.tr("Score"),
            "residual_likelihood": self.tr("Likelihood after"), "residual_impact": self.tr("Impact after"),
            "residual_score": self.tr("Score after"), "owner": self.tr("Owner"), "response": self.tr("Response"),
            "status": self.tr("Status"), "proximity": self.tr("Proximity"), "cause": self.tr("Cause"),
            "event": self.tr("Event"), "effect": self.tr("Effect"), "mitigation": self.tr("Mitigation"),
            "contingency": self.tr("Contingency"), "trigger": self.tr("Trigger or early warning"),
        }  # fmt: skip
        return names[self.columns[section]]

    def level_text(self, field: str, level: int | None) -> str:
        if not level:
            return ""
        scales = self.register.scales
        label = scales.likelihood_label(level) if "likelihood" in field else scales.impact_label(level)
        return f"{level} {label}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        risk: Risk = self.items[index.row()]
        field = self.columns[index.column()]
        score = risk.score if field == "score" else risk.residual_score if field == "residual_score" else None
        if role == Qt.ItemDataRole.DisplayRole:
            if field in self.LEVELS:
                return self.level_text(field, getattr(risk, field))
            if score is not None:
                return str(score)
            if field == "response":
                return response_name(risk.response, self.language)
            if field == "status":
                return status_name(risk.status, self.language)
            return getattr(risk, field)
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(risk, field) if score is None else score
            return value or 0 if field in self.LEVELS else value
        if role == SORT_ROLE:
            if field == "id":
                return _natural(risk.id)
            if field in self.LEVELS:
                return getattr(risk, field) or 0
            return score if score is not None else str(self.data(index)).lower()
        if score is not None and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            color = BAND_COLORS[self.register.scales.band(score)]
            return QBrush(QColor(color if role == Qt.ItemDataRole.BackgroundRole else readable_on(color)))
        if score is not None and role == Qt.ItemDataRole.ToolTipRole:
            return band_name(self.register.scales.band(score), self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole and (score is not None or field in self.LEVELS):
            return int(
                Qt.AlignmentFlag.AlignVCenter
                | (Qt.AlignmentFlag.AlignCenter if score else Qt.AlignmentFlag.AlignLeft)
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()] not in self.SCORES:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = self.columns[index.column()]
        if field in self.SCORES:
            return False
        self.rejected = ""
        if field in self.LEVELS:
            try:
                level = int(value or 0)
            except (TypeError, ValueError):
                level = -1
            if field.startswith("residual") and level == 0:
                return self.push_value(index.row(), field, None) or True
            if level not in (1, 2, 3, 4, 5):
                self.refused.emit(self.tr("Likelihood and impact are whole numbers from 1 to 5."))
                return False
            value = level
        else:
            value = str(value or "").strip() if field != "title" else str(value or "")
        if field == "id":
            if not value:
                self.refused.emit(self.tr("Every risk needs an ID."))
                return False
            if any(r.id == value for n, r in enumerate(self.items) if n != index.row()):
                self.refused.emit(self.tr("The ID %1 is already used by another risk.").replace("%1", value))
                return False
        self.push_value(index.row(), field, value)
        return True

    def refresh_all(self) -> None:
        """Scales changed: labels, bands and colours redraw."""
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, self.columnCount() - 1))


def response_choices(language: str) -> list[tuple[str, str]]:
    return [(key, response_name(key, language)) for key in RESPONSES]


def status_choices(language: str) -> list[tuple[str, str]]:
    return [(key, status_name(key, language)) for key in STATUSES]


# ---------------------------------------------------------------------- plan


class PlanModel(ListModel):
    """Phases and milestones: name, type, start, end (milestones have no end)."""

    columns = ("name", "kind", "start", "end")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Type"), self.tr("Start"), self.tr("End"))[section]

    def kind_name(self, kind: str) -> str:
        return self.tr("Milestone") if kind == "milestone" else self.tr("Phase")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: PlanItem = self.items[index.row()]
        field = self.columns[index.column()]
        value = getattr(item, field)
        if field == "end" and item.kind == "milestone":
            value = None
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "kind":
                return self.kind_name(item.kind)
            return value.isoformat() if isinstance(value, date) else (value or "")
        if role == Qt.ItemDataRole.EditRole:
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and not (
            self.columns[index.column()] == "end" and self.items[index.row()].kind == "milestone"
        ):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item: PlanItem = self.items[index.row()]
        field = self.columns[index.column()]
        if field in ("start", "end"):
            if not isinstance(value, date):
                try:
                    value = date.fromisoformat(str(value))
                except ValueError:
                    return False
            other = item.end if field == "start" else item.start
            if item.kind == "phase" and other and (value > other if field == "start" else value < other):
                return False  # a phase cannot end before it starts
        elif field == "kind":
            if value not in PLAN_KINDS:
                return False
            if value == "phase" and item.end is None:
                self.stack.beginMacro(self.tr("Make a phase"))
                self.push_value(index.row(), "end", item.start)
                self.push_value(index.row(), "kind", value)
                self.stack.endMacro()
                return True
        else:
            value = str(value or "")
        self.push_value(index.row(), field, value)
        return True
