"""The question banks are deep enough for a second interview and the same in English and Swedish.

These read the TOML content directly (templates/_shared and templates/<role>), so they guard the
content itself: enough questions per role, the same ids in the same order in both languages (a
candidate's practice is stored under the id), a category from the documented set, real coaching in
every guidance, STAR guidance for behavioural questions, and the topics a second interview covers.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest

TEMPLATES = Path(__file__).parent.parent / "templates"
SHARED = TEMPLATES / "_shared"
LANGUAGES = ("en", "sv")
ROLES = ("marketing", "finance", "project-management")
MIN_PER_ROLE = 40

CATEGORIES = {
    "classic",
    "motivation",
    "experience",
    "pressure",
    "colleagues",
    "doubts",
    "first-90-days",
    "role",
    "practical",
}
CLASSICS = ["qualities", "improve", "career", "why-job", "why-you"]

# Every topic a second interview covers, and the shared question that covers it.
SHARED_TOPICS = {
    "the qualities the role needs": "qualities",
    "what the company could do better": "improve",
    "career goals": "career",
    "why this job": "why-job",
    "why you": "why-you",
    "why you are leaving": "why-leaving",
    "how you take criticism": "criticism",
    "other recruitment processes": "other-processes",
    "your first 90 days": "first-90",
    "colleagues: how you work with others": "team-collaboration",
    "colleagues: what you need from them": "team-needs",
    "colleagues: disagreement in the team": "team-disagreement",
    "doubt: a team of this size": "probe-team-size",
    "doubt: no experience of the industry": "probe-industry",
    "doubt: answers too general": "probe-depth",
    "doubt: what are we still unsure about": "probe-our-doubts",
    "pressure: the cost of your recommendation": "challenge-cost",
    "pressure: your key assumption is wrong": "challenge-assumption",
    "pressure: the panel disagrees": "challenge-disagree",
    "start date and notice period": "start-date",
    "salary expectations": "salary",
}
ROLE_TOPICS = {
    "marketing": {
        "campaign measurement": "prove-effect",
        "attribution": "attribution",
        "budget cuts": "budget-cut",
        "brand vs performance": "brand-vs-performance",
        "a failed campaign": "campaign-failed",
        "working with sales": "sales",
    },
    "finance": {
        "variance analysis": "variance",
        "forecasting": "forecast",
        "data quality": "bad-data",
        "explaining numbers to non-finance people": "explain-numbers",
        "challenging a manager's plan with numbers": "push-back",
        "controls": "controls",
        "cash vs profit": "cash-vs-profit",
        "working capital": "working-capital",
    },
    "project-management": {
        "a failing project": "off-track",
        "stakeholder conflict": "stakeholder-conflict",
        "risk escalation": "escalate",
        "benefits realisation": "benefits",
        "scope change": "scope-change",
        "contingency": "contingency",
        "go/no-go decisions": "go-no-go",
        "governance": "governance",
    },
}
# Ids that existed before the banks grew: practice records are keyed on them, so they stay.
EXISTING_IDS = {
    "_shared": [
        "qualities", "improve", "career", "why-job", "why-you", "sets-apart", "work-style", "pressure",
        "disagree", "mistake", "priorities", "business", "first-90", "salary", "your-questions",
    ],
    "marketing": ["campaign-failed", "prove-effect", "budget-cut", "brand", "sales"],
    "finance": ["explain-numbers", "bad-data", "forecast", "push-back", "automate"],
    "project-management": ["off-track", "resistance", "which-risks", "escalate", "scope-creep"],
}  # fmt: skip
FOLLOWUPS = {"idea"}  # the deck's slides are challenged from their own words (phrases: [challenge])

STAR_WORDS = {
    "en": ("situation", "task", "action", "result"),
    "sv": ("situation", "uppgift", "agerande", "resultat"),
}
SENTENCE_END = re.compile(r"[.!?…][”’\"')]*(?=\s|$)")
ENGLISH_WORDS = {"the", "and", "you", "your", "what", "how", "with", "would", "for", "is"}


@cache
def bank(folder: str, language: str) -> dict[str, Any]:
    path = (SHARED if folder == "_shared" else TEMPLATES / folder) / f"questions.{language}.toml"
    with path.open("rb") as f:
        return tomllib.load(f)


def questions(folder: str, language: str) -> list[dict[str, Any]]:
    return list(bank(folder, language).get("question", []))


def ids(folder: str, language: str) -> list[str]:
    return [q["id"] for q in questions(folder, language)]


BANKS = ["_shared", *ROLES]
EVERY_FILE = [(folder, lang) for folder in BANKS for lang in LANGUAGES]


def test_the_roles_are_the_ones_the_banks_cover() -> None:
    assert {p.parent.name for p in TEMPLATES.glob("*/role.toml")} == set(ROLES)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_role_has_at_least_forty_questions(role: str, language: str) -> None:
    assert len(questions("_shared", language)) + len(questions(role, language)) >= MIN_PER_ROLE


@pytest.mark.parametrize("folder", BANKS)
def test_the_same_questions_in_the_same_order_in_both_languages(folder: str) -> None:
    en, sv = questions(folder, "en"), questions(folder, "sv")
    assert [q["id"] for q in en] == [q["id"] for q in sv]
    for a, b in zip(en, sv, strict=True):
        for key in ("category", "seconds"):
            assert a[key] == b[key], f"{a['id']}: {key} differs between languages"
        assert a.get("star", False) == b.get("star", False), f"{a['id']}: star differs between languages"


@pytest.mark.parametrize(("folder", "language"), EVERY_FILE)
def test_every_question_is_complete(folder: str, language: str) -> None:
    for q in questions(folder, language):
        where = f"{folder}/{language}/{q.get('id')}"
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", q["id"]), where
        assert q["text"].strip().endswith(("?", ".")), where
        assert q["category"] in CATEGORIES, where
        assert isinstance(q["seconds"], int) and 60 <= q["seconds"] <= 120, where
        assert isinstance(q.get("star", False), bool), where
        guidance = " ".join(q["guidance"].split())
        assert len(guidance) >= 150, f"{where}: guidance is a stub"
        assert 2 <= len(SENTENCE_END.findall(guidance)) <= 4, f"{where}: guidance should be 2-4 sentences"


def test_the_categories_are_documented_in_both_languages() -> None:
    for language in LANGUAGES:
        documented = bank("_shared", language)["category"]
        assert set(documented) == CATEGORIES
        assert all(entry["name"].strip() and entry["description"].strip() for entry in documented.values())


def test_every_category_is_used() -> None:
    used = {q["category"] for folder in BANKS for q in questions(folder, "en")}
    assert used == CATEGORIES


def test_the_five_classics_are_the_classic_category() -> None:
    for language in LANGUAGES:
        classics = [q["id"] for q in questions("_shared", language) if q["category"] == "classic"]
        assert classics == CLASSICS


@pytest.mark.parametrize("topic", SHARED_TOPICS)
def test_the_shared_bank_covers(topic: str) -> None:
    for language in LANGUAGES:
        assert SHARED_TOPICS[topic] in ids("_shared", language)


@pytest.mark.parametrize(("role", "topic"), [(r, t) for r, topics in ROLE_TOPICS.items() for t in topics])
def test_the_role_bank_covers(role: str, topic: str) -> None:
    for language in LANGUAGES:
        assert ROLE_TOPICS[role][topic] in ids(role, language)


@pytest.mark.parametrize("folder", BANKS)
def test_existing_ids_are_kept(folder: str) -> None:
    for language in LANGUAGES:
        assert set(EXISTING_IDS[folder]) <= set(ids(folder, language))


def test_the_panel_challenges_probes_doubts_and_colleagues_ask() -> None:
    for language in LANGUAGES:
        categories = [q["category"] for folder in BANKS for q in questions(folder, language)]
        assert categories.count("pressure") >= 8
        assert categories.count("doubts") >= 4
        assert categories.count("colleagues") >= 4


@pytest.mark.parametrize("role", ROLES)
def test_role_banks_are_mostly_role_expertise(role: str) -> None:
    own = questions(role, "en")
    assert sum(q["category"] == "role" for q in own) >= len(own) // 2
    assert any(q.get("star") for q in own) and any(q["category"] == "pressure" for q in own)


def test_no_id_is_used_twice_across_the_shared_and_role_banks() -> None:
    for language in LANGUAGES:
        seen: dict[str, str] = {}
        for folder in BANKS:
            for qid in ids(folder, language):
                assert qid not in seen, f"{qid} is in both {seen[qid]} and {folder}"
                seen[qid] = folder


@pytest.mark.parametrize(("folder", "language"), EVERY_FILE)
def test_behavioural_questions_are_coached_with_star(folder: str, language: str) -> None:
    star = [q for q in questions(folder, language) if q.get("star")]
    assert star, "every bank has behavioural questions"
    for q in star:
        guidance = q["guidance"]
        named = "STAR" in guidance
        described = all(word in guidance.lower() for word in STAR_WORDS[language])
        assert named or described, f"{folder}/{language}/{q['id']}: star question without STAR guidance"


@pytest.mark.parametrize("folder", BANKS)
def test_swedish_is_written_in_swedish(folder: str) -> None:
    en = {q["id"]: q for q in questions(folder, "en")}
    for q in questions(folder, "sv"):
        assert q["text"] != en[q["id"]]["text"] and q["guidance"] != en[q["id"]]["guidance"], q["id"]
        words = set(re.findall(r"[a-zåäö]+", (q["text"] + " " + q["guidance"]).lower()))
        assert not words & ENGLISH_WORDS, f"{q['id']}: English words {words & ENGLISH_WORDS}"
        assert {"du", "dig", "din", "ditt", "dina"} & words or q["category"] == "role", q["id"]


def test_the_followups_are_kept_in_both_languages() -> None:
    for language in LANGUAGES:
        followups = bank("_shared", language)["followup"]
        assert set(followups) == FOLLOWUPS
        assert all(entry["text"].strip() and entry["guidance"].strip() for entry in followups.values())
    for kind in FOLLOWUPS:
        en, sv = bank("_shared", "en")["followup"][kind], bank("_shared", "sv")["followup"][kind]
        for key in ("text", "guidance"):
            assert set(re.findall(r"\{\w+\}", en[key])) == set(re.findall(r"\{\w+\}", sv[key])), kind
