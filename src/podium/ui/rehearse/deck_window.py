"""Rehearse a deck finished elsewhere: what Podium read from it, its budgets and notes, its history.

Opens on a .pptx or PDF. The slides' pictures render in the background while the user looks
(LibreOffice for a .pptx); without LibreOffice the outline stands in, and the window says so.
Budgets split the talk over the slides that are not hidden; the user may fix any of them.
Notes typed here are kept with the deck (by slide content) and win over the file's. Every run
of this deck is charted below; "Start presenting" opens the presenter on it.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from podium.core.rehearsal.decks.record import DeckRecords, RecordError
from podium.core.rehearsal.review import run_summary, trend_text
from podium.ui.common import messages
from podium.ui.rehearse.deck_model import DeckSlidesModel
from podium.ui.rehearse.deck_source import ImportedSource
from podium.ui.rehearse.history_chart import ChartSlide, HistoryChart
from podium.ui.rehearse.slide_view import SlideView


class DeckWindow(QDialog):
    present_requested = Signal(object)  # the ImportedSource to present

    def __init__(
        self,
        source: ImportedSource,
        records: DeckRecords,
        *,
        talk_fixed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deckWindow")
        self.source, self.records = source, records
        source.setParent(self)
        deck = source.deck
        self.setWindowTitle(self.tr("Rehearse a deck — %1").replace("%1", deck.path.name))
        self.info = QLabel()
        self.info.setObjectName("deckInfo")
        self.info.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("deckStatus")
        self.status.setWordWrap(True)
        self.talk = QSpinBox()
        self.talk.setObjectName("deckTalkMinutes")
        self.talk.setRange(1, 180)
        self.talk.setSuffix(self.tr(" min"))
        self.talk.setValue(max(1, round(source.record.talk_seconds / 60)))
        self.qa = QSpinBox()
        self.qa.setRange(0, 120)
        self.qa.setSuffix(self.tr(" min"))
        self.qa.setValue(round(source.record.qa_seconds / 60))
        for spin in (self.talk, self.qa):
            spin.setEnabled(not talk_fixed and source.companion is None)
            spin.valueChanged.connect(self._talk_changed)
        if talk_fixed:
            self.talk.setToolTip(self.tr("The preparation's talk length applies."))
        self.model = DeckSlidesModel(source, self)
        self.model.budget_edited.connect(self._budget_edited)
        self.table = QTableView()
        self.table.setObjectName("deckSlides")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.preview = SlideView(source, background="#1F2937")
        self.preview.setObjectName("deckPreview")
        self.preview.setMinimumSize(320, 180)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("deckNotes")
        self.notes.setPlaceholderText(self.tr("Notes for this slide (kept with the deck in Podium)"))
        self.notes.textChanged.connect(self._notes_edited)
        self.chart = HistoryChart()
        self.trend = QLabel()
        self.trend.setObjectName("deckTrend")
        self.trend.setWordWrap(True)
        self.present_button = QPushButton(self.tr("Start presenting"))
        self.present_button.setObjectName("deckPresentButton")
        self.present_button.setDefault(True)
        self.present_button.clicked.connect(lambda: self.present_requested.emit(self.source))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)

        form = QFormLayout()
        form.addRow(self.tr("Talk"), self.talk)
        form.addRow(self.tr("Questions after it"), self.qa)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 3)
        right_layout.addWidget(QLabel(self.tr("Speaker notes")))
        right_layout.addWidget(self.notes, 2)
        top = QSplitter()
        top.addWidget(self.table)
        top.addWidget(right)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        lower = QSplitter()
        lower.setOrientation(lower.orientation().Vertical)
        lower.addWidget(top)
        lower.addWidget(self.chart)
        lower.setStretchFactor(0, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.present_button)
        layout = QVBoxLayout()  # installed on self once filled
        layout.addWidget(self.info)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(lower, 1)
        layout.addWidget(self.trend)
        layout.addLayout(buttons)
        self.setLayout(layout)
        self.resize(1100, 760)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        source.state_changed.connect(self._show_status)
        source.pictures_ready.connect(self.preview.update)
        self._row = -1
        self.refresh()
        self.table.selectRow(0)

    # ------------------------------------------------------------------ showing

    def info_text(self) -> str:
        deck = self.source.deck
        notes = sum(1 for i in range(self.source.count) if self.source.notes(i).strip())
        hidden = [str(s.number) for s in deck.slides if s.hidden]
        text = (
            self.tr("%1 slides, %2 with notes").replace("%1", str(len(deck.slides))).replace("%2", str(notes))
        )
        if hidden:
            text += " · " + self.tr("hidden: %1").replace("%1", ", ".join(hidden))
        text += " · " + deck.aspect_name()
        if deck.notes_source:
            text += " · " + self.tr("notes from %1").replace("%1", deck.notes_source)
        return text

    def _show_status(self, *_args: object) -> None:
        self.status.setText(self.source.reason)
        self.status.setVisible(bool(self.source.reason))

    def refresh(self) -> None:
        source = self.source
        self.info.setText(self.info_text())
        self._show_status()
        self.model.refresh()
        runs = source.record.runs
        timed = [m for m in source.metas if not m.backup]
        self.chart.set_history(
            runs, [ChartSlide(m.key, m.title, m.target_seconds) for m in timed], source.plan.talk_seconds, 15
        )
        trend = trend_text(runs, source.language)
        last = run_summary(runs[-1], source.language) if runs else self.tr("No runs of this deck yet.")
        self.trend.setText(f"{last} {trend}".strip())

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        self._row = rows[0].row()
        self.preview.show_slide(self._row)
        self.notes.blockSignals(True)
        self.notes.setPlainText(self.source.notes(self._row))
        self.notes.blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.source.close()  # stops a conversion still running; a presenter on it closes first
        super().closeEvent(event)

    # ------------------------------------------------------------------ editing

    def _save(self) -> None:
        try:
            self.records.save(self.source.record)
        except RecordError as exc:
            messages.error(self, self.tr("Not saved"), str(exc))

    def _replan(self) -> None:
        source = self.source
        source.plan = source.record.plan(source.deck)
        source.metas = [
            type(m)(m.key, m.title, source.plan.budget(i), m.backup) for i, m in enumerate(source.metas)
        ]
        self._save()
        self.refresh()

    def _talk_changed(self) -> None:
        self.source.record.talk_seconds = self.talk.value() * 60
        self.source.record.qa_seconds = self.qa.value() * 60
        self._replan()

    def _budget_edited(self, row: int, seconds: object) -> None:
        key = self.source.deck.slides[row].key
        self.source.record.set_budget(key, seconds if isinstance(seconds, int) else None)
        self._replan()

    def _notes_edited(self) -> None:
        if self._row < 0:
            return
        slide = self.source.deck.slides[self._row]
        text = self.notes.toPlainText()
        if text.strip() == slide.notes.strip():
            self.source.record.notes.pop(slide.key, None)
        else:
            self.source.record.notes[slide.key] = text
        self._save()
        self.model.dataChanged.emit(self.model.index(self._row, 3), self.model.index(self._row, 3))
        self.info.setText(self.info_text())
