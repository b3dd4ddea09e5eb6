"""The console's panel-mode card (a question, its answer timer, then coaching and a 1-5 rating)
and the end-of-run card."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from podium.core.interview.panel import PanelRound, coaching
from podium.core.interview.practice import RATINGS
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.talk_timer import format_clock
from podium.core.rehearsal.timeplan import TimeState

STATE_COLOURS = {TimeState.NORMAL: "#F3F4F6", TimeState.WARNING: "#FBBF24", TimeState.OVER: "#F87171"}
WITHIN, OVER = "#86EFAC", "#F87171"
CARD_STYLE = (
    "QLabel { color: #F3F4F6; } QPushButton { font-size: 16px; padding: 8px 16px; }"
    " QPushButton#rating { font-size: 22px; font-weight: bold; min-width: 36px; padding: 6px 10px; }"
)
RATING_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in RATINGS}
QUESTION_STYLE = "font-size: %dpx; font-weight: bold;"


class PanelCard(QWidget):
    """One question: the hint on demand and the answer's clock; once answered, how to handle a
    challenge, how long it took against the target, and the candidate's 1-5 rating."""

    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panelCard")
        self.setStyleSheet(CARD_STYLE)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 20px; color: #93C5FD;")
        self.question = QLabel()
        self.question.setObjectName("panelQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet(QUESTION_STYLE % 34)
        self.hint = QLabel()
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("font-size: 20px; color: #D1D5DB;")
        self.timer = QLabel()
        self.timer.setObjectName("answerTimer")
        self.took = QLabel()
        self.took.setObjectName("answerTook")
        self.coaching = QLabel()
        self.coaching.setObjectName("coaching")
        self.coaching.setWordWrap(True)
        self.coaching.setTextFormat(Qt.TextFormat.RichText)
        self.coaching.setStyleSheet(
            "QLabel { font-size: 16px; color: #E5E7EB; background: #111827; border-left: 4px solid #60A5FA;"
            " padding: 8px 12px; }"
        )
        self.coaching.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # On a laptop's one screen the console gets about two thirds of it: the five steps and the
        # question's own advice scroll there (wheel or Shift+Up/Down) instead of being cut off.
        self.coaching_area = QScrollArea()
        self.coaching_area.setObjectName("coachingArea")
        self.coaching_area.setWidget(self.coaching)
        self.coaching_area.setWidgetResizable(True)
        self.coaching_area.setFrameShape(QFrame.Shape.NoFrame)
        self.coaching_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the console
        self.coaching_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.coaching_area.setStyleSheet(
            "QScrollArea { background: transparent; }"
            " QScrollBar:vertical { background: #111827; width: 8px; margin: 0; }"
            " QScrollBar::handle:vertical { background: #4B5563; border-radius: 4px; min-height: 24px; }"
            " QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
        )
        self.coaching_area.viewport().setAutoFillBackground(False)
        self.rating_row = QWidget()
        rating = QHBoxLayout(self.rating_row)
        rating.setContentsMargins(0, 0, 0, 0)
        prompt = QLabel(self.tr("How did it go?"))
        prompt.setStyleSheet("font-size: 20px;")
        rating.addStretch(1)
        rating.addWidget(prompt)
        self.rating_buttons: dict[int, QPushButton] = {}
        for n in RATINGS:
            button = QPushButton(str(n))
            button.setObjectName("rating")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the console
            button.setAccessibleName(self.tr("Rate your answer %1 of 5").replace("%1", str(n)))
            button.clicked.connect(lambda _checked=False, n=n: self.rated.emit(n))
            self.rating_buttons[n] = button
            rating.addWidget(button)
        scale = QLabel(self.tr("1 lost it · 5 nailed it"))
        scale.setStyleSheet("font-size: 16px; color: #9CA3AF;")
        rating.addWidget(scale)
        rating.addStretch(1)
        self.footer = QLabel()
        self.footer.setStyleSheet("font-size: 16px; color: #9CA3AF;")
        self.footer.setWordWrap(True)  # a small console (or Swedish) wraps the keys rather than widening
        self.footer.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.heading)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addSpacing(16)
        layout.addWidget(self.hint)
        layout.addWidget(self.took)
        layout.addWidget(self.coaching_area, 100)  # once answered it takes the room the stretches leave
        layout.addStretch(1)
        layout.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.rating_row)
        layout.addSpacing(8)
        layout.addWidget(self.footer)
        for widget in (self.took, self.coaching_area, self.rating_row):  # shown once the answer is given
            widget.hide()

    @property
    def rating_shown(self) -> bool:
        return not self.rating_row.isHidden()

    def show_round(self, panel: PanelRound, language: str, *, show_hint: bool) -> None:
        """The question (and, once answered, the coaching in the talk's ``language``)."""
        if panel.at_slide is not None:
            heading = self.tr("The panel interrupts you on slide %1 — answer, then carry on").replace(
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
        answered = panel.phase == "rate"
        self.hint.setText(question.guidance)
        self.hint.setVisible(show_hint and not answered)
        self.question.setStyleSheet(QUESTION_STYLE % (24 if answered else 34))
        self.timer.setVisible(not answered)
        self.took.setVisible(answered)
        self.coaching_area.setVisible(answered)
        self.rating_row.setVisible(answered)
        if answered:
            self._show_coaching(panel, language)
            keys = self.tr(
                "1–5: rate and go on   ·   →: on without a rating   ·   Shift+↑↓: scroll   ·   Esc: end the round"
            )
            self.footer.setText(keys)
        else:
            self.footer.setText(
                self.tr("→ or Space: I have answered   ·   S: pause   ·   G: hint   ·   Esc: end the round")
            )
        self.update_timer(panel)

    def _show_coaching(self, panel: PanelRound, language: str) -> None:
        last = panel.last or {}
        seconds, target = float(last.get("seconds", 0)), int(last.get("target_seconds", 0))
        colour = OVER if target and seconds > target else WITHIN
        took = (
            self.tr("You took %1 · target %2")
            .replace("%1", format_clock(seconds))
            .replace("%2", format_clock(target))
        )
        self.took.setText(
            f"<span style='font-size:24px; font-weight:bold; color:{colour}'>{escape(took)}</span>"
        )
        heading, steps = coaching(language)
        items = "".join(f"<li>{_step(step)}</li>" for step in steps)
        guidance = escape(panel.current.guidance)
        self.coaching.setText(
            f"<b>{escape(heading)}</b><ol style='margin-top:2px; margin-bottom:2px'>{items}</ol>"
            + (f"<p style='color:#BFDBFE; margin-top:2px'><i>{guidance}</i></p>" if guidance else "")
        )

    def scroll_coaching(self, steps: int) -> None:
        """Shift+Up/Down on the console move the coaching a few lines (it scrolls only when cut off)."""
        bar = self.coaching_area.verticalScrollBar()
        bar.setValue(bar.value() + steps * bar.singleStep() * 3)

    def update_timer(self, panel: PanelRound) -> None:
        if panel.phase != "answer":
            return
        colour = STATE_COLOURS[panel.state()]
        paused = "" if panel.timer.running else self.tr("  (paused)")
        self.timer.setText(
            f"<span style='font-size:56px; font-weight:bold; color:{colour}'>"
            f"{format_clock(panel.answer_seconds)}</span>"
            f"<span style='font-size:22px; color:#9CA3AF'>  / {format_clock(panel.current.target_seconds)}"
            f"{paused}</span>"
        )


def _step(step: str) -> str:
    """ "Acknowledge: take the question…" with the step's name in bold."""
    name, colon, rest = step.partition(":")
    return f"<b>{escape(name)}</b>:{escape(rest)}" if colon else escape(step)


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
            rated = [a for a in record.answers if a.get("rating")]
            if rated:
                lowest = min(rated, key=lambda a: a["rating"])
                detail += "\n" + (
                    self.tr("Rated lowest (%1 of 5), so it comes back first next time: %2")
                    .replace("%1", str(lowest["rating"]))
                    .replace("%2", lowest["text"])
                )
        self.summary.setText(summary)
        self.detail.setText(detail)
