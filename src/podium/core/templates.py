"""Podium's template files: TOML, one file per language, read once per process.

Every per-language template file (decks, question banks, shared slides, the risk library) is
read through ``read_localised``, with the same English fallback.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from podium.core.errors import RoleError


def read_toml(path: Path, what: str = "role template") -> dict[str, Any]:
    """One TOML file; ``RoleError`` naming ``what`` and the file when it cannot be read."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RoleError(f"cannot read {what} {path}: {exc}") from exc


@cache
def _read_cached(path: Path, what: str) -> dict[str, Any]:
    return read_toml(path, what)


def read_localised(
    folder: Path, stem: str, language: str, what: str, *, optional: bool = False
) -> dict[str, Any]:
    """``<stem>.<language>.toml`` in ``folder``, or the English one when that language has none.

    Read once per process. ``optional`` files may be missing or empty: the result is then the
    English file's content, or ``{}``.
    """
    own, english = folder / f"{stem}.{language}.toml", folder / f"{stem}.en.toml"
    if optional:

        def read(path: Path) -> dict[str, Any]:
            return _read_cached(path, what) if path.exists() else {}

        return read(own) or read(english)
    return _read_cached(own if own.exists() else english, what)
