"""The finance role: read the employer's data set, profile it, analyse it and fill the report deck.

Everything about the role is declared in ``ROLE`` below. Pure Python (no Qt) outside ``ui``;
pandas and openpyxl are imported inside functions, so the app does not pay for them at start-up.
"""

from __future__ import annotations

from typing import Any

from podium.core.model import Block, Preparation
from podium.core.roles import CliOption, RolePlugin


def _blocks(prep: Preparation) -> dict[str, Block]:
    from podium.roles.finance.deck import blocks

    return blocks(prep)


def _titles(prep: Preparation) -> dict[str, str]:
    from podium.roles.finance.deck import titles

    return titles(prep)


def _load_cli(prep: Preparation, args: Any) -> None:
    from podium.roles.finance.deck import load_cli

    load_cli(prep, args)


def _panel(session: Any) -> Any:
    from podium.roles.finance.ui.panel import FinancePanel

    return FinancePanel(session)


ROLE = RolePlugin(
    id="finance",
    blocks=_blocks,
    titles=_titles,
    cli_options=(
        CliOption("--data", "data", "the data set (CSV or .xlsx)", path=True),
        CliOption("--sheet", "sheet", "the Excel sheet to read"),
        CliOption("--date", "date_column", "the date column"),
        CliOption("--measure", "measures", "a measure column (repeatable)", repeat=True),
        CliOption("--category", "category_column", "the category column"),
        CliOption("--quantity", "quantity_column", "the quantity column (units sold), for price and volume"),
        CliOption("--budget-quantity", "budget_quantity_column", "the budget's quantity column"),
        CliOption(
            "--sign", "sign", "revenue or cost: whether above budget is favourable (guessed from the names)"
        ),
        CliOption(
            "--currency", "currency", "the amounts' currency and scale, e.g. SEK, EUR, 'SEK k' (else guessed)"
        ),
    ),
    load_cli=_load_cli,
    panel=_panel,
)
