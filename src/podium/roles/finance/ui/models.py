"""Qt models for the Data tab: the first rows of the data set, and the measures to analyse.

The preview shows rows as the file numbers them (vertical header), values as
the deck's language writes them, and each column's detected type in its header.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from podium.core.text import format_number

if TYPE_CHECKING:
    import pandas as pd

PREVIEW_ROWS = 200
_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    labels = {
        "number": QCoreApplication.translate("FinancePanel", "number"),
        "date": QCoreApplication.translate("FinancePanel", "date"),
        "text": QCoreApplication.translate("FinancePanel", "text"),
    }
    return labels.get(kind, kind)


class PreviewModel(QAbstractTableModel):
    """The first ``PREVIEW_ROWS`` rows of a typed frame (read-only)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: list[str] = []
        self._kinds: list[str] = []
        self._rows: list[int] = []
        self._cells: list[list[str]] = []
        self._tips: dict[str, str] = {}

    def set_frame(
        self,
        frame: pd.DataFrame | None,
        kinds: dict[str, str],
        language: str,
        profile: dict[str, Any] | None = None,
    ) -> None:
        self.beginResetModel()
        columns = {c["name"]: c for c in (profile or {}).get("columns", [])}
        rows = (profile or {}).get("rows", 0)
        self._tips = {name: _tip(info, rows, language) for name, info in columns.items()}
        if frame is None:
            self._columns, self._kinds, self._rows, self._cells = [], [], [], []
        else:
            head = frame.head(PREVIEW_ROWS)
            self._columns = [str(c) for c in head.columns]
            self._kinds = [kinds.get(c, "text") for c in head.columns]
            self._rows = [int(r) for r in head.index]
            places = [
                _places(head[c]) if k == "number" else 0
                for c, k in zip(head.columns, self._kinds, strict=True)
            ]
            self._cells = [
                [_cell(v, k, p, language) for v, k, p in zip(row, self._kinds, places, strict=True)]
                for row in head.itertuples(index=False, name=None)
            ]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self._kinds[index.column()] == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self._tips.get(self._columns[section])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return f"{self._columns[section]}\n({kind_label(self._kinds[section])})"
        return str(self._rows[section])  # the row number in the file, as a spreadsheet shows it


def _tip(info: dict[str, Any], rows: int, language: str) -> str:
    """A column's profile for its header's tooltip: empty cells, distinct values, range and sum."""
    lines = [
        QCoreApplication.translate("FinancePanel", "%1 of %2 cells empty")
        .replace("%1", format_number(info.get("missing", 0), language))
        .replace("%2", format_number(rows, language))
    ]
    if "distinct" in info:
        lines.append(
            QCoreApplication.translate("FinancePanel", "%1 distinct values").replace(
                "%1", format_number(info["distinct"], language)
            )
        )
    if info.get("kind") == "number" and "sum" in info:
        lines.append(
            QCoreApplication.translate("FinancePanel", "from %1 to %2, sum %3")
            .replace("%1", format_number(info["min"], language, 2))
            .replace("%2", format_number(info["max"], language, 2))
            .replace("%3", format_number(info["sum"], language, 2))
        )
    if info.get("kind") == "date" and "min" in info:
        lines.append(f"{info['min']} – {info['max']}")
    return "\n".join(lines)


def _places(column: pd.Series) -> int:
    """Two decimals for a column that has any (so 12 339,00 lines up under 18 223,37), else none."""
    values = column.dropna()
    return 0 if values.empty or bool((values == values.round()).all()) else 2


def _cell(value: Any, kind: str, places: int, language: str) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if kind == "number":
        return format_number(float(value), language, places)
    if kind == "date":
        try:
            return value.date().isoformat()
        except (AttributeError, ValueError):  # NaT
            return ""
    return str(value)


class MeasuresModel(QStandardItemModel):
    """The number columns, each with a check box: the measures to analyse, in file order."""

    def set_columns(self, columns: list[str], checked: list[str]) -> None:
        self.blockSignals(True)
        self.clear()
        for name in columns:
            item = QStandardItem(name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked)
            self.appendRow(item)
        self.blockSignals(False)
        self.layoutChanged.emit()

    def checked(self) -> list[str]:
        """Checked measures, the first checked one first (it leads the deck)."""
        return [
            self.item(r).text()
            for r in range(self.rowCount())
            if self.item(r).checkState() == Qt.CheckState.Checked
        ]
