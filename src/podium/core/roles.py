"""The role catalogue, read from ``templates/``.

Each role is a folder with ``role.toml`` (names and task per language) and one
``deck.<lang>.toml`` per language. Adding a role means adding a folder.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from podium import paths
from podium.core.errors import RoleError
from podium.core.model import LANGUAGES


@dataclass(frozen=True)
class Role:
    id: str
    names: dict[str, str]
    tasks: dict[str, str]
    folder: Path
    order: int = 100
    descriptions: dict[str, str] = field(default_factory=dict)
    provider: str = ""  # module that fills data-driven blocks from the preparation (core.deck.fill)

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or self.id

    def task(self, language: str) -> str:
        return self.tasks.get(language) or self.tasks.get("en") or ""

    def description(self, language: str) -> str:
        return self.descriptions.get(language) or self.descriptions.get("en") or ""

    def deck_template(self, language: str) -> dict[str, Any]:
        """The raw slide definitions for ``language`` (falls back to English)."""
        return _read_deck(self.folder, language if language in LANGUAGES else "en")


def _read_toml(path: Path, what: str = "role template") -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RoleError(f"cannot read {what} {path}: {exc}") from exc


@cache
def _read_cached(path: Path, what: str) -> dict[str, Any]:
    return _read_toml(path, what)


def read_localised(
    folder: Path, stem: str, language: str, what: str, *, optional: bool = False
) -> dict[str, Any]:
    """``<stem>.<language>.toml`` in ``folder``, or the English one when that language has none.

    Every per-language template file (decks, question banks, shared slides, the risk library)
    is read here, once per process. ``optional`` files may be missing or empty: the result is
    then the English file's content, or ``{}``.
    """
    own, english = folder / f"{stem}.{language}.toml", folder / f"{stem}.en.toml"
    if optional:

        def read(path: Path) -> dict[str, Any]:
            return _read_cached(path, what) if path.exists() else {}

        return read(own) or read(english)
    return _read_cached(own if own.exists() else english, what)


def _read_deck(folder: Path, language: str) -> dict[str, Any]:
    return read_localised(folder, "deck", language, "role template")


def load_roles(root: Path | None = None) -> dict[str, Role]:
    """All roles under ``root`` (the shipped templates by default), in display order."""
    root = root or paths.templates_dir()
    roles: list[Role] = []
    for meta in sorted(root.glob("*/role.toml")):
        data = _read_toml(meta)
        roles.append(
            Role(
                id=str(data.get("id") or meta.parent.name),
                names=dict(data.get("name", {})),
                tasks=dict(data.get("task", {})),
                descriptions=dict(data.get("description", {})),
                folder=meta.parent,
                order=int(data.get("order", 100)),
                provider=str(data.get("provider", "")),
            )
        )
    roles.sort(key=lambda r: (r.order, r.id))
    return {r.id: r for r in roles}


@cache
def catalogue() -> dict[str, Role]:
    """The shipped roles, read once per process."""
    return load_roles()


def get_role(role_id: str) -> Role:
    try:
        return catalogue()[role_id]
    except KeyError:
        known = ", ".join(catalogue())
        raise RoleError(f"unknown role {role_id!r} (known roles: {known})") from None
