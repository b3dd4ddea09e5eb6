"""Ctrl+Z / Ctrl+Shift+Z in a text field undo the deck edit, not just the field's own typing.

Text widgets claim the undo keys for their private history. This filter refuses
that claim, so the window's Edit > Undo (the deck's QUndoStack) gets the key;
without a window shortcut the key goes straight to the stack.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

_UNDO = QKeySequence.StandardKey.Undo
_REDO = QKeySequence.StandardKey.Redo
REDO_ALTERNATIVE = QKeySequence("Ctrl+Shift+Z")


def _which(event: QKeyEvent) -> str:
    if event.matches(_UNDO):
        return "undo"
    combined = QKeySequence(event.keyCombination())
    if event.matches(_REDO) or combined.matches(REDO_ALTERNATIVE) == QKeySequence.SequenceMatch.ExactMatch:
        return "redo"
    return ""


class UndoKeys(QObject):
    """Install on every text widget of the editor with ``watch(widget)``."""

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and _which(event):  # type: ignore[arg-type]
            return True  # not accepted: the window's Undo/Redo shortcut fires instead
        if kind == QEvent.Type.KeyPress:
            which = _which(event)  # type: ignore[arg-type]
            if which == "undo":
                self.stack.undo()
                return True
            if which == "redo":
                self.stack.redo()
                return True
        return False
