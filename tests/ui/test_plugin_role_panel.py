"""The workspace opens a preparation of a role that does not ship with Podium, with its own tab.

The fixture role ``field-sales`` (tests/fixtures/roles/field_sales) declares a panel; nothing in
Podium names it. Adding a deal in that panel refills the deck as the shipped roles' panels do.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation, TableBlock
from podium.core.roles import register, unregister
from podium.ui.window.main_window import MainWindow
from tests.fixtures.roles import field_sales
from tests.fixtures.roles.field_sales.ui.panel import PipelinePanel


@pytest.fixture
def registered() -> Iterator[None]:
    register(field_sales.ROLE)
    yield
    unregister(field_sales.ROLE.id)


def test_the_workspace_shows_the_roles_panel_as_a_tab(
    registered: None, window: MainWindow, qtbot: QtBot
) -> None:
    prep = Preparation(role="field-sales", company="Nordvik AB")
    window.create_preparation(prep)
    workspace = window.workspace
    assert workspace is not None and window.pages.currentWidget() is workspace
    tabs = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
    assert tabs == ["Re&search", "&Pipeline", "Dec&k", "&Questions", "Rehe&arse"]
    assert "Field sales — Present your deal pipeline" in workspace.header.text()

    panel = workspace.role_panel
    assert isinstance(panel, PipelinePanel)
    workspace.tabs.setCurrentWidget(panel)
    panel.deal.setText("Nordvik fleet")
    panel.stage.setCurrentText("Won")
    panel.value.setValue(120000)
    qtbot.mouseClick(panel.add, qtbot.Qt.MouseButton.LeftButton) if hasattr(
        qtbot, "Qt"
    ) else panel.add.click()
    table = workspace.session.prep.deck.slides[1].blocks[1]
    assert isinstance(table, TableBlock) and not table.example
    assert table.rows == [["Nordvik fleet", "Won", "120,000"]]
    qtbot.waitUntil(lambda: window.store.load(prep.id).role_data.get("field-sales") is not None, timeout=2000)


def test_a_preparation_of_the_role_reopens_from_the_library(
    registered: None, window: MainWindow, qtbot: QtBot
) -> None:
    prep = Preparation(role="field-sales", company="Kustbanken")
    prep.deck = scaffold(prep)
    window.store.save(prep)
    window.library.refresh()
    window.open_preparation(prep.id)
    assert window.workspace is not None
    assert isinstance(window.workspace.role_panel, PipelinePanel)
