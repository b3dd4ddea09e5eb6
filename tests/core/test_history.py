"""Each question's practice history, and the weakest-first order panel mode deals by."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from podium.core.interview import practice
from podium.core.interview.history import History, histories, weakest_first
from podium.core.interview.model import Question
from podium.core.model import Preparation
from podium.core.rehearsal.runs import Rehearsal
from tests.helpers import make_prep

DAY = datetime(2026, 11, 20, 9, 0)


def _q(qid: str, target: int = 60) -> Question:
    return Question(qid, f"{qid}?", "", target)


def _answer(prep: Preparation, qid: str, seconds: float, rating: int = 0, days_ago: int = 1) -> None:
    practice.record_attempt(prep, qid, seconds, target=60, at=DAY - timedelta(days=days_ago), rating=rating)


def test_weakest_first_low_rating_then_over_time_then_never_then_oldest() -> None:
    prep = make_prep("finance")
    _answer(prep, "fine-old", 55, rating=4, days_ago=9)
    _answer(prep, "fine-new", 55, rating=4, days_ago=1)
    _answer(prep, "middling", 50, rating=3, days_ago=1)
    _answer(prep, "way-over", 120, rating=3)  # double its minute
    _answer(prep, "bit-over", 80, rating=4)  # a third over
    _answer(prep, "tolerated", 68, rating=4, days_ago=2)  # within 15% of the target: not over
    _answer(prep, "rated-two", 40, rating=2)
    _answer(prep, "rated-one", 40, rating=1)
    _answer(prep, "rated-one-long", 100, rating=1)
    order = weakest_first(
        [_q(i) for i in ("fine-old", "fine-new", "never-a", "middling", "way-over", "bit-over", "tolerated",
                         "rated-two", "never-b", "rated-one", "rated-one-long")],
        histories(prep),
    )  # fmt: skip
    assert [q.id for q in order] == [
        "rated-one-long", "rated-one", "rated-two",  # rated low: lowest first, the longer one first
        "way-over", "bit-over",  # over the target: furthest over first
        "never-a", "never-b",  # never said aloud, in the order given
        "middling",  # a 3 before the 4s
        "fine-old", "tolerated", "fine-new",  # the 4s: longest since practised first
    ]  # fmt: skip


def test_the_latest_answer_counts_so_a_question_that_improved_moves_back() -> None:
    prep = make_prep("finance")
    _answer(prep, "better", 100, rating=1, days_ago=3)
    _answer(prep, "better", 55, rating=5, days_ago=1)
    _answer(prep, "worse", 55, rating=5, days_ago=3)
    _answer(prep, "worse", 50, rating=2, days_ago=1)
    assert [q.id for q in weakest_first([_q("better"), _q("worse")], histories(prep))] == ["worse", "better"]


def test_never_practised_questions_are_shuffled_by_the_callers_random_source() -> None:
    questions = [_q(f"q{i}") for i in range(8)]
    first = [q.id for q in weakest_first(questions, {}, random.Random(1))]
    assert sorted(first) == [q.id for q in questions] and first != [q.id for q in questions]
    assert [q.id for q in weakest_first(questions, {}, random.Random(1))] == first


def test_answers_from_the_questions_tab_and_panel_rounds_are_one_history_oldest_first() -> None:
    prep = make_prep("finance")
    _answer(prep, "core-why-you", 70, rating=3, days_ago=5)
    practice.record_attempt(prep, "core-why-you", 65, target=90)  # undated: counts as the oldest
    run = Rehearsal(started_at=DAY, total_seconds=600, target_seconds=600,
                    answers=[{"id": "core-why-you", "seconds": 81, "target_seconds": 90, "rating": 2}])  # fmt: skip
    found = histories(prep, [run])["core-why-you"]
    assert found.times == [65, 70, 81] and found.ratings == [3, 2] and found.rating == 2
    assert [a.where for a in found.answers] == ["drill", "drill", "panel"] and found.count == 3
    assert found.when == DAY


def test_attempts_from_before_answers_were_dated_still_count() -> None:
    prep = make_prep("finance")
    prep.research["practice"] = {"core-career": {"answer": "x", "attempts": [95.0, 130.5]}}
    found = histories(prep)["core-career"]
    assert found.times == [95.0, 130.5] and found.rating == 0
    assert found.over(90) > 0.4  # 130.5 s against 90


def test_a_rating_is_added_to_the_latest_answer_and_bad_data_is_dropped() -> None:
    prep = make_prep("finance")
    _answer(prep, "core-career", 60)
    practice.rate_last(prep, "core-career", 4)
    practice.rate_last(prep, "core-career", 7)  # not a rating: ignored
    assert histories(prep)["core-career"].rating == 4
    prep.research["practice"]["core-career"]["log"].append({"seconds": "long"})
    again = Preparation.from_dict(prep.to_dict())
    assert histories(again)["core-career"].count == 1
    assert History().over(60) == 0.0 and History().rating == 0
