"""Research data, answer practice and the readiness list."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from podium.core.deck.checks import EXAMPLE, has_gap
from podium.core.interview import practice
from podium.core.interview.questions import likely_questions
from podium.core.interview.readiness import DECK, QUESTIONS, REHEARSE, RESEARCH, readiness
from podium.core.model import Preparation
from podium.core.rehearsal.runs import Rehearsal
from podium.core.render.layout import is_marked_example
from podium.core.research.records import (
    AskQuestion,
    Company,
    Doubt,
    Idea,
    NewsItem,
    Person,
    Research,
    load_research,
    research_gaps,
    store_research,
)
from tests.helpers import make_prep

NOW = datetime(2026, 11, 26, 9, 0)


def full_research() -> Research:
    return Research(
        company=Company(
            website="https://nordvik.se", industry="Accounting software", offering="Invoicing for small firms",
            mission="Less admin for owners", size="120 staff", goals="Grow 20%\nEnter Norway",
            department="Marketing, four people, reports to the CEO", competitors="Fortnox\nVisma",
            culture="Open, practical",
        ),
        news=[NewsItem("2026-10-01", "Nordvik opens in Oslo", "https://news.example/oslo")],
        people=[Person("Anna Berg", "CMO", "Wants growth outside Sweden")],
        ideas=[Idea("Slow site", "PageSpeed 38", "Compress images")],
        doubts=[Doubt("B2B experience", "Three years at Acme")],
        questions=[AskQuestion("What does success look like after a year?", "Anna Berg")],
    )  # fmt: skip


def test_research_round_trips_and_keeps_other_keys() -> None:
    prep = make_prep()
    prep.research["practice"] = {"core-career": {"answer": "Lead a team"}}
    store_research(prep, full_research())
    again = Preparation.from_dict(prep.to_dict())
    loaded = load_research(again)
    assert loaded.company.goal_list == ["Grow 20%", "Enter Norway"]
    assert loaded.people[0].name == "Anna Berg" and loaded.news[0].url == "https://news.example/oslo"
    assert loaded.doubts[0].id and loaded.doubts[0].id == load_research(again).doubts[0].id
    assert again.research["practice"]["core-career"]["answer"] == "Lead a team"


def test_damaged_research_loads_as_empty_not_a_crash() -> None:
    prep = make_prep()
    prep.research = {"company": "oops", "people": [None, 3, {"name": 7}], "ideas": "x", "doubts": [{}]}
    loaded = load_research(prep)
    assert loaded.company == Company()
    assert [p.name for p in loaded.people] == ["", "", "7"]
    assert loaded.ideas == [] and loaded.doubts[0].id


def test_gaps_name_what_is_missing() -> None:
    prep = make_prep()
    gaps = dict(research_gaps(prep))
    assert {"people", "news", "ideas", "doubts", "questions", "competitors", "culture"} <= set(gaps)
    store_research(prep, full_research())
    assert research_gaps(prep) == []
    research = full_research()
    research.doubts.append(Doubt("Never led a team", ""))
    store_research(prep, research)
    assert research_gaps(prep) == [("doubt-evidence", "Never led a team")]


def test_practice_drafts_star_and_attempts() -> None:
    prep = make_prep()
    question = next(q for q in likely_questions(prep) if q.behavioural)
    p = practice.load(prep, question.id)
    assert not p.answered(question)
    p.action, p.result = "Re-planned the release", "Shipped on time"
    p.confidence = 2
    practice.save(prep, question.id, p)
    practice.record_attempt(prep, question.id, question.target_seconds + 40)
    again = practice.load(Preparation.from_dict(prep.to_dict()), question.id)
    assert again.answered(question) and again.confidence == 2
    assert not again.within_time(question)
    practice.record_attempt(prep, question.id, question.target_seconds - 5)
    assert practice.load(prep, question.id).within_time(question)
    assert practice.load(prep, question.id).best == question.target_seconds - 5


def test_drill_deals_weak_questions_more_often_and_never_twice_in_a_row() -> None:
    prep = make_prep()
    questions = likely_questions(prep)[:4]
    marks = {
        questions[0].id: practice.Practice(confidence=3),
        questions[1].id: practice.Practice(confidence=1),
    }
    rng = random.Random(7)
    counts = {q.id: 0 for q in questions}
    last = ""
    for _ in range(2000):
        q = practice.deal(questions, marks, rng, last)
        assert q is not None and q.id != last
        counts[q.id] += 1
        last = q.id
    assert counts[questions[1].id] > 2 * counts[questions[0].id]


def _run(total: float, target: int, hours_ago: float = 1) -> Rehearsal:
    return Rehearsal(started_at=NOW - timedelta(hours=hours_ago), total_seconds=total, target_seconds=target)


def test_readiness_lists_every_area_until_done() -> None:
    prep = make_prep("marketing", interview_at=NOW + timedelta(days=3, hours=4))
    state = readiness(prep, [], NOW)
    assert state.seconds_left == (3 * 24 + 4) * 3600
    areas = {item.area for item in state.items}
    assert areas == {RESEARCH, DECK, QUESTIONS, REHEARSE}
    examples = [i for i in state.by_area(DECK) if i.kind == EXAMPLE]  # one item per block, with its place
    assert len(examples) > 10 and examples[0].slide_index == 0 and examples[0].block_index >= 0
    unanswered = state.by_area(QUESTIONS)[0]
    # the key questions only, not the whole bank: the five classics (no doubts or own questions yet)
    assert unanswered.count == int(unanswered.detail) == 5 < len(likely_questions(prep))
    challenged = {q.slide for q in likely_questions(prep) if q.slide}  # every timed slide has one
    assert challenged == {s.key for s in prep.deck.slides if not s.backup}
    assert [(i.kind, i.count) for i in state.by_area(REHEARSE)] == [
        ("never", 1),
        ("challenges", len(challenged)),
    ]


def test_readiness_clears_as_the_candidate_works() -> None:
    prep = make_prep("marketing", interview_at=NOW - timedelta(hours=1))
    store_research(prep, full_research())
    titled = [s for s in prep.deck.slides if is_marked_example(s.title)]
    assert titled, "the scaffold has example titles, which the candidate must replace"
    for slide in prep.deck.slides:
        slide.notes = "Notes"  # the scaffold's drafts have [gaps] still to fill
        slide.title = "My title" if has_gap(slide.title) or is_marked_example(slide.title) else slide.title
        slide.subtitle = "" if has_gap(slide.subtitle) else slide.subtitle
        for block in slide.blocks:
            for item in getattr(block, "items", []):
                item.example = False
                item.text = "My point" if has_gap(item.text) else item.text
            for row in getattr(block, "rows", []):
                row[:] = ["Mine" if has_gap(cell) else cell for cell in row]
            if hasattr(block, "rows") or hasattr(block, "series") or hasattr(block, "shapes"):
                block.example = False
    for q in likely_questions(prep):
        practice.save(prep, q.id, practice.Practice(answer="My answer"))
    target = prep.talk_minutes * 60
    before = readiness(prep, [_run(target - 20, target)], NOW)
    assert [(i.area, i.kind) for i in before.items] == [(REHEARSE, "challenges")]
    for q in likely_questions(prep):
        if q.slide:  # every slide's challenge answered aloud once
            practice.record_attempt(prep, q.id, 50, target=q.target_seconds, at=NOW)
    over = readiness(prep, [_run(target + 200, target)], NOW)
    assert [(i.area, i.kind, i.count) for i in over.items] == [(REHEARSE, "over", 200)]
    done = readiness(prep, [_run(target - 20, target, 1), _run(target + 200, target, 2)], NOW)
    assert done.ready and done.seconds_left is not None and done.seconds_left < 0
