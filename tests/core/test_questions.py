"""The question bank: core and role questions in both languages, and follow-ups from the user's own material."""

from __future__ import annotations

import random

import pytest

from podium.core.interview.panel import deal
from podium.core.interview.questions import (
    categories,
    core_questions,
    deck_challenges,
    likely_questions,
    role_questions,
)
from podium.core.research.records import Doubt, Idea, Research, store_research
from podium.core.roles import catalogue
from tests.helpers import make_prep

ROLES = list(catalogue())


@pytest.mark.parametrize("language", ["en", "sv"])
def test_core_bank_covers_the_second_interview_classics(language: str) -> None:
    bank = {q.id: q for q in core_questions(language)}
    for classic in ("qualities", "improve", "career", "why-job", "why-you"):
        assert f"core-{classic}" in bank
    assert len(bank) >= 12
    assert all(60 <= q.target_seconds <= 120 for q in bank.values())
    assert all(len(q.guidance) > 80 for q in bank.values())  # real guidance, not a stub
    assert sum(q.behavioural for q in bank.values()) >= 3


@pytest.mark.parametrize("role", ROLES)
def test_every_role_has_its_own_questions_in_both_languages(role: str) -> None:
    en, sv = role_questions(role, "en"), role_questions(role, "sv")
    assert len(en) >= 4
    assert [q.id for q in en] == [q.id for q in sv]  # same questions, so practice carries over
    assert all(a.text != b.text for a, b in zip(en, sv, strict=True))  # written, not left in English
    assert any(q.behavioural for q in en)


def test_swedish_bank_is_swedish() -> None:
    text = " ".join(q.text + q.guidance for q in core_questions("sv"))
    assert "vi" in text.split() and "du" in text.split()
    assert "the" not in text.split()


def test_ids_are_unique_and_stable() -> None:
    prep = make_prep("marketing")
    ids = [q.id for q in likely_questions(prep)]
    assert len(ids) == len(set(ids))
    assert ids == [q.id for q in likely_questions(prep)]


def test_follow_ups_come_from_doubts_ideas_and_the_deck() -> None:
    prep = make_prep("marketing")
    store_research(
        prep,
        Research(
            doubts=[Doubt("little B2B experience", "Three years of B2B lead generation at Acme", id="d1")],
            ideas=[
                Idea("Slow checkout", "PageSpeed 38", "Cut the sign-up to three steps {{ 7*7 }}", id="i1")
            ],
        ),
    )
    chart_slide = next(s for s in prep.deck.slides if s.key == "channels")
    chart_slide.blocks[0].example = False  # the user has made the budget split their own
    by_source = {}
    for q in likely_questions(prep):
        by_source.setdefault(q.source, []).append(q)
    assert [q.id for q in by_source["doubt"]] == ["doubt-d1"]
    assert "little B2B experience" in by_source["doubt"][0].text
    assert "Acme" in by_source["doubt"][0].guidance
    idea = by_source["idea"][0]
    assert idea.id == "idea-i1" and "{{ 7*7 }}" in idea.text and "Slow checkout" in idea.guidance
    split = next(q for q in by_source["deck"] if q.slide == "channels" and q.kind == "chart")
    assert split.id == "challenge-channels-chart" and "“Paid social” stand out" in split.text


def test_example_blocks_are_not_quoted() -> None:
    """Scaffold examples are Podium's words, not the candidate's claims: each slide is asked for its
    take-away (the title slide for the decision) until the candidate's own content is there."""
    asked = deck_challenges(make_prep("marketing"))
    assert {q.kind for q in asked} <= {"opening", "takeaway", "plan"}
    assert not any("How sure are you" in q.text or "stand out" in q.text for q in asked)
    # an example title ("Example: …") is named without its mark, and its figures are not challenged
    objective = next(q for q in asked if q.slide == "objective")
    assert objective.kind == "takeaway" and "“Trial sign-ups from 4,000" in objective.text


def test_line_chart_asks_about_the_trend_in_swedish() -> None:
    prep = make_prep("finance", "sv")
    trend = next(s for s in prep.deck.slides if s.key == "trend")
    chart = next(b for b in trend.blocks if b.kind == "chart")
    chart.example = False
    texts = [q.text for q in deck_challenges(prep)]
    assert any("går från 8,2 till 7,9. Vad driver det" in t for t in texts)


def test_every_question_has_a_documented_category() -> None:
    for language in ("en", "sv"):
        known = {c.key for c in categories(language)}
        prep = make_prep("project-management", language)
        store_research(prep, Research(doubts=[Doubt("never led a programme", "", id="d")]))
        assert {q.category for q in likely_questions(prep)} <= known
        names = {c.key: c.name for c in categories(language)}
        assert names["slides"] == ("Your slides" if language == "en" else "Dina bilder")


def test_panel_mode_deals_each_doubt_once() -> None:
    prep = make_prep("finance")
    store_research(prep, Research(doubts=[Doubt("no Excel modelling shown", "", id="x")]))
    hand = deal(prep, random.Random(3), count=30)
    assert [q.source for q in hand.pile].count("doubt") == 1
    # the user's own doubt replaces the banks' generic probes in the round
    assert not any(q.id.startswith("core-probe-") for q in hand.pile)
    without = deal(make_prep("finance"), random.Random(3), count=30)
    assert sum(q.id.startswith("core-probe-") for q in without.pile) == 1
