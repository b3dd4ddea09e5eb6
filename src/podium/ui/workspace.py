"""One preparation's workspace: Research, Deck, Questions and Rehearse sections."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from podium.core.layout import SlideLayout, layout_deck
from podium.core.model import Preparation
from podium.core.roles import catalogue
from podium.core.talk_timer import format_clock
from podium.ui.slides_view import SlideList, SlideListModel, SlidePreview

SAVE_DELAY_MS = 300  # an edit reaches the database well within a second


def countdown_text(interview_at: datetime | None, now: datetime) -> str:
    if interview_at is None:
        return ""
    delta = interview_at - now
    if delta.total_seconds() < 0:
        return QCoreApplication.translate("Workspace", "The interview has passed")
    days, rest = divmod(int(delta.total_seconds()), 86400)
    hours = rest // 3600
    return (
        QCoreApplication.translate("Workspace", "Interview in %1 d %2 h")
        .replace("%1", str(days))
        .replace("%2", str(hours))
    )


def _later(text: str) -> QWidget:
    """A section a later version fills, saying so plainly."""
    page = QWidget()
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout = QVBoxLayout(page)
    layout.addWidget(label)
    return page


class DeckSection(QWidget):
    """Thumbnails, the large preview, and the slide's guidance and notes."""

    notes_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prep: Preparation | None = None
        self.layouts: list[SlideLayout] = []
        self.model = SlideListModel(self)
        self.slide_list = SlideList()
        self.slide_list.setModel(self.model)
        self.preview = SlidePreview()
        self.fit_warning = QLabel()
        self.fit_warning.setObjectName("fitWarning")
        self.fit_warning.setStyleSheet("color: #B91C1C; font-weight: bold;")
        self.fit_warning.setWordWrap(True)
        self.guidance = QLabel()
        self.guidance.setObjectName("guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.target = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(self.tr("Speaker notes"))
        self.notes.setPlaceholderText(self.tr("What you will say on this slide"))
        self.notes.setMaximumHeight(160)
        self.notes.textChanged.connect(self._notes_changed)

        side = QWidget()
        form = QFormLayout(side)
        form.addRow(self.tr("<b>Guidance</b>"), self.guidance)
        form.addRow(self.tr("Time budget:"), self.target)
        form.addRow(self.tr("<b>Speaker notes</b>"), self.notes)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.addWidget(self.preview, 1)
        centre_layout.addWidget(self.fit_warning)
        centre_layout.addWidget(side)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("deckSplitter")
        self.splitter.addWidget(self.slide_list)
        self.splitter.addWidget(centre)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.slide_list.selectionModel().currentChanged.connect(lambda cur, _prev: self.show_slide(cur.row()))
        self._loading = False

    def set_preparation(self, prep: Preparation) -> None:
        self.prep = prep
        self.relayout()
        if self.layouts:
            self.slide_list.selectionModel().setCurrentIndex(
                self.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.show_slide(0)

    def relayout(self) -> None:
        assert self.prep is not None
        self.layouts = layout_deck(
            self.prep.deck, language=self.prep.language, brand=self.prep.brand_color, footer=self.prep.company
        )
        self.model.set_deck(self.prep.deck.slides, self.layouts, self.prep.language)

    def current_row(self) -> int:
        return self.slide_list.currentIndex().row()

    def show_slide(self, row: int) -> None:
        if self.prep is None or not 0 <= row < len(self.layouts):
            return
        slide = self.prep.deck.slides[row]
        laid = self.layouts[row]
        self.preview.show_layout(laid, self.prep.language)
        self.guidance.setText(slide.guidance)
        budget = format_clock(slide.target_seconds)
        self.target.setText(
            self.tr("%1 of the talk").replace("%1", budget)
            if not slide.backup
            else self.tr("backup slide, not timed")
        )
        self.fit_warning.setText(
            self.tr(
                "Some text does not fit on this slide even at the smallest size: shorten it or split the slide."
            )
            if laid.overflows
            else ""
        )
        self._loading = True
        self.notes.setPlainText(slide.notes)
        self._loading = False

    def _notes_changed(self) -> None:
        row = self.current_row()
        if self._loading or self.prep is None or not 0 <= row < len(self.prep.deck.slides):
            return
        self.prep.deck.slides[row].notes = self.notes.toPlainText()
        self.notes_edited.emit()


class Workspace(QWidget):
    """The open preparation. Edits are saved by the owner through ``save_requested``."""

    save_requested = Signal()
    export_requested = Signal()
    present_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prep: Preparation | None = None
        self.header = QLabel()
        self.header.setObjectName("workspaceHeader")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sections")
        self.deck = DeckSection()
        research = _later(
            self.tr(
                "Company research — the business, its goals, the department and the people "
                "on your panel — arrives in a coming version of Podium."
            )
        )
        questions = _later(
            self.tr("Practice of the panel's likely questions arrives in a coming version of Podium.")
        )
        rehearse = QWidget()
        rehearse_layout = QVBoxLayout(rehearse)
        self.present_button = QPushButton(self.tr("Start presenting"))
        self.present_button.clicked.connect(self.present_requested)
        self.export_button = QPushButton(self.tr("Export .pptx…"))
        self.export_button.clicked.connect(self.export_requested)
        explain = QLabel(
            self.tr(
                "Rehearse the talk against the clock. Keys: → Space PgDn next, ← PgUp previous, Home/End, Esc to stop."
            )
        )
        explain.setWordWrap(True)
        rehearse_layout.addWidget(explain)
        rehearse_layout.addWidget(self.present_button)
        rehearse_layout.addStretch(1)
        self.tabs.addTab(research, self.tr("&Research"))
        self.tabs.addTab(self.deck, self.tr("&Deck"))
        self.tabs.addTab(questions, self.tr("&Questions"))
        self.tabs.addTab(rehearse, self.tr("Re&hearse"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(8, 4, 8, 0)
        top_layout.addWidget(self.header)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_requested)
        self.deck.notes_edited.connect(self._save_timer.start)

    def set_preparation(self, prep: Preparation, now: datetime | None = None) -> None:
        self.prep = prep
        role = catalogue().get(prep.role)
        role_text = f"{role.name(prep.language)} — {role.task(prep.language)}" if role else prep.role
        countdown = countdown_text(prep.interview_at, now or datetime.now())
        self.header.setText(
            f"<h2>{_escape(prep.display_title)}</h2>{_escape(role_text)}"
            + (f" · {countdown}" if countdown else "")
        )
        self.deck.set_preparation(prep)
        self.tabs.setCurrentWidget(self.deck)

    def flush(self) -> None:
        """Save a pending edit now (before closing or switching)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_requested.emit()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
