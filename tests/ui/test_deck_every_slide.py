"""Every slide of every role opens in the editor, and every to-do item leads somewhere."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from podium.core.deck.scaffold import scaffold
from podium.core.model import DiagramBlock, Preparation
from podium.core.storage.store import Store
from podium.roles.project_management.register import Register, save_register
from podium.roles.project_management.scales import Scales
from podium.ui.deck_editor.diagram_view import DiagramView
from tests.helpers import make_prep
from tests.roles.project_management.conftest import thirty_risks
from tests.ui.deck_helpers import open_section


@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("role", ["marketing", "finance", "project-management"])
def test_every_slide_and_todo_item_opens(qtbot: QtBot, store: Store, role: str, language: str) -> None:
    section = open_section(qtbot, store, make_prep(role, language))
    for row, slide in enumerate(section.prep.deck.slides):
        section.select(row)
        assert section.form.title.text() == slide.title
        assert [p.kind for p in section.form.panels] == [b.kind for b in slide.blocks]
    for item in section.todo.deck_items():
        section.go_to(item)
        assert section.current_row() == item.slide_index


def test_a_diagram_from_data_is_shown_with_where_to_change_it(qtbot: QtBot, store: Store) -> None:
    prep = Preparation(role="project-management", company="Nordvik AB", language="en")
    save_register(prep, Register(risks=thirty_risks("en"), scales=Scales.default("en")))
    prep.deck = scaffold(prep)
    section = open_section(qtbot, store, prep)
    row = next(
        i for i, s in enumerate(prep.deck.slides) if any(isinstance(b, DiagramBlock) for b in s.blocks)
    )
    section.select(row)
    views = [p.editor for p in section.form.panels if isinstance(p.editor, DiagramView)]
    assert views and "drawn from your data" in views[0].summary.text()
