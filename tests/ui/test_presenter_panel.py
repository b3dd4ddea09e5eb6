"""Panel mode: questions dealt after the last slide or as interruptions, each answer timed."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from podium.core.interview.panel import deal
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.timeplan import TimingSettings
from tests.ui.conftest import FakeClock
from tests.ui.presenter_helpers import fixed_prep, make_presenter, press, questions

K = Qt.Key


def test_questions_after_the_last_slide_with_answer_timer(qtbot: QtBot, clock: FakeClock) -> None:
    saved: list[Rehearsal] = []
    p = make_presenter(qtbot, clock, deal=lambda: questions(3), saved=saved)
    press(qtbot, p, K.Key_S)
    for _ in range(10):
        clock.advance(50)
        press(qtbot, p, K.Key_Right)
    assert p.index == 10 and p.console.next_label.text() == "Next: Panel questions"
    clock.advance(40)
    press(qtbot, p, K.Key_Right)  # past the closing slide: the panel takes over
    assert p.mode == "panel" and p.console.pages.currentWidget() is p.console.panel_card
    card = p.console.panel_card
    assert card.question.text() == "Question 0?" and "1 of 3" in card.heading.text()
    assert not card.hint.isVisible()
    press(qtbot, p, K.Key_G)
    assert card.hint.isVisible() and card.hint.text() == "Hint 0"
    clock.advance(50)
    p.refresh_time()
    assert "0:50" in card.timer.text() and "#FBBF24" in card.timer.text()  # amber: 10 s left of 60
    clock.advance(25)
    p.refresh_time()
    assert "#F87171" in card.timer.text()  # red: over the minute
    press(qtbot, p, K.Key_Space)
    assert card.question.text() == "Question 1?" and "2 of 3" in card.heading.text()
    press(qtbot, p, K.Key_S)  # pause the answer clock
    clock.advance(100)
    press(qtbot, p, K.Key_S)
    clock.advance(30)
    press(qtbot, p, K.Key_Right)
    clock.advance(12)
    assert p.audience.view.index == 10  # the audience keeps the closing slide throughout
    press(qtbot, p, K.Key_Right)  # the last answer: the run is recorded
    assert p.mode == "end" and len(saved) == 1
    run = saved[0]
    assert run.completed and run.total_seconds == 540  # the talk clock stopped at the last slide
    assert [a["seconds"] for a in run.answers] == [75, 30, 12]
    assert [a["text"] for a in run.answers] == ["Question 0?", "Question 1?", "Question 2?"]
    assert (
        "3 panel answers, 0:39 on average; the longest (1:15) was: Question 0?"
        in p.console.end_card.detail.text()
    )
    press(qtbot, p, K.Key_R)  # rehearse again: from the first slide, a fresh hand, a waiting clock
    assert p.mode == "slides" and p.index == 0 and not p.recorder.started and len(p.hand) == 3


def test_escape_ends_the_round_and_keeps_the_answers(qtbot: QtBot, clock: FakeClock) -> None:
    saved: list[Rehearsal] = []
    p = make_presenter(qtbot, clock, deal=lambda: questions(4), saved=saved)
    press(qtbot, p, K.Key_End)
    clock.advance(30)
    press(qtbot, p, K.Key_Right)
    clock.advance(20)
    press(qtbot, p, K.Key_Escape)
    assert p.mode == "end" and [a["seconds"] for a in saved[0].answers] == [20]
    press(qtbot, p, K.Key_Escape)
    assert not p.console.isVisible() and len(saved) == 1  # leaving after the end saves nothing twice


def test_the_panel_interrupts_at_random_slides(qtbot: QtBot, clock: FakeClock) -> None:
    saved: list[Rehearsal] = []
    settings = TimingSettings(panel_random=2, panel_after_last=False)
    p = make_presenter(qtbot, clock, settings=settings, deal=lambda: questions(5), saved=saved, seed=4)
    assert len(p.interruptions) == 2 and p.interruptions <= set(range(1, 10))
    first = min(p.interruptions)
    press(qtbot, p, K.Key_S)
    for _ in range(first):
        clock.advance(10)
        press(qtbot, p, K.Key_Right)
    assert p.mode == "panel" and p.panel is not None and p.panel.at_slide == first
    assert "interrupts" in p.console.panel_card.heading.text()
    clock.advance(45)  # the talk clock keeps running while you answer, as in the room
    press(qtbot, p, K.Key_Right)  # answered: back to the same slide
    assert p.mode == "slides" and p.index == first
    assert p.recorder.slide_seconds(first) == 45
    press(qtbot, p, K.Key_Left, K.Key_Right)  # coming back to that slide does not ask again
    assert p.mode == "slides"
    press(qtbot, p, K.Key_Q)  # and a question on demand
    assert p.mode == "panel" and p.panel is not None and p.panel.at_slide == first
    press(qtbot, p, K.Key_Escape)
    assert p.mode == "slides" and len(p.recorder.answers) == 2


def test_deals_from_the_question_bank_and_the_users_doubts(qtbot: QtBot, clock: FakeClock) -> None:
    prep = fixed_prep()
    prep.research["doubts"] = [
        {"doubt": "Limited experience with group consolidation", "evidence": "", "id": "d1"}
    ]
    rng = random.Random(2)
    p = make_presenter(qtbot, clock, prep=prep, deal=lambda: deal(prep, rng, count=2))
    assert len(p.hand) == 3 and any(q.source == "doubt" for q in p.hand)
    press(qtbot, p, K.Key_End)
    press(qtbot, p, K.Key_Right)
    texts = []
    while p.mode == "panel":
        texts.append(p.console.panel_card.question.text())
        press(qtbot, p, K.Key_Right)
    assert any("group consolidation" in t for t in texts) and len(texts) == 3
