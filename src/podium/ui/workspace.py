"""One preparation's workspace: Research, the role's own planner, Deck, Questions and Rehearse."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
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
from podium.core.roles import catalogue
from podium.core.talk_timer import format_clock
from podium.ui.questions_panel import QuestionsPanel
from podium.ui.readiness_view import ReadinessBar
from podium.ui.rehearse_panel import RehearsePanel
from podium.ui.research_panel import ResearchPanel
from podium.ui.role_panels import panel_for
from podium.ui.session import PreparationSession
from podium.ui.slides_view import SlideList, SlideListModel, SlidePreview


def countdown_text(interview_at: datetime | None, now: datetime) -> str:
    if interview_at is None:
        return ""
    delta = interview_at - now
    if delta.total_seconds() < 0:
        return QCoreApplication.translate("Workspace", "The interview has passed")
    days, rest = divmod(int(delta.total_seconds()), 86400)
    hours = rest // 3600
    text = QCoreApplication.translate("Workspace", "Interview in %1 d %2 h")
    return text.replace("%1", str(days)).replace("%2", str(hours))


class DeckSection(QWidget):
    """Thumbnails, the large preview, and the slide's guidance and notes."""

    def __init__(self, session: PreparationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
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
        session.deck_changed.connect(self.refresh)
        self.refresh()
        if self.layouts:
            self.select(0)

    @property
    def prep(self):
        return self.session.prep

    def select(self, row: int) -> None:
        self.slide_list.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.show_slide(row)

    def refresh(self) -> None:
        """Lay the deck out again and redraw thumbnails and preview, keeping the selection."""
        row = max(0, self.current_row())
        prep = self.prep
        self.layouts = layout_deck(
            prep.deck, language=prep.language, brand=prep.brand_color, footer=prep.company
        )
        self.model.set_deck(prep.deck.slides, self.layouts, prep.language)
        if self.layouts:
            self.select(min(row, len(self.layouts) - 1))

    def current_row(self) -> int:
        return self.slide_list.currentIndex().row()

    def show_slide(self, row: int) -> None:
        if not 0 <= row < len(self.layouts):
            return
        slide = self.prep.deck.slides[row]
        laid = self.layouts[row]
        self.preview.show_layout(laid, self.prep.language)
        self.guidance.setText(slide.guidance)
        if slide.backup:
            self.target.setText(self.tr("backup slide, not timed"))
        else:
            self.target.setText(self.tr("%1 of the talk").replace("%1", format_clock(slide.target_seconds)))
        self.fit_warning.setText(
            self.tr(
                "Some text does not fit on this slide even at the smallest size: shorten it or split the slide."
            )
            if laid.overflows
            else ""
        )
        if self.notes.toPlainText() != slide.notes:
            self._loading = True
            self.notes.setPlainText(slide.notes)
            self._loading = False

    def _notes_changed(self) -> None:
        row = self.current_row()
        if self._loading or not 0 <= row < len(self.prep.deck.slides):
            return
        self.prep.deck.slides[row].notes = self.notes.toPlainText()
        self.session.edited()


class Workspace(QWidget):
    """The open preparation's sections, all editing one ``PreparationSession``."""

    export_requested = Signal()
    present_requested = Signal()

    def __init__(
        self, session: PreparationSession, now: datetime | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        prep = session.prep
        self.header = QLabel()
        self.header.setObjectName("workspaceHeader")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sections")
        self.research = ResearchPanel(session)
        self.role_panel = panel_for(session)
        self.deck = DeckSection(session)
        self.questions = QuestionsPanel(session)
        self.rehearse = RehearsePanel(session)
        self.rehearse.present_requested.connect(self.present_requested)
        self.tabs.addTab(self.research, self.tr("&Research"))
        if self.role_panel is not None:
            self.tabs.addTab(self.role_panel, self.role_panel.section_title())  # type: ignore[attr-defined]
        self.tabs.addTab(self.deck, self.tr("&Deck"))
        self.tabs.addTab(self.questions, self.tr("&Questions"))
        self.tabs.addTab(self.rehearse, self.tr("Re&hearse"))
        self.export_button = QPushButton(self.tr("Export .pptx…"))
        self.export_button.clicked.connect(self.export_requested)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(8, 4, 8, 0)
        top_layout.addWidget(self.header)
        self.readiness = ReadinessBar(session, (lambda: now) if now else datetime.now)  # type: ignore[arg-type,return-value]
        self.readiness.go_to.connect(self.go_to)
        top_layout.addWidget(self.readiness)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        role = catalogue().get(prep.role)
        role_text = f"{role.name(prep.language)} — {role.task(prep.language)}" if role else prep.role
        countdown = countdown_text(prep.interview_at, now or datetime.now())
        self.header.setText(
            f"<h2>{_escape(prep.display_title)}</h2>{_escape(role_text)}"
            + (f" · {countdown}" if countdown else "")
        )
        self.tabs.setCurrentWidget(self.deck)

    def go_to(self, area: str, slide_index: int = -1) -> None:
        """Show the section that fixes a readiness item (and the slide, for a deck item)."""
        sections = {"research": self.research, "deck": self.deck, "questions": self.questions,
                    "rehearse": self.rehearse}  # fmt: skip
        if area in sections:
            self.tabs.setCurrentWidget(sections[area])
        if area == "deck" and slide_index >= 0:
            self.deck.select(slide_index)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
