"""The preparation's one to-do list: research, deck, questions and rehearsal, one click to each.

``core.interview.readiness`` decides what is missing; the workspace header, the Deck tab and the
export dialog all show that list through this widget and these words, so they agree on the count.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from podium.core.deck.checks import (
    EMPTY,
    EXAMPLE,
    NO_NOTES,
    NO_TITLE,
    NOTES_DRAFT,
    PLACEHOLDER,
    UnfinishedItem,
)
from podium.core.interview.readiness import DECK, Missing, Readiness
from podium.core.model import Deck
from podium.ui.common import appearance
from podium.ui.slides.readiness_words import describe_missing

_Index = QModelIndex | QPersistentModelIndex


def describe(item: UnfinishedItem, deck: Deck) -> str:
    """One line the user can act on: which slide, what is left."""
    slide = deck.slides[item.slide_index]
    translate = QCoreApplication.translate  # this name, so Qt's lupdate reads the literal contexts
    block = slide.blocks[item.block_index] if 0 <= item.block_index < len(slide.blocks) else None
    kind = block.kind if block is not None else ""
    examples = {
        "bullets": translate("TodoList", "Example points still to replace"),
        "table": translate("TodoList", "Example table still to replace"),
        "chart": translate("TodoList", "Example chart still to replace"),
        "image": translate("TodoList", "Example image still to replace"),
        "diagram": translate("TodoList", "Example diagram still to replace"),
    }
    texts = {
        EXAMPLE: examples.get(kind, translate("TodoList", "Example content still to replace"))
        if block is not None
        else translate("TodoList", "Example title still to replace"),
        EMPTY: translate("TodoList", "Empty block to fill in or remove"),
        NO_NOTES: translate("TodoList", "No speaker notes yet"),
        NO_TITLE: translate("TodoList", "No title"),
        PLACEHOLDER: translate("TodoList", "A [gap] still to fill in"),
        NOTES_DRAFT: translate("TodoList", "Notes draft with [gaps] still open"),
    }
    title = slide.title.strip() or translate("TodoList", "untitled")
    return f"{item.slide_index + 1}. {title}: {texts.get(item.kind, item.kind)}"


def item_text(item: Missing, deck: Deck) -> str:
    """One entry of the to-do list in the user's words: a deck item names its slide."""
    if item.area == DECK and 0 <= item.slide_index < len(deck.slides):
        return describe(UnfinishedItem(item.slide_index, item.kind, item.block_index), deck)
    return describe_missing(item)


def area_name(area: str) -> str:
    translate = QCoreApplication.translate
    names = {"research": translate("TodoList", "Research"), "deck": translate("TodoList", "Deck"),
             "questions": translate("TodoList", "Questions"), "rehearse": translate("TodoList", "Rehearse")}  # fmt: skip
    return names.get(area, area)


class TodoModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Missing] = []
        self.lines: list[str] = []

    def refresh(self, state: Readiness, deck: Deck) -> None:
        items = list(state.items)
        lines = [f"{area_name(i.area)}: {item_text(i, deck)}" for i in items]
        if lines == self.lines and items == self.items:
            return  # typing elsewhere on the slide: keep the list (and its scroll position) as it is
        self.beginResetModel()
        self.items, self.lines = items, lines
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.lines[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and item.kind in (EXAMPLE, EMPTY, NO_TITLE, PLACEHOLDER):
            return QBrush(appearance.ink("#9A3412", "#FDBA74"))
        return None


def summary_text(items: list[Missing]) -> str:
    """'5 things to do before the interview, 3 of them in the deck. Click one to go there.'"""
    translate = QCoreApplication.translate
    count, in_deck = len(items), sum(1 for i in items if i.area == DECK)
    if not count:
        return translate("TodoList", "Nothing left to finish: the deck is ready to export.")
    if not in_deck:
        return translate(
            "TodoList", "Nothing left to finish in the deck. %1 more to do before the interview."
        ).replace("%1", str(count))
    if count == 1:
        return translate("TodoList", "1 thing left to finish, in the deck. Click it to go there.")
    return (
        translate("TodoList", "%1 things to do before the interview, %2 in the deck. Click one to go there.")
        .replace("%1", str(count))
        .replace("%2", str(in_deck))
    )


class TodoList(QWidget):
    """Click (or Enter on) an item to jump to it."""

    activated = Signal(object)  # Missing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TodoModel(self)
        self.summary = QLabel()
        self.summary.setObjectName("todoSummary")
        self.summary.setWordWrap(True)
        self.view = QListView()
        self.view.setObjectName("todoList")
        self.view.setAccessibleName(self.tr("Unfinished work"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.clicked.connect(self._activate)
        self.view.activated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def refresh(self, state: Readiness, deck: Deck) -> None:
        self.model.refresh(state, deck)
        self.summary.setText(summary_text(self.model.items))

    def deck_items(self) -> list[Missing]:
        return [i for i in self.model.items if i.area == DECK]

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.items[index.row()])
