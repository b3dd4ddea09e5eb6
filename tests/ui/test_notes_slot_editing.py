"""The deck editor and notes the data wrote: typing takes them over in the same undo step."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from podium.core.deck.scaffold import scaffold
from podium.core.deck.slots import notes_follow_data
from podium.core.model import Preparation
from podium.core.storage.store import Store
from podium.roles.project_management.register import Register, Risk, load_register, save_register
from podium.roles.project_management.scales import Scales
from tests.ui.deck_helpers import open_section


def test_typing_in_notes_the_data_wrote_makes_them_the_users(qtbot: QtBot, store: Store) -> None:
    prep = Preparation(role="project-management", company="Nordvik AB")
    save_register(
        prep, Register(risks=[Risk("R1", "Vendor late", likelihood=4, impact=4)], scales=Scales.default("en"))
    )
    prep.deck = scaffold(prep)
    row = next(i for i, s in enumerate(prep.deck.slides) if s.key == "verdict")
    written = prep.deck.slides[row].notes
    section = open_section(qtbot, store, prep)
    section.select(row)
    notes = section.form.notes
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, "Vendor confirmed")
    slide = prep.deck.slides[row]
    assert "Vendor confirmed" in slide.notes and not notes_follow_data(slide)

    register = load_register(prep)  # new data no longer touches the user's notes
    register.risks[0].likelihood = 1
    save_register(prep, register)
    section._test_session.role_data_changed()
    assert "Vendor confirmed" in prep.deck.slides[row].notes

    section.doc.undo_stack.undo()  # the typing and the take-over are one step
    assert prep.deck.slides[row].notes == written and notes_follow_data(prep.deck.slides[row])
