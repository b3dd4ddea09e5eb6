"""What is still unfinished in a deck: example text not replaced, empty blocks, slides with no notes.

Listed before export (deck editor) and in the readiness list (research and practice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from podium.core.model import BulletsBlock, ChartBlock, Deck, DiagramBlock, ImageBlock, TableBlock
from podium.core.render.layout import is_marked_example

EXAMPLE, EMPTY, NO_NOTES, NO_TITLE = "example", "empty", "no-notes", "no-title"
PLACEHOLDER = "placeholder"  # a "[your name]"-style gap left in slide text the user already edited
NOTES_DRAFT = "notes-draft"  # the scaffold's notes draft with its "[...]" gaps still open
KINDS = (NO_TITLE, EXAMPLE, EMPTY, PLACEHOLDER, NO_NOTES, NOTES_DRAFT)

# "[the question]", "[datum]": square brackets around words; "[1]" or "[x]" are not gaps.
_GAP = re.compile(r"\[[^\]\n]*[^\W\d_][^\]\n]*[^\W\d_][^\]\n]*\]")


def has_gap(text: str) -> bool:
    """True when ``text`` still holds a template gap such as ``[your name]``."""
    return bool(_GAP.search(text))


def _block_texts(block: object) -> list[str]:
    if isinstance(block, BulletsBlock):
        return [item.text for item in block.items]
    if isinstance(block, TableBlock):
        return [cell for row in [block.columns, *block.rows] for cell in row]
    if isinstance(block, ChartBlock):
        return [block.title, *block.categories, *(s.name for s in block.series)]
    return []


@dataclass(frozen=True)
class UnfinishedItem:
    slide_index: int  # 0-based position in the deck, so the UI can jump to it
    kind: str  # one of KINDS
    block_index: int = -1


def _block_is_empty(block: object) -> bool:
    if isinstance(block, BulletsBlock):
        return not any(item.text.strip() for item in block.items)
    if isinstance(block, TableBlock):
        return not block.rows or not any(cell.strip() for row in block.rows for cell in row)
    if isinstance(block, ChartBlock):
        return not block.categories or not block.series
    if isinstance(block, ImageBlock):
        return not block.path
    if isinstance(block, DiagramBlock):
        return not block.shapes
    return False


def unfinished_items(deck: Deck) -> list[UnfinishedItem]:
    """Everything the candidate still has to do, slide by slide, in deck order."""
    items: list[UnfinishedItem] = []
    for index, slide in enumerate(deck.slides):
        if not slide.title.strip():
            items.append(UnfinishedItem(index, NO_TITLE))
        elif is_marked_example(slide.title):  # an example title: block_index -1 is the title
            items.append(UnfinishedItem(index, EXAMPLE))
        elif has_gap(slide.title) or has_gap(slide.subtitle):
            items.append(UnfinishedItem(index, PLACEHOLDER))
        for b, block in enumerate(slide.blocks):
            if getattr(block, "example", False):
                items.append(UnfinishedItem(index, EXAMPLE, b))
            elif _block_is_empty(block):
                items.append(UnfinishedItem(index, EMPTY, b))
            elif any(has_gap(text) for text in _block_texts(block)):
                items.append(UnfinishedItem(index, PLACEHOLDER, b))
        if not slide.notes.strip():
            items.append(UnfinishedItem(index, NO_NOTES))
        elif has_gap(slide.notes):
            items.append(UnfinishedItem(index, NOTES_DRAFT))
    return items
