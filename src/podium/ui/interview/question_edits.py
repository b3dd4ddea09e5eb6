"""The user's changes to the question list (add, reword, hide), undoable, and the dialogs for them:
writing a question, and choosing which categories go on the cue cards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from podium.core.interview.model import MAX_SECONDS, MIN_SECONDS, Category, Question
from podium.core.interview.own import (
    DEFAULT_CATEGORY,
    OWN_PREFIX,
    OwnQuestion,
    QuestionEdits,
    load_edits,
    new_id,
    store_edits,
)
from podium.core.interview.questions import categories, podium_questions
from podium.core.model import Preparation


class SetEdits(QUndoCommand):
    """Put the user's question edits from ``before`` to ``after`` (undo puts them back)."""

    def __init__(
        self,
        prep: Preparation,
        after: QuestionEdits,
        text: str,
        changed: Callable[[str], None],
        select: str = "",
    ) -> None:
        super().__init__(text)
        self.prep, self.before, self.after = prep, load_edits(prep), after
        self.changed = changed  # tells the tab to save and reload, showing ``select``
        self.select = select

    def redo(self) -> None:
        store_edits(self.prep, self.after)
        self.changed(self.select)

    def undo(self) -> None:
        store_edits(self.prep, self.before)
        self.changed(self.select)


class QuestionEditor(QObject):
    """Adds, rewords, hides and removes questions through one undo stack; ``changed(select)`` is
    called after every change (and its undo) with the question to show."""

    def __init__(self, prep: Preparation, changed: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.prep = prep
        self.changed = changed
        self.parent_widget = parent
        self.undo = QUndoStack(self)
        self.dialog: QuestionDialog | None = None

    def _push(self, after: QuestionEdits, text: str, select: str = "") -> None:
        self.undo.push(SetEdits(self.prep, after, text, self.changed, select))

    def add(self) -> None:
        """Ask for a question the user expects from this panel, in a category of their choice."""
        dialog = QuestionDialog(categories(self.prep.language), self.parent_widget)
        dialog.accepted.connect(lambda: self._added(dialog))
        self.dialog = dialog
        dialog.open()

    def _added(self, dialog: QuestionDialog) -> None:
        text = dialog.wording()
        if text:
            own = OwnQuestion(new_id(), text, str(dialog.category.currentData()), dialog.seconds.value())
            self._push(load_edits(self.prep).add(own), self.tr("Add a question"), own.id)

    def edit(self, question: Question) -> None:
        """Put ``question`` in the user's words (their own question: its category and time too)."""
        original = self.podiums_wording(question.id) if question.edited else ""
        dialog = QuestionDialog(
            categories(self.prep.language), self.parent_widget, question=question, original=original
        )
        dialog.accepted.connect(lambda: self._edited(dialog, question))
        self.dialog = dialog
        dialog.open()

    def podiums_wording(self, question_id: str) -> str:
        """What Podium asks before the user reworded it."""
        return next((q.text for q in podium_questions(self.prep) if q.id == question_id), "")

    def _edited(self, dialog: QuestionDialog, question: Question) -> None:
        edits = load_edits(self.prep)
        after = edits.reword(question.id, dialog.wording(), category=str(dialog.category.currentData()),
                             seconds=dialog.seconds.value())  # fmt: skip
        if after != edits:
            self._push(after, self.tr("Edit a question"), question.id)

    def toggle_hidden(self, question: Question, then: str) -> None:
        """Hide ``question``, or show it again; the user's own is removed. ``then`` is shown next."""
        edits = load_edits(self.prep)
        if question.id.startswith(OWN_PREFIX) and not question.hidden:
            self._push(edits.remove(question.id), self.tr("Remove a question"), then)
        elif question.hidden:
            self._push(edits.hide(question.id, False), self.tr("Show a question again"), then)
        else:
            self._push(edits.hide(question.id), self.tr("Hide a question"), then)


class QuestionDialog(QDialog):
    """Write a question the panel may ask (a new one), or reword one of Podium's."""

    def __init__(
        self,
        categories: list[Category],
        parent: QWidget | None = None,
        *,
        question: Question | None = None,
        original: str = "",
    ) -> None:
        super().__init__(parent)
        adding = question is None
        self.setWindowTitle(self.tr("Add a question") if adding else self.tr("Edit the question"))
        self.text = QPlainTextEdit(question.text if question else "")
        self.text.setObjectName("questionWording")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The question as the panel would put it"))
        self.text.setAccessibleName(self.tr("Question"))
        self.category = QComboBox()
        for category in categories:
            self.category.addItem(category.name, category.key)
        key = question.category if question else DEFAULT_CATEGORY
        self.category.setCurrentIndex(max(0, self.category.findData(key)))
        self.seconds = QSpinBox()
        self.seconds.setRange(MIN_SECONDS, MAX_SECONDS)
        self.seconds.setSingleStep(15)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setValue(question.target_seconds if question else 90)
        form = QFormLayout()
        form.addRow(self.tr("Question:"), self.text)
        own = adding or (question is not None and question.source == "own")
        if own:  # Podium's questions keep their category and target; only the wording is the user's
            form.addRow(self.tr("Category:"), self.category)
            form.addRow(self.tr("Answer in:"), self.seconds)
        layout = QVBoxLayout()  # installed on self once filled
        if original:
            note = QLabel(
                self.tr("Podium's wording: %1 — leave the field empty to go back to it.").replace(
                    "%1", original
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setLayout(layout)
        self.resize(560, 260)

    def wording(self) -> str:
        return " ".join(self.text.toPlainText().split())


class CardsDialog(QDialog):
    """Which categories go on the cue cards: the classics, the doubts and the slides' challenges by
    default, so the cards are the ones worth carrying, not fifty."""

    DEFAULTS = ("classic", "doubts", "slides")

    def __init__(
        self, categories: list[Category], counts: dict[str, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answer cue cards"))
        self.counts = counts
        self.checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("One card per question. Choose the kinds of question to print:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for category in categories:
            n = counts.get(category.key, 0)
            if not n:
                continue
            check = QCheckBox(f"{category.name} ({n})")
            check.setObjectName(f"cards_{category.key}")
            check.setToolTip(category.description)
            check.setChecked(category.key in self.DEFAULTS)
            check.toggled.connect(self._update)
            self.checks[category.key] = check
            layout.addWidget(check)
        self.total = QLabel()
        self.total.setObjectName("cardsTotal")
        layout.addWidget(self.total)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def chosen(self) -> set[str]:
        return {key for key, check in self.checks.items() if check.isChecked()}

    def _update(self) -> None:
        n = sum(self.counts.get(key, 0) for key in self.chosen())
        self.total.setText(self.tr("%1 cards").replace("%1", str(n)))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(n > 0)
