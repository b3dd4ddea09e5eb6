"""Audience and personas as cards: one card per persona, under a line naming the primary audience.

Cards read faster than a four-column table and give each persona the same
weight; they are native shapes, so the candidate can still restyle them.
"""

from __future__ import annotations

from podium.core.model import DiagramBlock, Shape
from podium.core.render.theme import Theme, readable_on
from podium.roles.marketing.brief import Persona
from podium.roles.marketing.words import phrasebook

CARD_FILL = "#F3F5F8"
GAP = 0.025
MAX_CARDS = 4


def persona_cards(personas: list[Persona], audience: str, theme: Theme, language: str) -> DiagramBlock:
    """Cards for up to four personas (the rest are left to the panel's warning), audience on top."""
    shapes: list[Shape] = []
    top, said = 0.0, phrasebook(language)
    if audience:
        shapes.append(Shape(0, 0, 1, 0.14, text=said.say("audience", text=audience), text_color=theme.text,
                            size=18, align="left"))  # fmt: skip
        top = 0.18
    cards = personas[:MAX_CARDS] or [Persona()]
    n = len(cards)
    width = (1 - GAP * (n - 1)) / n
    height = 1 - top
    header = min(0.16, height * 0.2)
    on_accent = readable_on(theme.accent)
    for i, persona in enumerate(cards):
        x = i * (width + GAP)
        shapes.append(Shape(x, top, width, header, fill=theme.accent, text=persona.name, text_color=on_accent,
                            size=18, bold=True))  # fmt: skip
        shapes.append(
            Shape(x, top + header, width, height - header, fill=getattr(theme, "row_alt_fill", CARD_FILL))
        )
        lines = [
            (said.say(f"{key}_label"), value)
            for key, value in (("who", persona.who), ("need", persona.need), ("reach", persona.reach))
            if value
        ]
        y = top + header + 0.025
        slot = min(0.2, (height - header - 0.05) / max(1, len(lines)))
        for label, value in lines:
            shapes.append(Shape(x + 0.008, y, width - 0.016, 0.055, text=label, text_color=theme.muted, size=11,
                                bold=True, align="left"))  # fmt: skip
            shapes.append(Shape(x + 0.008, y + 0.055, width - 0.016, slot - 0.065, text=value,
                                text_color=theme.text, size=15, align="left"))  # fmt: skip
            y += slot
    return DiagramBlock(shapes=shapes)
