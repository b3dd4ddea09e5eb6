"""Panel mode's rules: the deal, when the panel interrupts, and each answer timed and rated."""

from __future__ import annotations

import random
from datetime import datetime

from podium.core.interview.history import histories
from podium.core.interview.model import Question
from podium.core.interview.panel import (
    EVERY,
    RANDOM,
    SLIDES,
    Hand,
    Interruptions,
    PanelRound,
    PanelSettings,
    coaching,
    deal,
    parse_slides,
)
from podium.core.interview.questions import doubt_questions
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.timeplan import TimeState
from tests.helpers import make_prep

BUDGETS = [20, 60, 90, 60, 0, 45]  # slide 5 (index 4) is a backup slide


def _q(qid: str, seconds: int = 60, category: str = "pressure", slide: str = "") -> Question:
    return Question(qid, f"{qid}?", f"guidance for {qid}", seconds, category=category, slide=slide)


def test_the_deal_puts_the_users_doubts_first_and_keeps_a_seed_repeatable() -> None:
    prep = make_prep("finance", language="sv")
    prep.research["doubts"] = [
        {"doubt": "Har hon tillräcklig erfarenhet av koncernredovisning?", "evidence": "Ledde bokslutet 2024", "id": "d1"},
        {"doubt": "  ", "id": "empty"},
        "Kan han leda utan mandat?",
        42,
    ]  # fmt: skip
    doubts = doubt_questions(prep)
    assert [q.id for q in doubts] == ["doubt-d1", "doubt-2"]
    assert doubts[0].text.startswith("Vi undrar fortfarande") and "koncernredovisning" in doubts[0].text
    assert doubts[0].guidance == "Ditt belägg: Ledde bokslutet 2024"
    assert all(q.category == "doubts" for q in doubts)
    hand = deal(prep, random.Random(7), count=3)
    assert len(hand) == 5 and [q.source for q in hand.pile[:2]] == ["doubt", "doubt"]
    again = deal(prep, random.Random(7), count=3)
    assert [q.id for q in again.pile] == [q.id for q in hand.pile]  # the same seed deals the same hand
    prep.research["doubts"] = "not a list"
    assert doubt_questions(prep) == []


def test_each_slide_gets_its_own_challenges_and_the_weakest_comes_first() -> None:
    prep = make_prep("finance")
    trend = next(s for s in prep.deck.slides if s.key == "trend")
    for block in trend.blocks:
        for item in getattr(block, "items", []):
            item.example = False
        if hasattr(block, "series"):
            block.example = False
    hand = deal(prep, random.Random(1))
    asked = hand.by_slide["trend"]
    assert {q.kind for q in asked} == {"figure", "chart"}
    # a run where the chart question went badly: it comes back first on that slide
    run = Rehearsal(
        started_at=datetime(2026, 11, 20, 9), total_seconds=600, target_seconds=600,
        answers=[{"id": "challenge-trend-chart", "seconds": 40, "target_seconds": 60, "rating": 1}],
    )  # fmt: skip
    hand = deal(prep, random.Random(1), rehearsals=[run])
    assert hand.take("trend").id == "challenge-trend-chart"  # type: ignore[union-attr]
    assert hand.take("trend").id == "challenge-trend-figure"  # type: ignore[union-attr]
    top = hand.take("trend")  # the slide's challenges are used up: the pile's top instead
    assert top is not None and top.slide != "trend" and top.id in {q.id for q in hand.pile}
    assert top.id not in {q.id for q in hand.rest()}  # never asked twice in a run


def test_a_hand_from_a_plain_list_and_one_that_runs_out() -> None:
    hand = Hand([_q("a"), _q("b")])
    assert len(hand) == 2 and hand.take("any-slide").id == "a"  # type: ignore[union-attr]
    assert [q.id for q in hand.rest()] == ["b"] and not hand and hand.take() is None


def test_the_users_answer_times_per_category() -> None:
    settings = PanelSettings(targets={"slides": 75})
    assert settings.target(_q("x", 60, category="slides")) == 75
    assert settings.target(_q("y", 90, category="classic")) == 90
    prep = make_prep("marketing")
    hand = deal(prep, random.Random(2), settings=settings)
    assert all(q.target_seconds == 75 for qs in hand.by_slide.values() for q in qs)


def test_the_panel_leaves_out_the_categories_the_user_chose() -> None:
    prep = make_prep("marketing")
    hand = deal(prep, random.Random(2), count=200, settings=PanelSettings(skip=["practical", "slides"]))
    assert hand.by_slide == {} and not any(q.category in ("practical", "slides") for q in hand.pile)
    assert any(q.category == "classic" for q in hand.pile)


def test_random_interruptions_come_mid_slide_never_on_the_first_last_or_a_backup_slide() -> None:
    for seed in range(30):
        plan = Interruptions(PanelSettings(interrupt=RANDOM, random_count=2), BUDGETS, random.Random(seed))
        assert len(plan.moments) == 2 and set(plan.moments) <= {1, 2, 3}
        for index, moment in plan.moments.items():
            assert max(5.0, BUDGETS[index] * 0.25) <= moment <= BUDGETS[index] * 0.75
    few = Interruptions(PanelSettings(interrupt=RANDOM, random_count=5), [30, 30], random.Random(1))
    assert few.moments == {}


