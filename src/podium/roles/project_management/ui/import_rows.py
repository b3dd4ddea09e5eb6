"""The import step's parts that are not the dialog itself: the file's first rows as a table model,
the fields' names and the scales' names, translated.

The preview numbers rows as the file does (vertical header) and names each column by its
letter and header, with the field it is read as, so the user sees which cell becomes what.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from podium.core.tabular.grid import Grid
from podium.core.tabular.xlsx import column_letter
from podium.roles.project_management.tabular import cell_text

PREVIEW_ROWS = 60
_Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # literal contexts, so Qt's lupdate files every string


def field_labels() -> dict[str, str]:
    """Each register field as the import step names it."""
    return {
        "id": translate("RegisterImport", "ID"), "title": translate("RegisterImport", "Title (the risk)"),
        "cause": translate("RegisterImport", "Cause"), "event": translate("RegisterImport", "Event"),
        "effect": translate("RegisterImport", "Effect"), "category": translate("RegisterImport", "Category"),
        "kind": translate("RegisterImport", "Threat or opportunity"), "likelihood": translate("RegisterImport", "Likelihood"),
        "impact": translate("RegisterImport", "Impact"), "residual_likelihood": translate("RegisterImport", "Residual likelihood"),
        "residual_impact": translate("RegisterImport", "Residual impact"), "score": translate("RegisterImport", "Score (checked)"),
        "band": translate("RegisterImport", "Band (not stored)"), "residual_score": translate("RegisterImport", "Residual score (not stored)"),
        "residual_band": translate("RegisterImport", "Residual band (not stored)"), "proximity": translate("RegisterImport", "Proximity"),
        "owner": translate("RegisterImport", "Owner"), "response": translate("RegisterImport", "Response"),
        "mitigation": translate("RegisterImport", "Mitigation"), "contingency": translate("RegisterImport", "Contingency"),
        "trigger": translate("RegisterImport", "Trigger or early warning"), "status": translate("RegisterImport", "Status"),
    }  # fmt: skip


def scale_choices() -> list[tuple[str, int, str]]:
    """(kind, top, label) for the scale pickers."""
    return [
        ("levels", 5, translate("RegisterImport", "Levels 1–5")), ("levels", 3, translate("RegisterImport", "Levels 1–3")),
        ("levels", 4, translate("RegisterImport", "Levels 1–4")), ("levels", 10, translate("RegisterImport", "Levels 1–10")),
        ("words", 5, translate("RegisterImport", "Words (five steps)")), ("words", 3, translate("RegisterImport", "Low, Medium, High")),
        ("percent", 5, translate("RegisterImport", "Percentages")), ("fraction", 5, translate("RegisterImport", "Probabilities 0–1")),
        ("money", 5, translate("RegisterImport", "Amounts of money")), ("days", 5, translate("RegisterImport", "Delays (days)")),
        ("days", 7, translate("RegisterImport", "Delays (weeks)")),
    ]  # fmt: skip


class RowsModel(QAbstractTableModel):
    """The first rows of the register as the file holds them; read-only."""

    def __init__(self, grid: Grid, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.rows = grid.rows[:PREVIEW_ROWS]
        self.fields: dict[int, str] = {}  # column -> the field it is read as (label)
        self.skipped: set[int] = set()  # row numbers that will not become risks

    def set_fields(self, fields: dict[int, str], skipped: set[int]) -> None:
        self.fields, self.skipped = fields, skipped
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.header)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number, cells = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = cell_text(cells[index.column()]) if index.column() < len(cells) else ""
            return text if len(text) <= 80 else text[:79] + "…"
        if role == Qt.ItemDataRole.ForegroundRole and number in self.skipped:
            return QBrush(QColor("#8A94A6"))
        if role == Qt.ItemDataRole.ToolTipRole:
            text = cell_text(cells[index.column()]) if index.column() < len(cells) else ""
            return text[:1000] if len(text) > 80 else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.rows[section][0]) if section < len(self.rows) else None
        name = f"{column_letter(section)} · {self.grid.header[section]}"
        field = self.fields.get(section)
        return f"{name}\n→ {field}" if field else name
