"""The role registry: every role Podium knows, found once per process.

A role is a template folder (``role.toml``: id, names and task per language; one
``deck.<lang>.toml`` per language) and, when the role has data of its own, a plug-in: the
package ``podium.roles.<id>`` (a dash in the id is an underscore in the package name) whose
``ROLE`` declares, in one place, everything about the role that is code (``RolePlugin``): the
deck provider that fills its data slots, its ``podium generate`` options and how it reads them,
and its workspace panel. A template folder without a package is a role without data slots.

The registry finds the plug-ins by listing the ``podium.roles`` package, never by importing
one by name, so the core knows no role. The folders in ``PODIUM_ROLE_PATH`` are part of that
package too (see ``podium.roles``), and ``register`` adds a plug-in made in code: both are for
roles that do not ship with Podium, and such a plug-in names its own template folder. A role folder is data: nothing in ``role.toml`` makes Podium import code.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from podium import paths
from podium.core.errors import RoleError
from podium.core.model import LANGUAGES, Block, Preparation
from podium.core.templates import read_localised, read_toml

ROLES_PACKAGE = "podium.roles"


@dataclass(frozen=True)
class CliOption:
    """One option of ``podium generate`` that a role reads in its ``load_cli``."""

    flag: str  # "--data"
    dest: str  # the attribute on the parsed arguments
    help: str
    path: bool = False  # the value is a file
    repeat: bool = False  # may be given more than once; the value is then a list


@dataclass(frozen=True)
class RolePlugin:
    """Everything about a role that is code, declared in its package's ``__init__``.

    Declaring must stay cheap (the registry imports every role package at start-up): each
    callable imports its heavy modules (pandas, Qt) when it is called.
    """

    id: str
    # The deck provider: a block for every slot it can fill, keyed by the slot's source name.
    blocks: Callable[[Preparation], dict[str, Block]] | None = None
    # Action titles: the conclusion of a slide, with its figure, keyed by the slide's
    # ``title_source``. A title the data cannot state yet keeps the template's example.
    titles: Callable[[Preparation], dict[str, str]] | None = None
    # Speaker notes that explain the data's figures (how they were computed), keyed by the
    # slide's ``notes_source``. Notes the data cannot write yet keep the template's draft.
    notes: Callable[[Preparation], dict[str, str]] | None = None
    # ``podium generate`` options, and the reader that puts them into ``prep.role_data``
    # (raising ``RoleDataError`` with a message for the user).
    cli_options: tuple[CliOption, ...] = ()
    load_cli: Callable[[Preparation, Any], None] | None = None
    # The workspace panel: called with the open preparation's session, it returns a QWidget
    # with ``section_title() -> str`` (translated) for its tab.
    panel: Callable[[Any], Any] | None = None
    # The role's template folder; None for a shipped role: ``templates/<id>/``.
    templates: Path | None = None


@dataclass(frozen=True)
class Role:
    id: str
    names: dict[str, str]
    tasks: dict[str, str]
    folder: Path
    order: int = 100
    descriptions: dict[str, str] = field(default_factory=dict)
    plugin: RolePlugin | None = None  # None: a role of templates alone, without data slots
    # The kind of close its talk ends on ("answer", "verdict", "ask"; "" for the default): it picks
    # the "why me" half of the closing slide from templates/_shared/research.<lang>.toml.
    close: str = ""

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or self.id

    def task(self, language: str) -> str:
        return self.tasks.get(language) or self.tasks.get("en") or ""

    def description(self, language: str) -> str:
        return self.descriptions.get(language) or self.descriptions.get("en") or ""

    def deck_template(self, language: str) -> dict[str, Any]:
        """The raw slide definitions for ``language`` (falls back to English)."""
        return read_localised(
            self.folder, "deck", language if language in LANGUAGES else "en", "role template"
        )


def read_role(folder: Path, plugin: RolePlugin | None = None) -> Role:
    """The role whose ``role.toml`` is in ``folder``."""
    data = read_toml(folder / "role.toml")
    return Role(
        id=str(data.get("id") or folder.name),
        names=dict(data.get("name", {})),
        tasks=dict(data.get("task", {})),
        descriptions=dict(data.get("description", {})),
        folder=folder,
        order=int(data.get("order", 100)),
        plugin=plugin,
        close=str(data.get("close", "")),
    )


def load_roles(root: Path | None = None, plugins: dict[str, RolePlugin] | None = None) -> dict[str, Role]:
    """The roles whose folders are under ``root`` (the shipped templates by default) and the
    ``plugins`` that bring their own folder, in display order; each folder is paired with the
    plug-in of its id."""
    root = root or paths.templates_dir()
    plugins = plugins or {}
    roles = {}
    for meta in sorted(root.glob("*/role.toml")):
        role = read_role(meta.parent)
        roles[role.id] = dataclasses.replace(role, plugin=plugins.get(role.id))
    for plugin in plugins.values():
        if plugin.templates is not None:
            role = read_role(plugin.templates, plugin)
            if role.id != plugin.id:
                raise RoleError(f"role plug-in {plugin.id!r} names a template folder of role {role.id!r}")
            roles[role.id] = role
        elif plugin.id not in roles:
            raise RoleError(f"role plug-in {plugin.id!r} has no template folder (templates/{plugin.id}/)")
    return dict(sorted(roles.items(), key=lambda item: (item[1].order, item[0])))


def package_name(role_id: str) -> str:
    """The role's package under ``podium.roles``: its id with dashes as underscores."""
    return role_id.replace("-", "_")


def discover() -> dict[str, RolePlugin]:
    """Every role package under ``podium.roles`` (its folder and ``PODIUM_ROLE_PATH``'s), by role id."""
    package = importlib.import_module(ROLES_PACKAGE)
    plugins: dict[str, RolePlugin] = {}
    for info in pkgutil.iter_modules(package.__path__, ROLES_PACKAGE + "."):
        if not info.ispkg:
            continue
        short = info.name.rpartition(".")[2]
        try:
            module = importlib.import_module(info.name)
        except ImportError as exc:
            raise RoleError(f"role package {short!r} cannot be loaded: {exc}") from exc
        plugin = getattr(module, "ROLE", None)
        if not isinstance(plugin, RolePlugin):
            raise RoleError(f"role package {short!r} declares no ROLE = RolePlugin(...)")
        if package_name(plugin.id) != short:
            raise RoleError(f"role package {short!r} declares the role {plugin.id!r}: the names must match")
        plugins[plugin.id] = plugin
    return plugins


_registered: dict[str, RolePlugin] = {}


def register(plugin: RolePlugin) -> Role:
    """Add a role plug-in made in code (a test's, or one from outside Podium); its role."""
    if plugin.templates is None:
        raise RoleError(f"role plug-in {plugin.id!r} must name its template folder")
    _registered[plugin.id] = plugin
    catalogue.cache_clear()
    try:
        return get_role(plugin.id)
    except RoleError:  # its template folder cannot be read: leave the catalogue as it was
        unregister(plugin.id)
        raise


def unregister(role_id: str) -> None:
    """Forget a plug-in added with ``register``."""
    _registered.pop(role_id, None)
    catalogue.cache_clear()


@cache
def catalogue() -> dict[str, Role]:
    """Every role: the shipped template folders with their plug-ins, and the plug-ins added."""
    return load_roles(plugins={**discover(), **_registered})


def get_role(role_id: str) -> Role:
    try:
        return catalogue()[role_id]
    except KeyError:
        known = ", ".join(catalogue())
        raise RoleError(f"unknown role {role_id!r} (known roles: {known})") from None
