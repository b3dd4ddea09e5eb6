"""A Deck section on a real store and session, for the deck editor tests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from podium.core.model import Preparation
from podium.core.storage.store import Store
from podium.ui.common.session import PreparationSession
from podium.ui.deck_editor.section import DeckSection
from tests.helpers import make_prep


def open_section(qtbot: QtBot, store: Store, prep: Preparation | None = None) -> DeckSection:
    prep = prep or make_prep("finance", "en", company="Nordvik AB")
    store.save(prep)
    session = PreparationSession(store, prep)
    section = DeckSection(session)
    section.resize(1400, 820)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    qtbot.waitActive(section)
    section._test_session = session  # keep the session alive as long as the widget
    return section


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
