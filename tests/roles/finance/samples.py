"""Real files for the finance tests: a Swedish ledger export, an Excel workbook, and broken files.

The expected sums are computed here from the same rows with ``Decimal``, the
way a spreadsheet would add them up, never with the code under test.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

REGIONS = ["Norr", "Söder", "Väst", "Öst"]
MONTHS = [date(2024, m, 1) for m in range(1, 7)]


@dataclass(frozen=True)
class Row:
    day: date
    region: str
    amount: Decimal
    budget: Decimal


def ledger_rows(seed: int = 7) -> list[Row]:
    """Two to four lines per region and month, Jan–Jun 2024, amounts with öre (two decimals)."""
    rng = random.Random(seed)
    rows = []
    for month in MONTHS:
        for region in REGIONS:
            for _ in range(rng.randint(2, 4)):
                day = month.replace(day=rng.randint(1, 28))
                amount = Decimal(rng.randint(-50_000, 2_500_000)) / 100
                budget = Decimal(rng.randint(100_000, 2_000_000)) / 100
                rows.append(Row(day, region, amount, budget))
    rows.sort(key=lambda r: r.day)
    return rows


def sv_number(value: Decimal, nbsp: bool = False) -> str:
    """1 234 567,89 as Swedish Excel writes it (space or no-break space between thousands)."""
    sign = "-" if value < 0 else ""
    whole, frac = f"{abs(value):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    sep = "\u00a0" if nbsp else " "
    return f"{sign}{sep.join(groups)},{frac}"


def write_swedish_csv(path: Path, rows: list[Row]) -> Path:
    """A Visma-style export: title block, semicolons, decimal commas, Windows-1252, a Summa row."""
    lines = [
        "Nordvik AB;;;;;",
        "Försäljning per region, januari–juni 2024;;;;;",
        "Utskriven 2024-07-02 av Åsa Öberg;;;;;",
        ";;;;;",
        "Datum;Region;Belopp;Budget;Tom;Kommentar",
    ]
    for i, row in enumerate(rows):
        comment = "Kreditnota" if row.amount < 0 else ("Kampanj" if i % 7 == 0 else "")
        lines.append(
            f"{row.day.isoformat()};{row.region};{sv_number(row.amount, nbsp=i % 2 == 0)};"
            f"{sv_number(row.budget)};;{comment}"
        )
    total = sum((r.amount for r in rows), Decimal(0))
    budget = sum((r.budget for r in rows), Decimal(0))
    lines.append(f"Summa;;{sv_number(total)};{sv_number(budget)};;")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def write_workbook(path: Path, rows: list[Row]) -> Path:
    """Two sheets: a cover sheet of text, and the data under a title, with a Totalt row (as Excel users do)."""
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    cover.title = "Om underlaget"
    cover.append(["Underlag till case-intervju"])
    cover.append(["Kontakt: ekonomi@nordvik.se"])
    sheet = book.create_sheet("Försäljning")
    sheet.append(["Försäljning per region"])
    sheet.append([])
    sheet.append(["Datum", "Region", "Belopp", "Budget"])
    for row in rows:
        sheet.append([row.day, row.region, float(row.amount), float(row.budget)])
    sheet.append(["Totalt", None, float(sum(r.amount for r in rows)), float(sum(r.budget for r in rows))])
    for cell in sheet["A"][3:]:
        cell.number_format = "yyyy-mm-dd"
    book.save(path)
    return path


def sums_by(rows: list[Row], key) -> dict:
    out: dict = {}
    for row in rows:
        out[key(row)] = out.get(key(row), Decimal(0)) + row.amount
    return out
