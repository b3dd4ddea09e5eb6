"""A stopwatch for one spoken answer, against its target (60-120 s), and the 1-5 rating after it.

Time comes from an injected monotonic clock, so tests drive it; the repeating
QTimer only repaints. The face turns amber in the last 15 seconds and red once
the answer runs over.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from podium.core.interview.practice import RATINGS, Practice
from podium.core.rehearsal.talk_timer import format_clock
from podium.ui.common import style

Clock = Callable[[], float]
WARN_SECONDS = 15
NORMAL, WARNING, OVER = "normal", "warning", "over"
_TONES = {NORMAL: "", WARNING: "warning", OVER: "error"}


class PracticeTimer(QWidget):
    """Start/stop button and a clock face showing elapsed / target."""

    stopped = Signal(float)  # seconds the answer took

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock or time.monotonic
        self._started: float | None = None
        self.target = 90
        self.face = QLabel()
        self.face.setObjectName("practiceClock")
        self.face.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.face.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.face.setFont(font)
        self.button = QPushButton()
        self.button.setObjectName("practiceButton")
        self.button.clicked.connect(self.toggle)
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self.refresh)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.face, 1)
        layout.addWidget(self.button)
        self.refresh()

    def use_clock(self, clock: Clock) -> None:
        """Time answers with ``clock`` from now on (the workspace builds panels before tests can inject)."""
        self.cancel()
        self._clock = clock

    @property
    def running(self) -> bool:
        return self._started is not None

    def elapsed(self) -> float:
        return 0.0 if self._started is None else max(0.0, self._clock() - self._started)

    def state(self) -> str:
        seconds = self.elapsed()
        if seconds > self.target:
            return OVER
        if seconds >= self.target - WARN_SECONDS:
            return WARNING
        return NORMAL

    def set_target(self, seconds: int) -> None:
        self.target = seconds
        self.refresh()

    def start(self) -> None:
        if self._started is None:
            self._started = self._clock()
            self._tick.start()
            self.refresh()

    def stop(self) -> float:
        """Stop and report the time (emits ``stopped``); 0 if it was not running."""
        if self._started is None:
            return 0.0
        seconds = self.elapsed()
        self._started = None
        self._tick.stop()
        self.refresh(final=seconds)
        self.stopped.emit(seconds)
        return seconds

    def cancel(self) -> None:
        """Stop without recording (the user moved on before really answering)."""
        self._started = None
        self._tick.stop()
        self.refresh()

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def refresh(self, final: float | None = None) -> None:
        seconds = self.elapsed() if final is None else final
        self.face.setText(f"{format_clock(seconds)} / {format_clock(self.target)}")
        state = self.state() if final is None else (OVER if final > self.target else NORMAL)
        style.mark(self.face, tone=_TONES[state])
        self.face.setProperty("state", state)
        self.button.setText(self.tr("Stop") if self.running else self.tr("Start answering"))


class RatingRow(QWidget):
    """ "How did that answer go?" 1 to 5, for the latest answer said aloud (disabled before one)."""

    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("How did that answer go?")))
        self.group = QButtonGroup(self)
        for n in RATINGS:
            rate = QPushButton(str(n))
            rate.setObjectName(f"rate{n}")
            rate.setCheckable(True)
            rate.setMaximumWidth(44)
            rate.setAccessibleName(self.tr("Rate your last answer %1 of 5").replace("%1", str(n)))
            self.group.addButton(rate, n)
            row.addWidget(rate)
        row.addWidget(QLabel(self.tr("(1 lost it · 5 nailed it)")))
        row.addStretch(1)
        self.group.idClicked.connect(self.rated)

    def show_practice(self, practice: Practice) -> None:
        """The latest answer's rating checked; nothing to rate before an answer."""
        rated = practice.log[-1].rating if practice.log else 0
        self.setEnabled(bool(practice.log))
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == rated)
        self.group.setExclusive(True)
