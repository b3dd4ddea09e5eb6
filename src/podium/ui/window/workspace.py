"""One preparation's workspace: Research, the role's own planner, Deck, Questions and Rehearse."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from podium.core import clock
from podium.core.roles import catalogue
from podium.ui.common.accessibility import name_from_labels
from podium.ui.common.i18n import current_language
from podium.ui.common.session import PreparationSession
from podium.ui.deck_editor.section import DeckSection
from podium.ui.rehearse.section import RehearsePanel
from podium.ui.window.readiness_view import ReadinessBar

if TYPE_CHECKING:
    from podium.ui.interview.section import QuestionsPanel
    from podium.ui.research.section import ResearchPanel

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


def _research(session: PreparationSession) -> QWidget:
    from podium.ui.research.section import ResearchPanel

    return ResearchPanel(session)


def _questions(session: PreparationSession) -> QWidget:
    from podium.ui.interview.section import QuestionsPanel

    return QuestionsPanel(session)


class Workspace(QWidget):
    """The open preparation's sections, all editing one ``PreparationSession``.

    The Research and Questions tabs are built when first shown (or first asked for): with the
    Deck in front, building them at once cost about a fifth of the app's memory and the time to open.
    """

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
        self._later: dict[QWidget, tuple[str, Callable[[PreparationSession], QWidget]]] = {}
        self._built: dict[str, QWidget] = {}
        research_page = self._deferred("research", _research)
        self.role_panel = role_panel(session)
        self.deck = DeckSection(session)
        questions_page = self._deferred("questions", _questions)
        self.rehearse = RehearsePanel(session)
        self.rehearse.present_requested.connect(self.present_requested)
        # Tab mnemonics stay clear of the menu bar's (File, Edit, View, Rehearse, Help): Alt+R is the menu.
        self.tabs.addTab(research_page, self.tr("Re&search"))
        if self.role_panel is not None:
            self.tabs.addTab(self.role_panel, self.role_panel.section_title())  # type: ignore[attr-defined]
        self.tabs.addTab(self.deck, self.tr("Dec&k"))
        self.tabs.addTab(questions_page, self.tr("&Questions"))
        self.tabs.addTab(self.rehearse, self.tr("Rehe&arse"))
        self.tabs.currentChanged.connect(self._build_shown)
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

    @property
    def research(self) -> ResearchPanel:
        return self._build("research")  # type: ignore[return-value]

    @property
    def questions(self) -> QuestionsPanel:
        return self._build("questions")  # type: ignore[return-value]

    def _deferred(self, name: str, make: Callable[[PreparationSession], QWidget]) -> QWidget:
        page = QWidget()
        self._later[page] = (name, make)
        return page

    def _build(self, name: str) -> QWidget:
        """The panel ``name``, built now and put in its placeholder's tab if it was not yet."""
        if name in self._built:
            return self._built[name]
        page = next(p for p, (n, _) in self._later.items() if n == name)
        _, make = self._later.pop(page)
        panel = self._built[name] = make(self.session)
        name_from_labels(panel)  # as the window does for the tabs built with it
        index, current = self.tabs.indexOf(page), self.tabs.currentIndex()
        title = self.tabs.tabText(index)
        blocked = self.tabs.blockSignals(True)  # the same tab stays current: no change to announce
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, panel, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        page.deleteLater()
        return panel

    def _build_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page in self._later:
            self._build(self._later[page][0])

    def go_to(self, area: str, slide_index: int = -1) -> None:
        """Show the section that fixes a readiness item (and the slide, for a deck item)."""
        sections: dict[str, Callable[[], QWidget]] = {
            "research": lambda: self.research,
            "deck": lambda: self.deck,
            "questions": lambda: self.questions,
            "rehearse": lambda: self.rehearse,
        }  # only the section shown is built
        if area in sections:
            self.tabs.setCurrentWidget(sections[area]())
        if area == "deck" and slide_index >= 0:
            self.deck.select(slide_index)

    def _item_activated(self, item: object) -> None:
        """A deck item from the header: put the cursor on its block, as the Deck tab's list does."""
        if getattr(item, "area", "") == "deck" and getattr(item, "slide_index", -1) >= 0:
            self.deck.go_to(item)  # type: ignore[arg-type]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
