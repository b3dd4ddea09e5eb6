"""The research tables' Move up / Move down buttons reorder records, undoably, on a widget that stays a widget."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from podium.ui.research.record_table import Column, RecordEditor


@dataclass
class _Question:
    text: str = ""


def test_move_buttons_reorder_records_and_undo_puts_them_back(qtbot: QtBot) -> None:
    records = [_Question("Why us?"), _Question("What next?"), _Question("Who decides?")]
    undo = QUndoStack()
    editor = RecordEditor(
        records, _Question, [Column("text", lambda: "Question")], [], undo, lambda: "question"
    )
    qtbot.addWidget(editor)
    editor.select(2)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [r.text for r in editor.records] == ["Why us?", "Who decides?", "What next?"]
    assert editor.current_row() == 1
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert not editor.up_button.isEnabled()  # first row: nothing above it
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert [r.text for r in editor.records] == ["Why us?", "Who decides?", "What next?"]
    undo.undo()
    undo.undo()
    undo.undo()
    assert [r.text for r in editor.records] == ["Why us?", "What next?", "Who decides?"]


def test_the_editor_keeps_qwidget_move(qtbot: QtBot) -> None:
    """Moving a record has its own name: QWidget.move(x, y) still places the widget."""
    editor = RecordEditor(
        [], _Question, [Column("text", lambda: "Question")], [], QUndoStack(), lambda: "question"
    )
    qtbot.addWidget(editor)
    editor.move(12, 34)
    assert editor.pos() == QPoint(12, 34)
