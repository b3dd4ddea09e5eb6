"""A list of research records (people, news, ideas...) as a Qt table, with a form for the long fields.

``RecordModel`` adapts a Python list of dataclasses; ``RecordEditor`` shows it
with add, remove and move buttons (undoable through a shared ``QUndoStack``)
and plain-text editors for the selected record's long fields.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from podium.ui.common.record_view import GrowingTableView

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    field: str
    header: Callable[[], str]  # translated when shown, never at import
    stretch: bool = True  # False: as wide as its contents (dates, short codes)


@dataclass(frozen=True)
class Detail:
    field: str
    label: Callable[[], str]
    multiline: bool = True
    placeholder: Callable[[], str] = lambda: ""


class RecordModel(QAbstractTableModel):
    """Rows are the records of ``records`` (edited in place); columns are chosen fields."""

    edited = Signal()

    def __init__(self, records: list[Any], columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.records = records
        self.columns = columns

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = getattr(self.records[index.row()], self.columns[index.column()].field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return " ".join(value.split()) if role == Qt.ItemDataRole.DisplayRole else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        record = self.records[index.row()]
        name = self.columns[index.column()].field
        if getattr(record, name) == str(value):
            return False
        setattr(record, name, str(value))
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def field_changed(self, row: int) -> None:
        """A detail editor changed a field of ``row``: refresh its cells."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.edited.emit()

    def insert(self, row: int, record: Any) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.records.insert(row, record)
        self.endInsertRows()
        self.edited.emit()

    def take(self, row: int) -> Any:
        self.beginRemoveRows(QModelIndex(), row, row)
        record = self.records.pop(row)
        self.endRemoveRows()
        self.edited.emit()
        return record

    def reset(self, records: list[Any]) -> None:
        """Show ``records``; the same count updates cells in place, so an open editor keeps its cell."""
        if len(records) == len(self.records) and records:
            self.records = records
            self.dataChanged.emit(self.index(0, 0), self.index(len(records) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self.records = records
        self.endResetModel()


class _Insert(QUndoCommand):
    def __init__(
        self, editor: RecordEditor, row: int, record: Any, text: str, *, remove: bool = False
    ) -> None:
        super().__init__(text)
        self.editor, self.row, self.record, self.remove = editor, row, record, remove

    def redo(self) -> None:
        if self.remove:
            self.editor.model.take(self.row)
            self.editor.select(min(self.row, self.editor.model.rowCount() - 1))
        else:
            self.editor.model.insert(self.row, self.record)
            self.editor.select(self.row)

    def undo(self) -> None:
        if self.remove:
            self.editor.model.insert(self.row, self.record)
            self.editor.select(self.row)
        else:
            self.editor.model.take(self.row)
            self.editor.select(min(self.row, self.editor.model.rowCount() - 1))


class _Move(QUndoCommand):
    def __init__(self, editor: RecordEditor, row: int, to: int, text: str) -> None:
        super().__init__(text)
        self.editor, self.row, self.to = editor, row, to

    def _move(self, src: int, dst: int) -> None:
        record = self.editor.model.take(src)
        self.editor.model.insert(dst, record)
        self.editor.select(dst)

    def redo(self) -> None:
        self._move(self.row, self.to)

    def undo(self) -> None:
        self._move(self.to, self.row)


class RecordEditor(QWidget):
    """A table of records with add/remove/move, and editors for the selected record's long fields."""

    changed = Signal()

    def __init__(
        self,
        records: list[Any],
        factory: Callable[[], Any],
        columns: list[Column],
        details: list[Detail],
        undo: QUndoStack,
        noun: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.factory, self.undo, self.noun = factory, undo, noun
        self.model = RecordModel(records, columns, self)
        self.model.edited.connect(self.changed)
        self.view = GrowingTableView(min_rows=3, max_rows=8)
        self.view.setAccessibleName(noun())
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for i, column in enumerate(columns):
            mode = (
                QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(i, mode)
        self.view.setWordWrap(False)
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        delete = QAction(self.tr("Remove"), self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # never steals Delete from text fields
        delete.triggered.connect(self.remove)
        self.view.addAction(delete)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_record(-1))
        self.down_button.clicked.connect(lambda: self.move_record(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.editors: dict[str, QPlainTextEdit | QLineEdit] = {}
        form = QFormLayout()
        for detail in details:
            editor: QPlainTextEdit | QLineEdit
            if detail.multiline:
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setMaximumHeight(72)
                editor.textChanged.connect(lambda name=detail.field: self._detail_changed(name))
            else:
                editor = QLineEdit()
                editor.textEdited.connect(lambda _t, name=detail.field: self._detail_changed(name))
            editor.setPlaceholderText(detail.placeholder())
            editor.setAccessibleName(detail.label())
            editor.setObjectName(f"detail_{detail.field}")
            self.editors[detail.field] = editor
            form.addRow(detail.label(), editor)
        layout = QVBoxLayout()  # installed on self once filled
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        layout.addLayout(form)
        self.setLayout(layout)
        self._loading = False
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._load(cur.row()))
        self.model.modelReset.connect(lambda: self.select(0 if self.model.rowCount() else -1))
        self.select(0 if self.model.rowCount() else -1)

    @property
    def records(self) -> list[Any]:
        return self.model.records

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._load(row if 0 <= row < self.model.rowCount() else -1)

    def add(self) -> None:
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        self.undo.push(_Insert(self, row, self.factory(), self.tr("Add %1").replace("%1", self.noun())))
        self.view.setFocus()
        self.view.edit(self.model.index(row, 0))

    def remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        record = copy.deepcopy(self.records[row])
        self.undo.push(
            _Insert(self, row, record, self.tr("Remove %1").replace("%1", self.noun()), remove=True)
        )

    def move_record(self, step: int) -> None:
        row = self.current_row()
        if 0 <= row < self.model.rowCount() and 0 <= row + step < self.model.rowCount():
            self.undo.push(_Move(self, row, row + step, self.tr("Move %1").replace("%1", self.noun())))

    def _load(self, row: int) -> None:
        record = self.records[row] if 0 <= row < len(self.records) else None
        self._loading = True
        for name, editor in self.editors.items():
            value = getattr(record, name) if record is not None else ""
            if isinstance(editor, QPlainTextEdit):
                if editor.toPlainText() != value:
                    editor.setPlainText(value)
            elif editor.text() != value:
                editor.setText(value)
            editor.setEnabled(record is not None)
        self._loading = False
        has = record is not None
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self.records) - 1)

    def _detail_changed(self, name: str) -> None:
        row = self.current_row()
        if self._loading or not 0 <= row < len(self.records):
            return
        editor = self.editors[name]
        value = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        setattr(self.records[row], name, value)
        self.model.field_changed(row)
