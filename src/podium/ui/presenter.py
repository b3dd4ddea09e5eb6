"""The presenter window: the current slide full-screen, the standard keys, and the talk clock."""

from __future__ import annotations

import time

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import QWidget

from podium.core.layout import SlideLayout
from podium.core.talk_timer import Clock, TalkTimer, format_clock
from podium.ui.painter import paint_slide

NEXT_KEYS = {
    Qt.Key.Key_Right,
    Qt.Key.Key_Down,
    Qt.Key.Key_Space,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_N,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}
PREVIOUS_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Up,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_P,
}
STRIP_HEIGHT = 44


class PresenterWindow(QWidget):
    """Shows one slide at a time; the time strip counts up and down from a monotonic clock."""

    closed = Signal()

    def __init__(
        self,
        layouts: list[SlideLayout],
        *,
        talk_seconds: int,
        language: str = "en",
        clock: Clock = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Podium — presenting"))
        self.setObjectName("presenter")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.layouts = layouts
        self.language = language
        self.index = 0
        self.timer = TalkTimer(talk_seconds, clock)
        self.timer.start()
        self._repaint = QTimer(self)
        self._repaint.setInterval(250)  # only repaints; time itself comes from the clock
        self._repaint.timeout.connect(self.update)
        self._repaint.start()
        self.resize(1280, 720)

    # ---------------------------------------------------------------- navigation

    def go_to(self, index: int) -> None:
        if self.layouts:
            self.index = max(0, min(len(self.layouts) - 1, index))
        self.update()

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.layouts) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: object) -> None:
        self._repaint.stop()
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ drawing

    def status_text(self) -> str:
        elapsed = format_clock(self.timer.elapsed)
        remaining = format_clock(self.timer.remaining, countdown=True)
        return (
            self.tr("Slide %1 of %2   ·   elapsed %3   ·   remaining %4")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.layouts)))
            .replace("%3", elapsed)
            .replace("%4", remaining)
        )

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#000000"))
        slide_area = QRectF(0, 0, self.width(), self.height() - STRIP_HEIGHT)
        if self.layouts:
            paint_slide(p, self.layouts[self.index], slide_area, language=self.language)
        strip = QRectF(0, self.height() - STRIP_HEIGHT, self.width(), STRIP_HEIGHT)
        over = self.timer.remaining < 0
        p.fillRect(strip, QColor("#7F1D1D" if over else "#111827"))
        font = QFont(self.font())
        font.setPixelSize(20)
        p.setFont(font)
        p.setPen(QColor("#FFFFFF"))
        p.drawText(
            strip.adjusted(16, 0, -16, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self.status_text(),
        )
        p.end()
