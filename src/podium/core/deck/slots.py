"""Slots: template blocks that the data fills (``source = "name"``), and the user's hold on them.

A slide's title can be a slot as well (``title_source = "name"`` in the template): the data
writes an action title there, the conclusion with its figure, until the user edits it. Its
speaker notes can be one too (``notes_source``): the data explains how its figures were made.

A slot the user edits by hand is detached (its source gets a ``~`` prefix): it keeps the user's
version and says so in the editor, which can attach it to the data again. ``put_blocks`` is the
one loop that puts computed blocks into a deck's slots, for the whole deck (``fill``) or only
the research slots (``research_slides.refill``).
"""

from __future__ import annotations

from podium.core.model import Block, Deck, Slide

DETACHED = "~"  # prefix of a slot the user edited by hand: it keeps its source name but is not refilled


def follows_data(block: Block) -> bool:
    """True for a slot the role's data fills (and refills when the data changes)."""
    return bool(block.source) and not block.source.startswith(DETACHED)


def detached_source(block: Block) -> str:
    """The slot name of a block the user took over from the data, or ''."""
    return block.source[len(DETACHED) :] if block.source.startswith(DETACHED) else ""


def detach(block: Block) -> None:
    """Keep the user's own version of a data-driven block: later data changes leave it alone."""
    if follows_data(block):
        block.source = DETACHED + block.source


def reattach(block: Block) -> None:
    """Let the data fill the block again (the next ``apply_role_data`` replaces its content)."""
    if block.source.startswith(DETACHED):
        block.source = block.source[len(DETACHED) :]


def put_blocks(deck: Deck, blocks: dict[str, Block]) -> list[str]:
    """Replace every slot of ``deck`` that ``blocks`` has a block for; the source names filled.

    Detached slots keep the user's version: their source (``~name``) is never a key of ``blocks``.
    """
    filled: list[str] = []
    for slide in deck.slides:
        for i, block in enumerate(slide.blocks):
            new = blocks.get(block.source) if block.source else None
            if new is not None:
                new.source = block.source
                slide.blocks[i] = new
                filled.append(block.source)
    return filled


def title_follows_data(slide: Slide) -> bool:
    """True while the role's data writes this slide's title (the user has not edited it)."""
    return bool(slide.title_source) and not slide.title_source.startswith(DETACHED)


def detached_title_source(slide: Slide) -> str:
    """The title slot of a slide whose title the user took over, or ''."""
    source = slide.title_source
    return source[len(DETACHED) :] if source.startswith(DETACHED) else ""


def detached(source: str) -> str:
    """``source`` as a slot the user has taken over (idempotent; '' stays '')."""
    return DETACHED + source if source and not source.startswith(DETACHED) else source


def put_titles(deck: Deck, titles: dict[str, str]) -> list[str]:
    """Write the computed action titles into every slide whose title still follows the data."""
    filled: list[str] = []
    for slide in deck.slides:
        title = titles.get(slide.title_source) if title_follows_data(slide) else None
        if title:
            slide.title = title
            filled.append(slide.title_source)
    return filled


def notes_follow_data(slide: Slide) -> bool:
    """True while the role's data writes this slide's speaker notes (the user has not edited them)."""
    return bool(slide.notes_source) and not slide.notes_source.startswith(DETACHED)


def put_notes(deck: Deck, notes: dict[str, str]) -> list[str]:
    """Write the computed speaker notes into every slide whose notes still follow the data."""
    filled: list[str] = []
    for slide in deck.slides:
        text = notes.get(slide.notes_source) if notes_follow_data(slide) else None
        if text:
            slide.notes = text
            filled.append(slide.notes_source)
    return filled
