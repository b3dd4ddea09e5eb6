"""Question practice: drafts, STAR, confidence, the practice timer on a fake clock, drill mode, cue cards."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from podium.core.interview import practice
from podium.core.research.records import Doubt, Research, store_research
from podium.core.storage.store import Store
from podium.ui.common.session import PreparationSession
from podium.ui.interview.practice_timer import NORMAL, OVER, WARNING, PracticeTimer
from podium.ui.interview.question_edits import CardsDialog
from podium.ui.interview.section import QuestionsPanel
from tests.helpers import make_prep, pdf_pages, pdf_text
from tests.ui.conftest import Dialogs, FakeClock


@pytest.fixture
def session(store: Store) -> PreparationSession:
    prep = make_prep("finance", company="Nordvik AB")
    store.save(prep)
    return PreparationSession(store, prep)


@pytest.fixture
def panel(qtbot: QtBot, session: PreparationSession, clock: FakeClock, dialogs: Dialogs) -> QuestionsPanel:
    p = QuestionsPanel(session, clock=clock, rng=random.Random(5))
    qtbot.addWidget(p)
    p.resize(1100, 760)
    p.show()
    return p


def _row(panel: QuestionsPanel, *, behavioural: bool) -> int:
    return next(i for i, q in enumerate(panel.model.questions) if q.behavioural == behavioural)


def test_list_shows_the_bank_with_guidance(panel: QuestionsPanel) -> None:
    texts = [q.text for q in panel.model.questions]
    assert "Why should we choose you?" in texts
    assert any(q.source == "role" for q in panel.model.questions)
    panel.select(0)
    assert panel.question.text() == panel.model.questions[0].text
    assert panel.guidance.isVisible() and len(panel.guidance.text()) > 80
    assert "0 of" in panel.summary.text()


def test_draft_and_star_are_saved_and_marked(qtbot: QtBot, panel: QuestionsPanel, session: PreparationSession,
                                             store: Store) -> None:  # fmt: skip
    plain = _row(panel, behavioural=False)
    panel.select(plain)
    assert not panel.star_box.isVisible()
    qtbot.keyClicks(panel.answer, "Curiosity: I found the churn driver at Acme")
    question = panel.model.questions[plain]
    assert panel.model.data(panel.model.index(plain)).startswith("✓ ")
    behavioural = _row(panel, behavioural=True)
    panel.select(behavioural)
    assert panel.star_box.isVisible() and panel.answer.toPlainText() == ""
    panel.star["action"].setPlainText("Re-planned the close")
    panel.star["result"].setPlainText("Closed two days earlier")
    panel.confidence.button(2).setChecked(True)
    with qtbot.waitSignal(session.saved, timeout=3000):
        pass
    saved = store.load(session.prep.id)
    assert practice.load(saved, question.id).answer.startswith("Curiosity")
    star = practice.load(saved, panel.model.questions[behavioural].id)
    assert star.answered(panel.model.questions[behavioural]) and star.confidence == 2
    assert "2 of" in panel.summary.text()


def test_practice_timer_against_the_target(qtbot: QtBot, panel: QuestionsPanel, clock: FakeClock,
                                           session: PreparationSession) -> None:  # fmt: skip
    panel.select(0)
    q = panel.model.questions[0]
    assert q.target_seconds == 90
    qtbot.mouseClick(panel.timer.button, Qt.MouseButton.LeftButton)
    clock.advance(70)
    panel.timer.refresh()
    assert panel.timer.state() == NORMAL and panel.timer.face.text() == "1:10 / 1:30"
    clock.advance(10)
    assert panel.timer.state() == WARNING
    clock.advance(25)
    panel.timer.refresh()
    assert panel.timer.state() == OVER and panel.timer.face.property("state") == OVER
    qtbot.mouseClick(panel.timer.button, Qt.MouseButton.LeftButton)  # stop
    assert practice.load(session.prep, q.id).attempts == [105.0]
    assert "1:45" in panel.attempts.text() and "over the target" in panel.attempts.text()
    panel.timer.start()
    clock.advance(80)
    panel.timer.stop()
    assert "within time" in panel.attempts.text() and "best: 1:20" in panel.attempts.text()


def test_moving_on_mid_answer_records_it_unless_it_was_a_misclick(panel: QuestionsPanel, clock: FakeClock,
                                                                  session: PreparationSession) -> None:  # fmt: skip
    panel.select(0)
    panel.timer.start()
    clock.advance(2)
    panel.select(1)
    assert not panel.timer.running and practice.load(session.prep, panel.model.questions[0].id).attempts == []
    panel.timer.start()
    clock.advance(40)
    panel.select(2)
    assert practice.load(session.prep, panel.model.questions[1].id).attempts == [40.0]


def test_drill_deals_random_questions_with_the_guidance_hidden(qtbot: QtBot, panel: QuestionsPanel,
                                                               clock: FakeClock, session: PreparationSession) -> None:  # fmt: skip
    qtbot.mouseClick(panel.drill_button, Qt.MouseButton.LeftButton)
    first = panel.current()
    assert panel.timer.running and not panel.guidance.isVisible() and panel.show_guidance.isVisible()
    assert not panel.answer.isVisible()  # answered from memory
    assert panel.next_button.isVisible()
    clock.advance(75)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert practice.load(session.prep, first.id).attempts == [75.0]
    second = panel.current()
    assert second.id != first.id and panel.timer.running
    qtbot.mouseClick(panel.show_guidance, Qt.MouseButton.LeftButton)
    assert panel.guidance.isVisible() and panel.answer.isVisible()
    qtbot.mouseClick(panel.drill_button, Qt.MouseButton.LeftButton)
    assert not panel.timer.running and not panel.next_button.isVisible()


def test_doubts_from_research_become_follow_ups(panel: QuestionsPanel, session: PreparationSession) -> None:
    store_research(
        session.prep, Research(doubts=[Doubt("no consolidation experience", "Ran the group close", id="d")])
    )
    panel.hide()
    panel.show()  # coming back to the tab
    q = next(q for q in panel.model.questions if q.source == "doubt")
    assert "no consolidation experience" in q.text and "Ran the group close" in q.guidance


def test_timer_alone_never_reads_the_wall_clock(qtbot: QtBot, clock: FakeClock) -> None:
    timer = PracticeTimer(clock)
    qtbot.addWidget(timer)
    timer.set_target(60)
    with qtbot.waitSignal(timer.stopped) as blocker:
        timer.start()
        clock.advance(61.5)
        timer.stop()
    assert blocker.args == [61.5]
    assert timer.face.text() == "1:01 / 1:00"


def test_cue_cards_pdf(qtbot: QtBot, panel: QuestionsPanel, session: PreparationSession, dialogs: Dialogs,
                       tmp_path: Path) -> None:  # fmt: skip
    panel.select(0)
    panel.answer.setPlainText("Curiosity, proved by the churn analysis\nCalm under deadline pressure")
    dialogs.save_path = str(tmp_path / "cards")  # no suffix: .pdf is added
    qtbot.mouseClick(panel.cards_button, Qt.MouseButton.LeftButton)
    chooser = panel.dialog
    assert isinstance(chooser, CardsDialog) and chooser.isVisible()
    # the classics, the doubts and the slides' challenges by default: cards worth carrying, not fifty
    assert chooser.chosen() == {"classic", "doubts", "slides"}
    for key, check in chooser.checks.items():
        check.setChecked(key == "classic")
    assert chooser.total.text() == "5 cards"
    qtbot.mouseClick(chooser.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    pdf = tmp_path / "cards.pdf"
    assert pdf.exists() and pdf_pages(pdf) == 5
    first = pdf_text(pdf, 1)
    assert panel.model.questions[0].text[:30] in " ".join(first.split())
    assert "Calm under deadline pressure" in first
    assert not list(tmp_path.glob(".*.part"))  # written atomically


def test_cue_cards_into_a_missing_folder_say_why(
    qtbot: QtBot, panel: QuestionsPanel, dialogs: Dialogs, tmp_path: Path
) -> None:
    dialogs.save_path = str(tmp_path / "gone" / "cards.pdf")
    qtbot.mouseClick(panel.cards_button, Qt.MouseButton.LeftButton)
    assert panel.dialog is not None
    panel.dialog.accept()
    assert dialogs.errors == [("Export failed", f"folder does not exist: {tmp_path / 'gone'}")]
    assert not (tmp_path / "gone").exists()
