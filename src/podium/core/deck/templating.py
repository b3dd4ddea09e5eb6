"""Render role templates: the variables a template may use, strings and nested values, time budgets.

Template strings are rendered in a Jinja2 sandbox (``template_sandbox``). The user's values
enter only as variables, so a company called ``{{ 7*7 }}`` stays exactly as typed. Shared by
the scaffold (a role's whole deck) and the shared research slides (one slide added later).
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from jinja2 import Template

from podium import paths
from podium.core.deck.template_sandbox import RENDER_ERRORS, make_environment
from podium.core.errors import RoleError
from podium.core.model import Preparation
from podium.core.roles import Role
from podium.core.templates import read_localised
from podium.core.text import format_date

_ENV = make_environment()


@lru_cache(maxsize=2048)
def _compile(source: str) -> Template:
    return _ENV.from_string(source)


def render_text(source: str, context: dict[str, Any]) -> str:
    """Render one template string; only strings containing Jinja syntax pay for it."""
    if "{" not in source:
        return source
    try:
        return _compile(source).render(context)
    except RENDER_ERRORS as exc:
        raise RoleError(f"template error in {source[:60]!r}: {exc}") from exc


def render_value(value: Any, context: dict[str, Any]) -> Any:
    """Every string inside ``value`` (a string, or lists and tables of them) rendered; the rest as is."""
    if isinstance(value, str):
        return render_text(value, context)
    if isinstance(value, list):
        return [render_value(v, context) for v in value]
    if isinstance(value, dict):
        return {k: render_value(v, context) for k, v in value.items()}
    return value


def shared_advice(language: str) -> dict[str, str]:
    """The guidance every role's scaffold shares (``templates/_shared/guidance.<lang>.toml``),
    written once: how to write an action title, for one. Templates use it as ``{{ advice.key }}``."""
    folder = paths.templates_dir() / "_shared"
    found = read_localised(folder, "guidance", language, "the shared guidance", optional=True)
    return {str(key): str(value).strip() for key, value in found.items()}


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
        "advice": shared_advice(prep.language),
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
