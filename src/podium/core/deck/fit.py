"""Fit feedback for one slide: does its text fit, and do its words fit its time?

The layout already knows whether text fits at the allowed sizes; this module turns
that into what the editor says and which remedies make sense (shorten, split the
slide, smaller text within limits, more time). No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from podium.core.model import BulletsBlock, Deck, Slide, TableBlock
from podium.core.rehearsal.speaking import speaking_seconds, word_count
from podium.core.render.layout import (
    SLIDE_WIDTHS,
    SMALL_BODY_MIN,
    DiagramBox,
    SlideLayout,
    TableBox,
    TextBox,
    layout_slide,
)
from podium.core.render.theme import get_theme

READING_WORDS_PER_SECOND = 1.2  # on-screen words a listening audience takes in per second
MIN_VISIBLE_WORDS = 40  # a short slide may still carry this many words
TABLE_WORD_WEIGHT = 0.5  # tables are scanned, not read word for word
NOTES_GRACE = 1.15  # notes may run 15 % (plus 5 s) over the budget before Podium says so


@dataclass(frozen=True)
class FitReport:
    overflow: bool  # some text does not fit even at the smallest size allowed
    body_size: float  # point size the body text is set at (0 when the slide has none)
    can_shrink: bool  # allowing smaller text (down to 12 pt) would make it fit
    can_split: bool
    notes_seconds: int  # how long the speaker notes take to say
    target_seconds: int
    visible_words: int
    max_visible_words: int

    @property
    def notes_over(self) -> bool:
        return self.target_seconds > 0 and self.notes_seconds > self.target_seconds * NOTES_GRACE + 5

    @property
    def words_over(self) -> bool:
        return self.target_seconds > 0 and self.visible_words > self.max_visible_words

    @property
    def ok(self) -> bool:
        return not (self.overflow or self.notes_over or self.words_over)


def visible_words(slide: Slide) -> int:
    """Words the audience reads on the slide body: bullets in full, table cells at half weight."""
    count = 0.0
    for block in slide.blocks[:2]:
        if isinstance(block, BulletsBlock):
            count += sum(word_count(item.text) for item in block.items)
        elif isinstance(block, TableBlock):
            cells = sum(word_count(cell) for row in [block.columns, *block.rows] for cell in row)
            count += cells * TABLE_WORD_WEIGHT
    return round(count)


def max_visible_words(target_seconds: int) -> int:
    return max(MIN_VISIBLE_WORDS, round(target_seconds * READING_WORDS_PER_SECOND))


def _body_size(laid: SlideLayout) -> float:
    sizes = [b.size for b in laid.boxes if isinstance(b, TextBox) and b.role == "body"]
    sizes += [b.size for b in laid.boxes if isinstance(b, TableBox)]
    return min(sizes) if sizes else 0.0


def _text_overflows(laid: SlideLayout) -> bool:
    return any(isinstance(b, TextBox | TableBox | DiagramBox) and b.overflow for b in laid.boxes)


def can_split(slide: Slide) -> bool:
    """Whether ``core.deck.edits.split_slide`` has something to move onto a second slide."""
    if slide.kind in ("title", "section"):
        return False
    if len(slide.blocks) >= 2:
        return True
    if not slide.blocks:
        return False
    block = slide.blocks[0]
    if isinstance(block, BulletsBlock):
        return sum(1 for item in block.items if item.level == 0) >= 2
    return isinstance(block, TableBlock) and len(block.rows) >= 2


def fit_report(
    deck: Deck, index: int, laid: SlideLayout, *, language: str, brand: str = "", footer: str = ""
) -> FitReport:
    """What the editor tells the user about slide ``index``, laid out as ``laid``."""
    slide = deck.slides[index]
    overflow = _text_overflows(laid)
    shrink = False
    if overflow and not slide.small_text and slide.kind not in ("title", "section"):
        smaller = layout_slide(
            replace(slide, small_text=True),
            get_theme(deck.theme, brand),
            width=SLIDE_WIDTHS.get(deck.aspect, SLIDE_WIDTHS["16:9"]),
            language=language,
            footer=footer,
            number=index + 1,
            logo=deck.logo,
        )
        shrink = not _text_overflows(smaller) and _body_size(smaller) >= SMALL_BODY_MIN
    target = 0 if slide.backup else slide.target_seconds
    return FitReport(
        overflow=overflow,
        body_size=_body_size(laid),
        can_shrink=shrink,
        can_split=can_split(slide),
        notes_seconds=speaking_seconds(slide.notes, language),
        target_seconds=target,
        visible_words=visible_words(slide),
        max_visible_words=max_visible_words(target),
    )
