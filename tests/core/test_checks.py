"""The unfinished-work check finds example text, empty blocks and missing notes, slide by slide."""

from __future__ import annotations

from podium.core.deck.checks import EMPTY, EXAMPLE, NO_NOTES, unfinished_items
from podium.core.model import Bullet, BulletsBlock, Deck, Slide
from tests.helpers import make_prep


def test_fresh_scaffold_is_all_examples() -> None:
    prep = make_prep("marketing")
    items = unfinished_items(prep.deck)
    example_slides = {i.slide_index for i in items if i.kind == EXAMPLE}
    assert example_slides == {
        i for i, s in enumerate(prep.deck.slides) if any(getattr(b, "example", False) for b in s.blocks)
    }


def test_finished_slide_has_nothing_left() -> None:
    deck = Deck(slides=[Slide("Done", blocks=[BulletsBlock([Bullet("Real point")])], notes="Say it")])
    assert unfinished_items(deck) == []


def test_empty_block_and_missing_notes_are_listed() -> None:
    deck = Deck(slides=[Slide("A", blocks=[BulletsBlock([Bullet("  ")])])])
    assert [i.kind for i in unfinished_items(deck)] == [EMPTY, NO_NOTES]
