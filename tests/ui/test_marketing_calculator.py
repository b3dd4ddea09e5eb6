"""The business-case calculator in the Campaign tab, driven with the keyboard: the results follow every
keystroke, a bad estimate is flagged at its field and loses nothing, undo takes it back, and the deck's
business case, KPIs, closing and titles follow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.storage.store import Store
from podium.core.text import typeset
from podium.roles.marketing.ui.panel import MarketingPanel
from podium.ui.common.session import PreparationSession
from tests.roles.marketing.sample import brief


def _panel(qtbot: QtBot, store: Store, data: dict, language: str = "en") -> MarketingPanel:
    prep = Preparation(role="marketing", company="Fakturo AB", language=language)
    prep.role_data["marketing"] = data
    prep.deck = scaffold(prep)
    store.save(prep)
    panel = MarketingPanel(PreparationSession(store, prep))
    qtbot.addWidget(panel)
    panel.resize(1100, 900)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _without_case() -> dict:
    return brief(customers="", customer_value="", gross_margin="")


def _type(qtbot: QtBot, panel: MarketingPanel, field: str, text: str) -> QLineEdit:
    editor = panel.case.editors[field]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)
    return editor


def _result(panel: MarketingPanel, key: str) -> str:
    return panel.case.values[key].text()


def _slide(panel: MarketingPanel, key: str):
    return next(s for s in panel.session.prep.deck.slides if s.key == key)


def test_typing_the_estimates_computes_the_case_and_fills_the_deck(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, _without_case())
    assert panel.case.cost.text() == "SEK\u00a01,200,000, the channel budgets' total"
    assert panel.case.results.isHidden()
    assert "Fill in the three estimates" in panel.case.status.text()
    assert _slide(panel, "business-case").title.startswith("Example: ")

    _type(qtbot, panel, "customers", "1 000")
    _type(qtbot, panel, "customer_value", "3600")
    assert panel.case.results.isHidden()  # two of three: nothing half-computed
    _type(qtbot, panel, "gross_margin", "80")

    assert panel.case.results.isVisible()
    assert _result(panel, "cac") == "SEK\u00a01,200"
    assert panel.case.hows["cac"].text() == "SEK\u00a01,200,000 ÷ 1,000 new customers"
    assert _result(panel, "margin") == "SEK\u00a02,880"
    assert _result(panel, "payback") == "5.0 months"
    assert _result(panel, "break_even") == "417 customers"
    assert _result(panel, "roi") == "+140% (SEK\u00a01,680,000)"
    assert _result(panel, "ratio") == "2.4 : 1"
    assert panel.case.units["customer_value"].text() == "SEK a year"

    prep = panel.session.prep
    assert prep.role_data["marketing"]["gross_margin"] == "80"  # stored as typed, at once
    table = next(b for b in _slide(panel, "business-case").blocks if b.source == "business-case")
    assert not table.example and table.rows[2][1] == typeset("5.0 months", "en")
    assert _slide(panel, "business-case").title == typeset(
        "The campaign pays back within 5 months and returns +140% in year one", "en"
    )
    assert _slide(panel, "closing").title == typeset(
        "SEK\u00a01.2m wins 1,000 new customers and pays back within 5 months", "en"
    )
    kpis = next(b for b in _slide(panel, "kpis").blocks if b.source == "kpis")
    assert kpis.rows[0][:2] == ["New customers", "1,000 by 30 Jun 2027"]


def test_each_keystroke_moves_the_payback(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, brief())
    editor = _type(qtbot, panel, "customers", "2")
    assert _result(panel, "payback") == "2,500.0 months"  # two customers: absurd, but computed, not crashed
    qtbot.keyClicks(editor, "000")
    assert _result(panel, "payback") == "2.5 months"
    assert _slide(panel, "business-case").title.startswith(
        typeset("The campaign pays back within 3 months", "en")
    )


def test_zero_and_nonsense_are_flagged_at_the_field_and_kept(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, brief())
    _type(qtbot, panel, "customers", "0")
    message = panel.case.messages["customers"]
    assert message.isVisible() and message.text().endswith("At zero the campaign never pays back.</span>")
    assert _result(panel, "payback") == "Never" and _result(panel, "cac") == "–"
    assert panel.case.hows["payback"].text() == "no new customers expected"
    assert _slide(panel, "business-case").title == "At these estimates the campaign never pays back"

    _type(qtbot, panel, "customers", "a thousand")
    assert "“a thousand” is not a number" in message.text()
    assert panel.case.results.isHidden()
    assert panel.session.prep.role_data["marketing"]["customers"] == "a thousand"  # nothing lost
    # No usable case: the example is back, marked as such, never a stale figure.
    slide = _slide(panel, "business-case")
    assert slide.blocks[0].example and slide.title.startswith("Example: ")

    _type(qtbot, panel, "customers", "1000")
    _type(qtbot, panel, "gross_margin", "180")
    assert "A gross margin is between 0 and 100%." in panel.case.messages["gross_margin"].text()
    _type(qtbot, panel, "gross_margin", "0,8")
    assert (
        "“0,8” reads as 0,8%, not as a fraction. For 80%, write 80."
        in panel.case.messages["gross_margin"].text()
    )
    assert _result(panel, "margin") == "SEK\u00a029"  # used as written; the warning says what it means
    _type(qtbot, panel, "gross_margin", "0")
    assert _result(panel, "payback") == "Never" and _result(panel, "break_even") == "Never"
    assert panel.case.hows["break_even"].text() == "a customer brings no margin"


def test_a_payback_beyond_the_first_year_is_called_out(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, brief())
    _type(qtbot, panel, "customers", "300")
    message = panel.messages["business_case"]
    assert message.isVisible() and "It pays back only after 16.7 months" in message.text()


def test_undo_takes_a_typed_estimate_back_with_the_keyboard(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, brief())
    editor = _type(qtbot, panel, "gross_margin", "40")
    assert _result(panel, "payback") == "10.0 months"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert editor.text() == "80 %"
    assert panel.session.prep.role_data["marketing"]["gross_margin"] == "80 %"
    assert _result(panel, "payback") == "5.0 months"
    assert _slide(panel, "business-case").title.startswith(
        typeset("The campaign pays back within 5 months", "en")
    )
    qtbot.keyClick(
        editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    QApplication.processEvents()
    assert editor.text() == "40" and _result(panel, "payback") == "10.0 months"


def test_emptying_the_estimates_puts_the_example_back(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, brief())
    for field in ("customers", "customer_value", "gross_margin"):
        _type(qtbot, panel, field, "")
    slide = _slide(panel, "business-case")
    assert slide.blocks[0].example and slide.title.startswith("Example: ")
    assert panel.case.results.isHidden()


def test_a_budget_edited_in_the_channel_table_changes_the_cost_and_the_payback(
    qtbot: QtBot, store: Store
) -> None:
    panel = _panel(qtbot, store, brief())
    view, model = panel.tables["channels"].view, panel.models["channels"]
    index = model.index(0, [name for name, _ in model.columns].index("budget"))
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    cell = view.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    qtbot.keyClicks(cell, "1 020 000")  # paid social up by SEK 600,000: the cost is SEK 1.8m
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert panel.case.cost.text().startswith("SEK\u00a01,800,000")
    assert _result(panel, "payback") == "7.5 months"


def test_the_swedish_deck_writes_the_results_the_swedish_way(qtbot: QtBot, store: Store) -> None:
    panel = _panel(qtbot, store, brief(), language="sv")
    assert _result(panel, "cac") == "1\u00a0200\u00a0kr"
    assert _result(panel, "roi") == "+140\u00a0% (1\u00a0680\u00a0000\u00a0kr)"
    assert _slide(panel, "business-case").title.startswith(
        typeset("Kampanjen betalar sig inom 5 månader", "sv")
    )
