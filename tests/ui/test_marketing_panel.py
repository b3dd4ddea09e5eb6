"""The Campaign tab as a user drives it: type, edit tables, see checks at the field, undo, and the deck follows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QComboBox, QDateEdit, QLineEdit
from pytestqt.qtbot import QtBot

from podium.core.deck.scaffold import scaffold
from podium.core.model import ChartBlock, Preparation
from podium.core.render.layout import layout_deck
from podium.core.storage.store import Store
from podium.roles.marketing.ui.panel import MarketingPanel
from podium.ui.common.session import PreparationSession
from tests.roles.marketing.sample import brief


def _panel(qtbot: QtBot, store: Store, data: dict | None = None, **kw) -> MarketingPanel:
    prep = Preparation(role="marketing", company="Fakturo AB", **kw)
    if data is not None:
        prep.role_data["marketing"] = data
    prep.deck = scaffold(prep)
    store.save(prep)
    panel = MarketingPanel(PreparationSession(store, prep))
    qtbot.addWidget(panel)
    panel.resize(1000, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _slot(panel: MarketingPanel, source: str):
    return next(b for s in panel.session.prep.deck.slides for b in s.blocks if b.source == source)


def _edit_cell(qtbot: QtBot, panel: MarketingPanel, table: str, row: int, column: str, text: str) -> None:
    """Type into a table cell the way a user does: select it, start typing, press Enter."""
    view = panel.tables[table].view
    model = panel.models[table]
    col = [name for name, _ in model.columns].index(column)
    view.setFocus()
    view.setCurrentIndex(model.index(row, col))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes the editor in a queued call


def test_the_campaign_tab_is_in_a_marketing_workspace(qtbot: QtBot, store: Store) -> None:
    from podium.ui.window.workspace import Workspace

    prep = Preparation(role="marketing", company="Fakturo AB")
    prep.deck = scaffold(prep)
    workspace = Workspace(PreparationSession(store, prep))
    qtbot.addWidget(workspace)
    titles = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
    assert "&Campaign" in titles
    assert isinstance(workspace.role_panel, MarketingPanel)


def test_switching_to_the_deck_shows_the_latest_edit_at_once(qtbot: QtBot, store: Store) -> None:
    from podium.ui.window.workspace import Workspace

    prep = Preparation(role="marketing", company="Fakturo AB")
    prep.deck = scaffold(prep)
    workspace = Workspace(PreparationSession(store, prep))
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.tabs.setCurrentWidget(workspace.role_panel)
    panel = workspace.role_panel
    qtbot.keyClicks(panel.editors["presenter"], "Sara Lindqvist")
    assert panel._redraw.isActive()
    workspace.tabs.setCurrentWidget(workspace.deck)
    assert not panel._redraw.isActive()
    assert prep.deck.slides[0].blocks[0].items[0].text == "Sara Lindqvist"


def test_smart_check_says_what_is_missing_as_you_type(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store)
    assert panel.smart.isHidden()
    qtbot.keyClicks(panel.editors["objective"], "Grow trial sign-ups to 5,000 a month")
    assert panel.smart.isVisible()
    assert "deadline missing" in panel.smart.text()
    assert "trial sign-ups" in panel.smart.text() and "5,000" in panel.smart.text()
    qtbot.keyClicks(panel.editors["objective"], " by 30 June")
    assert "missing" not in panel.smart.text()
    assert panel.session.prep.role_data["marketing"]["objective"].endswith("by 30 June")  # stored at once


def test_channels_typed_in_the_table_become_the_budget_chart(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store)
    assert _slot(panel, "budget-chart").example
    for row, (name, amount) in enumerate([("Paid social", "420 000"), ("Search", "300000")]):
        qtbot.mouseClick(panel.tables["channels"].add_button, Qt.MouseButton.LeftButton)
        editor = panel.tables["channels"].view.focusWidget()  # the new row's first cell is open for typing
        qtbot.keyClicks(editor, name)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()
        _edit_cell(qtbot, panel, "channels", row, "budget", amount)
    assert panel._redraw.isActive()  # the slides are redrawn once typing pauses; the deck has it already
    chart = _slot(panel, "budget-chart")
    assert isinstance(chart, ChartBlock) and not chart.example
    assert chart.categories == ["Paid social", "Search"] and chart.series[0].values == [420000, 300000]
    share = panel.models["channels"].index(0, 3).data()
    assert share == "58%"
    assert panel.total.text() == "Total SEK\u00a0720,000 across 2 channels"
    panel.session.save_now()
    assert store.load(panel.session.prep.id).role_data["marketing"]["channels"][1]["budget"] == "300000"


def test_a_negative_budget_is_flagged_at_the_cell_and_kept(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, brief())
    _edit_cell(qtbot, panel, "channels", 1, "budget", "-300000")
    model = panel.models["channels"]
    cell = model.index(1, 2)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "A budget cannot be negative."
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    messages = panel.tables["channels"].messages
    assert messages.isVisible() and "Row 2, Budget: A budget cannot be negative." in messages.text()
    assert panel.session.prep.role_data["marketing"]["channels"][1]["budget"] == "-300000"  # nothing lost
    assert "Search" not in _slot(panel, "budget-chart").categories  # left out of the chart, not guessed


def test_a_phase_ending_before_it_starts(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, brief())
    view, model = panel.tables["phases"].view, panel.models["phases"]
    index = model.index(1, 2)  # Launch, end
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.focusWidget()
    assert isinstance(editor, QDateEdit)
    editor.setDate(editor.date().addDays(-30))
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert model.rows[1].end == "2027-02-13"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "The phase ends before it starts."
    assert "(1 not shown: check their dates)" in _slot(panel, "timeline").title


def test_likelihood_is_chosen_not_typed(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, brief())
    view, model = panel.tables["risks"].view, panel.models["risks"]
    index = model.index(0, 1)
    view.edit(index)
    combo = view.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("low"))
    view.commitData(combo)
    view.closeEditor(combo, QAbstractItemDelegate.EndEditHint.NoHint)
    assert model.rows[0].likelihood == "low" and index.data() == "Low"


def test_long_key_message_and_forty_channels_warn_and_the_deck_still_fits(qtbot: QtBot, store: Store) -> None:
    channels = [{"name": f"Channel {n}", "budget": str(1000 * n)} for n in range(1, 41)]
    panel = _panel(qtbot, store, brief(channels=channels))
    panel.editors["key_message"].setFocus()
    qtbot.keyClicks(panel.editors["key_message"], " and more" * 20)
    assert "keep it under 120" in panel.messages["key_message"].text()
    assert "40 rows" in panel.tables["channels"].messages.text()
    prep = panel.session.prep
    assert not any(laid.overflows for laid in layout_deck(prep.deck, language="en"))
    assert _slot(panel, "budget-chart").categories[-1] == "Other (35 channels)"


def test_undo_and_redo_a_typed_field_and_the_deck_follows(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store)
    qtbot.keyClicks(panel.editors["big_idea"], "Get your Friday back")
    assert _slot(panel, "big-idea").items[0].text == "Big idea: Get your Friday back"
    assert panel.undo_stack.count() == 1  # typing in one field is one undo step
    panel.undo_stack.undo()
    assert panel.editors["big_idea"].text() == ""
    assert panel.session.prep.role_data["marketing"]["big_idea"] == ""
    assert _slot(panel, "big-idea").example  # emptied: the template's example is back
    panel.undo_stack.redo()
    assert panel.editors["big_idea"].text() == "Get your Friday back"
    assert not _slot(panel, "big-idea").items[0].example


def test_undo_a_removed_row(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, brief())
    field = panel.tables["kpis"]
    field.view.selectRow(0)
    qtbot.mouseClick(field.remove_button, Qt.MouseButton.LeftButton)
    assert [k.name for k in panel.brief.kpis] == ["Trial-to-paid rate"]
    panel.undo_stack.undo()
    assert [k.name for k in panel.brief.kpis] == ["Trial sign-ups", "Trial-to-paid rate"]
    assert panel.models["kpis"].rowCount() == 2


def test_currency_picker_changes_the_deck(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, brief(), language="sv")
    panel.currency.setCurrentText("EUR")
    assert _slot(panel, "budget-chart").title == "Budgetfördelning, totalt 1\u00a0200\u00a0000\u00a0euro"


def test_the_goal_from_research_is_offered(qtbot: QtBot, store: Store) -> None:
    research = {"company": {"goals": "Double small-business customers by 2028"}}
    panel = _panel(qtbot, store, research=research)
    button = panel.research_goal
    assert button.isVisible() and "Double small-business customers by 2028" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.brief.goal == "Double small-business customers by 2028"
    assert button.isHidden()


def test_stored_junk_opens_without_a_crash(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, {"channels": "oops", "phases": [None], "currency": "kronor"})
    assert panel.models["channels"].rowCount() == 0
    assert "not a currency code" in panel.tables["channels"].messages.text()


def test_new_user_fills_the_campaign_and_exports(
    window, dialogs, qtbot: QtBot, store: Store, tmp_path
) -> None:
    """The path a candidate takes: create, fill the Campaign tab, export, reopen later: all there."""
    from pptx import Presentation

    from tests.helpers import make_prep

    window.create_preparation(make_prep("marketing", company="Fakturo AB"))
    workspace = window.workspace
    panel = workspace.role_panel
    workspace.tabs.setCurrentWidget(panel)
    qtbot.keyClicks(panel.editors["objective"], "Grow trial sign-ups from 4,000 to 5,000 a month by 30 June")
    model = panel.models["channels"]
    for name, amount in (("Paid social", "420000"), ("Search", "300000")):
        model.insertRows(model.rowCount(), 1)
        row = model.rowCount() - 1
        model.setData(model.index(row, 0), name)
        model.setData(model.index(row, 2), amount)
    dialogs.save_path = str(tmp_path / "plan")
    window.export_action.trigger()
    with qtbot.waitSignal(window.pptx_export.finished, timeout=30000):
        pass
    assert not dialogs.errors
    prs = Presentation(str(tmp_path / "plan.pptx"))
    [chart] = [s.chart for slide in prs.slides for s in slide.shapes if s.has_chart]
    assert list(chart.plots[0].series[0].values) == [420000, 300000]
    window.session.flush()
    stored = store.load(window.prep.id)
    assert stored.role_data["marketing"]["objective"].endswith("by 30 June")
    assert [c["name"] for c in stored.role_data["marketing"]["channels"]] == ["Paid social", "Search"]


def test_an_objective_due_after_the_last_phase_is_flagged_at_the_field(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, brief(objective=""))
    qtbot.keyClicks(
        panel.editors["objective"], "Grow trial sign-ups from 4,000 to 5,000 a month by 31 August 2027"
    )
    message = panel.messages["objective"]
    assert message.isVisible() and "after the timeline's last day (2027-06-30)" in message.text()
    panel.editors["objective"].selectAll()
    qtbot.keyClicks(
        panel.editors["objective"], "Grow trial sign-ups from 4,000 to 5,000 a month by 30 June 2027"
    )
    assert message.isHidden()
