"""Deck edits that are more than setting a field: new slides, duplicates, splitting a slide in two,
the research's opportunities slide.

Pure functions on model objects; the editor wraps each in an undoable command.
"""

from __future__ import annotations

import copy

from podium.core.deck.fill import apply_role_data
from podium.core.deck.research_slides import OPPORTUNITIES_KEY, closing_index, shared_template
from podium.core.deck.scaffold import build_slides
from podium.core.deck.slots import detach, detached
from podium.core.deck.templating import render_value, split_seconds, template_context
from podium.core.model import Bullet, BulletsBlock, Deck, Preparation, Slide, TableBlock, block_from_dict
from podium.core.phrasebook import phrases
from podium.core.roles import get_role


def copy_slide(slide: Slide) -> Slide:
    """An independent copy (blocks and bullets are not shared with the original)."""
    return Slide.from_dict(copy.deepcopy(slide.to_dict()))


def slide_types(prep: Preparation) -> list[Slide]:
    """The role's own slide types, as the scaffold would make them now, data slots filled."""
    slides = build_slides(prep, get_role(prep.role))
    apply_role_data(prep, Deck(slides=slides))
    return slides


def slide_type_names(prep: Preparation) -> dict[str, str]:
    """Each slide type's name for a menu, by key: the template's ``name`` ('Key metrics'), which
    stays short where the slide's own title is an example conclusion ('Example: Revenue 1.0%
    below budget, EBIT 18% below')."""
    raw = get_role(prep.role).deck_template(prep.language).get("slide", [])
    return {str(s.get("key", "")): str(s["name"]) for s in raw if isinstance(s, dict) and s.get("name")}


def blank_slide(kind: str, language: str, seconds: int = 60) -> Slide:
    """A plain content slide with one empty bullet, or a section divider."""
    if kind == "section":
        return Slide(title=phrases(language).say("deck.new_section"), kind="section", target_seconds=10)
    title = phrases(language).say("deck.new_slide")
    return Slide(title=title, blocks=[BulletsBlock([Bullet("")])], target_seconds=seconds)


def _split_point(items: list[Bullet]) -> int:
    """Index of the top-level bullet nearest the middle, so sub-points stay with their parent."""
    starts = [i for i, item in enumerate(items) if i > 0 and item.level == 0]
    middle = len(items) / 2
    return min(starts, key=lambda i: abs(i - middle)) if starts else 0


def split_slide(slide: Slide, language: str) -> tuple[Slide, Slide] | None:
    """``slide`` as two slides sharing its time, or None when there is nothing to split.

    Two blocks go one per slide; one bullet list or table is cut in half (a table
    repeats its header). Split data-driven blocks stop following the data, since
    half of a generated table would otherwise come back whole.
    """
    if slide.kind in ("title", "section") or not slide.blocks:
        return None
    first, second = copy_slide(slide), copy_slide(slide)
    if len(slide.blocks) >= 2:
        first.blocks, second.blocks = first.blocks[:1], second.blocks[1:]
    else:
        block = first.blocks[0]
        if isinstance(block, BulletsBlock):
            cut = _split_point(block.items)
            if cut == 0:
                return None
            first.blocks = [BulletsBlock(block.items[:cut], block.source)]
            second.blocks = [BulletsBlock(copy.deepcopy(block.items[cut:]), block.source)]
            for part in (first.blocks[0], second.blocks[0]):
                detach(part)
        elif isinstance(block, TableBlock) and len(block.rows) >= 2:
            cut = (len(block.rows) + 1) // 2
            first.blocks = [TableBlock(block.columns, block.rows[:cut], block.example, block.source)]
            second.blocks = [TableBlock(list(block.columns), block.rows[cut:], block.example, block.source)]
            for part in (first.blocks[0], second.blocks[0]):
                detach(part)
        else:
            return None
    said = phrases(language)
    second.title = (
        said.say("deck.continued_title", title=slide.title) if slide.title else said.say("deck.continued")
    )
    second.title_source = detached(second.title_source)  # "(continued)" is the user's title now
    second.notes = ""
    second.notes_source = ""  # the data explains the slide once, in the first half
    second.target_seconds = slide.target_seconds // 2
    first.target_seconds = slide.target_seconds - second.target_seconds
    return first, second


def timed_total(deck: Deck) -> int:
    """Seconds the timed slides add up to (backup slides excluded)."""
    return deck.total_target_seconds


def add_opportunities_slide(prep: Preparation) -> int:
    """Insert the opportunities slide into an existing deck (the user asked for it); its index.

    The talk length stays the same: every timed slide gives up a share of its time.
    Returns the existing slide's index if the deck already has one.
    """
    deck = prep.deck
    existing = next((i for i, s in enumerate(deck.slides) if s.key == OPPORTUNITIES_KEY), None)
    if existing is not None:
        return existing
    raw = next(
        s for s in shared_template(prep.language).get("slide", []) if s.get("key") == OPPORTUNITIES_KEY
    )
    data = render_value(dict(raw), template_context(prep, get_role(prep.role)))
    slide = Slide(
        key=OPPORTUNITIES_KEY,
        kind=str(data.get("kind", "content")),
        title=str(data.get("title", "")).strip(),
        guidance=str(data.get("guidance", "")).strip(),
        notes=str(data.get("notes", "")).strip(),
        blocks=[block_from_dict(b) for b in data.get("blocks", [])],
    )
    raw_deck = [{"key": s.key, "kind": s.kind} for s in deck.slides]
    position = closing_index(raw_deck, raw.get("insert_before", "closing"))
    if position is None:
        position = next((i for i, s in enumerate(deck.slides) if s.backup), len(deck.slides))
    deck.slides.insert(position, slide)
    timed = deck.timed_slides
    average = sum(s.target_seconds for s in timed if s is not slide) / max(1, len(timed) - 1)
    weights = [average * float(raw.get("weight", 1.0)) if s is slide else s.target_seconds for s in timed]
    for s, seconds in zip(timed, split_seconds(prep.talk_minutes * 60, weights), strict=True):
        s.target_seconds = seconds
    apply_role_data(prep)
    return position
