"""The starter library: risks typical of transformation programmes, in English and Swedish.

Kept as data (``risk-library.<lang>.toml`` in the role's template folder) so the wording can be
improved without touching code. Each entry has a ``key`` shared across languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from podium.core.roles import get_role
from podium.core.templates import read_localised
from podium.roles.project_management.register import ROLE_KEY, Risk, next_id


@dataclass(frozen=True)
class LibraryRisk:
    key: str
    risk: Risk  # id left empty: one is given when the risk is pulled into a register


@cache
def starter_library(language: str) -> tuple[LibraryRisk, ...]:
    """The library for ``language`` (English when there is none for it)."""
    folder = get_role(ROLE_KEY).folder
    data = read_localised(folder, "risk-library", language, "the risk library")
    return tuple(
        LibraryRisk(str(raw.get("key", "")), Risk.from_dict({**raw, "id": ""}))
        for raw in data.get("risk", [])
    )


def pull(entries: list[LibraryRisk], taken_ids: list[str]) -> list[Risk]:
    """Copies of ``entries`` ready to add to a register, each with the next free ID."""
    taken = list(taken_ids)
    out: list[Risk] = []
    for entry in entries:
        risk_id = next_id(taken)
        taken.append(risk_id)
        out.append(entry.risk.copy(id=risk_id))
    return out
