"""Panel mode in the presenter, driven by real key presses and an injected clock: questions after
the last slide, interruptions mid-slide (random, chosen, about every N minutes, on demand), the
talk clock holding while the candidate answers, the coaching and the 1-5 rating."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from podium.core.interview.model import Question
from podium.core.interview.panel import EVERY, RANDOM, SLIDES, Hand, PanelSettings, deal
from podium.core.rehearsal.decks import office
from podium.core.rehearsal.decks.record import DeckRecords
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.timeplan import TimingSettings
from podium.ui.common import settings as ui_settings
from podium.ui.rehearse.deck_launcher import DeckLauncher
from podium.ui.rehearse.panel_settings import save_panel_settings
from tests.deck_files import SlideSpec, make_pptx
from tests.ui.conftest import FakeClock
from tests.ui.presenter_helpers import fixed_prep, make_presenter, press, questions

K = Qt.Key
NO_ROUND = PanelSettings(after_last=False)


def challenge(slide: str, n: int = 0) -> Question:
    return Question(f"challenge-{slide}-{n}", f"Why {slide} {n}?", f"Coach {slide}", 60, source="deck",
                    category="slides", slide=slide, kind="figure")  # fmt: skip


def test_questions_after_the_last_slide_timed_coached_and_rated(qtbot: QtBot, clock: FakeClock) -> None:
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
    assert not card.hint.isVisible() and not card.rating_shown
    press(qtbot, p, K.Key_G)
    assert card.hint.isVisible() and card.hint.text() == "Hint 0"
    clock.advance(50)
    p.refresh_time()
    assert "0:50" in card.timer.text() and "#FBBF24" in card.timer.text()  # amber: 10 s left of 60
    clock.advance(25)
    p.refresh_time()
    assert "#F87171" in card.timer.text()  # red: over the minute
    press(qtbot, p, K.Key_Space)  # answered: coaching, how long it took, and the rating
    assert card.rating_shown and card.coaching.isVisible() and not card.timer.isVisible()
    assert "You took 1:15 · target 1:00" in card.took.text() and "#F87171" in card.took.text()
    coaching = card.coaching.text()
    assert (
        "Handling a challenge" in coaching
        and "Acknowledge</b>:" in coaching
        and "Bridge back</b>:" in coaching
    )
    assert "Hint 0" in coaching  # this question's own advice under the five steps
    clock.advance(200)  # reading the coaching is not part of the answer
    press(qtbot, p, K.Key_2)  # the rating: and on to the next question
    assert card.question.text() == "Question 1?" and "2 of 3" in card.heading.text() and not card.rating_shown
    press(qtbot, p, K.Key_S)  # pause the answer clock
    clock.advance(100)
    press(qtbot, p, K.Key_S)
    clock.advance(30)
    press(qtbot, p, K.Key_Right, K.Key_Right)  # answered, then on without a rating
    clock.advance(12)
    assert p.audience.view.index == 10  # the audience keeps the closing slide throughout
    press(qtbot, p, K.Key_Right)
    assert card.rating_shown
    qtbot.mouseClick(card.rating_buttons[5], Qt.MouseButton.LeftButton)  # the buttons rate too
    assert p.mode == "end" and len(saved) == 1
    run = saved[0]
    assert run.completed and run.total_seconds == 540  # the talk clock stopped at the last slide
    assert [(a["seconds"], a["rating"]) for a in run.answers] == [(75, 2), (30, 0), (12, 5)]
    assert [a["text"] for a in run.answers] == ["Question 0?", "Question 1?", "Question 2?"]
    detail = p.console.end_card.detail.text()
    assert "3 panel answers, 0:39 on average; the longest (1:15) was: Question 0?" in detail
    assert "Rated lowest (2 of 5), so it comes back first next time: Question 0?" in detail
    press(qtbot, p, K.Key_R)  # rehearse again: from the first slide, a fresh hand, a waiting clock
    assert p.mode == "slides" and p.index == 0 and not p.recorder.started and len(p.hand) == 3


def test_escape_ends_the_round_and_keeps_the_answer_in_progress(qtbot: QtBot, clock: FakeClock) -> None:
    saved: list[Rehearsal] = []
    p = make_presenter(qtbot, clock, deal=lambda: questions(4), saved=saved)
    press(qtbot, p, K.Key_End)
    clock.advance(30)
    press(qtbot, p, K.Key_Right)
    clock.advance(20)
    press(qtbot, p, K.Key_Escape)
    assert p.mode == "end" and [(a["seconds"], a["rating"]) for a in saved[0].answers] == [(20, 0)]
    press(qtbot, p, K.Key_Escape)
    assert not p.console.isVisible() and len(saved) == 1  # leaving after the end saves nothing twice


def test_the_panel_interrupts_mid_slide_and_the_talk_clock_holds(qtbot: QtBot, clock: FakeClock) -> None:
    saved: list[Rehearsal] = []
    hand = Hand(questions(3), {"breakdown": [challenge("breakdown")], "trend": [challenge("trend")]})
    settings = PanelSettings(interrupt=RANDOM, random_count=2, after_last=False)
    p = make_presenter(qtbot, clock, settings=None, panel=settings, deal=lambda: hand, saved=saved, seed=4)
    plan = p.interruptions.moments
    assert len(plan) == 2 and set(plan) <= set(range(1, 10))  # never the first or the last slide
    first = min(plan)
    moment = plan[first]
    budget = p.recorder.plan.budget(first)
    assert budget * 0.25 <= moment <= budget * 0.75  # mid-slide, not on arrival
    press(qtbot, p, K.Key_S)
    for _ in range(first):
        clock.advance(10)
        press(qtbot, p, K.Key_Right)
    assert p.mode == "slides" and p.index == first  # arriving does not interrupt
    clock.advance(moment - 1)
    p.refresh_time()
    assert p.mode == "slides"
    clock.advance(1)
    p.refresh_time()  # the moment has come
    assert p.mode == "panel" and p.panel is not None and p.panel.at_slide == first
    card = p.console.panel_card
    assert f"interrupts you on slide {first + 1}" in card.heading.text()
    key = p.source.metas[first].key
    expected = f"Why {key} 0?" if key in ("breakdown", "trend") else "Question 0?"
    assert card.question.text() == expected  # the slide's own challenge, when it has one
    talk = p.recorder.elapsed
    assert p.console.status.text() == "Talk clock held while you answer"
    clock.advance(45)  # answering: the talk clock holds
    p.refresh_time()
    assert p.recorder.elapsed == talk and p.recorder.slide_seconds(first) == pytest.approx(moment)
    press(qtbot, p, K.Key_Right)
    clock.advance(30)  # reading the coaching
    press(qtbot, p, K.Key_4)
    assert p.mode == "slides" and p.index == first and p.recorder.running
    clock.advance(5)  # the talk runs on from where it stood
    assert p.recorder.elapsed == pytest.approx(talk + 5)
    assert p.recorder.slide_seconds(first) == pytest.approx(moment + 5)
    assert p.recorder.pauses == 0  # an interruption is not the candidate's pause
    press(qtbot, p, K.Key_Left, K.Key_Right)  # coming back to that slide does not ask again
    clock.advance(budget)
    p.refresh_time()
    assert p.mode == "slides"
    press(qtbot, p, K.Key_Q)  # and a question on demand
    assert p.mode == "panel" and p.panel is not None and p.panel.at_slide == first
    clock.advance(8)
    press(qtbot, p, K.Key_Escape)
    assert p.mode == "slides" and [(a["seconds"], a["rating"]) for a in p.recorder.answers] == [
        (45, 4),
        (8, 0),
    ]


def test_interrupt_on_the_slides_the_user_chose(qtbot: QtBot, clock: FakeClock) -> None:
    hand = Hand(questions(2), {"variance": [challenge("variance")]})
    p = make_presenter(qtbot, clock, panel=PanelSettings(interrupt=SLIDES, slides=[7], after_last=False),
                       deal=lambda: hand, seed=1)  # fmt: skip
    assert list(p.interruptions.moments) == [6] and p.source.metas[6].key == "variance"
    press(qtbot, p, K.Key_S, K.Key_7, K.Key_Return)
    assert p.index == 6
    clock.advance(p.interruptions.moments[6] + 0.01)
    p.refresh_time()
    assert p.mode == "panel" and p.console.panel_card.question.text() == "Why variance 0?"


def test_about_every_few_minutes_of_talk(qtbot: QtBot, clock: FakeClock) -> None:
    p = make_presenter(qtbot, clock, panel=PanelSettings(interrupt=EVERY, every_minutes=2, after_last=False),
                       deal=lambda: questions(5), seed=2)  # fmt: skip
    first = p.interruptions.next_at
    assert first is not None and 96 <= first <= 144
    press(qtbot, p, K.Key_S)
    clock.advance(first - 0.5)
    p.refresh_time()
    assert p.mode == "slides"
    clock.advance(0.5)
    p.refresh_time()
    assert p.mode == "panel"
    clock.advance(300)  # a long answer: talk time stands still, so the next one is still minutes away
    press(qtbot, p, K.Key_Right, K.Key_Right)
    assert p.mode == "slides" and p.recorder.elapsed == pytest.approx(first)
    nxt = p.interruptions.next_at
    assert nxt is not None and first + 96 <= nxt <= first + 144


def test_no_interruption_while_paused_or_blank(qtbot: QtBot, clock: FakeClock) -> None:
    settings = PanelSettings(interrupt=SLIDES, slides=[2], after_last=False)
    p = make_presenter(qtbot, clock, panel=settings, deal=lambda: questions(2), seed=3)
    press(qtbot, p, K.Key_S, K.Key_Right)
    press(qtbot, p, K.Key_B)  # a black screen: the panel waits
    clock.advance(200)
    p.refresh_time()
    assert p.mode == "slides"
    press(qtbot, p, K.Key_B)  # the slide is back and its moment has passed: now
    assert p.mode == "panel"
    q = make_presenter(qtbot, clock, panel=settings, deal=lambda: questions(2), seed=3)
    press(qtbot, q, K.Key_S, K.Key_Right, K.Key_S)  # paused: the slide's time stands still
    clock.advance(200)
    q.refresh_time()
    assert q.mode == "slides"
    press(qtbot, q, K.Key_S)
    clock.advance(q.interruptions.moments[1] + 0.01)
    q.refresh_time()
    assert q.mode == "panel"


def test_deals_the_users_doubts_and_each_slides_challenges(qtbot: QtBot, clock: FakeClock) -> None:
    prep = fixed_prep()
    prep.research["doubts"] = [
        {"doubt": "Limited experience with group consolidation", "evidence": "", "id": "d1"}
    ]
    rng = random.Random(2)
    p = make_presenter(qtbot, clock, prep=prep, deal=lambda: deal(prep, rng, count=2))
    assert isinstance(p.hand, Hand) and len(p.hand) == 3 and p.hand.pile[0].source == "doubt"
    assert set(p.hand.by_slide) >= {"summary", "trend", "recommendations"}  # every slide is challenged
    press(qtbot, p, K.Key_End)
    press(qtbot, p, K.Key_Right)
    texts = []
    while p.mode == "panel":
        texts.append(p.console.panel_card.question.text())
        press(qtbot, p, K.Key_Right, K.Key_Right)
    assert "group consolidation" in texts[0] and len(texts) == 3


def test_digits_rate_in_panel_mode_but_jump_between_slides(qtbot: QtBot, clock: FakeClock) -> None:
    p = make_presenter(qtbot, clock, panel=NO_ROUND, deal=lambda: questions(2))
    press(qtbot, p, K.Key_S, K.Key_3, K.Key_Return)
    assert p.index == 2
    press(qtbot, p, K.Key_Q)
    press(qtbot, p, K.Key_3)  # still answering: a digit does nothing
    assert p.mode == "panel" and p.panel is not None and p.panel.phase == "answer"
    press(qtbot, p, K.Key_Right, K.Key_9)  # not a rating
    assert p.panel is not None and p.panel.phase == "rate"
    press(qtbot, p, K.Key_1)
    assert p.mode == "slides" and p.index == 2 and p.recorder.answers[-1]["rating"] == 1


def test_a_deck_made_elsewhere_is_challenged_slide_by_slide(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(office.SOFFICE_ENV, "")  # the outline stands in for the pictures
    path = make_pptx(tmp_path / "talk.pptx", [SlideSpec("Q3 review", "Anna Berg"),
                                              SlideSpec("Churn fell 3 points after the new onboarding", "Pilot in Oslo"),
                                              SlideSpec("Next steps", "Roll out")])  # fmt: skip
    save_panel_settings(PanelSettings(after_last=False, interrupt=SLIDES, slides=[2]))
    try:
        launcher = DeckLauncher(None, clock=clock, records=DeckRecords(tmp_path / "records"))
        p = launcher.present_path(path, settings=TimingSettings())
        assert p is not None
        qtbot.addWidget(p.console)
        qtbot.addWidget(p.audience)
        press(qtbot, p, K.Key_S, K.Key_Right)
        clock.advance(p.interruptions.moments[1] + 0.01)
        p.refresh_time()
        assert p.mode == "panel"
        assert p.console.panel_card.question.text() == (
            "You say “Churn fell 3 points after the new onboarding”. "
            "How sure are you of 3 points, and what else could explain it?"
        )
        p.close()
    finally:
        ui_settings.reset(ui_settings.PRESENTER_PANEL)


def test_the_coaching_scrolls_on_a_laptops_console_instead_of_being_cut(
    qtbot: QtBot, clock: FakeClock
) -> None:
    """One screen: the console gets about two thirds of a 1366x768 laptop. The coaching is all
    there, Shift+Down scrolls it, and the slide's notes are left alone."""
    long = Question("q-long", "A long question? " * 6, "Advice on this very question. " * 12, 60)
    p = make_presenter(qtbot, clock, deal=lambda: [long], panel=NO_ROUND)
    p.console.setFixedSize(847, 600)
    press(qtbot, p, K.Key_S, K.Key_Q)  # a panel question on demand
    press(qtbot, p, K.Key_Space)
    card = p.console.panel_card
    qtbot.waitUntil(lambda: card.coaching_area.verticalScrollBar().maximum() > 0)
    bar = card.coaching_area.verticalScrollBar()
    assert bar.value() == 0 and "Advice on this very question" in card.coaching.text()
    notes = p.console.notes.verticalScrollBar().value()
    press(qtbot, p, K.Key_Down, shift=True)
    assert bar.value() > 0 and p.console.notes.verticalScrollBar().value() == notes
    assert p.mode == "panel" and card.rating_shown  # scrolling is not an answer or a rating
    press(qtbot, p, K.Key_Up, shift=True)
    assert bar.value() == 0
    assert "Shift+↑↓: scroll" in card.footer.text()
