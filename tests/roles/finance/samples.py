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


# A cost-centre export: two years of monthly actuals and budget per cost centre, costs as positive
# amounts, as a Swedish ERP writes it; a few journal lines carry no cost centre.
COST_CENTRES = {  # budget per month (kr) and how far the actual runs from it
    "1100 Ekonomi": (Decimal("412000.00"), Decimal("1.03")),
    "1200 HR": (Decimal("265000.00"), Decimal("0.95")),
    "2100 Lager": (Decimal("598000.00"), Decimal("1.08")),
    "2200 Transport": (Decimal("344000.00"), Decimal("1.12")),
    "3100 IT": (Decimal("377000.00"), Decimal("0.90")),
}
UNASSIGNED = [(date(2023, 3, 1), Decimal("18250.40")), (date(2024, 5, 1), Decimal("9120.00")),
              (date(2024, 11, 1), Decimal("4410.75"))]  # fmt: skip


@dataclass(frozen=True)
class CostRow:
    month: date
    centre: str  # "" when the line has no cost centre
    actual: Decimal
    budget: Decimal


def cost_centre_rows() -> list[CostRow]:
    """Jan 2023 – Dec 2024; the actual drifts from budget by a fixed factor and a month pattern."""
    rows = []
    for year in (2023, 2024):
        for month in range(1, 13):
            for i, (centre, (budget, factor)) in enumerate(COST_CENTRES.items()):
                wobble = Decimal(((month * 7 + i * 3) % 11) - 5) / 100  # −5 % … +5 %
                growth = Decimal("1.04") if year == 2024 else Decimal(1)
                actual = (budget * growth * (factor + wobble)).quantize(Decimal("0.01"))
                rows.append(
                    CostRow(date(year, month, 1), centre, actual, (budget * growth).quantize(Decimal("0.01")))
                )
    rows += [CostRow(day, "", amount, Decimal(0)) for day, amount in UNASSIGNED]
    rows.sort(key=lambda r: (r.month, r.centre))
    return rows


def write_cost_centre_csv(path: Path, rows: list[CostRow], english: bool = False) -> Path:
    """'Period;Kostnadsställe;Utfall;Budget' with year-month periods and decimal commas (or the
    English export: 'Month,Cost centre,Actual,Budget')."""
    if english:
        lines = ["Month,Cost centre,Actual,Budget"]
        lines += [f"{r.month:%Y-%m},{r.centre},{r.actual},{r.budget}" for r in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path
    lines = ["Period;Kostnadsställe;Utfall;Budget"]
    lines += [f"{r.month:%Y-%m};{r.centre};{sv_number(r.actual)};{sv_number(r.budget)}" for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


# A sales ledger with quantities and prices, against a budget of volume and value per product:
# the price, volume and mix variances come out of it.
PRODUCTS = {  # budget units per month, budget price, actual units factor, actual price factor
    "Bas": (400, Decimal("1250.00"), Decimal("1.15"), Decimal("0.97")),
    "Plus": (250, Decimal("2400.00"), Decimal("1.00"), Decimal("1.02")),
    "Premium": (120, Decimal("4900.00"), Decimal("0.90"), Decimal("1.05")),
}


@dataclass(frozen=True)
class SaleRow:
    day: date
    product: str
    units: int
    price: Decimal
    amount: Decimal
    budget_units: int
    budget_amount: Decimal


def sales_rows() -> list[SaleRow]:
    """One line per product and month of 2024: units, unit price, amount, and the month's budget."""
    rows = []
    for month in range(1, 13):
        for i, (product, (units, price, unit_factor, price_factor)) in enumerate(PRODUCTS.items()):
            season = (month + i) % 4 - 1  # a few units up or down from month to month
            sold = int(units * unit_factor) + season * 5
            paid = (price * price_factor).quantize(Decimal("0.01"))
            rows.append(
                SaleRow(date(2024, month, 28), product, sold, paid, paid * sold, units, price * units)
            )
    return rows


def write_sales_ledger(path: Path, rows: list[SaleRow]) -> Path:
    """An Excel sheet: Datum, Produkt, Antal, À-pris, Belopp, Budget antal, Budget belopp."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Försäljning"
    sheet.append(["Datum", "Produkt", "Antal", "À-pris", "Belopp", "Budget antal", "Budget belopp"])
    for r in rows:
        sheet.append([r.day, r.product, r.units, float(r.price), float(r.amount), r.budget_units,
                      float(r.budget_amount)])  # fmt: skip
    for cell in sheet["A"][1:]:
        cell.number_format = "yyyy-mm-dd"
    book.save(path)
    return path
