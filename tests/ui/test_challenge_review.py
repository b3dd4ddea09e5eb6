"""The Rehearse tab's review of the panel's challenges: weakest first, and a click that practises one."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from podium.core import clock as wall
from podium.core.interview import practice
from podium.core.rehearsal.runs import Rehearsal
from podium.ui.rehearse.challenge_review import PracticeDialog
from podium.ui.window.main_window import MainWindow
from tests.core.test_challenges import own
from tests.helpers import make_prep
from tests.ui.conftest import NOW, FakeClock


def _own_deck(window: MainWindow) -> None:
    """The scaffold's examples taken as the candidate's own, as if they had written them."""
    assert window.workspace is not None
    own(window.workspace.session.prep)
    window.workspace.session.deck_edited()


def _answer(qid: str, seconds: float, rating: int, target: int = 60) -> dict[str, object]:
    return {"id": qid, "text": qid, "seconds": seconds, "target_seconds": target, "rating": rating}


def test_challenges_that_go_badly_come_first_and_one_click_practises(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    wall.set_now(NOW)  # the practice below is stamped after the run
    prep = make_prep("finance", talk_minutes=10)
    prep.research["doubts"] = [{"doubt": "Little experience of retail", "evidence": "", "id": "d1"}]
    window.create_preparation(prep)
    _own_deck(window)
    run = Rehearsal(
        started_at=NOW - timedelta(days=1), total_seconds=600, target_seconds=600,
        answers=[
            _answer("challenge-trend-chart", 50, 4),
            _answer("challenge-summary-figure", 130, 3),  # more than twice its minute
            _answer("doubt-d1", 80, 1, 90),
            _answer("challenge-risks-risk", 40, 2, 75),
        ],
    )  # fmt: skip
    window.store.add_rehearsal(prep.id, run)
    assert window.workspace is not None
    panel = window.workspace.rehearse
    panel.clock = clock
    window.workspace.tabs.setCurrentWidget(panel)
    panel.refresh()
    review = panel.review
    ids = [q.id for q, _h, _w in review.model.rows]
    assert ids[:4] == ["doubt-d1", "challenge-risks-risk", "challenge-summary-figure", ids[3]]
    assert ids[-1] == "challenge-trend-chart"  # the one that went well waits until last
    assert len(ids) == len(set(ids)) and all(
        q.slide or q.source == "doubt" for q, _h, _w in review.model.rows
    )
    model = review.model
    assert model.index(0, 4).data() == "1 / 5" and model.index(0, 3).data() == "1:20 / 1:30"
    # the risks slide's number in this deck (a 10-minute talk plans it into the appendix)
    risks = 1 + next(i for i, s in enumerate(window.workspace.session.prep.deck.slides) if s.key == "risks")
    assert (
        model.index(1, 1).data() == f"slide {risks}" and model.index(0, 1).data() == "Doubts from round one"
    )
    assert model.index(3, 2).data() == "never" and model.index(3, 3).data() == "—"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # rated low: red
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "Answer times, oldest first: 1:20"
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "Ratings, oldest first: 1"
    assert "2 still go badly" not in review.heading.text() and "3 still go badly" in review.heading.text()

    review.table.selectRow(1)
    qtbot.mouseClick(review.practise_button, Qt.MouseButton.LeftButton)
    dialog = panel.practice_dialog
    assert isinstance(dialog, PracticeDialog) and dialog.isVisible()
    assert dialog.card.question.text().startswith("Why is “Customers in South may leave")
    clock.advance(62)
    dialog.card.update_timer(dialog.round)
    assert "1:02" in dialog.card.timer.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Space)  # answered: the coaching and the rating
    assert dialog.card.rating_shown and "You took 1:02 · target 1:15" in dialog.card.took.text()
    qtbot.keyClick(dialog, Qt.Key.Key_4)
    assert not dialog.isVisible()
    log = practice.load(window.prep, "challenge-risks-risk").log  # type: ignore[arg-type]
    assert [(a.seconds, a.rating, a.where) for a in log] == [(62.0, 4, "review")]
    ids = [q.id for q, _h, _w in review.model.rows]
    assert ids[:2] == ["doubt-d1", "challenge-summary-figure"]  # it went better: it moves back
    assert ids.index("challenge-risks-risk") > ids.index("challenge-trend-chart") - 1


def test_double_click_practises_and_escape_leaves_without_a_record(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    window.create_preparation(make_prep("marketing"))
    _own_deck(window)
    assert window.workspace is not None
    panel = window.workspace.rehearse
    panel.clock = clock
    window.workspace.tabs.setCurrentWidget(panel)
    table = panel.review.table
    first = panel.review.model.rows[0][0]
    rect = table.visualRect(panel.review.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a user does
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = panel.practice_dialog
    assert isinstance(dialog, PracticeDialog) and dialog.round.current.id == first.id
    clock.advance(20)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and practice.load(window.prep, first.id).log == []  # type: ignore[arg-type]
