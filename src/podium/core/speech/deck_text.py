"""What each slide gives the speech checks: its speaker notes (the talking points) and the text
the audience sees on it (to tell reading aloud from talking)."""

from __future__ import annotations

from collections.abc import Iterable

from podium.core.model import BulletsBlock, Slide, TableBlock


def shown_text(slide: Slide) -> str:
    """The title, subtitle, bullets and table cells of ``slide``, one per line."""
    lines = [slide.title, slide.subtitle]
    for block in slide.blocks:
        if isinstance(block, BulletsBlock):
            lines += [b.text for b in block.items]
        elif isinstance(block, TableBlock):
            lines += [" ".join(row) for row in block.rows]
    return "\n".join(line for line in lines if line)


def slide_texts(slides: Iterable[Slide]) -> dict[str, tuple[str, str]]:
    """Each slide's key: its notes and its shown text."""
    return {slide.key: (slide.notes, shown_text(slide)) for slide in slides if slide.key}
