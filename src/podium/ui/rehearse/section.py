"""The Rehearse section: how the clock and the panel behave, start presenting (the deck, or any
.pptx or PDF), and the record of every run — the last result, the history chart, each slide's
times, suggestions, and the panel's challenges that still go badly."""

from __future__ import annotations

import time as monotonic
from dataclasses import replace
from datetime import time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from podium.core import clock as wall
from podium.core.interview import practice
from podium.core.interview.history import histories, weakest_first
from podium.core.interview.questions import Question, categories, likely_questions
from podium.core.rehearsal.review import run_summary, suggestions, trend_text
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.talk_timer import Clock, format_clock
from podium.core.rehearsal.timeplan import TimePlan, TimingSettings
from podium.core.storage.store import StoreError
from podium.ui.common import style
from podium.ui.common.i18n import moment_text
from podium.ui.common.session import PreparationSession
from podium.ui.rehearse.challenge_review import ChallengeReview, PracticeDialog
from podium.ui.rehearse.history_chart import ChartSlide, HistoryChart
from podium.ui.rehearse.launch import load_settings, save_settings
from podium.ui.rehearse.panel_box import PanelBox
from podium.ui.rehearse.panel_settings import load_panel_settings
from podium.ui.rehearse.recordings_box import RecordingsBox
from podium.ui.rehearse.skip_plan import skip_plan_text
from podium.ui.rehearse.slide_times_model import SlideTimesModel


def _spin(value: int, low: int, high: int, suffix: str, step: int = 5) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


