"""Every file-system location Podium uses, in one place.

Tests and ``--data-dir`` override the data directory through ``PODIUM_DATA_DIR``
so nothing touches the real user profile.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

APP_NAME = "Podium"
APP_ID = "se.podium.Podium"
DATA_DIR_ENV = "PODIUM_DATA_DIR"
TRANSLATIONS_DIR_ENV = "PODIUM_TRANSLATIONS_DIR"  # tests compile the .ts into a temp folder
ROLE_PATH_ENV = "PODIUM_ROLE_PATH"  # more folders of role packages (podium.roles), separated like PATH
_PACKAGE_ROOT = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_ROOT.parent.parent


@cache  # asked for on every phrase and template read; the folders do not move while Podium runs
def _shipped(name: str) -> Path:
    """A folder shipped in the wheel, or its twin at the repository root when run from source."""
    if (_PACKAGE_ROOT / name).is_dir():  # an installed or bundled copy: beside this module
        return _PACKAGE_ROOT / name
    if not _PACKAGE_ROOT.is_dir():  # imported from a zip: only the package's resource reader sees it
        from importlib import resources

        packaged = resources.files("podium") / name
        if packaged.is_dir():
            return Path(str(packaged))
    return _SOURCE_ROOT / name


def templates_dir() -> Path:
    return _shipped("templates")


def resources_dir() -> Path:
    return _shipped("resources")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def themes_dir() -> Path:
    return resources_dir() / "themes"


def translations_dir() -> Path:
    """Compiled UI translations (.qm): built from resources/translations/*.ts by the build or install step."""
    override = os.environ.get(TRANSLATIONS_DIR_ENV)
    return Path(override) if override else resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def data_dir() -> Path:
    """Where the user's preparations live; created on first use."""
    import platformdirs  # only where the user's profile is asked for: not on every command

    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    return data_dir() / "podium.sqlite3"


CACHE_DIR_ENV = "PODIUM_CACHE_DIR"


def cache_dir() -> Path:
    """Where rendered decks are cached (safe to delete); beside the data when that was moved
    (``--data-dir``, tests), else the user cache dir. Created on first use."""
    import platformdirs

    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        path = Path(override)
    elif os.environ.get(DATA_DIR_ENV):
        path = data_dir() / "cache"
    else:
        path = Path(platformdirs.user_cache_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def recordings_dir() -> Path:
    """Rehearsal recordings, one folder per preparation (the Rehearse tab shows their size)."""
    return data_dir() / "recordings"


def models_dir() -> Path:
    """The optional transcription model, installed once from a source the user chose."""
    return data_dir() / "models"
