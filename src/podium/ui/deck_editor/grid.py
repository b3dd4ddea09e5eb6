"""Table and chart data edited in a grid (model/view); each committed cell is one undo step.

The grid's first row is the table's header (or the chart's series names); for a
chart the first column holds the categories and every other cell must be a number.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from podium.core.model import CHART_TYPES, ChartBlock, Series, TableBlock
from podium.core.phrasebook import phrases
from podium.core.render.numformat import render
from podium.core.text import decimal_mark, group_separator
from podium.core.text import format_number as grouped
from podium.ui.common import style
from podium.ui.common.record_view import GrowingTableView
from podium.ui.deck_editor.undo_keys import UndoKeys

_Index = QModelIndex | QPersistentModelIndex
MAX_ROWS, MAX_COLUMNS = 40, 12


def parse_number(text: str, language: str) -> float | None:
    """'1 200,5' (sv) or '1,200.5' (en) -> 1200.5; None when it is not a number."""
    raw = text.strip().replace("\u00a0", "").replace(" ", "").replace("\u2212", "-").rstrip("%")
    raw = raw.replace(group_separator(language), "").replace(decimal_mark(language), ".")
    try:
        return float(raw)
    except ValueError:
        return None


def format_number(value: float, language: str) -> str:
    """13332000.0 -> '13,332,000' (en) or '13 332 000' (sv): grouped as a finance user writes it,
    with the decimals the value has (up to six) and never in scientific notation."""
    decimals = len(f"{abs(value):.6f}".rstrip("0").split(".")[1])
    return grouped(value, language, decimals)


class GridModel(QAbstractTableModel):
    """Rows of strings; row 0 is the header. ``numeric`` makes columns 1.. accept numbers only."""

    rejected = Signal(str)  # a value that cannot go in, with the reason

    def __init__(self, numeric: bool, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numeric, self.language = numeric, language
        self.cells: list[list[str]] = [[""]]
        self.on_commit = lambda: None

    def load(self, cells: list[list[str]]) -> None:
        """Show ``cells``; the same shape updates them in place, so a cell being typed in keeps its editor."""
        if cells == self.cells:
            return
        same_shape = len(cells) == len(self.cells) and all(
            len(new) == len(old) for new, old in zip(cells, self.cells, strict=True)
        )
        if same_shape:
            self.cells = [list(r) for r in cells]
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.cells = [list(r) for r in cells] or [[""]]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max(len(r) for r in self.cells)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = (
            self.cells[index.row()][index.column()] if index.column() < len(self.cells[index.row()]) else ""
        )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == 0:
            return QBrush(QColor("#E4E7EB"))
        if (
            role == Qt.ItemDataRole.ForegroundRole and index.row() == 0
        ):  # dark on the light header, in either scheme
            return QBrush(QColor("#1F2933"))
        if role == Qt.ItemDataRole.TextAlignmentRole and self.numeric and index.row() and index.column():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.tr("Header") if section == 0 else str(section)
        return chr(ord("A") + section) if section < 26 else str(section + 1)

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value)
        r, c = index.row(), index.column()
        if self.numeric and r > 0 and c > 0:
            number = parse_number(text, self.language) if text.strip() else 0.0
            if number is None:
                self.rejected.emit(
                    self.tr("“%1” in row %2, column %3 is not a number.")
                    .replace("%1", text)
                    .replace("%2", str(r))
                    .replace("%3", chr(ord("A") + c))
                )
                return False
            text = format_number(number, self.language)
        if self.cells[r][c] == text:
            return False
        self.cells[r][c] = text
        self.dataChanged.emit(index, index)
        self.on_commit()
        return True

    def resize(self, rows: int, columns: int) -> None:
        rows, columns = max(2, min(rows, MAX_ROWS + 1)), max(1 + self.numeric, min(columns, MAX_COLUMNS))

        def filler(r: int, c: int) -> str:
            return "0" if self.numeric and r and c else ""

        self.beginResetModel()
        cells = [
            row[:columns] + [filler(r, c) for c in range(len(row), columns)]
            for r, row in enumerate(self.cells)
        ]
        cells += [[filler(r, c) for c in range(columns)] for r in range(len(cells), rows)]
        self.cells = cells[:rows]
        self.endResetModel()
        self.on_commit()


class _Delegate(QStyledItemDelegate):
    """Cell editors pass Ctrl+Z to the deck's undo stack."""

    def __init__(self, keys: UndoKeys, parent: QWidget) -> None:
        super().__init__(parent)
        self.keys = keys

    def createEditor(self, parent: QWidget, option, index: _Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        self.keys.watch(editor)
        return editor


class GridEditor(QWidget):
    """A table or chart block in a grid, with buttons to add and remove rows and columns."""

    edited = Signal(object, bool)  # TableBlock or ChartBlock, and whether it is mid-typing

    def __init__(self, kind: str, language: str, keys: UndoKeys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.language = kind, language
        self.block: TableBlock | ChartBlock = TableBlock() if kind == "table" else ChartBlock()
        self.model = GridModel(kind == "chart", language, self)
        self.model.on_commit = self._commit
        self.view = GrowingTableView(min_rows=3, max_rows=12, spare=0)
        self.view.setObjectName(f"{kind}Grid")
        self.view.setAccessibleName(self.tr("Table data") if kind == "table" else self.tr("Chart data"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(_Delegate(keys, self.view))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.problem = QLabel()
        self.problem.setObjectName("gridProblem")
        style.mark(self.problem, tone="error")
        self.problem.setWordWrap(True)
        self.model.rejected.connect(self.problem.setText)
        buttons = QHBoxLayout()
        for text, rows, cols in (
            (self.tr("+ Row"), 1, 0),
            (self.tr("− Row"), -1, 0),
            (self.tr("+ Column"), 0, 1),
            (self.tr("− Column"), 0, -1),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("+", self.tr("Add")).replace("−", self.tr("Remove")))
            button.clicked.connect(lambda _=False, r=rows, c=cols: self._grow(r, c))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout()  # installed on self once filled
        layout.setContentsMargins(0, 0, 0, 0)
        if kind == "chart":
            top = QHBoxLayout()
            self.chart_type = QComboBox()
            self.chart_type.setAccessibleName(self.tr("Chart type"))
            names = {"column": self.tr("Columns"), "bar": self.tr("Bars"), "line": self.tr("Line"),
                     "pie": self.tr("Pie"), "waterfall": self.tr("Bridge (waterfall)")}  # fmt: skip
            for value in CHART_TYPES:
                self.chart_type.addItem(names[value], value)
            self.chart_type.activated.connect(lambda _i: self._commit())
            self.chart_title = QLineEdit()
            self.chart_title.setPlaceholderText(self.tr("Chart title"))
            self.chart_title.setAccessibleName(self.tr("Chart title"))
            self.chart_title.textEdited.connect(lambda _t: self._commit(typing=True))
            keys.watch(self.chart_title)
            top.addWidget(self.chart_type)
            top.addWidget(self.chart_title, 1)
            layout.addLayout(top)
        layout.addWidget(self.view)
        self.unit = QLabel()
        self.unit.setObjectName("gridUnit")
        style.mark(self.unit, "hint")
        self.unit.setWordWrap(True)
        self.unit.hide()
        layout.addWidget(self.unit)
        layout.addLayout(buttons)
        self.setLayout(layout)
        layout.addWidget(self.problem)

    def load(self, block: TableBlock | ChartBlock) -> None:
        self.block = block
        if isinstance(block, TableBlock):
            self.model.load([list(block.columns), *[list(r) for r in block.rows]])
            return
        category = phrases(self.language).say("editor.category")
        header = [category, *(s.name for s in block.series)]
        rows = [
            [name, *(format_number(s.values[i], self.language) for s in block.series)]
            for i, name in enumerate(block.categories)
        ]
        self.model.load([header, *rows])
        self._show_unit(block)
        self.chart_type.setCurrentIndex(max(0, self.chart_type.findData(block.chart_type)))
        if self.chart_title.text() != block.title:
            self.chart_title.setText(block.title)

    def _show_unit(self, block: ChartBlock) -> None:
        """Say how the slide writes these figures when its format scales or styles them ('13.3 m')."""
        values = [v for s in block.series for v in s.values]
        fmt = block.number_format
        if not values or not fmt or fmt.strip().lower() == "general":
            self.unit.hide()
            return
        largest = max(values, key=abs)
        self.unit.setText(
            self.tr("On the slide %1 is written %2.")
            .replace("%1", format_number(largest, self.language))
            .replace("%2", render(largest, fmt, self.language))
        )
        self.unit.show()

    def current_block(self) -> TableBlock | ChartBlock:
        cells = self.model.cells
        if self.kind == "table":
            tones = self.block.tones if isinstance(self.block, TableBlock) else []
            return TableBlock(
                list(cells[0]),
                [list(r) for r in cells[1:]],
                example=False,
                source=self.block.source,
                tones=[list(r) for r in tones],  # a favourable or unfavourable cell keeps its colour
            )
        names = cells[0][1:]
        series = [
            Series(name, [parse_number(row[c + 1], self.language) or 0.0 for row in cells[1:]])
            for c, name in enumerate(names)
        ]
        old = self.block if isinstance(self.block, ChartBlock) else ChartBlock()
        return ChartBlock(
            chart_type=str(self.chart_type.currentData()),
            categories=[row[0] for row in cells[1:]],
            series=series,
            title=self.chart_title.text(),
            number_format=old.number_format,
            example=False,
            source=self.block.source,
            axis_min=old.axis_min,
            increase_good=old.increase_good,
        )

    def _grow(self, rows: int, columns: int) -> None:
        self.model.resize(self.model.rowCount() + rows, self.model.columnCount() + columns)

    def _commit(self, typing: bool = False) -> None:
        self.problem.clear()
        self.edited.emit(self.current_block(), typing)
