"""The deck editor as a user drives it: reorder, add, fit feedback, to-do list, design, data blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from podium.core.deck.checks import NO_NOTES
from podium.core.deck.slots import detached_source, follows_data
from podium.core.model import Bullet, BulletsBlock, ImageBlock, Slide, TableBlock
from podium.core.render.layout import ImageBox
from podium.core.storage.store import Store
from podium.ui.common import messages
from podium.ui.deck_editor import design
from tests.helpers import make_prep
from tests.ui.deck_helpers import open_section, settle


def _titles(section) -> list[str]:
    return [s.title for s in section.prep.deck.slides]


def test_dropping_a_thumbnail_moves_the_slide(qtbot: QtBot, store: Store) -> None:
    section = open_section(qtbot, store)
    before = _titles(section)
    model, view = section.model, section.slide_list
    mime: QMimeData = model.mimeData([model.index(1)])
    target = view.visualRect(model.index(4)).center()
    event = QDropEvent(
        target, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    event.setDropAction(Qt.DropAction.MoveAction)
    view.dropEvent(event)
    after = _titles(section)
    assert after[0] == before[0] and before[1] in after[2:5] and after != before
    assert sorted(after) == sorted(before)
    section.undo_stack.undo()
    assert _titles(section) == before


def test_model_move_and_keyboard_move(qtbot: QtBot, store: Store) -> None:
    section = open_section(qtbot, store)
    before = _titles(section)
    assert section.model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert _titles(section)[:3] == [before[1], before[2], before[0]]
    assert section.current_row() == 2  # the moved slide stays selected
    section.down_action.trigger()
    assert _titles(section)[3] == before[0] and section.current_row() == 3
    section.slide_list.setFocus()
    qtbot.keyClick(section.slide_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _titles(section)[2] == before[0]


def test_add_from_the_roles_slide_types_duplicate_delete_and_backup(qtbot: QtBot, store: Store) -> None:
    section = open_section(qtbot, store)
    deck = section.prep.deck
    count = len(deck.slides)
    section.select(2)
    section._fill_add_menu()
    actions = {a.text(): a for a in section.add_menu.actions() if a.text()}
    assert {"Key metrics", "Risks and sensitivities", "Blank slide", "Section divider"} <= set(actions)
    actions["Risks and sensitivities"].trigger()
    assert len(deck.slides) == count + 1 and deck.slides[3].key == "risks"
    assert deck.slides[3].title.startswith("Example: ")  # the scaffold's example conclusion, to be rewritten
    assert deck.slides[3].guidance and section.current_row() == 3
    section.duplicate_action.trigger()
    assert deck.slides[4].title == deck.slides[3].title and deck.slides[4] is not deck.slides[3]
    section.delete_action.trigger()
    assert len(deck.slides) == count + 1
    moved = deck.slides[section.current_row()]
    keys = [(s.key, s.backup) for s in deck.slides]
    assert section.backup_action.text() == "Move to appendix"
    section.backup_action.trigger()
    # the slide waits after the close, the talk keeps its length over the slides left
    row = section.current_row()
    assert deck.slides[row].backup and deck.slides[row].key == moved.key and row > 3
    assert deck.slides[row - 1].backup or deck.slides[row - 1].kind == "closing"
    assert deck.total_target_seconds == section.prep.talk_minutes * 60
    assert "(backup)" in section.model.data(section.model.index(row))
    assert "backup slide" in section.timing.text()
    assert section.backup_action.text() == "Move to the talk"
    section.backup_action.trigger()
    assert not deck.slides[section.current_row()].backup
    back = section.current_row()
    assert deck.slides[back].key == moved.key and back < row
    section.undo_stack.undo()
    section.undo_stack.undo()
    assert [(s.key, s.backup) for s in section.prep.deck.slides] == keys


def test_changing_the_talk_length_replans_the_deck_with_undo(qtbot: QtBot, store: Store) -> None:
    section = open_section(qtbot, store, make_prep("finance", talk_minutes=15))
    deck = section.prep.deck
    deck.slides[1].title = "My own answer first"
    timed = len(deck.timed_slides)
    section.talk_minutes.setValue(5)
    assert section.prep.talk_minutes == 5
    assert len(section.prep.deck.timed_slides) <= 6 < timed
    assert section.prep.deck.slides[1].title == "My own answer first"
    assert section.prep.deck.total_target_seconds == 300
    section.undo_stack.undo()
    assert section.prep.talk_minutes == 15 and section.talk_minutes.value() == 15
    assert len(section.prep.deck.timed_slides) == timed
    assert section.prep.deck.slides[1].title == "My own answer first"


def _crowded(n: int = 13) -> BulletsBlock:
    return BulletsBlock([Bullet(" ".join(["measured"] * 14)) for _ in range(n)])


def test_overflow_is_reported_and_smaller_text_fixes_it(qtbot: QtBot, store: Store) -> None:
    prep = make_prep("finance")
    prep.deck.slides[1].blocks = [_crowded()]
    section = open_section(qtbot, store, prep)
    section.select(1)
    fit = section.fit
    assert fit.isVisible() and "does not fit" in fit.message.text()
    assert fit.smaller.isVisible() and fit.split.isVisible()
    assert section.layouts[1].overflows
    fit.smaller.click()
    assert prep.deck.slides[1].small_text and not section.layouts[1].overflows
    assert "pt" in fit.message.text() and fit.smaller.text() == "Normal text size"
    section.undo_stack.undo()
    assert section.layouts[1].overflows


def test_split_the_slide_from_the_fit_panel(qtbot: QtBot, store: Store) -> None:
    prep = make_prep("finance")
    prep.deck.slides[1].blocks = [_crowded(14)]
    section = open_section(qtbot, store, prep)
    section.select(1)
    count = len(prep.deck.slides)
    section.fit.split.click()
    assert len(prep.deck.slides) == count + 1
    assert prep.deck.slides[2].title.endswith("(continued)")
    assert not section.layouts[1].overflows and not section.layouts[2].overflows


def test_notes_longer_than_the_time_offer_more_time(qtbot: QtBot, store: Store) -> None:
    prep = make_prep("finance")
    prep.deck.slides[1].notes = " ".join(["word"] * 420)  # three minutes of speech
    section = open_section(qtbot, store, prep)
    section.select(1)
    assert section.fit.more_time.isVisible() and "3:00" in section.fit.more_time.text()
    section.fit.more_time.click()
    assert prep.deck.slides[1].target_seconds == 180 and not section.fit.isVisible()


def test_todo_list_jumps_to_the_item(qtbot: QtBot, store: Store) -> None:
    prep = make_prep("finance")
    prep.deck.slides[5].notes = ""
    section = open_section(qtbot, store, prep)
    todo = section.todo
    rows = [i for i, item in enumerate(todo.model.items) if item.slide_index == 5 and item.kind == NO_NOTES]
    assert rows and "No speaker notes yet" in todo.model.lines[rows[0]]
    section.tabs.setCurrentWidget(todo)
    settle()
    index = todo.model.index(rows[0])
    qtbot.mouseClick(
        todo.view.viewport(), Qt.MouseButton.LeftButton, pos=todo.view.visualRect(index).center()
    )
    assert section.current_row() == 5 and section.tabs.currentWidget() is section.form
    assert QApplication.focusWidget() is section.form.notes
    assert "To &do (" in section.tabs.tabText(1)
    qtbot.keyClicks(section.form.notes, "Here I explain the drivers.")
    # The list catches up once typing pauses, not on every key.
    qtbot.waitUntil(lambda: not any(i.slide_index == 5 and i.kind == NO_NOTES for i in todo.model.items))


def test_example_block_taken_over_by_the_user(qtbot: QtBot, store: Store) -> None:
    section = open_section(qtbot, store)
    section.select(3)
    panel = section.form.panels[0]
    assert not panel.own_button.isHidden()
    panel.own_button.click()
    table = section.prep.deck.slides[3].blocks[0]
    assert isinstance(table, TableBlock) and not table.example
    qtbot.waitUntil(
        lambda: (
            not any(
                i.slide_index == 3 and i.kind == "example" and i.block_index == 0
                for i in section.todo.model.items
            )
        )
    )
    # the example title is still listed, apart from the block
    title = [i for i in section.todo.model.items if i.slide_index == 3 and i.kind == "example"]
    assert [i.block_index for i in title] == [-1]
    assert (
        "Example title still to replace" in section.todo.model.lines[section.todo.model.items.index(title[0])]
    )


def test_editing_a_data_block_keeps_the_users_version_and_can_follow_the_data_again(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    prep = make_prep("finance")
    row = next(i for i, s in enumerate(prep.deck.slides) if any(b.source for b in s.blocks))
    index = next(i for i, b in enumerate(prep.deck.slides[row].blocks) if b.source)
    name = prep.deck.slides[row].blocks[index].source
    section = open_section(qtbot, store, prep)
    section.select(row)
    panel = section.form.panels[index]
    fresh = TableBlock(["From data"], [["42"]])
    monkeypatch.setattr("podium.ui.deck_editor.document.computed_blocks", lambda _p: {name: fresh})
    section.doc.set_block(row, index, BulletsBlock([Bullet("My own words")]) if panel.kind == "bullets"
                          else TableBlock(["Mine"], [["1"]]))  # fmt: skip
    block = prep.deck.slides[row].blocks[index]
    assert detached_source(block) == name and not follows_data(block)
    panel = section.form.panels[index]
    assert panel.follow_button.isVisible() and "no longer follows your data" in panel.notice.text()
    panel.follow_button.click()
    block = prep.deck.slides[row].blocks[index]
    assert follows_data(block) and block.source == name and isinstance(block, TableBlock)
    assert block.columns == ["From data"]


def test_an_image_is_copied_in_and_placed(qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch) -> None:
    picture = tmp_path / "team photo.png"
    Image.new("RGB", (400, 300), "#3E7C74").save(picture)
    section = open_section(qtbot, store)
    section.select(2)
    section.doc.add_block(2, "image")
    panel = section.form.panels[1]
    monkeypatch.setattr(messages, "ask_open_path", lambda *_a: str(picture))
    panel.editor.choose.click()
    block = section.prep.deck.slides[2].blocks[1]
    assert isinstance(block, ImageBlock) and block.path != str(picture) and Path(block.path).exists()
    assert block.alt == "team photo"
    picture.unlink()  # the deck keeps its copy
    assert any(isinstance(b, ImageBox) and b.path == block.path for b in section.layouts[2].boxes)
    errors: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, _t, text: errors.append(text))
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    monkeypatch.setattr(messages, "ask_open_path", lambda *_a: str(bad))
    section.form.panels[1].editor.choose.click()
    assert errors and "notes.png" in errors[0]


def test_theme_brand_colour_and_logo(qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch) -> None:
    section = open_section(qtbot, store)
    panel = section.design
    themes = [panel.themes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.themes.count())]
    assert len(themes) >= 4
    panel.themes.itemClicked.emit(panel.themes.item(themes.index("midnight")))
    assert section.prep.deck.theme == "midnight" and section.layouts[1].background == "#0F1B2D"
    panel.square.setChecked(True)
    assert section.prep.deck.aspect == "4:3" and section.layouts[0].width == 720
    monkeypatch.setattr(design, "ask_color", lambda *_a: "#FFD100")
    panel.pick.click()
    assert section.prep.brand_color == "#FFD100"
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), "#FFD100").save(logo)
    monkeypatch.setattr(messages, "ask_open_path", lambda *_a: str(logo))
    panel.logo_choose.click()
    assert any(isinstance(b, ImageBox) and b.path == section.prep.deck.logo for b in section.layouts[3].boxes)
    settle()
    for _ in range(4):
        section.undo_stack.undo()
    assert (
        section.prep.deck.theme,
        section.prep.deck.aspect,
        section.prep.brand_color,
        section.prep.deck.logo,
    ) == ("nordic", "16:9", "", "")


def test_other_panels_hear_about_edits_once_typing_pauses(qtbot: QtBot, store: Store) -> None:
    section = open_section(qtbot, store)
    heard: list[int] = []
    section.session.deck_changed.connect(lambda: heard.append(1))
    section.select(1)
    qtbot.keyClicks(section.form.title, " now")
    assert heard == []
    qtbot.waitUntil(lambda: heard == [1], timeout=2000)


def test_a_new_slide_from_another_panel_shows_up(qtbot: QtBot, store: Store) -> None:
    section = open_section(qtbot, store)
    section.prep.deck.slides.append(Slide("Added elsewhere", blocks=[BulletsBlock([Bullet("x")])]))
    section.session.deck_edited()
    assert section.model.rowCount() == len(section.prep.deck.slides)
    assert section.doc.layouts[-1].title.paras[0].text == "Added elsewhere"


def test_leaving_a_half_typed_list_never_writes_it_onto_another_slide(qtbot: QtBot, store: Store) -> None:
    section = open_section(qtbot, store)
    deck = section.prep.deck
    section.select(1)
    bullets = section.form.panels[0].editor
    bullets.setFocus()
    qtbot.keyClick(bullets, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(bullets, Qt.Key.Key_Return)  # a new, still empty, line
    metrics = deck.slides[3].blocks[0].to_dict()  # a table: the editor rebuilds its block panels
    section.doc.set_slide_field(
        3, "title", "Metrics first"
    )  # another slide changes, as an undo or a jump would
    assert section.current_row() == 3
    section.form.title.setFocus()
    settle()
    assert deck.slides[3].blocks[0].to_dict() == metrics
    section.select(1)
    assert all(item.text.strip() for item in deck.slides[1].blocks[0].items[:-1])
