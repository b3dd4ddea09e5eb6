"""A realistic 30-risk register, written as a user's CSV or Excel file would be."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from podium.roles.project_management.library import starter_library
from podium.roles.project_management.register import Risk

EN_HEADERS = ["Risk ID", "Risk", "Category", "Cause", "Event", "Effect", "Likelihood", "Impact", "Score",
              "Residual likelihood", "Residual impact", "Owner", "Response", "Mitigation", "Contingency",
              "Early warning", "Status", "Comments"]  # fmt: skip
SV_HEADERS = ["Nr", "Riskbeskrivning", "Kategori", "Orsak", "Händelse", "Effekt", "Sannolikhet", "Konsekvens",
              "Riskvärde", "Sannolikhet efter åtgärd", "Konsekvens efter åtgärd", "Riskägare", "Strategi",
              "Åtgärder", "Beredskapsplan", "Tidig varning", "Status", "Kommentar"]  # fmt: skip


def thirty_risks(language: str = "en", seed: int = 5) -> list[Risk]:
    rng = random.Random(seed)
    lib = starter_library(language)
    risks = []
    for n in range(30):
        base = lib[n % len(lib)].risk
        likelihood, impact = rng.randint(1, 5), rng.randint(1, 5)
        risks.append(
            base.copy(
                id=f"R{n + 1}",
                title=base.title if n < len(lib) else f"{base.title} ({n // len(lib) + 1})",
                likelihood=likelihood,
                impact=impact,
                residual_likelihood=max(1, likelihood - rng.randint(0, 2)),
                residual_impact=max(1, impact - rng.randint(0, 1)),
            )
        )
    return risks


def write_register_csv(path: Path, risks: list[Risk], language: str = "en", delimiter: str = ",") -> Path:
    headers = EN_HEADERS if language == "en" else SV_HEADERS
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        for n, r in enumerate(risks):
            writer.writerow([r.id, r.title, r.category, r.cause, r.event, r.effect, r.likelihood, r.impact,
                             r.score, r.residual_likelihood or "", r.residual_impact or "", r.owner,
                             r.response.capitalize(), r.mitigation, r.contingency, r.trigger, "Open",
                             f"note {n}"])  # fmt: skip
    return path


@pytest.fixture
def risks30() -> list[Risk]:
    return thirty_risks()


@pytest.fixture
def register_csv(tmp_path: Path, risks30: list[Risk]) -> Path:
    return write_register_csv(tmp_path / "register.csv", risks30)


def write_rows(path: Path, rows: list[list[object]], delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path
