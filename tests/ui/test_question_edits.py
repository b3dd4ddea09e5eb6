"""The Questions tab: questions by category, the user's own questions, rewording and hiding (all
undoable), drilling one category, and rating an answer."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from podium.core.interview import practice
from podium.core.interview.own import load_edits
from podium.core.interview.panel import deal
from podium.core.interview.questions import likely_questions
from podium.core.interview.readiness import essential
from podium.core.storage.store import Store
from podium.ui.common.session import PreparationSession
from podium.ui.interview.question_edits import QuestionDialog
from podium.ui.interview.section import QuestionsPanel
from tests.core.test_challenges import own
from tests.helpers import make_prep
from tests.ui.conftest import Dialogs, FakeClock


@pytest.fixture
def session(store: Store) -> PreparationSession:
    prep = own(make_prep("finance", company="Nordvik AB"))
    store.save(prep)
    return PreparationSession(store, prep)


@pytest.fixture
def panel(qtbot: QtBot, session: PreparationSession, clock: FakeClock, dialogs: Dialogs) -> QuestionsPanel:
    p = QuestionsPanel(session, clock=clock, rng=random.Random(5))
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    qtbot.waitExposed(p)
    return p


def _show(panel: QuestionsPanel, key: str) -> None:
    panel.category.setCurrentIndex(panel.category.findData(key))


def _ok(qtbot: QtBot, dialog: QuestionDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _undo(qtbot: QtBot, panel: QuestionsPanel, redo: bool = False) -> None:
    panel.list.setFocus()
    sequence = QKeySequence(QKeySequence.StandardKey.Redo if redo else QKeySequence.StandardKey.Undo)
    qtbot.keySequence(panel.list, sequence)


def test_questions_by_category_and_the_slides_challenges(panel: QuestionsPanel) -> None:
    names = [panel.category.itemText(i) for i in range(panel.category.count())]
    assert names[0] == "All questions" and names[-1] == "Hidden questions"
    assert {"The five classics", "Doubts from round one", "Your slides"} <= set(names)
    _show(panel, "classic")
    assert [q.id for q in panel.model.questions] == [f"core-{i}" for i in ("qualities", "improve", "career",
                                                                          "why-job", "why-you")]  # fmt: skip
    assert "The five classics" in panel.model.data(panel.model.index(0))  # type: ignore[operator]
    _show(panel, "slides")
    slides = panel.model.questions
    assert slides and all(q.slide for q in slides)
    assert any(q.id == "challenge-summary-figure" and "SEK 49.5m" in q.text for q in slides)
    assert "5 of" not in panel.summary.text() and f"of {len(slides)} questions" in panel.summary.text()


def test_drill_deals_only_the_chosen_category(qtbot: QtBot, panel: QuestionsPanel, clock: FakeClock) -> None:
    _show(panel, "slides")
    qtbot.mouseClick(panel.drill_button, Qt.MouseButton.LeftButton)
    dealt = set()
    for _ in range(12):
        current = panel.current()
        assert current is not None
        dealt.add(current.id)
        clock.advance(30)
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert dealt and all(i.startswith("challenge-") for i in dealt)


def test_add_a_question_then_undo_and_redo(
    qtbot: QtBot, panel: QuestionsPanel, session: PreparationSession
) -> None:
    _show(panel, "classic")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.editor.dialog
    assert isinstance(dialog, QuestionDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.text, "Why did the Oslo pilot stop after three months?")
    dialog.category.setCurrentIndex(dialog.category.findData("doubts"))
    dialog.seconds.setValue(75)
    _ok(qtbot, dialog)
    added = panel.current()
    assert added is not None and added.source == "own" and added.text.startswith("Why did the Oslo pilot")
    assert added.category == "doubts" and added.target_seconds == 75
    assert panel.category.currentData() == ""  # shown among all questions, where it is
    assert load_edits(session.prep).added[0].text == added.text
    assert added.id in {q.id for q in essential(likely_questions(session.prep))}  # counts for readiness
    _undo(qtbot, panel)
    assert load_edits(session.prep).added == () and added.id not in {q.id for q in panel.model.questions}
    _undo(qtbot, panel, redo=True)
    assert panel.current() is not None and panel.current().id == added.id  # type: ignore[union-attr]


def test_reword_a_challenge_and_go_back_to_podiums(qtbot: QtBot, panel: QuestionsPanel,
                                                   session: PreparationSession, clock: FakeClock) -> None:  # fmt: skip
    _show(panel, "slides")
    panel.select(panel.model.row_of("challenge-summary-figure"))
    original = panel.current()
    assert original is not None
    panel.timer.start()
    clock.advance(50)
    panel.timer.stop()  # practised before the rewording: the practice stays with the question
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = panel.editor.dialog
    assert isinstance(dialog, QuestionDialog) and not dialog.category.isVisible()  # Podium's keep theirs
    dialog.text.setPlainText("Is SEK 49.5m the whole year or only the first half?")
    _ok(qtbot, dialog)
    reworded = panel.current()
    assert reworded is not None and reworded.id == original.id and reworded.edited
    assert reworded.text == "Is SEK 49.5m the whole year or only the first half?"
    assert "your wording" in panel.model.data(panel.model.index(panel.model.row_of(original.id)))  # type: ignore[operator]
    assert practice.load(session.prep, original.id).attempts == [50.0]
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = panel.editor.dialog
    assert isinstance(dialog, QuestionDialog)
    dialog.text.setPlainText("")  # empty: Podium's wording again
    _ok(qtbot, dialog)
    back = panel.current()
    assert back is not None and back.text == original.text and not back.edited
    _undo(qtbot, panel)
    assert panel.current().edited  # type: ignore[union-attr]


def test_hide_a_question_and_show_it_again(
    qtbot: QtBot, panel: QuestionsPanel, session: PreparationSession
) -> None:
    panel.select(panel.model.row_of("core-salary"))
    qtbot.mouseClick(panel.hide_button, Qt.MouseButton.LeftButton)
    assert "core-salary" not in {q.id for q in panel.model.questions}
    assert "core-salary" not in {q.id for q in likely_questions(session.prep)}
    hand = deal(session.prep, random.Random(1), count=100)
    assert "core-salary" not in {q.id for q in hand.pile}  # never asked in a panel round
    _show(panel, "__hidden__")
    assert [q.id for q in panel.model.questions] == [
        "core-salary"
    ] and panel.hide_button.text() == "Sho&w again"
    qtbot.mouseClick(panel.hide_button, Qt.MouseButton.LeftButton)
    assert panel.model.questions == [] and "core-salary" in {q.id for q in likely_questions(session.prep)}
    _undo(qtbot, panel)
    assert [q.id for q in panel.model.questions] == ["core-salary"]


def test_rate_an_answer_after_timing_it(qtbot: QtBot, panel: QuestionsPanel, session: PreparationSession,
                                        clock: FakeClock) -> None:  # fmt: skip
    panel.select(0)
    assert not panel.rating_row.isEnabled()  # nothing said aloud yet
    qtbot.mouseClick(panel.timer.button, Qt.MouseButton.LeftButton)
    clock.advance(70)
    qtbot.mouseClick(panel.timer.button, Qt.MouseButton.LeftButton)
    assert panel.rating_row.isEnabled()
    qtbot.mouseClick(panel.rating.button(2), Qt.MouseButton.LeftButton)
    q = panel.model.questions[0]
    log = practice.load(session.prep, q.id).log
    assert [(a.seconds, a.rating, a.target_seconds) for a in log] == [(70.0, 2, q.target_seconds)] and log[
        0
    ].at
    assert "rated 2/5" in panel.model.data(panel.model.index(0))  # type: ignore[operator]
