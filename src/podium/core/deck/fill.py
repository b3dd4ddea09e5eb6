"""Fill a deck's data-driven blocks from the preparation's research and role data.

A template block with ``source = "name"`` is a slot (``slots``). Two providers compute blocks
for slots, keyed by source name: the research slots every role shares
(``research_slides.blocks``) and the role's own, declared by its plug-in
(``RolePlugin.blocks``, see ``core.roles``). Slots they fill are replaced; the rest keep the
template's example, so nothing half-done looks finished. The user's own text is never
touched, which is what lets a deck be regenerated when the data changes; a slot the user took
over by hand is left alone. A slide's title may be a slot too: the plug-in's ``titles`` states
the slide's conclusion with its figure (an action title) until the user edits the title; and so
may its speaker notes (``notes``: how the figures were computed) until the user edits them.
"""

from __future__ import annotations

from podium.core.deck.research_slides import blocks as research_blocks
from podium.core.deck.slots import put_blocks, put_notes, put_titles
from podium.core.deck.typography import typeset_block
from podium.core.model import Block, Deck, Preparation
from podium.core.roles import get_role
from podium.core.text import typeset


def computed_blocks(prep: Preparation) -> dict[str, Block]:
    """Every slot the data can fill: the research slots every role shares, then the role's own
    (the role's block wins a clash)."""
    blocks = research_blocks(prep)
    plugin = get_role(prep.role).plugin
    if plugin is not None and plugin.blocks is not None:
        blocks.update(plugin.blocks(prep))
    return {source: typeset_block(block, prep.language) for source, block in blocks.items()}


def computed_titles(prep: Preparation) -> dict[str, str]:
    """The action titles the role's data can state, keyed by title slot."""
    plugin = get_role(prep.role).plugin
    titles = plugin.titles(prep) if plugin is not None and plugin.titles is not None else {}
    return {source: typeset(title, prep.language) for source, title in titles.items()}


def computed_notes(prep: Preparation) -> dict[str, str]:
    """The speaker notes the role's data can write, keyed by notes slot."""
    plugin = get_role(prep.role).plugin
    notes = plugin.notes(prep) if plugin is not None and plugin.notes is not None else {}
    return {source: typeset(text, prep.language) for source, text in notes.items()}


def apply_role_data(prep: Preparation, deck: Deck | None = None) -> list[str]:
    """Replace every slot in ``deck`` (default: the preparation's) that the data can fill,
    block, title and notes slots alike.

    Returns the source names that were filled.
    """
    deck = deck or prep.deck
    return (
        put_blocks(deck, computed_blocks(prep))
        + put_titles(deck, computed_titles(prep))
        + put_notes(deck, computed_notes(prep))
    )
