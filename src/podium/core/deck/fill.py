"""Fill a deck's data-driven blocks from the preparation's role data.

A template block with ``source = "name"`` is a slot. A role may name a provider
module in its ``role.toml`` (``provider = "podium.roles.finance.deck"``); that
module's ``blocks(prep)`` returns the blocks it can compute, keyed by source
name. Slots it fills are replaced; the rest keep the template's example, so
nothing half-done looks finished. The user's own text is never touched, which
is what lets a deck be regenerated when the data changes; a slot the user took
over by hand is left alone (``slots``).

A provider module may also define ``load_cli(prep, args)`` to read the role's
files given on the command line (``podium generate --data ...``) into
``prep.role_data``, raising ``RoleDataError`` with a clear message when it cannot.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from podium.core.deck.research_slides import blocks as research_blocks
from podium.core.deck.slots import put_blocks
from podium.core.errors import RoleError
from podium.core.model import Block, Deck, Preparation
from podium.core.roles import Role, get_role


def provider(role: Role) -> ModuleType | None:
    """The role's provider module, imported on first use (keeps pandas out of startup)."""
    if not role.provider:
        return None
    if not role.provider.startswith("podium."):  # a role folder from elsewhere must not import any module
        raise RoleError(
            f"role {role.id!r} names a provider outside Podium ({role.provider!r}); it is not loaded"
        )
    try:
        return importlib.import_module(role.provider)
    except ImportError as exc:
        raise RoleError(f"role {role.id!r} names a provider that cannot be loaded: {exc}") from exc


def computed_blocks(prep: Preparation) -> dict[str, Block]:
    """Every slot the data can fill: the research slots every role shares, then the role's own
    (the role's block wins a clash)."""
    blocks = research_blocks(prep)
    module = provider(get_role(prep.role))
    if module is not None and hasattr(module, "blocks"):
        blocks.update(module.blocks(prep))
    return blocks


def apply_role_data(prep: Preparation, deck: Deck | None = None) -> list[str]:
    """Replace every slot in ``deck`` (default: the preparation's) that the data can fill.

    Returns the source names that were filled.
    """
    return put_blocks(deck or prep.deck, computed_blocks(prep))
