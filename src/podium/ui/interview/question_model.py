"""The Questions tab's list: the likely questions of one category (or all, or the hidden ones),
each marked with its category, whether it has a drafted answer, the confidence and the last rating."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from podium.core.interview import practice
from podium.core.interview.history import histories
from podium.core.interview.model import Category
from podium.core.interview.questions import Question, categories, likely_questions
from podium.core.rehearsal.talk_timer import format_clock
from podium.ui.common import appearance
from podium.ui.common.session import PreparationSession

_Index = QModelIndex | QPersistentModelIndex
ALL, HIDDEN = "", "__hidden__"  # the filter's two entries that are not a category


class QuestionModel(QAbstractListModel):
    """The likely questions under the chosen filter; ``everything`` keeps the unfiltered list."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session: PreparationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.questions: list[Question] = []
        self.everything: list[Question] = []  # every question, hidden ones too
        self.filter = ALL
        self.names: dict[str, str] = {}
        self.ratings: dict[str, int] = {}
        self.slides: dict[str, int] = {}  # slide key -> its number, for a challenge's "slide 6"

    def reload(self) -> None:
        prep = self.session.prep
        self.beginResetModel()
        self.names = {c.key: c.name for c in categories(prep.language)}
        self.everything = likely_questions(prep, hidden=True)
        self.ratings = {qid: h.rating for qid, h in histories(prep).items() if h.rating}
        self.slides = {s.key: i for i, s in enumerate(prep.deck.slides, start=1) if s.key}
        if self.filter == HIDDEN:
            self.questions = [q for q in self.everything if q.hidden]
        else:
            self.questions = [q for q in self.everything if not q.hidden and self.filter in (ALL, q.category)]
        self.endResetModel()

    def set_filter(self, key: str) -> None:
        self.filter = key
        self.reload()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.questions)

    def row_of(self, question_id: str) -> int:
        return next((i for i, q in enumerate(self.questions) if q.id == question_id), -1)

    def _source(self, q: Question) -> str:
        return {
            "doubt": self.tr("your doubt"),
            "idea": self.tr("your idea"),
            "own": self.tr("your question"),
        }.get(q.source, "")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        q = self.questions[index.row()]
        p = practice.load(self.session.prep, q.id)
        if role == Qt.ItemDataRole.DisplayRole:
            marks = "●" * p.confidence + "○" * (3 - p.confidence)
            done = "✓ " if p.answered(q) else ""
            slide = (
                self.tr("slide %1").replace("%1", str(self.slides[q.slide])) if q.slide in self.slides else ""
            )
            parts = [self.names.get(q.category, q.category), slide, self._source(q),
                     "STAR" if q.behavioural else "", format_clock(q.target_seconds), marks]  # fmt: skip
            rating = self.ratings.get(q.id)
            if rating:
                parts.append(self.tr("rated %1/5").replace("%1", str(rating)))
            if q.edited:
                parts.append(self.tr("your wording"))
            return f"{done}{q.text}\n" + " · ".join(part for part in parts if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            return q.guidance
        if role == Qt.ItemDataRole.ForegroundRole and (q.hidden or not p.answered(q)):
            return appearance.ink("#334E68", "#9FB3C8")  # readable on a light or a dark list
        if role == self.IdRole:
            return q.id
        return None

    def refresh_row(self, row: int) -> None:
        if 0 <= row < len(self.questions):
            self.dataChanged.emit(self.index(row), self.index(row))


class CategoryBox(QComboBox):
    """The list's filter: all questions, each category in the deck's language, or the hidden ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionCategory")
        self.setAccessibleName(self.tr("Show questions of"))

    def fill(self, found: list[Category]) -> None:
        """Offer ``found``; the chosen entry stays chosen, and nothing is signalled."""
        items = [(self.tr("All questions"), ALL), *((c.name, c.key) for c in found)]
        items.append((self.tr("Hidden questions"), HIDDEN))
        if [(self.itemText(i), self.itemData(i)) for i in range(self.count())] == items:
            return
        chosen = self.key()
        self.blockSignals(True)
        self.clear()
        for text, key in items:
            self.addItem(text, key)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)

    def key(self) -> str:
        return str(self.currentData() or ALL)

    def choose(self, key: str) -> None:
        self.setCurrentIndex(max(0, self.findData(key)))
