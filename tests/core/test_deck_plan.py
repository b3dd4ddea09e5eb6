"""The deck follows the talk length: a short talk carries fewer slides, chosen by the role's
priorities, the answer and the recommendation always among them; the cut slides wait in the
appendix, and a re-plan or the user's own moves never lose an edit."""

from __future__ import annotations

import tomllib

import pytest

from podium.core.deck.plan import max_timed_slides, move_to_appendix, move_to_talk, skip_plan
from podium.core.deck.scaffold import replan, slide_order
from podium.core.model import LANGUAGES, Preparation
from podium.paths import templates_dir
from tests.helpers import make_prep

ROLES = ("finance", "marketing", "project-management")
ESSENTIAL = {
    "finance": {"title", "summary", "recommendations", "closing"},
    "marketing": {"title", "situation", "business-case", "closing"},
    "project-management": {"title", "verdict", "recommendations", "closing"},
}


def _keys(prep: Preparation, *, timed: bool = True) -> list[str]:
    return [s.key for s in prep.deck.slides if s.backup != timed]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_slide_count_follows_the_talk_length(role: str, language: str) -> None:
    counts = {}
    for minutes in (5, 10, 20):
        prep = make_prep(role, language, talk_minutes=minutes)
        timed = _keys(prep)
        counts[minutes] = len(timed)
        assert ESSENTIAL[role] <= set(timed), (minutes, timed)
        assert timed[0] == "title" and timed[-1] == "closing"
        # every slide is still there: the cut ones wait after the close, none timed
        assert all(s.target_seconds == 0 for s in prep.deck.slides if s.backup)
        assert sum(s.target_seconds for s in prep.deck.slides) == minutes * 60
    assert counts[5] <= 6 and counts[10] <= 9 and counts[20] >= 10


def test_the_limits() -> None:
    assert (max_timed_slides(5), max_timed_slides(10), max_timed_slides(20)) == (6, 9, 15)


@pytest.mark.parametrize("role", ROLES)
def test_both_languages_give_each_slide_the_same_priority(role: str) -> None:
    def priorities(language: str) -> dict[str, int]:
        with (templates_dir() / role / f"deck.{language}.toml").open("rb") as f:
            return {s["key"]: s.get("priority", 0) for s in tomllib.load(f)["slide"]}

    assert priorities("en") == priorities("sv")
    assert all(p > 0 for key, p in priorities("en").items() if key in ESSENTIAL[role])


def test_a_shorter_talk_and_back_keeps_every_edit_and_the_order() -> None:
    prep = make_prep("finance", "en", talk_minutes=15)
    before = _keys(prep)
    for slide in prep.deck.slides:
        slide.notes = f"my notes for {slide.key}"
    prep.deck.slides[3].title = "My own title"
    prep.talk_minutes = 5
    replan(prep)
    assert len(_keys(prep)) <= 6
    prep.talk_minutes = 15
    replan(prep)
    assert _keys(prep) == before
    assert prep.deck.slides[3].title == "My own title"
    assert all(s.notes == f"my notes for {s.key}" for s in prep.deck.slides)


def test_the_users_moves_survive_a_replan() -> None:
    prep = make_prep("finance", "en", talk_minutes=5)
    order = slide_order(prep)
    metrics = next(i for i, s in enumerate(prep.deck.slides) if s.key == "metrics")
    assert prep.deck.slides[metrics].backup
    move_to_talk(prep.deck, metrics, 5, order)
    timed = _keys(prep)
    assert "metrics" in timed and timed.index("metrics") < timed.index("recommendations")
    drivers = next(i for i, s in enumerate(prep.deck.slides) if s.key == "drivers")
    move_to_appendix(prep.deck, drivers, 5, order)
    assert "drivers" in _keys(prep, timed=False)
    prep.talk_minutes = 20
    replan(prep)
    assert "drivers" in _keys(prep, timed=False) and "metrics" in _keys(prep)
    assert sum(s.target_seconds for s in prep.deck.timed_slides) == 20 * 60


def test_skip_plan_keeps_the_answer_and_the_close() -> None:
    prep = make_prep("project-management", "en", talk_minutes=15)
    plan = skip_plan(prep.deck)
    kept = [prep.deck.slides[i].key for i in plan.keep]
    dropped = [prep.deck.slides[i].key for i in plan.drop]
    assert kept == ["recommendations", "closing"]
    assert dropped and "verdict" not in dropped
    assert plan.saved_seconds == sum(prep.deck.slides[i].target_seconds for i in plan.drop) > 0


def test_cli_reports_timed_and_appendix(tmp_path, capsys) -> None:
    from podium.cli import main

    out = tmp_path / "deck.pptx"
    assert main(["generate", "--role", "finance", "--company", "X", "--minutes", "5", "-o", str(out)]) == 0
    assert f"wrote {out} (6 slides, 6 in the appendix)" in capsys.readouterr().out
