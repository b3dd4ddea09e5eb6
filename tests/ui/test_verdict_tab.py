"""The Risks tab's Verdict page as a user drives it: the go-live, the buffer, and the candidate's own
plan-health ratings, each undoable, and the deck's verdict and scorecard follow."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from podium.core.deck.scaffold import scaffold
from podium.core.model import DiagramBlock, Preparation
from podium.core.storage.store import Store
from podium.core.text import typeset
from podium.roles.project_management.register import PlanItem, Register, Risk, load_register, save_register
from podium.roles.project_management.scales import Scales
from podium.roles.project_management.ui.panel import RiskPanel
from podium.ui.common.session import PreparationSession
from tests.ui.conftest import Dialogs

PLAN = [
    PlanItem("Design", date(2027, 1, 4), date(2027, 3, 26)),
    PlanItem("Build and test", date(2027, 4, 1), date(2027, 8, 27)),
    PlanItem("Pilot site live", date(2027, 9, 6), None, "milestone"),
    PlanItem("Rollout", date(2027, 9, 6), date(2027, 12, 17)),
    PlanItem("All sites live", date(2028, 1, 10), None, "milestone"),
]
RISKS = [
    Risk("R1", "Vendor misses the build milestone", category="Supplier", likelihood=3, impact=4,
         residual_likelihood=2, residual_impact=3, owner="Procurement lead", trigger="Two milestones missed"),
    Risk("R2", "Data migration fails quality checks", category="Data", likelihood=4, impact=5,
         residual_likelihood=2, residual_impact=4, owner="Data lead", trigger="Error rate above 2%"),
]  # fmt: skip


@pytest.fixture
def panel(qtbot: QtBot, store: Store, dialogs: Dialogs) -> RiskPanel:
    prep = Preparation(role="project-management", company="Nordvik AB")
    save_register(prep, Register(risks=list(RISKS), plan=list(PLAN), scales=Scales.default("en")))
    prep.deck = scaffold(prep)
    store.save(prep)
    widget = RiskPanel(PreparationSession(store, prep))
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    widget.show()
    qtbot.waitExposed(widget)
    widget.tabs.setCurrentWidget(widget.verdict_tab)
    return widget


def _slide(panel: RiskPanel, key: str):
    return next(s for s in panel.session.prep.deck.slides if s.key == key)


def _choose(combo, data: str) -> None:
    """Pick an entry as a user does: the combo reports it as activated."""
    index = combo.findData(data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_verdict_page_is_a_tab_of_the_risks_panel(panel: RiskPanel) -> None:
    texts = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert "Ver&dict" in texts
    editor = panel.verdict_tab.editor
    assert editor.go_live.itemText(0) == "Found in the plan: All sites live"
    assert "Go-live 10 Jan 2028" in _slide(panel, "verdict").title


def test_choosing_the_go_live_changes_the_verdict_and_undo_brings_it_back(panel: RiskPanel) -> None:
    editor = panel.verdict_tab.editor
    before = _slide(panel, "verdict").title
    _choose(editor.go_live, "Pilot site live")
    assert load_register(panel.session.prep).go_live == "Pilot site live"
    assert "Go-live 6 Sep 2027" in _slide(panel, "verdict").title
    panel.undo_stack.undo()
    assert _slide(panel, "verdict").title == before and editor.go_live.currentIndex() == 0


def test_a_buffer_the_candidate_sets_replaces_the_plans(panel: RiskPanel, qtbot: QtBot) -> None:
    editor = panel.verdict_tab.editor
    assert editor.buffer_from_plan.isChecked() and not editor.buffer.isEnabled()
    editor.buffer_from_plan.setChecked(False)
    editor.buffer.setValue(30)
    editor.buffer.editingFinished.emit()
    assert load_register(panel.session.prep).buffer_weeks == 30
    assert "as I set it" in _slide(panel, "verdict").notes
    assert typeset("(30 weeks' buffer)", "en") in _slide(panel, "verdict").blocks[0].items[0].text


def test_the_candidates_own_rating_shows_as_their_judgement(panel: RiskPanel, qtbot: QtBot) -> None:
    editor = panel.verdict_tab.editor
    assert "Not in the data" in editor.derived["benefits"].text()  # no benefits risk in this register
    assert "Red" in editor.derived["schedule"].text() or "Amber" in editor.derived["schedule"].text()
    card = _slide(panel, "health").blocks[0]
    assert isinstance(card, DiagramBlock) and card.example  # one area still waits for a judgement
    editor.reason["benefits"].setText("No owner for the benefits in the business case")
    _choose(editor.rating["benefits"], "red")
    card = _slide(panel, "health").blocks[0]
    texts = [s.text for s in card.shapes]
    assert "No owner for the benefits in the business case" in texts and "My judgement" in texts
    assert not card.example  # every area now rests on data or on the candidate's word
    panel.undo_stack.undo()
    assert _slide(panel, "health").blocks[0].example


def test_screenshot_of_the_verdict_page(panel: RiskPanel, tmp_path: Path) -> None:
    target = Path(os.environ.get("PODIUM_SCREENSHOTS", tmp_path))
    target.mkdir(parents=True, exist_ok=True)
    assert panel.verdict_tab.grab().save(str(target / "risks-verdict.png"))
