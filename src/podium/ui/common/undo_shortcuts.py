"""Undo and redo keys for a tab with its own undo stack.

A tab that keeps its own stack (research, questions) answers Ctrl+Z / Ctrl+Shift+Z while focus is
anywhere inside it, without a menu entry of its own: the window's Edit menu serves the deck.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget


def add_undo_shortcuts(widget: QWidget, stack: QUndoStack, undo_text: str, redo_text: str) -> None:
    """The platform's undo and redo keys on ``widget`` and its children, acting on ``stack``."""
    for text, shortcut, slot in (
        (undo_text, QKeySequence.StandardKey.Undo, stack.undo),
        (redo_text, QKeySequence.StandardKey.Redo, stack.redo),
    ):
        action = QAction(text, widget)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)
