"""What the console lays over itself: the key help (?) and the overview grid to jump (O, Tab)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from podium.ui.rehearse.keys import help_rows
from podium.ui.rehearse.slide_source import SlideSource

OVERLAY_STYLE = "background: rgba(10, 12, 16, 235); color: #F3F4F6;"


class HelpOverlay(QWidget):
    """Every key, from the same table the handler uses."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("keyHelp")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"#keyHelp {{ {OVERLAY_STYLE} }} QLabel {{ color: #F3F4F6; font-size: 18px; }}")
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(8)
        title = QLabel(self.tr("Keys"))
        title.setStyleSheet("font-size: 26px; font-weight: bold;")
        for row, (keys, what) in enumerate(help_rows()):
            key_label = QLabel(keys)
            key_label.setStyleSheet("font-weight: bold; color: #FDE68A;")
            grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(QLabel(what), row, 1)
        hint = QLabel(self.tr("Press ? or Esc to close"))
        hint.setStyleSheet("color: #9CA3AF;")
        outer = QVBoxLayout()  # installed on self once filled
        outer.addStretch(1)
        outer.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addLayout(grid)
        self.setLayout(outer)
        outer.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.hide()


class OverviewGrid(QWidget):
    """Thumbnails of every slide; arrows move, Enter or a click jumps, Esc closes."""

    chosen = Signal(int)
    dismissed = Signal()

    def __init__(self, source: SlideSource, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = parent  # the console it covers
        self.source = source
        self.setObjectName("overview")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"#overview {{ {OVERLAY_STYLE} }}")
        self.list = QListWidget()
        self.list.setObjectName("overviewList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setSpacing(10)
        self.list.setStyleSheet(
            "QListWidget { background: transparent; color: #F3F4F6; border: none; font-size: 15px; }"
            "QListWidget::item:selected { background: #2563EB; border-radius: 4px; }"
        )
        self.list.itemActivated.connect(lambda item: self._choose(self.list.row(item)))
        self.list.itemClicked.connect(lambda item: self._choose(self.list.row(item)))
        self.list.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        title = QLabel(self.tr("All slides — arrows to move, Enter to go, Esc to close"))
        title.setStyleSheet("color: #F3F4F6; font-size: 18px;")
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        self._built_width = 0
        self.hide()

    def open(self, current: int) -> None:
        width = self._thumb_width()
        if width != self._built_width:
            self._build(width)
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()
        self.list.setCurrentRow(current)
        self.list.setFocus()

    def _thumb_width(self) -> int:
        columns = 5 if self._host.width() >= 1200 else 4
        return max(120, (self._host.width() - 48) // columns - 30)

    def _build(self, width: int) -> None:
        """Thumbnails are painted once per size: an overview opens instantly the second time."""
        self.list.clear()
        aspect = self.source.aspect(0) if self.source.count else 16 / 9
        height = round(width / max(0.5, min(2.5, aspect)))
        self.list.setIconSize(QSize(width, height))
        for index in range(self.source.count):
            pixmap = QPixmap(width, height)
            pixmap.fill(QColor("#000000"))
            painter = QPainter(pixmap)
            self.source.paint(painter, index, QRectF(0, 0, width, height))
            painter.end()
            title = self.source.metas[index].title
            backup = self.source.metas[index].backup
            tag = self.tr(" (hidden)") if getattr(self.source, "hides", False) else self.tr(" (backup)")
            label = f"{index + 1}. {title}" + (tag if backup else "")
            item = QListWidgetItem(QIcon(pixmap), label)
            item.setSizeHint(QSize(width + 16, height + 44))
            self.list.addItem(item)
        self._built_width = width

    def _choose(self, row: int) -> None:
        self.hide()
        self.chosen.emit(row)

    def eventFilter(self, watched: object, event: object) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_O, Qt.Key.Key_Tab):
                self.hide()
                self.dismissed.emit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentRow())
                return True
        return False
