"""One undo stack covers every deck edit: typing, bullets, grid cells, structure, design."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from podium.core.model import BulletsBlock, DiagramBlock, TableBlock
from podium.core.render.layout import TextBox
from podium.core.render.theme import THEMES
from podium.core.storage.store import Store
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep
from tests.ui.deck_helpers import open_section, settle


def test_typing_a_title_updates_the_preview_and_undoes_in_one_step(qtbot: QtBot, store: Store) -> None:
    section = open_section(qtbot, store)
    section.select(1)
    title = section.form.title
    before = section.prep.deck.slides[1].title  # the scaffold's example conclusion
    title.selectAll()
    qtbot.keyClicks(title, "Margin, not revenue, is the story")
    slide = section.prep.deck.slides[1]
    assert slide.title == "Margin, not revenue, is the story"
    laid = section.layouts[1]
    assert isinstance(laid.title, TextBox) and laid.title.paras[0].text == slide.title
    assert section.model.data(section.model.index(1)).startswith("2. Margin, not revenue")
    assert section.undo_stack.count() == 1  # every keystroke merged into one step
    section.undo_stack.undo()
    assert slide.title == before and title.text() == before
    section.undo_stack.redo()
    assert title.text() == "Margin, not revenue, is the story"


def test_ctrl_z_in_a_text_field_undoes_the_deck_edit(qtbot: QtBot, store: Store) -> None:
    section = open_section(qtbot, store)
    section.select(2)
    notes = section.form.notes
    notes.setFocus()
    notes.selectAll()
    qtbot.keyClicks(notes, "Say the answer first.")
    assert section.prep.deck.slides[2].notes == "Say the answer first."
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert section.prep.deck.slides[2].notes.startswith("The data set covers")
    qtbot.keyClick(
        notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert section.prep.deck.slides[2].notes == "Say the answer first."


def test_undo_and_redo_walk_through_every_kind_of_edit(qtbot: QtBot, store: Store) -> None:
    section = open_section(qtbot, store)
    doc, deck = section.doc, section.prep.deck
    original = section.prep.to_dict()
    section.select(1)
    bullets = section.form.panels[0].editor
    bullets.setFocus()
    bullets.selectAll()
    qtbot.keyClicks(bullets, "Margin fell two points")
    qtbot.keyClick(bullets, Qt.Key.Key_Return)
    qtbot.keyClicks(bullets, "South and freight explain it")
    qtbot.keyClick(bullets, Qt.Key.Key_Tab)  # the second line becomes a sub-point
    block = deck.slides[1].blocks[0]
    assert isinstance(block, BulletsBlock)
    assert [(b.text, b.level, b.example) for b in block.items] == [
        ("Margin fell two points", 0, False),
        ("South and freight explain it", 1, False),
    ]
    section.select(3)
    grid = section.form.panels[0].editor
    grid.model.setData(grid.model.index(1, 1), "SEK 51.2m")
    table = deck.slides[3].blocks[0]
    assert isinstance(table, TableBlock) and table.rows[0][1] == "SEK 51.2m" and not table.example
    doc.move_slide(3, 5)
    doc.set_setting("theme", "linen")
    doc.set_setting("aspect", "4:3")
    doc.set_slide_field(4, "backup", True)
    assert deck.slides[5].key == "metrics" and deck.theme == "linen" and section.layouts[0].width == 720
    final = section.prep.to_dict()

    while section.undo_stack.canUndo():
        section.undo_stack.undo()
    assert section.prep.to_dict() == original
    assert section.layouts[0].width == 960
    while section.undo_stack.canRedo():
        section.undo_stack.redo()
    assert section.prep.to_dict() == final


def test_undo_shows_the_slide_it_changed(qtbot: QtBot, store: Store) -> None:
    section = open_section(qtbot, store)
    section.doc.set_slide_field(7, "title", "Freight is the lever")
    section.select(2)
    section.undo_stack.undo()
    assert section.current_row() == 7
    assert section.form.title.text() == section.prep.deck.slides[7].title


def test_edit_menu_undo_and_redo_in_the_main_window(window: MainWindow, qtbot: QtBot) -> None:
    window.create_preparation(make_prep("marketing", company="Nordvik AB"))
    deck = window.workspace.deck
    deck.select(1)
    deck.form.title.setFocus()
    deck.form.title.selectAll()
    qtbot.keyClicks(deck.form.title, "Why now")
    assert window.undo_action.isEnabled() and "title" in window.undo_action.text().lower()
    window.undo_action.trigger()
    assert window.prep.deck.slides[1].title != "Why now"
    window.redo_action.trigger()
    assert window.prep.deck.slides[1].title == "Why now"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]
    window.show_library()  # the stack goes with the workspace
    settle()
    assert not window.undo_action.isEnabled()


def test_a_new_theme_redraws_the_diagrams_in_its_colours(qtbot: QtBot, store: Store) -> None:
    """The plan's Gantt was drawn in the theme of the day the deck was made; on a dark theme its
    phase names must turn light, and undo brings the first theme's colours back."""
    section = open_section(qtbot, store, make_prep("project-management", company="Nordvik AB"))
    deck = section.prep.deck

    def label_colors() -> set[str]:
        gantt = next(
            b
            for s in deck.slides
            for b in s.blocks
            if isinstance(b, DiagramBlock) and b.source == "plan-timeline"
        )
        return {
            shape.text_color
            for shape in gantt.shapes
            if shape.text and shape.align == "left" and shape.size == 12
        }

    assert label_colors() == {THEMES["nordic"].text}
    section.doc.set_setting("theme", "midnight")
    assert label_colors() == {THEMES["midnight"].text}
    section.undo_stack.undo()
    assert label_colors() == {THEMES["nordic"].text} and deck.theme == "nordic"
