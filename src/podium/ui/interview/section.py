"""The Questions section: the panel's likely questions, answer drafts, timed practice and drill mode.

Each question shows guidance on a strong answer; the user drafts key points (or
STAR notes for behavioural questions), practises out loud against the target, rates
how it went and marks how confident they are. Drill mode deals random questions of the
chosen category, weighted toward the shaky ones, with the guidance hidden until asked for.
The user can add their own questions, reword Podium's and hide the ones that do not apply;
each of those is undoable (Ctrl+Z in the tab) and stored with the preparation.
"""

from __future__ import annotations

import random

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from podium.core import clock as wall
from podium.core.interview import practice
from podium.core.interview.own import OWN_PREFIX
from podium.core.interview.questions import Question, categories
from podium.core.rehearsal.talk_timer import format_clock
from podium.ui.common import style
from podium.ui.common.session import PreparationSession
from podium.ui.common.undo_shortcuts import add_undo_shortcuts
from podium.ui.interview.practice_timer import Clock, PracticeTimer, RatingRow
from podium.ui.interview.question_edits import CardsDialog, QuestionEditor
from podium.ui.interview.question_model import ALL, HIDDEN, CategoryBox, QuestionModel

MIN_ATTEMPT_SECONDS = 5.0  # shorter runs are a misclick, not an attempt
__all__ = ["QuestionModel", "QuestionsPanel"]


