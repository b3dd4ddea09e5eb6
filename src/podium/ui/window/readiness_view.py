"""Readiness in words: the countdown to the interview and what is still missing.

``core.interview.readiness`` decides what is missing; this module words it in the UI
language, shows it as a compact bar in the workspace (each item a link to the
section that fixes it) and as one line in the library.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from podium.core import clock
from podium.core.interview.readiness import Missing, Readiness, readiness
from podium.core.storage.store import Store
from podium.ui.common.session import PreparationSession
from podium.ui.common.style import restyle
from podium.ui.slides.readiness_words import describe_missing
from podium.ui.slides.todo import TodoList

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


describe = describe_missing  # the words live beside the to-do list that shows them


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
    """A one-line count that expands into the preparation's to-do list (the same list the Deck tab
    and the export dialog show); each item takes the user to where it is fixed."""

    go_to = Signal(str, int)  # area (research, deck, questions, rehearse), slide index or -1
    item_activated = Signal(object)  # the Missing item clicked, for a jump to its block

    def __init__(self, session: PreparationSession, now: Callable[[], datetime] = clock.now,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        session.now = now
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
        self.details = TodoList()
        self.details.setObjectName("readinessList")
        self.details.summary.hide()  # the line above says the count
        self.details.view.setMaximumHeight(180)
        self.details.activated.connect(self._activated)
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
        self.state = self.session.to_do()
        urgent = self.state.seconds_left is not None and 0 <= self.state.seconds_left < 86400
        tone = "urgent" if urgent and self.state.items else ("done" if not self.state.items else "")
        self.line.setText(summary_line(self.state, with_countdown=False))  # the header shows the countdown
        self.line.setProperty("tone", tone)
        self.line.setProperty("role", "strong")
        restyle(self.line)
        self.toggle.setVisible(bool(self.state.items))
        self.details.refresh(self.state, self.session.prep.deck)

    def text(self) -> str:
        """Every line of the list, as shown."""
        return "\n".join(self.details.model.lines)

    def _expand(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.details.setVisible(on)

    def _activated(self, item: Missing) -> None:
        self.go_to.emit(item.area, item.slide_index)
        self.item_activated.emit(item)

    def _link(self, link: str) -> None:
        area, _, index = link.partition(":")
        self.go_to.emit(area, int(index or -1))
