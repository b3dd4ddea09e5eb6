"""Fill a deck's data-driven blocks from the preparation's role data.

A template block with ``source = "name"`` is a slot. A role may name a provider
module in its ``role.toml`` (``provider = "podium.roles.finance.deck"``); that
module's ``blocks(prep)`` returns the blocks it can compute, keyed by source
name. Slots it fills are replaced; the rest keep the template's example, so
nothing half-done looks finished. The user's own text is never touched, which
is what lets a deck be regenerated when the data changes. A slot the user edits
by hand is detached (its source gets a ``~`` prefix): it keeps the user's version
and says so in the editor, which can attach it to the data again.

A provider module may also define ``load_cli(prep, args)`` to read the role's
files given on the command line (``podium generate --data ...``) into
``prep.role_data``, raising ``RoleDataError`` with a clear message when it cannot.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from podium.core.errors import RoleError
from podium.core.model import Block, Deck, Preparation
from podium.core.roles import Role, get_role

DETACHED = "~"  # prefix of a slot the user edited by hand: it keeps its source name but is not refilled


def follows_data(block: Block) -> bool:
    """True for a slot the role's data fills (and refills when the data changes)."""
    return bool(block.source) and not block.source.startswith(DETACHED)


def detached_source(block: Block) -> str:
    """The slot name of a block the user took over from the data, or ''."""
    return block.source[len(DETACHED) :] if block.source.startswith(DETACHED) else ""


def detach(block: Block) -> None:
    """Keep the user's own version of a data-driven block: later data changes leave it alone."""
    if follows_data(block):
        block.source = DETACHED + block.source


def reattach(block: Block) -> None:
    """Let the data fill the block again (the next ``apply_role_data`` replaces its content)."""
    if block.source.startswith(DETACHED):
        block.source = block.source[len(DETACHED) :]


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


# Providers every role shares (their slots are in templates/_shared); the role's own provider wins a clash.
SHARED_PROVIDERS = ("podium.core.deck.research_slides",)


def computed_blocks(prep: Preparation) -> dict[str, Block]:
    blocks: dict[str, Block] = {}
    for name in SHARED_PROVIDERS:
        blocks.update(importlib.import_module(name).blocks(prep))
    module = provider(get_role(prep.role))
    if module is not None and hasattr(module, "blocks"):
        blocks.update(module.blocks(prep))
    return blocks


def apply_role_data(prep: Preparation, deck: Deck | None = None) -> list[str]:
    """Replace every slot in ``deck`` (default: the preparation's) that the provider can fill.

    Returns the source names that were filled.
    """
    deck = deck or prep.deck
    blocks = computed_blocks(prep)
    filled: list[str] = []
    for slide in deck.slides:
        for i, block in enumerate(slide.blocks):
            new = blocks.get(block.source) if block.source else None
            if new is not None:
                new.source = block.source
                slide.blocks[i] = new
                filled.append(block.source)
    return filled
