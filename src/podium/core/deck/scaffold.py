"""Preparation + role template -> Deck.

Template strings are rendered in a Jinja2 sandbox. The user's values enter only
as variables, so a company called ``{{ 7*7 }}`` stays exactly as typed.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from podium.core.deck.research_slides import with_shared_slides
from podium.core.deck.template_sandbox import RENDER_ERRORS, make_environment
from podium.core.errors import RoleError
from podium.core.model import Deck, Preparation, Slide, block_from_dict
from podium.core.roles import Role, get_role
from podium.core.text import format_date

_ENV = make_environment()


@lru_cache(maxsize=2048)
def _compile(source: str):
    return _ENV.from_string(source)


def render_text(source: str, context: dict[str, Any]) -> str:
    """Render one template string; only strings containing Jinja syntax pay for it."""
    if "{" not in source:
        return source
    try:
        return _compile(source).render(context)
    except RENDER_ERRORS as exc:
        raise RoleError(f"template error in {source[:60]!r}: {exc}") from exc


def template_context(prep: Preparation, role: Role) -> dict[str, Any]:
    """The variables every template string may use."""
    interview: datetime | None = prep.interview_at
    return {
        "company": prep.company,
        "job_title": prep.job_title,
        "role_name": role.name(prep.language),
        "task": role.task(prep.language),
        "talk_minutes": prep.talk_minutes,
        "qa_minutes": prep.qa_minutes,
        "interview_date": format_date(interview.date(), prep.language) if interview else "",
        "language": prep.language,
    }


def split_seconds(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` seconds by ``weights`` into whole seconds that add up exactly.

    Largest-remainder rounding, so the per-slide budgets always sum to the talk length.
    """
    weight_sum = sum(w for w in weights if w > 0)
    if weight_sum <= 0 or total <= 0:
        return [0 for _ in weights]
    exact = [total * max(w, 0) / weight_sum for w in weights]
    floors = [int(x) for x in exact]
    remainder = total - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: exact[i] - floors[i], reverse=True)
    for i in order[:remainder]:
        floors[i] += 1
    return floors


def _render_value(value: Any, context: dict[str, Any]) -> Any:
    if isinstance(value, str):
        return render_text(value, context)
    if isinstance(value, list):
        return [_render_value(v, context) for v in value]
    if isinstance(value, dict):
        return {k: _render_value(v, context) for k, v in value.items()}
    return value


def build_slides(prep: Preparation, role: Role) -> list[Slide]:
    """The role's slides for this preparation, with target seconds filled in."""
    context = template_context(prep, role)
    # Every role's deck also draws on the research: a "why me" closing and, with ideas, opportunities.
    raw_slides = with_shared_slides(role.deck_template(prep.language).get("slide", []), prep.language, prep)
    slides: list[Slide] = []
    weights: list[float] = []
    for raw in raw_slides:
        data = _render_value(dict(raw), context)
        backup = bool(data.get("backup", False))
        slide = Slide(
            key=str(data.get("key", "")),
            kind=str(data.get("kind", "content")),
            title=str(data.get("title", "")).strip(),
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
    from podium.core.deck.fill import apply_role_data

    role = get_role(prep.role)
    deck = Deck(
        slides=build_slides(prep, role), theme=prep.deck.theme, aspect=prep.deck.aspect, logo=prep.deck.logo
    )
    apply_role_data(prep, deck)
    return deck
