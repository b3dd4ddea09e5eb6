"""Fit feedback: overflow, text that fits only smaller, and words against the slide's time."""

from __future__ import annotations

from podium.core.deck.fit import fit_report, max_visible_words, visible_words
from podium.core.model import Bullet, BulletsBlock, Deck, Slide, TableBlock
from podium.core.render.layout import BODY_MIN, layout_deck


def _report(slide: Slide, language: str = "en"):
    deck = Deck(slides=[slide])
    return fit_report(deck, 0, layout_deck(deck, language=language)[0], language=language)


def _points(n: int, words: int = 14) -> BulletsBlock:
    return BulletsBlock([Bullet(" ".join(["measured"] * words)) for _ in range(n)])


def test_a_short_slide_is_fine() -> None:
    report = _report(Slide("T", blocks=[_points(3, 6)], notes="A sentence or two.", target_seconds=60))
    assert report.ok and report.body_size == 24


def test_text_that_fits_only_below_the_readable_minimum_offers_smaller_text() -> None:
    slide = Slide("T", blocks=[_points(13)], target_seconds=600)
    report = _report(slide)
    assert report.overflow and report.can_shrink and report.can_split
    slide.small_text = True
    report = _report(slide)
    assert not report.overflow and 12 <= report.body_size < BODY_MIN


def test_hopeless_overflow_does_not_offer_smaller_text() -> None:
    report = _report(Slide("T", blocks=[BulletsBlock([Bullet("word " * 900)])], target_seconds=600))
    assert report.overflow and not report.can_shrink and not report.can_split


def test_notes_longer_than_the_slide_time_are_reported() -> None:
    notes = " ".join(["word"] * 280)  # two minutes at 140 words a minute
    report = _report(Slide("T", blocks=[_points(1, 3)], notes=notes, target_seconds=60))
    assert report.notes_over and report.notes_seconds == 120
    assert not _report(Slide("T", notes=notes, target_seconds=120)).notes_over
    assert not _report(Slide("T", notes=notes, target_seconds=60, backup=True)).notes_over  # untimed


def test_too_many_words_for_the_time() -> None:
    slide = Slide("T", blocks=[_points(6, 14)], target_seconds=30)
    assert visible_words(slide) == 84 > max_visible_words(30)
    assert _report(slide).words_over
    slide.target_seconds = 90
    assert not _report(slide).words_over


def test_table_words_count_at_half_weight() -> None:
    slide = Slide("T", blocks=[TableBlock(["a b", "c d"], [["e f", "g h"]])])
    assert visible_words(slide) == 4
