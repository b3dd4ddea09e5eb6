"""The console's panel-mode card (a question and its answer timer) and the end-of-run card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from podium.core.interview.panel import PanelRound
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.talk_timer import format_clock
from podium.core.rehearsal.timeplan import TimeState

STATE_COLOURS = {TimeState.NORMAL: "#F3F4F6", TimeState.WARNING: "#FBBF24", TimeState.OVER: "#F87171"}
CARD_STYLE = "QLabel { color: #F3F4F6; } QPushButton { font-size: 16px; padding: 8px 16px; }"


class PanelCard(QWidget):
    """One dealt question, the hint on demand, and how long the answer has taken."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panelCard")
        self.setStyleSheet(CARD_STYLE)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 20px; color: #93C5FD;")
        self.question = QLabel()
        self.question.setObjectName("panelQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 34px; font-weight: bold;")
        self.hint = QLabel()
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("font-size: 20px; color: #D1D5DB;")
        self.timer = QLabel()
        self.timer.setObjectName("answerTimer")
        self.footer = QLabel(
            self.tr(
                "→ or Space: answered, next question   ·   S: pause   ·   G: hint   ·   Esc: end the round"
            )
        )
        self.footer.setStyleSheet("font-size: 16px; color: #9CA3AF;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.heading)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addSpacing(16)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.footer, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_round(self, panel: PanelRound, *, show_hint: bool) -> None:
        if panel.at_slide is not None:
            heading = self.tr("The panel interrupts you — answer, then carry on with slide %1").replace(
                "%1", str(panel.at_slide + 1)
            )
        else:
            heading = (
                self.tr("Panel questions: %1 of %2")
                .replace("%1", str(panel.position + 1))
                .replace("%2", str(len(panel.questions)))
            )
        self.heading.setText(heading)
        question = panel.current
        self.question.setText(question.text)
        self.hint.setText(question.guidance)
        self.hint.setVisible(show_hint)
        self.update_timer(panel)

    def update_timer(self, panel: PanelRound) -> None:
        colour = STATE_COLOURS[panel.state()]
        paused = "" if panel.timer.running else self.tr("  (paused)")
        self.timer.setText(
            f"<span style='font-size:56px; font-weight:bold; color:{colour}'>"
            f"{format_clock(panel.answer_seconds)}</span>"
            f"<span style='font-size:22px; color:#9CA3AF'>  / {format_clock(panel.current.target_seconds)}"
            f"{paused}</span>"
        )


class EndCard(QWidget):
    """After the run: the record in words, and what to do next."""

    again = Signal()
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endCard")
        self.setStyleSheet(CARD_STYLE)
        self.title = QLabel(self.tr("Run recorded"))
        self.title.setStyleSheet("font-size: 30px; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("runSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 22px;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("font-size: 18px; color: #D1D5DB;")
        again = QPushButton(self.tr("Rehearse again (R)"))
        again.clicked.connect(self.again)
        leave = QPushButton(self.tr("Close (Esc)"))
        leave.clicked.connect(self.leave)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(again)
        buttons.addWidget(leave)
        layout = QVBoxLayout()  # installed on self once filled
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setLayout(layout)

    def show_record(self, record: Rehearsal, summary: str) -> None:
        """The run in words (``summary`` is in the talk's language) and how the answers went."""
        detail = ""
        if record.answers:
            seconds = [a["seconds"] for a in record.answers]
            longest = max(record.answers, key=lambda a: a["seconds"])
            detail = (
                self.tr("%1 panel answers, %2 on average; the longest (%3) was: %4")
                .replace("%1", str(len(seconds)))
                .replace("%2", format_clock(sum(seconds) / len(seconds)))
                .replace("%3", format_clock(longest["seconds"]))
                .replace("%4", longest["text"])
            )
        self.summary.setText(summary)
        self.detail.setText(detail)
