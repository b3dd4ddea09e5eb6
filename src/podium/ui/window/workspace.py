"""One preparation's workspace: Research, the role's own planner, Deck, Questions and Rehearse."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from podium.core import clock
from podium.core.roles import catalogue
from podium.ui.common.i18n import current_language
from podium.ui.common.session import PreparationSession
from podium.ui.deck_editor.section import DeckSection
from podium.ui.interview.section import QuestionsPanel
from podium.ui.rehearse.section import RehearsePanel
from podium.ui.research.section import ResearchPanel
from podium.ui.window.readiness_view import ReadinessBar

__all__ = ["DeckSection", "Workspace", "countdown_text"]


def role_panel(session: PreparationSession) -> QWidget | None:
    """The role's own tab (campaign brief, data set, risk register), when its plug-in declares one.

    The panel's module is imported only now, when a preparation of that role opens.
    """
    role = catalogue().get(session.prep.role)
    plugin = role.plugin if role is not None else None
    if plugin is None or plugin.panel is None:
        return None
    widget: QWidget = plugin.panel(session)
    return widget


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
        self.role_panel = role_panel(session)
        self.deck = DeckSection(session)
        self.questions = QuestionsPanel(session)
        self.rehearse = RehearsePanel(session)
        self.rehearse.present_requested.connect(self.present_requested)
        # Tab mnemonics stay clear of the menu bar's (File, Edit, View, Rehearse, Help): Alt+R is the menu.
        self.tabs.addTab(self.research, self.tr("Re&search"))
        if self.role_panel is not None:
            self.tabs.addTab(self.role_panel, self.role_panel.section_title())  # type: ignore[attr-defined]
        self.tabs.addTab(self.deck, self.tr("Dec&k"))
        self.tabs.addTab(self.questions, self.tr("&Questions"))
        self.tabs.addTab(self.rehearse, self.tr("Rehe&arse"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export_requested)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(8, 4, 8, 0)
        top_layout.addWidget(self.header)
        self.readiness = ReadinessBar(session, (lambda: now) if now else clock.now)
        self.readiness.go_to.connect(self.go_to)
        self.readiness.item_activated.connect(self._item_activated)
        self.deck.area_requested.connect(self.go_to)
        top_layout.addWidget(self.readiness)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        role = catalogue().get(prep.role)
        ui = current_language()  # the header is the app's chrome: the UI language, not the deck's
        role_text = f"{role.name(ui)} — {role.task(ui)}" if role else prep.role
        countdown = countdown_text(prep.interview_at, now or clock.now())
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

    def _item_activated(self, item: object) -> None:
        """A deck item from the header: put the cursor on its block, as the Deck tab's list does."""
        if getattr(item, "area", "") == "deck" and getattr(item, "slide_index", -1) >= 0:
            self.deck.go_to(item)  # type: ignore[arg-type]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
