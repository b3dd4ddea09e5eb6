"""The marketing role: a campaign brief (goal, audience, idea, channels and budget, business case,
timeline, test-and-learn plan, KPIs, risks) and the campaign-plan deck it fills, action titles
included.

Everything about the role is declared in ``ROLE`` below. Pure Python (no Qt) outside ``ui``.
"""

from __future__ import annotations

from typing import Any

from podium.core.model import Block, Preparation
from podium.core.roles import CliOption, RolePlugin


def _blocks(prep: Preparation) -> dict[str, Block]:
    from podium.roles.marketing.deck import blocks

    return blocks(prep)


def _titles(prep: Preparation) -> dict[str, str]:
    from podium.roles.marketing.titles import titles

    return titles(prep)


def _load_cli(prep: Preparation, args: Any) -> None:
    from podium.roles.marketing.deck import load_cli

    load_cli(prep, args)


def _panel(session: Any) -> Any:
    from podium.roles.marketing.ui.panel import MarketingPanel

    return MarketingPanel(session)


ROLE = RolePlugin(
    id="marketing",
    blocks=_blocks,
    titles=_titles,
    cli_options=(CliOption("--brief", "brief", "a campaign brief (JSON)", path=True),),
    load_cli=_load_cli,
    panel=_panel,
)
