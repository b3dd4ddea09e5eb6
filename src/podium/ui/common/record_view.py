"""The table every form edits records in: it grows with its rows and keeps each typed value in its cell.

Why a class of its own: a table in a form (inside a scroll area, beside word-wrapped hints) used
to push its height with ``setFixedHeight`` from the model's row signals. The enclosing form lays
out by height-for-width and had already placed the buttons and hints below against the old
height, so they were drawn over the table until the window was resized. Here the height is the
view's size hint, computed whenever a layout asks, so every layout pass reads the current row
count. Enter commits a cell and moves to the next one (as Tab does), so typing a row never
overwrites the cell just written.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QSizePolicy, QTableView, QWidget


class GrowingTableView(QTableView):
    """As tall as its rows plus ``spare`` free lines, from ``min_rows`` up to ``max_rows`` (then it scrolls)."""

    def __init__(
        self, min_rows: int = 2, max_rows: int = 8, spare: int = 1, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.min_rows, self.max_rows, self.spare = min_rows, max_rows, spare
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
                signal.connect(self.updateGeometry)
        self.updateGeometry()

    def rows_shown(self) -> int:
        model = self.model()
        rows = (model.rowCount() if model is not None else 0) + self.spare
        return max(self.min_rows, min(self.max_rows, rows))

    def _height(self) -> int:
        header = self.horizontalHeader()
        head = header.sizeHint().height() if not header.isHidden() else 0
        scroll = self.horizontalScrollBar()
        bar = scroll.sizeHint().height() if scroll.isVisible() else 0
        rows = self.rows_shown() * self.verticalHeader().defaultSectionSize()
        return head + rows + bar + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a cell starts editing it; Enter in an editor is handled in ``closeEditor``."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter commits and moves on to the next editable cell, like Tab, instead of staying put."""
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            following = self._next_editable(self.currentIndex())
            if following.isValid():
                self.setCurrentIndex(following)
            return
        super().closeEditor(editor, hint)

    def _next_editable(self, index: QModelIndex) -> QModelIndex:
        model = self.model()
        if model is None or not index.isValid():
            return QModelIndex()
        row, column = index.row(), index.column() + 1
        while row < model.rowCount():
            while column < model.columnCount():
                candidate = model.index(row, column)
                if not self.isColumnHidden(column) and candidate.flags() & Qt.ItemFlag.ItemIsEditable:
                    return candidate
                column += 1
            row, column = row + 1, 0
        return QModelIndex()
