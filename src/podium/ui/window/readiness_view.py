"""Readiness in words: the countdown to the interview and what is still missing.

``core.interview.readiness`` decides what is missing; this module words it in the UI
language, shows it as a compact bar in the workspace (each item a link to the
section that fixes it) and as one line in the library.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from podium.core import clock
from podium.core.interview.readiness import Missing, Readiness, readiness
from podium.core.storage.store import Store, StoreError
from podium.ui.common.session import PreparationSession

translate = QCoreApplication.translate  # literal contexts, so Qt's lupdate files every string


def countdown(seconds_left: float | None) -> str:
    """'3 days 4 h to the interview', 'Interview in 5 h', 'The interview has passed' or ''."""
    if seconds_left is None:
        return ""
    if seconds_left < 0:
        return translate("Readiness", "The interview has passed")
    days, rest = divmod(int(seconds_left), 86400)
    hours, minutes = rest // 3600, (rest % 3600) // 60
    if days:
        return (
            translate("Readiness", "Interview in %1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if hours:
        return (
            translate("Readiness", "Interview in %1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    return translate("Readiness", "Interview in %1 min").replace("%1", str(minutes))


_FIELDS = {  # marked for lupdate here, translated when shown
    "website": QT_TRANSLATE_NOOP("Readiness", "website"), "industry": QT_TRANSLATE_NOOP("Readiness", "industry"),
    "offering": QT_TRANSLATE_NOOP("Readiness", "what it sells"), "mission": QT_TRANSLATE_NOOP("Readiness", "mission"),
    "goals": QT_TRANSLATE_NOOP("Readiness", "goals"), "department": QT_TRANSLATE_NOOP("Readiness", "department"),
}  # fmt: skip


def describe(item: Missing) -> str:
    """One missing thing in the user's words."""
    n = str(item.count)
    if item.kind == "company-field":
        names = ", ".join(
            translate("Readiness", str(_FIELDS.get(f.strip(), f.strip()))) for f in item.detail.split(",")
        )
        return translate("Readiness", "Company research: %1").replace("%1", names)
    texts: dict[str, Callable[[], str]] = {
        "competitors": lambda: translate("Readiness", "No competitors noted"),
        "culture": lambda: translate("Readiness", "Culture and values not noted"),
        "news": lambda: translate("Readiness", "No recent news noted"),
        "people": lambda: translate("Readiness", "Nobody on the panel noted yet"),
        "ideas": lambda: translate("Readiness", "No ideas for what they could do better"),
        "doubts": lambda: translate("Readiness", "Doubts from the first interview not noted"),
        "doubt-evidence": lambda: translate("Readiness", "No evidence yet for the doubt “%1”").replace(
            "%1", item.detail
        ),
        "questions": lambda: translate("Readiness", "No questions to ask them"),
        "example": lambda: translate("Readiness", "%1 example texts still in the deck").replace("%1", n),
        "empty": lambda: translate("Readiness", "%1 empty blocks in the deck").replace("%1", n),
        "no-notes": lambda: translate("Readiness", "%1 slides without speaker notes").replace("%1", n),
        "unanswered": lambda: (
            translate("Readiness", "%1 of %2 key questions without an answer")
            .replace("%1", n)
            .replace("%2", item.detail)
        ),
        "challenges": lambda: (
            translate("Readiness", "%1 of %2 slides whose challenge you have not answered aloud yet")
            .replace("%1", n)
            .replace("%2", item.detail)
        ),
        "never": lambda: translate("Readiness", "Not rehearsed yet"),
        "over": lambda: translate("Readiness", "Last rehearsal ran %1 s over the time").replace("%1", n),
        "short": lambda: translate("Readiness", "Last rehearsal stopped %1 s short of a full run").replace(
            "%1", n
        ),
    }
    make = texts.get(item.kind)
    return make() if make else item.kind


def summary_line(state: Readiness, *, with_countdown: bool = True) -> str:
    """'Interview in 3 d 4 h · 7 things to do' (or '· ready')."""
    parts = [countdown(state.seconds_left) if with_countdown else ""]
    count = len(state.items)
    if count:
        parts.append(
            translate("Readiness", "%1 things to do").replace("%1", str(count))
            if count != 1
            else translate("Readiness", "1 thing to do")
        )
    else:
        parts.append(translate("Readiness", "ready"))
    return " · ".join(p for p in parts if p)


def library_line(store: Store, prep_id: str, now: datetime) -> str:
    """The library's readiness line for one preparation; empty if it cannot be read."""
    try:
        prep = store.load(prep_id)
        return summary_line(readiness(prep, store.rehearsals(prep_id), now))
    except Exception:  # called from a model's data(): a damaged row must not take the list down
        return ""


class ReadinessBar(QWidget):
    """A one-line summary that expands into the list of what is missing; items link to their section."""

    go_to = Signal(str, int)  # area (research, deck, questions, rehearse), slide index or -1

    def __init__(self, session: PreparationSession, now: Callable[[], datetime] = clock.now,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self._now = now
        self.state: Readiness | None = None
        self.line = QLabel()
        self.line.setObjectName("readinessLine")
        self.toggle = QToolButton()
        self.toggle.setObjectName("readinessToggle")
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setText(self.tr("What is missing"))
        self.toggle.toggled.connect(self._expand)
        self.details = QLabel()
        self.details.setObjectName("readinessList")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.linkActivated.connect(self._link)
        self.details.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line)
        row.addWidget(self.toggle)
        row.addStretch(1)
        layout = QVBoxLayout()  # installed on self once filled
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.setLayout(layout)
        layout.addWidget(self.details)
        session.saved.connect(self.refresh)
        session.deck_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        prep = self.session.prep
        try:
            rehearsals = self.session.store.rehearsals(prep.id)
        except StoreError:
            rehearsals = []
        self.state = readiness(prep, rehearsals, self._now())
        urgent = self.state.seconds_left is not None and 0 <= self.state.seconds_left < 86400
        colour = "#B91C1C" if urgent and self.state.items else ("#166534" if not self.state.items else "")
        self.line.setText(summary_line(self.state, with_countdown=False))  # the header shows the countdown
        self.line.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "font-weight: bold;")
        self.toggle.setVisible(bool(self.state.items))
        sections = {"research": self.tr("Research"), "deck": self.tr("Deck"), "questions": self.tr("Questions"),
                    "rehearse": self.tr("Rehearse")}  # fmt: skip
        rows = []
        for item in self.state.items:
            link = f"{item.area}:{item.slide_index}"
            text = describe(item).replace("&", "&amp;").replace("<", "&lt;")
            rows.append(f"<li><a href='{link}'>{sections.get(item.area, item.area)}</a>: {text}</li>")
        self.details.setText(f"<ul style='margin: 0'>{''.join(rows)}</ul>")

    def _expand(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.details.setVisible(on)

    def _link(self, link: str) -> None:
        area, _, index = link.partition(":")
        self.go_to.emit(area, int(index or -1))
