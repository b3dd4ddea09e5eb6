"""Template gaps left in text the user already edited, and notes drafts, are unfinished work too."""

from __future__ import annotations

from podium.core.deck.checks import KINDS, NOTES_DRAFT, PLACEHOLDER, has_gap, unfinished_items
from podium.core.model import Bullet, BulletsBlock, Deck, Slide, TableBlock
from tests.helpers import make_prep


def test_gaps_are_words_in_square_brackets() -> None:
    assert has_gap("Decision by [date]") and has_gap("[Ditt namn]")
    assert not has_gap("See note [1]") and not has_gap("[x]") and not has_gap("2024 [Q1]")


def test_edited_text_with_a_gap_and_draft_notes_are_listed_with_their_block() -> None:
    deck = Deck(
        slides=[
            Slide("Done", blocks=[BulletsBlock([Bullet("Approve the policy by [date]")])], notes="Say it"),
            Slide("Table", blocks=[TableBlock(["a"], [["[owner]"]])], notes="Thank [name] for the data"),
        ]
    )
    items = unfinished_items(deck)
    assert [(i.slide_index, i.kind, i.block_index) for i in items] == [
        (0, PLACEHOLDER, 0),
        (1, PLACEHOLDER, 0),
        (1, NOTES_DRAFT, -1),
    ]
    assert all(i.kind in KINDS for i in items)


def test_fresh_scaffold_lists_every_slide() -> None:
    prep = make_prep("finance", "sv")
    slides = {i.slide_index for i in unfinished_items(prep.deck)}
    assert slides == set(range(len(prep.deck.slides)))
