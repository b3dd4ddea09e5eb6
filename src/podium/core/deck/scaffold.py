"""Preparation + role template -> Deck.

The role's ``deck.<lang>.toml`` is rendered through ``templating`` (a Jinja2 sandbox: the
user's values enter only as variables), the shared research slides are added, each slide gets
its share of the talk time, and every data slot is filled from the role's plug-in.
"""

from __future__ import annotations

from podium.core.deck.fill import apply_role_data
from podium.core.deck.research_slides import with_shared_slides
from podium.core.deck.templating import render_value, split_seconds, template_context
from podium.core.model import Deck, Preparation, Slide, block_from_dict
from podium.core.roles import Role, get_role


def build_slides(prep: Preparation, role: Role) -> list[Slide]:
    """The role's slides for this preparation, with target seconds filled in."""
    context = template_context(prep, role)
    # Every role's deck also draws on the research: a "why me" closing and, with ideas, opportunities.
    raw_slides = with_shared_slides(
        role.deck_template(prep.language).get("slide", []), prep.language, prep, close=role.close
    )
    slides: list[Slide] = []
    weights: list[float] = []
    for raw in raw_slides:
        data = render_value(dict(raw), context)
        backup = bool(data.get("backup", False))
        slide = Slide(
            key=str(data.get("key", "")),
            kind=str(data.get("kind", "content")),
            title=str(data.get("title", "")).strip(),
            title_source=str(data.get("title_source", "")).strip(),
            notes_source=str(data.get("notes_source", "")).strip(),
            subtitle=str(data.get("subtitle", "")).strip(),
            guidance=str(data.get("guidance", "")).strip(),
            notes=str(data.get("notes", "")).strip(),
            blocks=[block_from_dict(b) for b in data.get("blocks", [])],
            backup=backup,
        )
        slides.append(slide)
        weights.append(0.0 if backup else float(data.get("weight", 1.0)))
    for slide, seconds in zip(slides, split_seconds(prep.talk_minutes * 60, weights), strict=True):
        slide.target_seconds = seconds
    return slides


def scaffold(prep: Preparation) -> Deck:
    """A fresh deck for ``prep`` from its role's template, keeping the chosen theme."""
    role = get_role(prep.role)
    deck = Deck(
        slides=build_slides(prep, role), theme=prep.deck.theme, aspect=prep.deck.aspect, logo=prep.deck.logo
    )
    apply_role_data(prep, deck)
    return deck
