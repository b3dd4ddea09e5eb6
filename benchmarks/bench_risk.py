"""Risk register: importing 500 risks (CSV and Excel), a 10,000-row register as project offices
write them, and refilling the deck after an edit.

Import is measured against the bare parse of the same file (csv module, openpyxl), so the
ratio is what column mapping and cell checks add. The 10,000-row register has a title block,
percentages, amounts in CHF, a Yes/No column beside the impact and a total row, so every
step of the import runs (read, find the header, propose the columns and scales, convert and
skip); the issue's budget for it is one second. The refill is what the Risks tab pays on every
edit: the provider's blocks, titles and notes for every slot (the verdict's simulation runs
again, as it does after a real edit) plus the deck's layout, against the layout alone.
Run alone with ``python -m benchmarks.bench_risk``.
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
from pathlib import Path

from benchmarks.common import HEADER, Result, interleaved, median_time, size
from podium.core.deck.fill import apply_role_data
from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.render.layout import layout_deck
from podium.roles.project_management.analysis import forget
from podium.roles.project_management.exporter import export_register
from podium.roles.project_management.importer import check_register, import_register, inspect_register
from podium.roles.project_management.library import starter_library
from podium.roles.project_management.register import Register, Risk, load_register, save_register
from podium.roles.project_management.scales import Scales


def _risks(n: int) -> list[Risk]:
    rng = random.Random(1)
    library = starter_library("en")
    return [library[i % len(library)].risk.copy(id=f"R{i + 1}", likelihood=rng.randint(1, 5),
                                                impact=rng.randint(1, 5)) for i in range(n)]  # fmt: skip


def messy_register(path: Path, rows: int = 10_000) -> Path:
    """A large register as a project office keeps it (see the module docstring)."""
    rng = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Project: Fiscal IT platform – risk register"])
        writer.writerow([])
        writer.writerow(["#", "Risk", "Cause", "Likelihood (%)", "Cost Impact", "Schedule Impact?", "Owner",
                         "Mitigation", "Likelihood after (%)", "Cost Impact after", "Status"])  # fmt: skip
        for n in range(1, rows + 1):
            chance = rng.choice(["5%", "20%", "35%", "60%", "75% to 100%", "< 10%"])
            cost = f"{rng.choice([15, 80, 250, 900, 4_000, 64_500]) * 1000:,} CHF"
            writer.writerow([n, f"Risk number {n}", f"Cause {n % 97}", chance, cost, rng.choice(["Yes", "No"]),
                             f"Owner {n % 13}", "Weekly review; escalate", "10%", "15,000 CHF", "Open"])  # fmt: skip
        writer.writerow(["Total", "", "", "", "", "", "", "", "", "", ""])
    return path


def run(repeat: int = 9) -> list[Result]:
    scales = Scales.default("en")
    count = size(500, 20)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".csv", ".xlsx"):
            path = export_register(Path(tmp) / f"r{suffix}", _risks(count), [], scales, "en")

            def bare(path: Path = path) -> None:
                if path.suffix == ".csv":
                    with path.open(encoding="utf-8-sig", newline="") as handle:
                        list(csv.reader(handle))
                else:
                    import openpyxl

                    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
                    list(book.worksheets[0].iter_rows(values_only=True))
                    book.close()

            podium, baseline = interleaved(lambda path=path: import_register(path, scales), bare, repeat)
            target = 2.0 if suffix == ".csv" else None
            results.append(
                Result(f"risks: import {count} risks ({suffix})", podium, "bare parse", baseline, target)
            )
        rows = size(10_000, 50)
        big = messy_register(Path(tmp) / "register.csv", rows)

        def import_big() -> None:
            inspection = inspect_register(big, scales)
            assert len(check_register(inspection, inspection.choice(), scales).risks) == rows

        podium = median_time(import_big, max(3, repeat // 2))
        results.append(Result(f"risks: import a {rows:,}-row register (.csv, title block, %, CHF)", podium,
                              "the issue's budget", 1.0, target=1.0))  # fmt: skip
        workbook = export_register(Path(tmp) / "big.xlsx", _risks(rows), [], scales, "en")

        def bare_workbook() -> None:
            import openpyxl

            book = openpyxl.load_workbook(workbook, read_only=True, data_only=True)
            list(book.worksheets[0].iter_rows(values_only=True))
            book.close()

        podium, baseline = interleaved(lambda: import_register(workbook, scales), bare_workbook, 3)
        results.append(
            Result(f"risks: import {rows:,} risks (.xlsx)", podium, "bare openpyxl parse", baseline)
        )
    for n in (size(30, 5), count):
        prep = Preparation(role="project-management", company="Nordvik AB")
        save_register(prep, Register(risks=_risks(n), scales=scales))
        prep.deck = scaffold(prep)

        def refill(prep: Preparation = prep) -> None:
            register = load_register(prep)  # an edit: the verdict's simulation runs again
            register.risks[0].likelihood = register.risks[0].likelihood % 5 + 1
            save_register(prep, register)
            forget()
            apply_role_data(prep)
            layout_deck(prep.deck, language="en")

        def layout_only(prep: Preparation = prep) -> None:
            layout_deck(prep.deck, language="en")

        podium, baseline = interleaved(refill, layout_only, repeat)
        results.append(
            Result(f"risks: refill deck after an edit, {n} risks", podium, "layout alone", baseline)
        )
    return results


if __name__ == "__main__":
    print(HEADER)
    for result in run():
        print(result.row())
    sys.exit(0)
