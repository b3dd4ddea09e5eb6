"""Bullets as plain text: one line per bullet, Tab and Shift+Tab set the level.

Lines that still hold the template's example text are shown in orange italics,
as on the slide; editing a line makes it the user's own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from podium.core.model import Bullet, BulletsBlock

MAX_LEVEL = 4


def block_to_text(block: BulletsBlock) -> str:
    return "\n".join("\t" * item.level + item.text for item in block.items)


def text_to_block(text: str, previous: BulletsBlock) -> BulletsBlock:
    """Parse the editor's text; a line left exactly as an example line stays an example."""
    examples = {item.text for item in previous.items if item.example}
    items = []
    for line in text.split("\n"):
        stripped = line.lstrip("\t")
        level = min(MAX_LEVEL, len(line) - len(stripped))
        items.append(Bullet(stripped.rstrip(), level, example=stripped.rstrip() in examples))
    return BulletsBlock(items or [Bullet("")], previous.source)


class _ExampleHighlighter(QSyntaxHighlighter):
    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor.document())
        self.examples: set[str] = set()
        # Not ``self.format``: that would hide QSyntaxHighlighter.format(position) on this object.
        self.example_format = QTextCharFormat()
        self.example_format.setForeground(QColor("#B45309"))
        self.example_format.setFontItalic(True)

    def highlightBlock(self, text: str) -> None:
        if text.lstrip("\t").rstrip() in self.examples:
            self.setFormat(0, len(text), self.example_format)


class BulletsEdit(QPlainTextEdit):
    """Emits ``edited`` with the new block on every change the user makes."""

    edited = Signal(object)  # BulletsBlock
    finished = Signal()  # focus left: a good moment to drop empty lines

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulletsEdit")
        self.setAccessibleName(self.tr("Bullet points"))
        self.setPlaceholderText(self.tr("One point per line. Tab indents, Shift+Tab outdents."))
        self.setUndoRedoEnabled(False)  # the deck's undo stack handles Ctrl+Z
        self.setTabStopDistance(28)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setMinimumHeight(120)
        self._block = BulletsBlock([Bullet("")])
        self._highlighter = _ExampleHighlighter(self)
        self._loading = False
        self._typed = False
        self.textChanged.connect(self._changed)

    def load(self, block: BulletsBlock) -> None:
        """Show ``block`` unless the text already says the same (keeps the cursor while typing)."""
        self._block = block
        examples = {item.text for item in block.items if item.example}
        if examples != self._highlighter.examples:
            self._highlighter.examples = examples
            self._highlighter.rehighlight()
        if text_to_block(self.toPlainText(), block).to_dict() == block.to_dict():
            return
        self._loading = True
        self._typed = False  # another slide (or an undo): nothing of the user's is pending here
        position = self.textCursor().position()
        self.setPlainText(block_to_text(block))
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)
        self._loading = False

    def current_block(self) -> BulletsBlock:
        return text_to_block(self.toPlainText(), self._block)

    def _changed(self) -> None:
        if not self._loading:
            self._typed = True
            self.edited.emit(self.current_block())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier
        ):
            self.shift_level(-1 if event.key() == Qt.Key.Key_Backtab else 1)
            return
        super().keyPressEvent(event)

    def shift_level(self, step: int) -> None:
        """Indent (``step`` 1) or outdent (-1) every line the cursor or selection touches."""
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        last = document.findBlock(cursor.selectionEnd()).blockNumber()
        edit = QTextCursor(document)
        edit.beginEditBlock()
        for number in range(first, last + 1):
            line = document.findBlockByNumber(number)
            text = line.text()
            level = len(text) - len(text.lstrip("\t"))
            edit.setPosition(line.position())
            if step > 0 and level < MAX_LEVEL:
                edit.insertText("\t")
            elif step < 0 and level > 0:
                edit.deleteChar()
        edit.endEditBlock()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._typed:  # tidy only what the user just typed, never a block they only looked at
            self._typed = False
            self.finished.emit()


def without_empty_lines(block: BulletsBlock) -> BulletsBlock:
    items = [item for item in block.items if item.text.strip()]
    return BulletsBlock(items or [Bullet("")], block.source)
