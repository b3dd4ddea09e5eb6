"""The bullet editor shows the template's example lines as the slide does, in orange italics."""

from __future__ import annotations

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat
from pytestqt.qtbot import QtBot

from podium.core.model import Bullet, BulletsBlock
from podium.ui.deck_editor.bullets_edit import BulletsEdit


def _shown(editor: BulletsEdit) -> list[tuple[str, list[tuple[int, int, str, bool]]]]:
    """Each line and the highlighted spans on it: (start, length, colour, italic)."""
    document = editor.document()
    lines = []
    for number in range(document.blockCount()):
        line = document.findBlockByNumber(number)
        spans = [
            (r.start, r.length, r.format.foreground().color().name(), r.format.fontItalic())
            for r in line.layout().formats()
        ]
        lines.append((line.text(), spans))
    return lines


def test_example_lines_are_orange_italics_until_the_user_rewrites_them(qtbot: QtBot) -> None:
    editor = BulletsEdit()
    qtbot.addWidget(editor)
    editor.load(BulletsBlock([Bullet("Example: grow revenue", 0, example=True), Bullet("Mine", 1)]))
    assert _shown(editor) == [("Example: grow revenue", [(0, 21, "#b45309", True)]), ("\tMine", [])]

    editor.selectAll()
    qtbot.keyClicks(editor, "Grow revenue 12 %")
    assert _shown(editor) == [("Grow revenue 12 %", [])]
    assert editor.current_block().items == [Bullet("Grow revenue 12 %")]


def test_the_highlighter_keeps_qts_format_lookup(qtbot: QtBot) -> None:
    """QSyntaxHighlighter.format(position) stays a method: the example colour has its own name."""
    editor = BulletsEdit()
    qtbot.addWidget(editor)
    highlighter = editor.findChild(QSyntaxHighlighter)
    assert highlighter is not None
    assert isinstance(highlighter.format(0), QTextCharFormat)
