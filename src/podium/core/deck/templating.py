"""Render role templates: the variables a template may use, strings and nested values, time budgets.

Template strings are rendered in a Jinja2 sandbox (``template_sandbox``). The user's values
enter only as variables, so a company called ``{{ 7*7 }}`` stays exactly as typed. Shared by
the scaffold (a role's whole deck) and the shared research slides (one slide added later).

Most strings only put a variable in place (``{{ company }}``, ``{{ advice.action_title }}``):
those are filled here as Jinja would fill them, and Jinja is imported for the first string that
needs more (``{% if %}``, filters, arithmetic), so ``podium generate`` does not pay for it.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from podium import paths
from podium.core.errors import RoleError
from podium.core.model import Preparation
from podium.core.roles import Role
from podium.core.templates import read_localised
from podium.core.text import format_date

if TYPE_CHECKING:
    from jinja2 import Template
    from jinja2.sandbox import SandboxedEnvironment

_NAME = r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*"
_VARIABLE = re.compile(r"\{\{ *(" + _NAME + r") *\}\}")
# {% if a and b %}plain text{% endif %}, as the title slides' subtitles use it
_CONDITION = re.compile(r"\{% *if +(" + _NAME + r"(?: +and +" + _NAME + r")*) *%\}([^{}]*)\{% *endif *%\}")
_SYNTAX = re.compile(f"{_VARIABLE.pattern}|{_CONDITION.pattern}")
_UNKNOWN = object()


@cache
def _environment() -> SandboxedEnvironment:
    from podium.core.deck.template_sandbox import make_environment

    return make_environment()


@lru_cache(maxsize=2048)
def _compile(source: str) -> Template:
    return _environment().from_string(source)


def _lookup(dotted: str, context: dict[str, Any]) -> Any:
    """The value of ``dotted`` as Jinja reads it, or _UNKNOWN where Jinja could do otherwise (an
    attribute, an undefined name, a value that is not plain text or a number)."""
    first, *rest = dotted.split(".")
    if first not in context:
        return _UNKNOWN
    value = context[first]
    for key in rest:  # Jinja reads an attribute first, then the item: only a dict's plain keys here
        if not isinstance(value, dict) or key not in value or hasattr(value, key):
            return _UNKNOWN
        value = value[key]
    return value if isinstance(value, str | int | float) else _UNKNOWN


def _render_variables(source: str, context: dict[str, Any]) -> str | None:
    """``source`` filled as Jinja fills it, when its only syntax is ``{{ name }}`` and
    ``{% if name and name %}text{% endif %}``; else None (Jinja renders it)."""
    if "\r" in source:  # Jinja turns line endings into \n
        return None
    if source.endswith("\n"):  # and drops one newline at the end (keep_trailing_newline=False)
        source = source[:-1]
    out: list[str] = []
    last = 0
    for match in _SYNTAX.finditer(source):
        out.append(source[last : match.start()])
        variable, condition, body = match.groups()
        if variable is not None:
            value = _lookup(variable, context)
            if value is _UNKNOWN:
                return None
            out.append(str(value))
        else:
            values = [_lookup(name, context) for name in re.split(r" +and +", condition)]
            if any(value is _UNKNOWN for value in values):
                return None
            out.append(body if all(values) else "")
        last = match.end()
    out.append(source[last:])
    if any("{" in text or "}" in text for text in out[::2]):  # more syntax, or braces Jinja may read
        return None
    return "".join(out)


def render_text(source: str, context: dict[str, Any]) -> str:
    """Render one template string; only strings containing Jinja syntax pay for it."""
    if "{" not in source:
        return source
    filled = _render_variables(source, context)
    if filled is not None:
        return filled
    from podium.core.deck.template_sandbox import RENDER_ERRORS

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
