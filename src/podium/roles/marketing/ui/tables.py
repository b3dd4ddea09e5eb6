"""The brief's tables (personas, channels, phases, KPIs, risks) as Qt models and an editable view.

A cell with a finding is tinted and says why in its tooltip; the findings are
also listed under the table with their row, so nothing depends on hovering.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from podium.core import clock
from podium.roles.marketing.brief import LEVELS
from podium.roles.marketing.ui.text import add_row_text, columns, level_names
from podium.ui.common import style
from podium.ui.common.record_view import GrowingTableView

_Index = QModelIndex | QPersistentModelIndex
ERROR_TINT, WARNING_TINT = QColor("#FDE2E1"), QColor("#FEF3C7")
ERROR_TEXT, WARNING_TEXT = "#B91C1C", "#92400E"
DATE_COLUMNS = ("start", "end")
LEVEL_COLUMNS = ("likelihood", "impact")


class RowsModel(QAbstractTableModel):
    """A list of brief rows (dataclasses of strings); edits go back into the same objects."""

    edited = Signal()

    def __init__(self, table: str, row_type: type, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.row_type = row_type
        self.columns = columns(table)
        self.rows: list = []
        self.findings: dict[tuple[int, str], tuple[str, str]] = {}  # (row, column) -> (severity, text)
        self.computed: dict[tuple[int, str], str] = {}  # read-only cells, e.g. the budget share
        self._stored = set(vars(row_type()))

    def set_rows(self, rows: list) -> None:
        """Show ``rows``; same count as before: cells update in place, so an open editor stays on its cell."""
        if len(rows) == len(self.rows) and self.rows:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_findings(
        self, findings: dict[tuple[int, str], tuple[str, str]], computed: dict[tuple[int, str], str]
    ):
        self.findings, self.computed = findings, computed
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        return str(section + 1)

    def field(self, column: int) -> str:
        return self.columns[column][0]

    def is_computed(self, column: int) -> bool:
        return self.field(column) not in self._stored

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, name = index.row(), self.field(index.column())
        finding = self.findings.get((row, name))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if self.is_computed(index.column()):
                return self.computed.get((row, name), "")
            value = getattr(self.rows[row], name)
            if role == Qt.ItemDataRole.DisplayRole and name in LEVEL_COLUMNS:
                return level_names().get(value.strip().lower(), value)
            return value
        if role == Qt.ItemDataRole.BackgroundRole and finding:
            return QBrush(ERROR_TINT if finding[0] == "error" else WARNING_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and finding:  # dark on the light tint, in either scheme
            return QBrush(QColor("#1F2933"))
        if role == Qt.ItemDataRole.ToolTipRole and finding:
            return finding[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("budget", "share"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and not self.is_computed(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.is_computed(index.column()):
            return False
        name = self.field(index.column())
        text = "" if value is None else str(value)
        if getattr(self.rows[index.row()], name) == text:
            return False
        setattr(self.rows[index.row()], name, text)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def insertRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        self.beginInsertRows(parent, row, row + count - 1)
        for _ in range(count):
            self.rows.insert(row, self.row_type())
        self.endInsertRows()
        self.edited.emit()
        return True

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if row < 0 or row + count > len(self.rows):
            return False
        self.beginRemoveRows(parent, row, row + count - 1)
        del self.rows[row : row + count]
        self.endRemoveRows()
        self.edited.emit()
        return True


class BriefDelegate(QStyledItemDelegate):
    """Date columns get a calendar date editor (stored as YYYY-MM-DD); likelihood and impact a choice."""

    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option, index: _Index) -> QWidget:
        name = self.model.field(index.column())
        if name in DATE_COLUMNS:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
            return editor
        if name in LEVEL_COLUMNS:
            combo = QComboBox(parent)
            for level in ("", *LEVELS):
                combo.addItem(level_names()[level], level)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QDateEdit):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                day = _default_date(self.model, index.row())
            editor.setDate(QDate(day.year, day.month, day.day))
        elif isinstance(editor, QComboBox):
            found = editor.findData(value.strip().lower())
            editor.setCurrentIndex(max(0, found))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toString("yyyy-MM-dd"))
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


def _default_date(model: RowsModel, row: int) -> date:
    """A new date starts where the plan is: the previous phase's end, or this phase's start."""
    candidates = [getattr(model.rows[row], "start", "")]
    if row > 0:
        candidates.insert(0, getattr(model.rows[row - 1], "end", ""))
    for text in candidates:
        try:
            return date.fromisoformat(text)
        except ValueError:
            continue
    return clock.today()


class TableField(QWidget):
    """A table of the brief with add/remove buttons and its findings listed underneath."""

    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = GrowingTableView()
        self.view.setObjectName(f"{model.table}Table")
        self.view.setModel(model)
        self.view.setItemDelegate(BriefDelegate(model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in range(model.columnCount()):
            if model.field(col) in (*DATE_COLUMNS, *LEVEL_COLUMNS, "budget", "share"):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(add_row_text(model.table))
        self.add_button.setObjectName(f"{model.table}Add")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setObjectName(f"{model.table}Remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.messages = QLabel()
        self.messages.setObjectName(f"{model.table}Messages")
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.TextFormat.RichText)
        self.messages.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout()  # installed on self once filled
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.setLayout(layout)
        layout.addWidget(self.messages)

    def add_row(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        for row in rows:
            self.model.removeRows(row, 1)

    def show_messages(self, lines: list[tuple[str, str]]) -> None:
        """(severity, text) lines under the table; hidden when there are none."""
        html = "<br>".join(
            f'<span style="color:{tone_colour(sev)}">{_escape(text)}</span>' for sev, text in lines
        )
        self.messages.setText(html)
        self.messages.setVisible(bool(lines))


def tone_colour(severity: str) -> str:
    """The colour of a finding's words in the scheme shown now (legible on dark as on light)."""
    return style.colour("error" if severity == "error" else "warning").name()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
