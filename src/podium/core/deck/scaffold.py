"""Preparation + role template -> Deck.

The role's ``deck.<lang>.toml`` is rendered through ``templating`` (a Jinja2 sandbox: the
user's values enter only as variables), the shared research slides are added, each slide gets
its share of the talk time, and every data slot is filled from the role's plug-in.
"""

from __future__ import annotations

from podium.core.deck.fill import apply_role_data
from podium.core.deck.plan import plan_deck
from podium.core.deck.research_slides import with_shared_slides
from podium.core.deck.templating import render_value, split_seconds, template_context
from podium.core.deck.typography import typeset_slide
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
            priority=max(0, int(data.get("priority", 0))),
            weight=max(0.0, float(data.get("weight", 1.0))) or 1.0,
        )
        slides.append(typeset_slide(slide, prep.language))
        weights.append(0.0 if backup else float(data.get("weight", 1.0)))
    for slide, seconds in zip(slides, split_seconds(prep.talk_minutes * 60, weights), strict=True):
        slide.target_seconds = seconds
    return slides


def slide_order(prep: Preparation) -> list[str]:
    """The keys of the role's slides (with the shared research slides) in presentation order."""
    role = get_role(prep.role)
    raw = with_shared_slides(
        role.deck_template(prep.language).get("slide", []), prep.language, prep, close=role.close
    )
    return [str(s.get("key", "")) for s in raw]


def scaffold(prep: Preparation) -> Deck:
    """A fresh deck for ``prep`` from its role's template, keeping the chosen theme, planned for
    the talk length (``core.deck.plan``: what a short talk has no room for goes to the appendix)."""
    role = get_role(prep.role)
    slides = build_slides(prep, role)
    deck = Deck(slides=slides, theme=prep.deck.theme, aspect=prep.deck.aspect, logo=prep.deck.logo)
    plan_deck(deck, prep.talk_minutes, [s.key for s in slides])
    apply_role_data(prep, deck)
    return deck


def replan(prep: Preparation) -> None:
    """Plan the preparation's deck again for its (changed) talk length, keeping every edit."""
    plan_deck(prep.deck, prep.talk_minutes, slide_order(prep))
