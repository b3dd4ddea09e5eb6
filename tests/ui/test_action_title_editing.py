"""The deck editor and a data-written title: typing takes it over in one undo step; it can follow again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from podium.core.deck.scaffold import scaffold
from podium.core.deck.slots import title_follows_data
from podium.core.model import Preparation
from podium.core.roles import register, unregister
from podium.core.storage.store import Store
from tests.fixtures.roles import field_sales
from tests.fixtures.roles.field_sales.deck import add_deal
from tests.ui.deck_helpers import open_section

DATA_TITLE = "Proposal holds 100% of the pipeline's value"


@pytest.fixture
def prep() -> Iterator[Preparation]:
    register(field_sales.ROLE)
    prep = Preparation(role="field-sales", company="Nordvik AB")
    add_deal(prep, "Nordvik fleet", "Proposal", 120_000)
    prep.deck = scaffold(prep)
    yield prep
    unregister(field_sales.ROLE.id)


def test_typing_in_a_data_title_makes_it_the_users_and_undo_gives_it_back(
    qtbot: QtBot, store: Store, prep: Preparation
) -> None:
    section = open_section(qtbot, store, prep)
    section.select(1)
    form = section.form
    assert form.title.text() == DATA_TITLE
    assert form.title_note.isVisibleTo(form) and not form.title_follow.isVisibleTo(form)
    form.title.setFocus()
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Proposals carry the year")
    slide = prep.deck.slides[1]
    assert slide.title == "Proposals carry the year" and not title_follows_data(slide)
    assert form.title_follow.isVisibleTo(form)

    add_deal(prep, "Kustbanken", "Won", 900_000)  # new data no longer touches the user's title
    section._test_session.role_data_changed()
    assert prep.deck.slides[1].title == "Proposals carry the year"

    section.doc.undo_stack.undo()  # the typing and the take-over are one step
    assert slide.title == DATA_TITLE and title_follows_data(prep.deck.slides[1])


def test_follow_data_again_writes_the_current_conclusion(
    qtbot: QtBot, store: Store, prep: Preparation
) -> None:
    section = open_section(qtbot, store, prep)
    section.select(1)
    form = section.form
    form.title.setFocus()
    qtbot.keyClick(form.title, Qt.Key.Key_End)
    qtbot.keyClicks(form.title, "!")
    add_deal(prep, "Kustbanken", "Won", 900_000)
    qtbot.mouseClick(form.title_follow, Qt.MouseButton.LeftButton)
    assert prep.deck.slides[1].title == "Won holds 88% of the pipeline's value"
    assert title_follows_data(prep.deck.slides[1]) and form.title.text() == prep.deck.slides[1].title
    section.doc.undo_stack.undo()
    assert prep.deck.slides[1].title == DATA_TITLE + "!"
