"""Every text Podium writes into a deck, set in the deck language's typography (``core.text.typeset``):
the scaffold's words, and the blocks, action titles and notes the data writes. The user's own
text is left as typed."""

from __future__ import annotations

from podium.core.model import Block, BulletsBlock, ChartBlock, DiagramBlock, Slide, TableBlock
from podium.core.text import typeset


def typeset_block(block: Block, language: str) -> Block:
    """``block`` with every visible string typeset (in place; returned for chaining)."""
    if isinstance(block, BulletsBlock):
        for item in block.items:
            item.text = typeset(item.text, language)
    elif isinstance(block, TableBlock):
        block.columns = [typeset(c, language) for c in block.columns]
        block.rows = [[typeset(c, language) for c in row] for row in block.rows]
    elif isinstance(block, ChartBlock):
        block.title = typeset(block.title, language)
        block.categories = [typeset(c, language) for c in block.categories]
        for series in block.series:
            series.name = typeset(series.name, language)
    elif isinstance(block, DiagramBlock):
        block.title = typeset(block.title, language)
        for shape in block.shapes:
            shape.text = typeset(shape.text, language)
    return block


def typeset_slide(slide: Slide, language: str) -> Slide:
    """``slide``'s title, subtitle, notes, guidance and blocks typeset (in place)."""
    slide.title = typeset(slide.title, language)
    slide.subtitle = typeset(slide.subtitle, language)
    slide.notes = typeset(slide.notes, language)
    slide.guidance = typeset(slide.guidance, language)
    for block in slide.blocks:
        typeset_block(block, language)
    return slide
