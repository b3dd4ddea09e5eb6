"""A new user finishes a scaffolded deck in the editor, steps back and forth, switches theme and exports."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from podium.core.deck.checks import unfinished_items
from podium.core.deck.scaffold import scaffold
from podium.core.model import BulletsBlock, Preparation, TableBlock
from podium.core.storage.store import Store
from podium.roles.project_management.register import Register, Risk, save_register
from podium.roles.project_management.scales import Scales
from podium.ui.deck_editor.bullets_edit import BulletsEdit
from podium.ui.deck_editor.grid import GridEditor
from podium.ui.deck_export.dialog import ExportDialog
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep, pdf_pages
from tests.ui.deck_helpers import open_section, settle


def _finish(qtbot: QtBot, deck_section) -> None:
    """Work through the to-do list as a user would: each item opens the place to fix it."""
    for _ in range(200):
        deck_section._flush_status()
        items = deck_section.todo.deck_items()  # research and questions are other tabs' work
        if not items:
            return
        item = items[0]
        deck_section.go_to(item)
        form = deck_section.form
        if item.kind in ("no-notes", "notes-draft"):
            form.notes.selectAll()
            qtbot.keyClicks(form.notes, f"What I say on slide {item.slide_index + 1}.")
        elif item.kind == "no-title":
            qtbot.keyClicks(form.title, "Title")
        elif item.kind == "example" and item.block_index < 0:  # an example title: write the conclusion
            assert form.title.hasFocus()
            form.title.selectAll()
            qtbot.keyClicks(form.title, f"My conclusion on slide {item.slide_index + 1}")
        elif item.kind in ("example", "placeholder", "empty"):
            panel = form.panels[item.block_index]
            editor = panel.editor
            if isinstance(editor, BulletsEdit):
                editor.setFocus()
                editor.selectAll()
                qtbot.keyClicks(editor, f"My own point for slide {item.slide_index + 1}")
            elif isinstance(editor, GridEditor) and item.kind == "example":
                editor.model.setData(editor.model.index(1, 0), "Mine")
                deck_block = deck_section.prep.deck.slides[item.slide_index].blocks[item.block_index]
                if getattr(deck_block, "example", False):
                    panel.own_button.click()
            else:
                panel.own_button.click() if not panel.own_button.isHidden() else panel.remove_button.click()
        settle()
    raise AssertionError("the to-do list did not empty")


def test_from_scaffold_to_finished_deck_and_every_export(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, dialogs
) -> None:
    window.create_preparation(make_prep("marketing", "sv", company="Nordvik AB"))
    deck_section = window.workspace.deck
    scaffolded = window.prep.to_dict()
    _finish(qtbot, deck_section)
    assert unfinished_items(window.prep.deck) == []
    finished = window.prep.to_dict()
    steps = deck_section.undo_stack.count()
    assert steps > 10
    for _ in range(steps):
        window.undo_action.trigger()
    assert window.prep.to_dict()["deck"] == scaffolded["deck"]
    for _ in range(steps):
        window.redo_action.trigger()
    assert window.prep.to_dict()["deck"] == finished["deck"]

    design = deck_section.design
    items = {
        design.themes.item(i).data(Qt.ItemDataRole.UserRole): design.themes.item(i)
        for i in range(design.themes.count())
    }
    design.themes.itemClicked.emit(items["graphite"])
    assert window.prep.deck.theme == "graphite"
    window.undo_action.trigger()
    assert window.prep.deck.theme == "nordic"
    window.redo_action.trigger()

    deck_section.open_export()
    dialog: ExportDialog = deck_section.export_dialog
    assert "Nothing left to finish" in dialog.todo.summary.text() and not dialog.todo.deck_items()
    dialog.stem = tmp_path / "kampanj"
    dialog.png.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=60000) as done:
        dialog.export_button.click()
    written = [Path(p) for p in done.args[0]]
    n = len(window.prep.deck.slides)
    assert len(Presentation(str(written[0])).slides) == n
    assert (
        pdf_pages(written[1]) == n and pdf_pages(written[2]) >= n / 2 and len(list(written[3].iterdir())) == n
    )
    dialog.close()


def _risk(rid: str, title: str, likelihood: int, impact: int) -> Risk:
    return Risk(id=rid, title=title, likelihood=likelihood, impact=impact, owner="PMO", response="reduce")


def test_new_role_data_refreshes_data_blocks_while_the_editor_keeps_the_users_text(
    qtbot: QtBot, store: Store
) -> None:
    prep = Preparation(role="project-management", company="Nordvik AB", language="en")
    save_register(
        prep, Register(risks=[_risk("R1", "Data migration slips", 3, 4)], scales=Scales.default("en"))
    )
    prep.deck = scaffold(prep)
    section = open_section(qtbot, store, prep)
    row = next(i for i, s in enumerate(prep.deck.slides) if s.key == "top-risks")
    section.select(row)
    section.form.title.selectAll()
    qtbot.keyClicks(section.form.title, "Three risks decide the go-live")
    section.form.notes.selectAll()
    qtbot.keyClicks(section.form.notes, "Start with the migration.")
    save_register(
        prep,
        Register(
            risks=[_risk("R1", "Data migration slips", 3, 4), _risk("R2", "Vendor capacity runs out", 5, 5)],
            scales=Scales.default("en"),
        ),
    )
    section.session.role_data_changed()  # what the risk planner does after an edit
    slide = prep.deck.slides[row]
    table = next(b for b in slide.blocks if isinstance(b, TableBlock) and b.source == "top-risks")
    assert table.rows[0][1].startswith("Vendor capacity")
    assert slide.title == "Three risks decide the go-live" and slide.notes == "Start with the migration."
    assert section.form.title.text() == "Three risks decide the go-live"
    grid = next(p.editor for p in section.form.panels if isinstance(p.editor, GridEditor))
    assert any("Vendor capacity" in cell for row_ in grid.model.cells for cell in row_)
    section.undo_stack.undo()  # undo still works after the refill
    assert slide.notes != "Start with the migration."
    assert isinstance(slide.blocks[0], BulletsBlock | TableBlock)
