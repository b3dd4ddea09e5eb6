"""Slide thumbnails (model/view) and the large preview, both drawn by the painter."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QListView, QSizePolicy, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from podium.core.layout import SlideLayout
from podium.core.model import Slide
from podium.ui.painter import paint_slide, render_pixmap

_Index = QModelIndex | QPersistentModelIndex
THUMB_WIDTH = 192


class SlideListModel(QAbstractListModel):
    """The deck's slides as numbered thumbnails; pixmaps are drawn on demand and cached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._slides: list[Slide] = []
        self._layouts: list[SlideLayout] = []
        self._language = "en"
        self._thumbs: dict[int, QPixmap] = {}

    def set_deck(self, slides: list[Slide], layouts: list[SlideLayout], language: str) -> None:
        self.beginResetModel()
        self._slides, self._layouts, self._language = slides, layouts, language
        self._thumbs.clear()
        self.endResetModel()

    def layout_at(self, row: int) -> SlideLayout:
        return self._layouts[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._slides)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = index.row()
        slide = self._slides[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row + 1}. {slide.title}"
        if role == Qt.ItemDataRole.DecorationRole:
            if row not in self._thumbs:
                self._thumbs[row] = render_pixmap(
                    self._layouts[row], THUMB_WIDTH, language=self._language, show_overflow=True
                )
            return self._thumbs[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return slide.guidance
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row + 1}. {slide.title}"
        return None


class _ThumbnailDelegate(QStyledItemDelegate):
    """Number and title under each thumbnail, where a narrow list leaves room for them."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        option.decorationPosition = QStyleOptionViewItem.Position.Top
        option.displayAlignment = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        option.textElideMode = Qt.TextElideMode.ElideRight


class SlideList(QListView):
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


class SlidePreview(QWidget):
    """The selected slide, large, with overflowing text framed in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slidePreview")
        self._layout: SlideLayout | None = None
        self._language = "en"
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
