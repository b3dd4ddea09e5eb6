"""Risk register: importing 500 risks (CSV and Excel) and refilling the deck after an edit.

Import is measured against the bare parse of the same file (csv module, openpyxl), so the
ratio is what column mapping and cell checks add. The refill is what the Risks tab pays
on every edit: the provider's blocks, titles and notes for every slot (the verdict's simulation
runs again, as it does after a real edit) plus the deck's layout, against the layout alone. Run alone with ``python -m benchmarks.bench_risk``.
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
from pathlib import Path

from benchmarks.common import HEADER, Result, interleaved
from podium.core.deck.fill import apply_role_data
from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.render.layout import layout_deck
from podium.roles.project_management.analysis import forget
from podium.roles.project_management.exporter import export_register
from podium.roles.project_management.importer import import_register
from podium.roles.project_management.library import starter_library
from podium.roles.project_management.register import Register, Risk, load_register, save_register
from podium.roles.project_management.scales import Scales


def _risks(n: int) -> list[Risk]:
    rng = random.Random(1)
    library = starter_library("en")
    return [library[i % len(library)].risk.copy(id=f"R{i + 1}", likelihood=rng.randint(1, 5),
                                                impact=rng.randint(1, 5)) for i in range(n)]  # fmt: skip


def run(repeat: int = 9) -> list[Result]:
    scales = Scales.default("en")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".csv", ".xlsx"):
            path = export_register(Path(tmp) / f"r{suffix}", _risks(500), [], scales, "en")

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
            results.append(Result(f"risks: import 500 risks ({suffix})", podium, "bare parse", baseline))
    for n in (30, 500):
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
