"""The audience's window: the slide alone, full screen on the second screen or in its own
window for a video call, where it is the one window you share."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from podium.ui.rehearse.slide_source import SlideSource
from podium.ui.rehearse.slide_view import SlideCache, SlideView


class AudienceWindow(QWidget):
    command = Signal(str, object)
    closing = Signal()

    def __init__(
        self, source: SlideSource, cache: SlideCache | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audienceWindow")
        self.setWindowTitle(self.tr("Podium — audience (share this window)"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view = SlideView(source, cache=cache)
        self.view.setObjectName("audienceSlide")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.resize(960, 540)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The audience window may hold the focus (a click to share it): the keys still work.
        self.command.emit("key", event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
