"""Every shipped role gives a real scaffold in both languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from podium.core.deck.scaffold import scaffold
from podium.core.deck.templating import split_seconds
from podium.core.errors import RoleError
from podium.core.model import BulletsBlock, ChartBlock, Preparation, TableBlock
from podium.core.roles import catalogue, get_role
from tests.helpers import make_prep

ROLES = ["marketing", "finance", "project-management"]


def test_catalogue_lists_the_three_roles_in_order() -> None:
    assert list(catalogue())[:3] == ROLES
    for role in catalogue().values():
        assert role.name("en") and role.name("sv") and role.name("en") != role.name("sv")
        assert role.task("en") and role.task("sv")


def test_unknown_role_names_the_known_ones() -> None:
    with pytest.raises(RoleError, match="finance"):
        get_role("astronaut")


@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("role", ROLES)
def test_scaffold_is_complete(role: str, language: str) -> None:
    prep = make_prep(role, language, talk_minutes=12)
    slides = prep.deck.slides
    assert 8 <= len(prep.deck.timed_slides) <= 12  # backup slides are the appendix, outside the talk
    assert len(slides) <= 14
    assert slides[0].kind == "title"
    assert "Nordvik AB" in slides[0].title
    for slide in slides:
        assert slide.title.strip(), slide.key
        assert len(slide.guidance) > 40, f"{role}/{language}/{slide.key} lacks guidance"
        assert len(slide.notes) > 40, f"{role}/{language}/{slide.key} lacks notes"
        assert "{{" not in slide.title + slide.notes + slide.guidance
    assert prep.deck.total_target_seconds == 12 * 60
    assert all(s.target_seconds > 0 for s in prep.deck.timed_slides)


@pytest.mark.parametrize("role", ROLES)
def test_languages_share_slide_keys_and_differ_in_words(role: str) -> None:
    en, sv = make_prep(role, "en").deck.slides, make_prep(role, "sv").deck.slides
    assert [s.key for s in en] == [s.key for s in sv]
    assert sum(a.title != b.title for a, b in zip(en, sv, strict=True)) >= len(en) - 1


@pytest.mark.parametrize("role", ROLES)
def test_example_values_are_marked(role: str) -> None:
    prep = make_prep(role)
    content = [b for s in prep.deck.slides for b in s.blocks]
    assert content, "a scaffold with no example content gives the candidate nothing to replace"
    for block in content:
        if isinstance(block, BulletsBlock):
            assert all(item.example for item in block.items if item.level == 0 and item.text)
        elif isinstance(block, TableBlock | ChartBlock):
            assert block.example


@pytest.mark.parametrize(
    "company", ["{{ 7*7 }}", "{% for x in range(3) %}x{% endfor %}", "{{ ''.__class__ }}"]
)
def test_user_text_that_looks_like_jinja_appears_as_typed(company: str) -> None:
    prep = Preparation(role="finance", company=company, job_title="{{ config }}")
    deck = scaffold(prep)
    assert company in deck.slides[0].title
    assert "49" not in deck.slides[0].title


@given(
    total=st.integers(0, 4 * 3600),
    weights=st.lists(st.floats(0, 10, allow_nan=False), min_size=1, max_size=30),
)
def test_split_seconds_adds_up_exactly(total: int, weights: list[float]) -> None:
    parts = split_seconds(total, weights)
    assert len(parts) == len(weights)
    assert all(p >= 0 for p in parts)
    if sum(weights) > 0:
        assert sum(parts) == total
    for part, weight in zip(parts, weights, strict=True):
        if weight == 0:
            assert part == 0
