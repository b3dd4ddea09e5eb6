"""A slide's title can be a slot: the role's data writes the conclusion until the user takes it over."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from podium.core.deck.edits import split_slide
from podium.core.deck.fill import apply_role_data
from podium.core.deck.scaffold import scaffold
from podium.core.deck.slots import detached, detached_title_source, title_follows_data
from podium.core.model import Deck, Preparation, Slide
from podium.core.roles import register, unregister
from tests.fixtures.roles import field_sales
from tests.fixtures.roles.field_sales.deck import add_deal


@pytest.fixture
def prep() -> Iterator[Preparation]:
    register(field_sales.ROLE)
    yield Preparation(role="field-sales", company="Nordvik AB")
    unregister(field_sales.ROLE.id)


def _pipeline(deck: Deck) -> Slide:
    return next(s for s in deck.slides if s.key == "pipeline")


def test_without_data_the_template_example_title_stays(prep: Preparation) -> None:
    prep.deck = scaffold(prep)
    slide = _pipeline(prep.deck)
    assert slide.title.startswith("Example:") and title_follows_data(slide)


def test_the_data_writes_the_conclusion_with_its_figure(prep: Preparation) -> None:
    add_deal(prep, "Nordvik fleet", "Proposal", 120_000)
    add_deal(prep, "Kustbanken", "Won", 80_000)
    prep.deck = scaffold(prep)
    assert _pipeline(prep.deck).title == "Proposal holds 60% of the pipeline's value"
    add_deal(prep, "Fjällmejeriet", "Won", 100_000)  # the data changes: so does the conclusion
    apply_role_data(prep)
    assert _pipeline(prep.deck).title == "Won holds 60% of the pipeline's value"


def test_a_title_the_user_took_over_is_kept_and_survives_saving(prep: Preparation) -> None:
    add_deal(prep, "Nordvik fleet", "Proposal", 120_000)
    prep.deck = scaffold(prep)
    slide = _pipeline(prep.deck)
    slide.title, slide.title_source = "My own words", detached(slide.title_source)
    add_deal(prep, "Kustbanken", "Won", 500_000)
    apply_role_data(prep)
    reloaded = Deck.from_dict(prep.deck.to_dict())
    assert _pipeline(reloaded).title == "My own words"
    assert detached_title_source(_pipeline(reloaded)) == "pipeline-title"


def test_the_second_half_of_a_split_keeps_its_continued_title(prep: Preparation) -> None:
    add_deal(prep, "Nordvik fleet", "Proposal", 120_000)
    prep.deck = scaffold(prep)
    first, second = split_slide(_pipeline(prep.deck), "en") or (None, None)
    assert first is not None and second is not None
    assert title_follows_data(first) and not title_follows_data(second)
