"""The project-management role: a risk analysis of the employer's plan (register, scales, heat
map, plan timeline) and the deck that presents it.

Everything about the role is declared in ``ROLE`` below. The register lives in
``Preparation.role_data["project-management"]``; ``deck`` turns it into slides. Pure Python (no
Qt) outside ``ui``.
"""

from __future__ import annotations

from typing import Any

from podium.core.model import Block, Preparation
from podium.core.roles import CliOption, RolePlugin


def _blocks(prep: Preparation) -> dict[str, Block]:
    from podium.roles.project_management.deck import blocks

    return blocks(prep)


def _titles(prep: Preparation) -> dict[str, str]:
    from podium.roles.project_management.titles import titles

    return titles(prep)


def _notes(prep: Preparation) -> dict[str, str]:
    from podium.roles.project_management.titles import notes

    return notes(prep)


def _load_cli(prep: Preparation, args: Any) -> None:
    from podium.roles.project_management.deck import load_cli

    load_cli(prep, args)


def _panel(session: Any) -> Any:
    from podium.roles.project_management.ui.panel import RiskPanel

    return RiskPanel(session)


ROLE = RolePlugin(
    id="project-management",
    blocks=_blocks,
    titles=_titles,
    notes=_notes,
    cli_options=(
        CliOption("--risks", "risks", "the risk register (CSV or .xlsx)", path=True),
        CliOption("--plan", "plan", "the plan's phases (CSV or .xlsx)", path=True),
        CliOption(
            "--map",
            "map",
            "read a register field from a column: FIELD=COLUMN, e.g. likelihood=Probability (repeatable)",
            repeat=True,
        ),
    ),
    load_cli=_load_cli,
    panel=_panel,
)
