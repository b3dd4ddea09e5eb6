"""File -> table -> profile -> analysis -> the small record kept in ``prep.role_data["finance"]``.

One path for the CLI and the Data panel, so both produce the same numbers.
The record holds the file's path, the column choices, the profile and the
results, never the data set itself; the deck is filled from it alone.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from podium.core.errors import RoleDataError
from podium.roles.finance.analysis import Choice, analyse
from podium.roles.finance.profile import profile
from podium.roles.finance.reader import Progress, Table, read_table

KEY = "finance"
VERSION = 1


def _scaled(progress: Progress | None, start: float, end: float) -> Progress | None:
    if progress is None:
        return None
    return lambda f: progress(start + (end - start) * f)


def load(
    path: str | Path, sheet: str | None = None, progress: Progress | None = None
) -> tuple[Table, dict[str, Any]]:
    """Read and profile a file; refuses one with no column of numbers, saying what it found."""
    table = read_table(path, sheet=sheet, progress=_scaled(progress, 0.0, 0.85))
    if progress is not None:
        progress(0.87)
    summary = profile(table)
    if not any(kind == "number" for kind in table.kinds.values()):
        raise RoleDataError(no_numbers_message(table))
    return table, summary


def no_numbers_message(table: Table) -> str:
    found = ", ".join(f"{c} ({k})" for c, k in table.kinds.items())
    message = f"{table.name} has no column of numbers to analyse; it has {found}."
    for column, share in table.mixed.items():
        bad = table.bad_cells.get(column, {})
        where = f" (row {bad['rows'][0]}: {bad['examples'][0]!r})" if bad.get("rows") else ""
        message += f" Column {column!r} mixes numbers and text: {share:.0%} are numbers{where}."
    others = [s for s in table.sheets if s != table.sheet]
    if others:
        message += f" Its other sheets: {', '.join(others)}; pick the one with the data."
    elif not table.mixed:
        message += " Check that the amounts are not stored with letters or units in them."
    return message


def choose(
    table: Table,
    summary: dict[str, Any],
    date: str | None = None,
    measures: list[str] | None = None,
    category: str | None = None,
    compare: str | None = None,
) -> Choice:
    """The user's columns where given, the profile's suggestions for the rest."""
    suggested = summary["suggested"]
    chosen_measures = list(measures) if measures else list(suggested["measures"])
    if not chosen_measures:
        numbers = [c for c, k in table.kinds.items() if k == "number"]
        chosen_measures = numbers[:1]
    compare_column = compare if compare is not None else suggested["compare"]
    if compare_column in chosen_measures:
        compare_column = None
    kind = suggested["compare_kind"] if compare_column == suggested["compare"] else "budget"
    return Choice(
        date=date if date is not None else suggested["date"],
        measures=chosen_measures,
        category=category if category is not None else suggested["category"],
        compare=compare_column or None,
        compare_kind=kind if compare_column else None,
    )


def record(
    table: Table, summary: dict[str, Any], choice: Choice, progress: Progress | None = None
) -> dict[str, Any]:
    """Analyse ``table`` for ``choice``; the JSON record for ``prep.role_data['finance']``."""
    granularity = (summary.get("period") or {}).get("granularity", "monthly")
    result = analyse(table, choice, granularity)
    if progress is not None:
        progress(1.0)
    path = table.path.resolve()
    try:
        stat = os.stat(path)
        size, mtime = stat.st_size, stat.st_mtime
    except OSError:
        size, mtime = 0, 0.0
    return {
        "version": VERSION,
        "source": {
            "path": str(path),
            "name": path.name,
            "sheet": table.sheet,
            "sheets": table.sheets,
            "size": size,
            "mtime": mtime,
        },
        "choice": choice.to_dict(),
        "profile": summary,
        "analysis": result,
    }


def run(
    path: str | Path,
    sheet: str | None = None,
    date: str | None = None,
    measures: list[str] | None = None,
    category: str | None = None,
    compare: str | None = None,
    progress: Callable[[float], None] | None = None,
) -> dict[str, Any]:
    """Everything from a file name to the stored record, in one call (the CLI's path)."""
    table, summary = load(path, sheet, progress)
    choice = choose(table, summary, date, measures, category, compare)
    return record(table, summary, choice, progress)