def test_an_interruption_is_due_once_at_its_moment() -> None:
    plan = Interruptions(PanelSettings(interrupt=SLIDES, slides=[3, 99]), BUDGETS, random.Random(3))
    assert list(plan.moments) == [2]  # slide 3; there is no slide 99
    moment = plan.moments[2]
    assert not plan.due(1, moment + 10, 100)  # another slide
    assert not plan.due(2, moment - 0.5, 100)
    assert plan.due(2, moment, 100)
    assert not plan.due(2, moment + 30, 130)  # asked once
    plan.reset()
    assert plan.due(2, moment, 0)  # a new run asks again


def test_about_every_n_minutes_of_talk() -> None:
    plan = Interruptions(PanelSettings(interrupt=EVERY, every_minutes=2), BUDGETS, random.Random(5))
    first = plan.next_at
    assert first is not None and 96 <= first <= 144  # two minutes ± 20%
    assert not plan.due(0, 0, first - 1)
    assert plan.due(3, 10, first)
    assert plan.next_at is not None and first + 96 <= plan.next_at <= first + 144
    assert not plan.due(3, 11, first + 1)


def test_each_answer_is_timed_then_rated() -> None:
    now = [0.0]
    questions = [_q("q1", 90), _q("q2", 60)]
    panel = PanelRound(questions, lambda: now[0], at_slide=4, slide_key="trend")
    now[0] += 40
    assert panel.state(15) is TimeState.NORMAL
    now[0] += 40  # 10 s of the answer's target left
    assert panel.state(15) is TimeState.WARNING
    panel.pause()
    now[0] += 100  # paused: the answer clock waits
    panel.resume()
    now[0] += 20
    assert panel.state(15) is TimeState.OVER
    panel.answered()
    assert panel.phase == "rate" and not panel.timer.running
    now[0] += 50  # the coaching takes as long as it takes: not part of the answer
    assert panel.rate(2) is True and panel.phase == "answer" and panel.current.id == "q2"
    now[0] += 30
    assert panel.skip() is False and panel.done  # → without rating: recorded unrated
    assert [(a["id"], a["seconds"], a["rating"]) for a in panel.answers] == [("q1", 100, 2), ("q2", 30, 0)]
    assert panel.answers[0]["at_slide"] == 4 and panel.answers[0]["target_seconds"] == 90


def test_a_rating_outside_one_to_five_is_not_kept() -> None:
    now = [0.0]
    panel = PanelRound([_q("q1")], lambda: now[0])
    panel.answered()
    panel.rate(9)
    assert panel.answers[0]["rating"] == 0 and panel.done


def test_stopping_keeps_the_answer_in_progress() -> None:
    now = [0.0]
    panel = PanelRound([_q("q1"), _q("q2")], lambda: now[0])
    now[0] += 12
    panel.stop()
    assert panel.done and [a["seconds"] for a in panel.answers] == [12]


def test_panel_answers_become_each_questions_history() -> None:
    prep = make_prep("finance")
    run = Rehearsal(
        started_at=datetime(2026, 11, 20, 9), total_seconds=600, target_seconds=600,
        answers=[{"id": "core-why-you", "seconds": 95.5, "target_seconds": 90, "rating": 4}, {"no": "id"}],
    )  # fmt: skip
    found = histories(prep, [run])
    assert list(found) == ["core-why-you"]
    answer = found["core-why-you"].last
    assert answer is not None and (answer.seconds, answer.rating, answer.where) == (95.5, 4, "panel")


def test_settings_survive_storage_and_bad_values() -> None:
    settings = PanelSettings(after_last=False, interrupt=SLIDES, slides=[2, 5], every_minutes=4,
                             targets={"slides": 75}, skip=["practical"])  # fmt: skip
    assert PanelSettings.from_dict(settings.to_dict()) == settings
    odd = PanelSettings.from_dict({"interrupt": "sometimes", "random_count": "x", "slides": [3, "4", -1],
                                   "targets": {"classic": True, "slides": 9999}})  # fmt: skip
    assert (
        odd.interrupt == "off"
        and odd.random_count == 2
        and odd.slides == [3]
        and odd.targets == {"slides": 240}
    )
    assert parse_slides("3, 7;9 x 0 3") == [3, 7, 9]


def test_coaching_is_five_steps_in_the_decks_language() -> None:
    heading, steps = coaching("en")
    assert heading == "Handling a challenge" and len(steps) == 5
    assert [s.split(":")[0] for s in steps] == ["Acknowledge", "Clarify", "Give evidence", "Concede or park",
                                               "Bridge back"]  # fmt: skip
    heading_sv, steps_sv = coaching("sv")
    assert heading_sv == "Så hanterar du en utmaning"
    assert [s.split(":")[0] for s in steps_sv] == ["Bekräfta", "Förtydliga", "Belägg", "Medge eller parkera",
                                                  "Knyt tillbaka"]  # fmt: skip
