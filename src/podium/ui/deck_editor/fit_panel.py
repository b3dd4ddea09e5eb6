"""What the layout says about the slide: overflow and words against time, with the user's choices."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from podium.core.deck.fit import FitReport
from podium.core.rehearsal.talk_timer import format_clock
from podium.core.render.layout import SMALL_BODY_MIN
from podium.ui.common import style


class FitPanel(QFrame):
    """Hidden when the slide fits; otherwise says what is wrong and offers the remedies that apply."""

    shorten_requested = Signal(str)  # "text" or "notes": where to put the cursor
    split_requested = Signal()
    smaller_requested = Signal(bool)  # allow (True) or stop allowing (False) smaller text
    more_time_requested = Signal(int)  # seconds the notes need

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fitPanel")
        style.mark(self, "guidance", "warning")
        self.message = QLabel()
        self.message.setObjectName("fitMessage")
        self.message.setWordWrap(True)
        self.shorten = QPushButton(self.tr("Shorten"))
        self.shorten.setObjectName("fitShorten")
        self.split = QPushButton(self.tr("Split the slide"))
        self.split.setObjectName("fitSplit")
        self.smaller = QPushButton()
        self.smaller.setObjectName("fitSmaller")
        self.more_time = QPushButton()
        self.more_time.setObjectName("fitMoreTime")
        self._shorten_target, self._small_allowed, self._needed = "text", False, 0
        self.shorten.clicked.connect(lambda: self.shorten_requested.emit(self._shorten_target))
        self.split.clicked.connect(self.split_requested)
        self.smaller.clicked.connect(lambda: self.smaller_requested.emit(not self._small_allowed))
        self.more_time.clicked.connect(lambda: self.more_time_requested.emit(self._needed))
        buttons = QHBoxLayout()
        for button in (self.shorten, self.split, self.smaller, self.more_time):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout()  # installed on self once filled
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setLayout(layout)
        self.report: FitReport | None = None

    def show_report(self, report: FitReport, *, small_allowed: bool) -> None:
        self.report = report
        self._small_allowed = small_allowed
        lines: list[str] = []
        if report.overflow:
            lines.append(self.tr("Some text does not fit on this slide, even at the smallest size allowed."))
        elif small_allowed and report.body_size and report.body_size < 16:
            lines.append(self.tr("Text is set at %1 pt to fit, smaller than the 16 pt that reads well across a room.")
                         .replace("%1", f"{report.body_size:g}"))  # fmt: skip
        if report.words_over:
            lines.append(
                self.tr("%1 words on screen is more than the audience can take in during %2 (about %3).")
                .replace("%1", str(report.visible_words))
                .replace("%2", format_clock(report.target_seconds))
                .replace("%3", str(report.max_visible_words))
            )
        if report.notes_over:
            lines.append(
                self.tr("Your notes take about %1 to say, but the slide has %2.")
                .replace("%1", format_clock(report.notes_seconds))
                .replace("%2", format_clock(report.target_seconds))
            )
        self.message.setText("\n".join(lines))
        text_problem = report.overflow or report.words_over
        self._shorten_target = "text" if text_problem else "notes"
        self.shorten.setVisible(bool(lines))
        self.split.setVisible(text_problem and report.can_split)
        self.smaller.setVisible(report.can_shrink or small_allowed)
        self.smaller.setText(
            self.tr("Normal text size") if small_allowed
            else self.tr("Smaller text (down to %1 pt)").replace("%1", f"{SMALL_BODY_MIN:g}")
        )  # fmt: skip
        self._needed = report.notes_seconds
        self.more_time.setVisible(report.notes_over)
        self.more_time.setText(self.tr("Give it %1").replace("%1", format_clock(report.notes_seconds)))
        self.setVisible(bool(lines) or small_allowed)