class RehearsePanel(QWidget):
    present_requested = Signal()
    present_deck_requested = Signal()

    def __init__(self, session: PreparationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = load_settings()
        self.panel_settings = load_panel_settings()
        self.clock: Clock = monotonic.monotonic  # the practice's answer clock (tests drive their own)
        self.runs: list[Rehearsal] = []
        self.practice_dialog: PracticeDialog | None = None
        self.recordings = RecordingsBox(session)  # before the settings: its opt-in sits among them
        self.recordings.analysed.connect(self.refresh)
        settings_box = self._build_settings()
        self.summary = QLabel()
        self.summary.setObjectName("lastRun")
        self.summary.setWordWrap(True)
        self.trend = QLabel()
        self.trend.setObjectName("trend")
        self.trend.setWordWrap(True)
        self.chart = HistoryChart()
        self.measure = QComboBox()
        self.measure.setObjectName("chartMeasure")
        self.measure.setAccessibleName(self.tr("What the slide grid shows"))
        for name, label in (("time", self.tr("Time against budget")), ("pace", self.tr("Pace (words a minute)")),
                            ("pauses", self.tr("Long pauses")), ("fillers", self.tr("Filler words"))):  # fmt: skip
            self.measure.addItem(label, name)
        self.measure.currentIndexChanged.connect(lambda: self.chart.set_measure(self.measure.currentData()))
        self.table_model = SlideTimesModel(self)
        self.table = QTableView()
        self.table.setObjectName("slideTimes")
        self.table.setAccessibleName(self.tr("Time per slide"))
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.suggestions = QLabel()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setWordWrap(True)
        record = QWidget()
        record_layout = QVBoxLayout(record)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(self.summary)
        record_layout.addWidget(self.trend)
        self.review = ChallengeReview()
        self.review.practise.connect(self.practise)
        measure_row = QHBoxLayout()
        record_layout.addLayout(measure_row)  # before its items: no layout-item wrappers survive
        measure_row.addWidget(QLabel(self.tr("Slides show")))
        measure_row.addWidget(self.measure)
        measure_row.addStretch(1)
        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(self.chart)
        self.record_tabs = QTabWidget()
        self.record_tabs.setObjectName("recordTabs")
        self.record_tabs.addTab(self.table, self.tr("Time per slide"))
        self.record_tabs.addTab(self.recordings, self.tr("Recordings"))
        lower.addWidget(self.record_tabs)
        lower.addWidget(self.review)
        record_layout.addWidget(lower, 1)
        record_layout.addWidget(self.suggestions)
        left = QWidget()
        left.setMaximumWidth(420)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(settings_box)
        left_layout.addWidget(self.panel_box)
        left_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(record)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        session.deck_changed.connect(self.refresh)
        self.refresh()

    # ----------------------------------------------------------------- settings

    def _build_settings(self) -> QGroupBox:
        s = self.settings
        box = QGroupBox(self.tr("Before you start"))
        box.setMaximumWidth(420)
        self.tolerance = _spin(s.tolerance_seconds, 0, 300, self.tr(" s"))
        self.tolerance.setToolTip(self.tr("Within this many seconds of the plan the pace reads “on plan”."))
        self.warn = _spin(s.warn_seconds, 0, 1800, self.tr(" s"), 15)
        self.slide_warn = _spin(s.slide_warn_seconds, 0, 300, self.tr(" s"))
        self.start_mode = QComboBox()
        self.start_mode.addItem(self.tr("on the first advance"), True)
        self.start_mode.addItem(self.tr("as soon as the console opens"), False)
        self.start_mode.setCurrentIndex(0 if s.start_on_advance else 1)
        self.hard_stop = QCheckBox(self.tr("Hard stop at"))
        self.hard_stop_time = QTimeEdit(QTime(10, 30))
        self.hard_stop_time.setDisplayFormat("HH:mm")
        self.hard_stop_time.setEnabled(False)
        self.hard_stop.toggled.connect(self.hard_stop_time.setEnabled)
        stop_row = QHBoxLayout()
        stop_row.addWidget(self.hard_stop)
        stop_row.addWidget(self.hard_stop_time)
        self.panel_box = PanelBox(self.panel_settings)
        self.panel_box.changed.connect(self.refresh)
        self.video_call = QCheckBox(self.tr("Video-call mode: audience in its own window to share"))
        self.video_call.setChecked(s.video_call)
        for widget in (self.tolerance, self.warn, self.slide_warn):
            widget.valueChanged.connect(self._settings_edited)
        for check in (self.hard_stop, self.video_call):
            check.toggled.connect(self._settings_edited)
        self.start_mode.currentIndexChanged.connect(self._settings_edited)
        self.hard_stop_time.timeChanged.connect(self._settings_edited)
        self.plan_info = QLabel()
        self.plan_info.setObjectName("planInfo")
        self.plan_info.setWordWrap(True)
        self.present_button = QPushButton(self.tr("Start presenting (F5)"))
        self.present_button.setObjectName("presentButton")
        self.present_button.clicked.connect(self.present_requested)
        self.deck_button = QPushButton(self.tr("Rehearse a deck…"))
        self.deck_button.setObjectName("deckButton")
        self.deck_button.setToolTip(
            self.tr(
                "Present a PowerPoint or PDF deck you finished elsewhere with the same clocks and record."
            )
        )
        self.deck_button.clicked.connect(self.present_deck_requested)
        form = QFormLayout(box)
        form.addRow(self.tr("Pace tolerance ±"), self.tolerance)
        form.addRow(self.tr("Warn before the end"), self.warn)
        form.addRow(self.tr("Warn before a slide's budget"), self.slide_warn)
        form.addRow(self.tr("Start the clock"), self.start_mode)
        form.addRow(stop_row)
        form.addRow(self.video_call)
        form.addRow(self.recordings.record)
        form.addRow(self.recordings.mic)
        form.addRow(self.plan_info)
        form.addRow(self.present_button)
        form.addRow(self.deck_button)
        keys = QLabel(
            self.tr(
                "Keys: → Space PgDn N next · ← PgUp Backspace P previous · number+Enter jump · "
                "B/W black/white · O overview · S start/pause · R reset · Q a panel question · "
                "1-5 rate your answer · ? all keys · Esc leave."
            )
        )
        keys.setWordWrap(True)
        style.mark(keys, "hint")
        form.addRow(keys)
        return box

    def _settings_edited(self) -> None:
        s = self.settings
        s.tolerance_seconds = self.tolerance.value()
        s.warn_seconds = self.warn.value()
        s.slide_warn_seconds = self.slide_warn.value()
        s.start_on_advance = bool(self.start_mode.currentData())
        t = self.hard_stop_time.time()
        s.hard_stop = time(t.hour(), t.minute()) if self.hard_stop.isChecked() else None
        s.video_call = self.video_call.isChecked()
        save_settings(s)
        self._show_plan()

    def timing_settings(self) -> TimingSettings:
        """A copy for one run: the console may change its own (notes size, video call)."""
        return TimingSettings.from_dict(self.settings.to_dict())

    # ------------------------------------------------------------------ record

    def _show_plan(self) -> None:
        prep = self.session.prep
        plan = TimePlan.from_slides(prep.deck.slides, prep.talk_minutes * 60, prep.qa_minutes * 60)
        text = (
            self.tr("The slides' budgets add up to %1 for a %2 talk; %3 reserved for questions.")
            .replace("%1", format_clock(plan.planned_seconds))
            .replace("%2", format_clock(plan.talk_seconds))
            .replace("%3", format_clock(plan.qa_seconds))
        )
        if plan.mismatch_seconds > 0:
            text += " " + self.tr(
                "That is %1 more than the talk: shorten some slides' budgets in the Deck tab."
            ).replace("%1", format_clock(plan.mismatch_seconds))
        if self.settings.hard_stop is not None:
            text += " " + self.tr("With the hard stop the talk must end %1 before %2.").replace(
                "%1", format_clock(plan.qa_seconds)
            ).replace("%2", self.settings.hard_stop.strftime("%H:%M"))
        self.plan_info.setText(text + "\n" + skip_plan_text(prep.deck.slides))

    def refresh(self, *_args: object) -> None:
        prep = self.session.prep
        try:
            self.runs = self.session.store.rehearsals(prep.id)
        except StoreError as exc:
            self.runs = []
            self.summary.setText(str(exc))
        language = prep.language
        if self.runs:
            last = self.runs[-1]
            when = moment_text(last.started_at)
            heading = self.tr("Last run")  # outside the f-string, where the translation tools find it
            self.summary.setText(f"<b>{heading} ({when}):</b> {_escape(run_summary(last, language))}")
        else:
            self.summary.setText(
                self.tr("No rehearsals yet: press Start presenting and give the talk out loud.")
            )
        self.trend.setText(trend_text(self.runs, language))
        timed = [s for s in prep.deck.slides if not s.backup]
        self.chart.set_history(
            self.runs,
            [ChartSlide(s.key, s.title, s.target_seconds) for s in timed],
            prep.talk_minutes * 60,
            self.settings.tolerance_seconds,
        )
        self.table_model.set_data(prep.deck.slides, self.runs, language)
        self.recordings.refresh(self.runs)
        found = suggestions(self.runs, prep.deck.slides, language)
        self.suggestions.setText(
            "<b>"
            + self.tr("Suggestions")
            + "</b><ul>"
            + "".join(f"<li>{_escape(s.text)}</li>" for s in found)
            + "</ul>"
            if found
            else ""
        )
        self._show_plan()
        self._show_review()

    # ------------------------------------------------------------------ review

    def _review_questions(self) -> list[Question]:
        """The challenges to the slides, the user's doubts and own questions, and anything the panel
        has asked in a run, each with the answer time the panel settings give it."""
        prep = self.session.prep
        asked = {str(a.get("id")) for run in self.runs for a in run.answers if isinstance(a, dict)}
        picked = [
            q for q in likely_questions(prep) if q.slide or q.source in ("doubt", "own") or q.id in asked
        ]
        return [replace(q, target_seconds=self.panel_settings.target(q)) for q in picked]

    def _show_review(self) -> None:
        prep = self.session.prep
        self.panel_box.categories = categories(prep.language)
        found = histories(prep, self.runs)
        numbers = {s.key: i for i, s in enumerate(prep.deck.slides, start=1) if s.key}
        names = {c.key: c.name for c in self.panel_box.categories}
        rows = []
        for q in weakest_first(self._review_questions(), found):
            where = (
                self.tr("slide %1").replace("%1", str(numbers[q.slide]))
                if q.slide in numbers
                else names.get(q.category, "")
            )
            rows.append((q, found.get(q.id), where))
        self.review.set_rows(rows)

    def practise(self, question_id: str) -> None:
        """Put one challenge as the panel would, in a window of its own; the answer joins its history."""
        question = next((q for q in self._review_questions() if q.id == question_id), None)
        if question is None:
            return
        dialog = PracticeDialog(question, self.session.prep.language, self.clock, self)
        dialog.answered.connect(self._practised)
        self.practice_dialog = dialog
        dialog.open()

    def _practised(self, answer: dict[str, object]) -> None:
        seconds, target, rating = answer.get("seconds"), answer.get("target_seconds"), answer.get("rating")
        practice.record_attempt(
            self.session.prep,
            str(answer.get("id")),
            float(seconds) if isinstance(seconds, int | float) else 0.0,
            target=target if isinstance(target, int) else 0,
            at=wall.now(),
            where="review",
            rating=rating if isinstance(rating, int) else 0,
        )
        self.session.edited()
        self._show_review()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
