"""One slide painted to fit a widget: the console's current and next views, the audience screen."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from podium.ui.rehearse.slide_source import SlideSource, fitted

BLANK_COLOURS = {"black": "#000000", "white": "#FFFFFF"}


class SlideCache:
    """Rendered slides by (index, size), shared by the console's and the audience's views.

    The presenter warms it with the slides that come next while the user talks, so a slide
    change only copies pixmaps. Least recently used entries go first once the pixmaps pass
    ``budget_bytes`` (a 1920x1080 slide is 8 MB; 128 MB holds about ten slides on all three views).
    """

    def __init__(self, source: SlideSource, budget_bytes: int = 128 * 2**20) -> None:
        self.source = source
        self.budget_bytes = budget_bytes
        self._bytes = 0
        self._pixmaps: OrderedDict[tuple[int, int, int, float], QPixmap] = OrderedDict()

    def has(self, index: int, width: int, height: int, dpr: float) -> bool:
        return (self.source.picture(index), width, height, dpr) in self._pixmaps

    def pixmap(self, index: int, width: int, height: int, dpr: float) -> QPixmap:
        key = (self.source.picture(index), width, height, dpr)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        pixmap = QPixmap(max(1, round(width * dpr)), max(1, round(height * dpr)))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(QColor("#FFFFFF"))
        painter = QPainter(pixmap)
        self.source.paint(painter, index, QRectF(0, 0, width, height))
        painter.end()
        self._pixmaps[key] = pixmap
        self._bytes += _size(pixmap)
        while self._bytes > self.budget_bytes and len(self._pixmaps) > 1:
            _, dropped = self._pixmaps.popitem(last=False)
            self._bytes -= _size(dropped)
        return pixmap


def _size(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4


class SlideWarmer(QObject):
    """Renders queued (view, slide) pairs one per idle turn of the event loop, so a key press
    never waits behind a batch of renders."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue: list[tuple[SlideView, int]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    def plan(self, queue: list[tuple[SlideView, int]]) -> None:
        self.queue = list(queue)
        self._timer.start()

    def isActive(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self.queue.clear()
        self._timer.stop()

    def _next(self) -> None:
        while self.queue:
            view, index = self.queue.pop(0)
            if view.warm(index):
                return
        self._timer.stop()


class SlideView(QWidget):
    """Paints ``source`` slide ``index`` centred on a dark ground; a caption when there is none.

    ``blank`` ("black"/"white") fills the view as the audience sees a blanked screen; the console
    passes ``dim_blank`` so the presenter still sees the slide, marked as hidden.
    """

    def __init__(
        self,
        source: SlideSource,
        *,
        background: str = "#000000",
        cache: SlideCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.cache = cache or SlideCache(source, budget_bytes=32 * 2**20)
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

    def slide_rect(self, index: int | None = None) -> QRectF:
        index = index if index is not None else (self.index if self.index is not None else 0)
        aspect = self.source.aspect(index) if self.source.count else 16 / 9
        return fitted(QRectF(self.rect()), aspect)

    def pixmap_size(self, rect: QRectF) -> tuple[int, int, float]:
        return round(rect.width()), round(rect.height()), self.devicePixelRatioF()

    def warm(self, index: int) -> bool:
        """Render ``index`` at this view's size ahead of time; False when it was already there."""
        if not 0 <= index < self.source.count:
            return False
        size = self.pixmap_size(self.slide_rect(index))
        if size[0] <= 1 or self.cache.has(index, *size):
            return False
        self.cache.pixmap(index, *size)
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        blank = BLANK_COLOURS.get(self.blank)
        if blank and not self.dim_blank:
            p.fillRect(self.rect(), QColor(blank))
            p.end()
            return
        p.fillRect(self.rect(), QColor(self.background))
        if self.index is not None and 0 <= self.index < self.source.count:
            rect = self.slide_rect()
            # A whole-pixel position keeps the copy on Qt's fast blit path (no resampling).
            p.drawPixmap(rect.topLeft().toPoint(), self.cache.pixmap(self.index, *self.pixmap_size(rect)))
        if blank and self.dim_blank:
            rect = self.slide_rect()
            shade = QColor(blank)
            shade.setAlpha(225)
            p.fillRect(rect, shade)
        if self.caption:
            font = QFont(self.font())
            font.setPixelSize(max(14, self.height() // 20))
            font.setBold(True)
            p.setFont(font)
            p.setPen(QColor("#6B7280" if self.blank == "white" and self.dim_blank else "#D1D5DB"))
            p.drawText(
                QRectF(self.rect()).adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.caption,
            )
        p.end()
