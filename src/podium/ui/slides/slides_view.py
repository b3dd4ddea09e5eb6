"""Slide thumbnails (model/view, drag to reorder) and the large preview, both drawn by the painter."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from podium.core.model import Slide
from podium.core.rehearsal.talk_timer import format_clock
from podium.core.render.layout import SlideLayout
from podium.ui.slides.painter import paint_slide, render_pixmap

_Index = QModelIndex | QPersistentModelIndex
THUMB_WIDTH = 192
ROW_MIME = "application/x-podium-slide-row"


class SlideListModel(QAbstractListModel):
    """The deck's slides as numbered thumbnails; pixmaps are drawn on demand and cached.

    Dragging a slide asks ``mover(source, target)`` to move it (an undoable command);
    the model itself never changes the deck.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._slides: list[Slide] = []
        self._layouts: list[SlideLayout] = []
        self._language = "en"
        self._thumbs: dict[int, QPixmap] = {}
        self.mover: Callable[[int, int], bool] | None = None

    def set_deck(self, slides: list[Slide], layouts: list[SlideLayout], language: str) -> None:
        self.beginResetModel()
        self._slides, self._layouts, self._language = slides, layouts, language
        self._thumbs.clear()
        self.endResetModel()

    def refresh_row(self, row: int, layouts: Sequence[SlideLayout]) -> None:
        """One slide changed: redraw its thumbnail and label only."""
        if not 0 <= row < len(self._slides):
            return
        self._layouts = list(layouts)
        self._thumbs.pop(row, None)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def layout_at(self, row: int) -> SlideLayout:
        return self._layouts[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._slides)

    def _label(self, row: int) -> str:
        slide = self._slides[row]
        if slide.backup:
            return self.tr("%1. %2 (backup)").replace("%1", str(row + 1)).replace("%2", slide.title)
        return f"{row + 1}. {slide.title} · {format_clock(slide.target_seconds)}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._slides):
            return None
        row = index.row()
        slide = self._slides[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._label(row)
        if role == Qt.ItemDataRole.DecorationRole:
            if row not in self._thumbs:
                self._thumbs[row] = self._thumbnail(row)
            return self._thumbs[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return slide.guidance
        return None

    def _thumbnail(self, row: int) -> QPixmap:
        pixmap = render_pixmap(self._layouts[row], THUMB_WIDTH, language=self._language, show_overflow=True)
        if self._slides[row].backup:  # kept out of the timed plan: shown faded, with a label
            painter = QPainter(pixmap)
            painter.fillRect(pixmap.rect(), QColor(255, 255, 255, 140))
            painter.setPen(QColor("#1F2933"))
            font = QFont()
            font.setBold(True)
            font.setPixelSize(13)
            painter.setFont(font)
            painter.drawText(
                pixmap.rect().adjusted(6, 4, -6, -4), Qt.AlignmentFlag.AlignRight, self.tr("BACKUP")
            )
            painter.end()
        return pixmap

    # ------------------------------------------------------------ drag to reorder

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ROW_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if not data.hasFormat(ROW_MIME) or action != Qt.DropAction.MoveAction:
            return False
        source = int(bytes(data.data(ROW_MIME).data()).decode() or -1)
        if row < 0:  # dropped onto a slide rather than between two: take its place
            row = parent.row() if parent.isValid() else len(self._slides)
        self._move(source, row)
        return False  # the move is done (as a command); the view must not remove anything

    def moveRows(
        self, source_parent: _Index, source_row: int, count: int, dest_parent: _Index, dest_child: int
    ) -> bool:
        return count == 1 and self._move(source_row, dest_child)

    def _move(self, source: int, before: int) -> bool:
        """Move ``source`` in front of the slide now at ``before``."""
        if self.mover is None or not 0 <= source < len(self._slides):
            return False
        target = before if before <= source else before - 1
        target = max(0, min(target, len(self._slides) - 1))
        return target != source and self.mover(source, target)


class _ThumbnailDelegate(QStyledItemDelegate):
    """Number, title and time under each thumbnail, where a narrow list leaves room for them."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        option.decorationPosition = QStyleOptionViewItem.Position.Top
        option.displayAlignment = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        option.textElideMode = Qt.TextElideMode.ElideRight

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # As wide as the thumbnail, not the title: a long title is elided instead of pushing the
        # thumbnail out of the list.
        hint = super().sizeHint(option, index)
        return QSize(THUMB_WIDTH + 12, hint.height())


class SlideList(QListView):
    """Thumbnails top to bottom; Ctrl+Up / Ctrl+Down move the selected slide (the keyboard's drag)."""

    move_requested = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideList")
        self.setIconSize(QSize(THUMB_WIDTH, THUMB_WIDTH * 9 // 16))
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setItemDelegate(_ThumbnailDelegate(self))
        self.setSpacing(6)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(THUMB_WIDTH + 48)
        self.setAccessibleName(self.tr("Slides"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        # DragDrop rather than InternalMove: the model accepts only its own row format, and drops
        # built in tests (no drag source) reach dropMimeData the same way a real drag does.
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragDropOverwriteMode(False)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMovement(QListView.Movement.Snap)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def set_aspect(self, aspect: str) -> None:
        self.setIconSize(
            QSize(THUMB_WIDTH, THUMB_WIDTH * (3 if aspect == "4:3" else 9) // (4 if aspect == "4:3" else 16))
        )


class SlidePreview(QWidget):
    """The selected slide, large, with overflowing text framed in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slidePreview")
        self._layout: SlideLayout | None = None
        self._language = "en"
        self.paints = 0  # how often the preview was drawn (the editor benchmark waits on it)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setAccessibleName(self.tr("Slide preview"))

    def show_layout(self, laid: SlideLayout | None, language: str) -> None:
        self._layout, self._language = laid, language
        self.update()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self._layout is not None:
            margin = 12
            target = QRectF(margin, margin, self.width() - 2 * margin, self.height() - 2 * margin)
            scale = min(target.width() / self._layout.width, target.height() / self._layout.height)
            w, h = self._layout.width * scale, self._layout.height * scale
            frame = QRectF(
                target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h
            )
            painter.fillRect(frame.translated(3, 3), QColor(0, 0, 0, 40))
            paint_slide(painter, self._layout, frame, language=self._language, show_overflow=True)
        painter.end()
        self.paints += 1
