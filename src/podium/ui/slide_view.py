"""One slide painted to fit a widget: the console's current and next views, the audience screen."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from podium.ui.slide_source import SlideSource, fitted

BLANK_COLOURS = {"black": "#000000", "white": "#FFFFFF"}


class SlideView(QWidget):
    """Paints ``source`` slide ``index`` centred on a dark ground; a caption when there is none.

    ``blank`` ("black"/"white") fills the view as the audience sees a blanked screen; the console
    passes ``dim_blank`` so the presenter still sees the slide, marked as hidden.
    """

    def __init__(
        self, source: SlideSource, *, background: str = "#000000", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.index: int | None = 0
        self.blank = ""
        self.dim_blank = False
        self.caption = ""
        self.background = background
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)

    def show_slide(self, index: int | None, *, caption: str = "", blank: str = "") -> None:
        if (index, caption, blank) != (self.index, self.caption, self.blank):
            self.index, self.caption, self.blank = index, caption, blank
            self.update()

    def slide_rect(self) -> QRectF:
        index = self.index if self.index is not None else 0
        aspect = self.source.aspect(index) if self.source.count else 16 / 9
        return fitted(QRectF(self.rect()), aspect)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        blank = BLANK_COLOURS.get(self.blank)
        if blank and not self.dim_blank:
            p.fillRect(self.rect(), QColor(blank))
            p.end()
            return
        p.fillRect(self.rect(), QColor(self.background))
        if self.index is not None and 0 <= self.index < self.source.count:
            self.source.paint(p, self.index, self.slide_rect())
        if blank and self.dim_blank:
            rect = self.slide_rect()
            shade = QColor(blank)
            shade.setAlpha(200)
            p.fillRect(rect, shade)
        if self.caption:
            font = QFont(self.font())
            font.setPixelSize(max(14, self.height() // 14))
            font.setBold(True)
            p.setFont(font)
            p.setPen(QColor("#6B7280" if self.blank == "white" and self.dim_blank else "#D1D5DB"))
            p.drawText(
                QRectF(self.rect()).adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.caption,
            )
        p.end()