class QuestionsPanel(QWidget):
    def __init__(
        self,
        session: PreparationSession,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.rng = rng or random.Random()
        self.model = QuestionModel(session, self)
        self.list = QListView()
        self.list.setObjectName("questionList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setAccessibleName(self.tr("Likely questions"))
        self.summary = QLabel()
        self.summary.setObjectName("questionSummary")
        self.drill_button = QPushButton(self.tr("&Drill"))
        self.drill_button.setCheckable(True)
        self.drill_button.setToolTip(
            self.tr("Deal random questions, the shaky ones more often, and answer them against the clock")
        )
        self.drill_button.toggled.connect(self.set_drill)
        self.next_button = QPushButton(self.tr("&Next question"))
        self.next_button.clicked.connect(self.deal_next)
        self.next_button.hide()
        self.cards_button = QPushButton(self.tr("Cue cards (PDF)…"))
        self.cards_button.clicked.connect(self.export_cards)
        self.category = CategoryBox()
        self.category.currentIndexChanged.connect(self._filter_changed)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("A question you expect from this panel"))
        self.add_button.clicked.connect(self.add_question)
        self.edit_button = QPushButton(self.tr("Edi&t…"))
        self.edit_button.setToolTip(self.tr("Put the question in your own words"))
        self.edit_button.clicked.connect(self.edit_question)
        self.hide_button = QPushButton(self.tr("H&ide"))
        self.hide_button.setToolTip(
            self.tr("Leave it out of practice, panel rounds and cue cards (undo with Ctrl+Z)")
        )
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.editor = QuestionEditor(session.prep, self._edits_changed, self)
        self.undo = self.editor.undo
        add_undo_shortcuts(self, self.undo, self.tr("Undo"), self.tr("Redo"))
        self.dialog: QDialog | None = None

        self.question = QLabel()
        self.question.setObjectName("questionText")
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.question.setFont(font)
        self.guidance = QLabel()
        self.guidance.setObjectName("questionGuidance")
        self.guidance.setWordWrap(True)
        style.mark(self.guidance, "guidance")
        self.show_guidance = QPushButton(self.tr("Show &guidance and my notes"))
        self.show_guidance.clicked.connect(lambda: self._reveal(True))
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("answerDraft")
        self.answer.setPlaceholderText(
            self.tr("Your key points, one per line: what you will say, not a script")
        )
        self.answer.setAccessibleName(self.tr("Answer draft"))
        self.answer.textChanged.connect(self._draft_changed)
        self.star_box = QGroupBox(self.tr("STAR: situation, task, action, result"))
        star_form = QFormLayout(self.star_box)
        self.star: dict[str, QPlainTextEdit] = {}
        labels = {"situation": self.tr("Situation:"), "task": self.tr("Task:"), "action": self.tr("Action:"),
                  "result": self.tr("Result:")}  # fmt: skip
        for name in practice.STAR_FIELDS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"star_{name}")
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(56)
            edit.setAccessibleName(labels[name].rstrip(":"))
            edit.textChanged.connect(self._draft_changed)
            self.star[name] = edit
            star_form.addRow(labels[name], edit)
        self.confidence = QButtonGroup(self)
        confidence_row = QHBoxLayout()
        confidence_row.addWidget(QLabel(self.tr("Confidence:")))
        names = (self.tr("Not marked"), self.tr("Shaky"), self.tr("Getting there"), self.tr("Confident"))
        for level, text in enumerate(names):
            button = QRadioButton(text)
            button.setObjectName(f"confidence{level}")
            self.confidence.addButton(button, level)
            confidence_row.addWidget(button)
        confidence_row.addStretch(1)
        self.confidence.idToggled.connect(self._confidence_changed)
        self.timer = PracticeTimer(clock)
        self.timer.stopped.connect(self._attempt_done)
        self.attempts = QLabel()
        self.attempts.setObjectName("attempts")
        self.rating_row = RatingRow()
        self.rating = self.rating_row.group
        self.rating_row.rated.connect(self._rated)

        detail = QWidget()
        right = QVBoxLayout()  # installed on detail once filled
        right.addWidget(self.question)
        right.addWidget(self.guidance)
        right.addWidget(self.show_guidance, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.timer)
        right.addWidget(self.attempts)
        right.addWidget(self.rating_row)
        self.notes = QWidget()  # the draft: hidden while drilling, so the answer comes from memory
        notes = QVBoxLayout(self.notes)
        notes.setContentsMargins(0, 0, 0, 0)
        notes.addWidget(QLabel(self.tr("<b>Your answer</b>")))
        notes.addWidget(self.answer, 1)
        notes.addWidget(self.star_box)
        right.addWidget(self.notes, 1)
        right.addLayout(confidence_row)
        detail.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 640])
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.category)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.hide_button)
        top.addWidget(self.drill_button)
        top.addWidget(self.next_button)
        top.addWidget(self.cards_button)
        layout = QVBoxLayout()  # installed on self once filled
        layout.addLayout(top)
        self.setLayout(layout)
        layout.addWidget(splitter, 1)
        self._loading = False
        self._current: Question | None = None
        self.list.selectionModel().currentChanged.connect(lambda cur, _prev: self._show(cur.row()))
        session.deck_changed.connect(self.reload)
        self.reload()

    # ------------------------------------------------------------- the list

    def showEvent(self, event: QShowEvent) -> None:  # the research may have new doubts or ideas
        self.reload()
        super().showEvent(event)

    def reload(self, keep: str = "") -> None:
        keep = keep or (self._current.id if self._current else "")
        self.category.fill(categories(self.session.prep.language))
        self.model.reload()
        row = self.model.row_of(keep)
        self.select(row if row >= 0 else 0)
        self._update_summary()
        self._update_buttons()

    def _filter_changed(self) -> None:
        self.model.set_filter(self.category.key())
        self._current = None
        self.select(0)
        if not self.model.questions:
            self._clear()
        self._update_summary()
        self._update_buttons()

    def _clear(self) -> None:
        self.question.setText(self.tr("No questions here."))
        self.guidance.setText("")

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self._show(row)

    def current(self) -> Question | None:
        return self._current

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.model.questions):
            return
        q = self.model.questions[row]
        if self._current is not None and self._current.id != q.id and self.timer.running:
            if self.timer.elapsed() >= MIN_ATTEMPT_SECONDS:
                self.timer.stop()
            else:
                self.timer.cancel()
        self._current = q
        p = practice.load(self.session.prep, q.id)
        self._loading = True
        self.question.setText(q.text)
        self.guidance.setText(q.guidance)
        if self.answer.toPlainText() != p.answer:
            self.answer.setPlainText(p.answer)
        for name, edit in self.star.items():
            if edit.toPlainText() != getattr(p, name):
                edit.setPlainText(getattr(p, name))
        self.star_box.setVisible(q.behavioural)
        self.confidence.button(p.confidence).setChecked(True)
        self._loading = False
        self.timer.set_target(q.target_seconds)
        self._reveal(not self.drill_button.isChecked())
        self._show_attempts(p, q)
        self.rating_row.show_practice(p)
        self._update_buttons()

    def _update_summary(self) -> None:
        questions = self.model.questions
        done = len(questions) - len(practice.unanswered(self.session.prep, questions))
        self.summary.setText(self.tr("%1 of %2 questions have a drafted answer").replace("%1", str(done))
                             .replace("%2", str(len(questions))))  # fmt: skip

    def _update_buttons(self) -> None:
        q = self._current
        self.edit_button.setEnabled(q is not None)
        self.hide_button.setEnabled(q is not None)
        hidden_list = self.model.filter == HIDDEN
        if q is not None and q.source == "own":
            self.hide_button.setText(self.tr("Re&move"))
        else:
            self.hide_button.setText(self.tr("Sho&w again") if hidden_list else self.tr("H&ide"))

    def _show_attempts(self, p: practice.Practice, q: Question) -> None:
        if not p.attempts:
            self.attempts.setText(
                self.tr("Not practised aloud yet. Aim for %1.").replace("%1", format_clock(q.target_seconds))
            )
            return
        last = p.attempts[-1]
        verdict = self.tr("within time") if p.within_time(q) else self.tr("over the target")
        self.attempts.setText(
            self.tr("Last: %1 (%2) · best: %3 · %4 attempts")
            .replace("%1", format_clock(last)).replace("%2", verdict)
            .replace("%3", format_clock(p.best or last)).replace("%4", str(len(p.attempts)))
        )  # fmt: skip

    # --------------------------------------------------------------- editing

    def _save(self, p: practice.Practice) -> None:
        assert self._current is not None
        practice.save(self.session.prep, self._current.id, p)
        self.session.edited()
        self.model.refresh_row(self.model.row_of(self._current.id))
        self._update_summary()

    def _draft_changed(self) -> None:
        if self._loading or self._current is None:
            return
        p = practice.load(self.session.prep, self._current.id)
        p.answer = self.answer.toPlainText()
        for name, edit in self.star.items():
            setattr(p, name, edit.toPlainText())
        self._save(p)

    def _confidence_changed(self, level: int, checked: bool) -> None:
        if self._loading or not checked or self._current is None:
            return
        p = practice.load(self.session.prep, self._current.id)
        p.confidence = level
        self._save(p)

    def _attempt_done(self, seconds: float) -> None:
        if self._current is None:
            return
        q = self._current
        p = practice.record_attempt(self.session.prep, q.id, seconds, target=q.target_seconds, at=wall.now())
        self.session.edited()
        self._show_attempts(p, q)
        self.rating_row.show_practice(p)

    def _rated(self, rating: int) -> None:
        if self._current is None:
            return
        p = practice.rate_last(self.session.prep, self._current.id, rating)
        self.session.edited()
        self.rating_row.show_practice(p)
        self.model.reload()  # the list shows the rating
        self.select(self.model.row_of(self._current.id))

    # ------------------------------------------------------- the user's questions

    def _edits_changed(self, select: str) -> None:
        self.session.edited()
        if select.startswith(OWN_PREFIX) and self.model.filter not in (ALL, HIDDEN):
            self.category.choose(ALL)  # where the new question is
        self.reload(select)

    def add_question(self) -> None:
        self.editor.add()

    def edit_question(self) -> None:
        if self._current is not None:
            self.editor.edit(self._current)

    def toggle_hidden(self) -> None:
        """Hide the question (or show a hidden one again); the user's own question is removed."""
        q = self._current
        if q is None:
            return
        row = self.model.row_of(q.id)
        after = self.model.questions[row + 1].id if row + 1 < len(self.model.questions) else ""
        self.editor.toggle_hidden(q, after)

    # ------------------------------------------------------------------ drill

    def _reveal(self, on: bool) -> None:
        self.guidance.setVisible(on)
        self.notes.setVisible(on)
        self.show_guidance.setVisible(not on)

    def set_drill(self, on: bool) -> None:
        self.next_button.setVisible(on)
        self.drill_button.setText(self.tr("Stop &drill") if on else self.tr("&Drill"))
        if on:
            self.deal_next()
        else:
            if self.timer.running:
                self.timer.stop()
            self._reveal(True)

    def deal_next(self) -> None:
        """Record the answer in progress, then deal another question and start its clock."""
        if self.timer.running:
            self.timer.stop()
        last = self._current.id if self._current else ""
        marks = practice.practice_of(self.session.prep)
        q = practice.deal(self.model.questions, marks, self.rng, last)
        if q is None:
            return
        self.select(self.model.row_of(q.id))
        self._reveal(False)
        self.timer.start()

    def export_cards(self) -> None:
        """Choose the categories, then write one card per question."""
        counts: dict[str, int] = {}
        shown = [q for q in self.model.everything if not q.hidden]
        for q in shown:
            counts[q.category] = counts.get(q.category, 0) + 1
        dialog = CardsDialog(categories(self.session.prep.language), counts, self)
        dialog.accepted.connect(
            lambda: self._write_cards([q for q in shown if q.category in dialog.chosen()])
        )
        self.dialog = dialog
        dialog.open()

    def _write_cards(self, questions: list[Question]) -> None:
        from podium.ui.interview.takeaway import export_cue_cards

        export_cue_cards(self, self.session.prep, questions)
