"""Every kind of deck Podium writes, for the checks that must hold for all of them: each role, both
languages, without data (the scaffold's examples) and with data (every chart type it draws:
columns, bars, lines, pies, the bridge, the Gantt and heat-map diagrams, tables)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from podium.core.deck.scaffold import scaffold
from podium.core.model import LANGUAGES, Preparation
from podium.roles.finance.pipeline import run
from podium.roles.project_management.register import Register, save_register
from podium.roles.project_management.scales import Scales
from tests.roles.finance.samples import ledger_rows, write_swedish_csv
from tests.roles.marketing.sample import brief
from tests.roles.project_management.conftest import thirty_risks

ROLES = ("finance", "marketing", "project-management")


def deck_prep(role: str, language: str, tmp_path: Path, *, data: bool, **kw: object) -> Preparation:
    """A preparation of ``role`` with its deck scaffolded, filled from sample data when ``data``."""
    prep = Preparation(role=role, company="Nordvik AB", language=language, **kw)  # type: ignore[arg-type]
    if data and role == "finance":
        prep.role_data["finance"] = run(write_swedish_csv(tmp_path / f"ledger-{language}.csv", ledger_rows()))
    elif data and role == "marketing":
        prep.role_data["marketing"] = brief()
    elif data and role == "project-management":
        save_register(prep, Register(risks=thirty_risks(language), scales=Scales.default(language)))
    prep.deck = scaffold(prep)
    return prep


def every_deck(tmp_path: Path) -> Iterator[tuple[str, Preparation]]:
    """(name, preparation) for each role, language, and with and without data."""
    for role in ROLES:
        for language in LANGUAGES:
            for data in (False, True):
                name = f"{role}-{language}-{'data' if data else 'scaffold'}"
                yield name, deck_prep(role, language, tmp_path, data=data)
