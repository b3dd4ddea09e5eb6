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
from podium.core.tabular.messages import Phrase, ReadError, phrase, quote, rows
from podium.roles.finance.analysis import Choice, analyse
from podium.roles.finance.conventions import KINDS, guess_convention, guess_unit, parse_unit
from podium.roles.finance.profile import PRIOR_NAMES, profile
from podium.roles.finance.reader import Progress, Table, read_table
from podium.roles.finance.record import KEY, VERSION

__all__ = ["KEY", "VERSION"]  # here too: the Data panel and older callers import them from the pipeline


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
        raise no_numbers_error(table)
    return table, summary


def no_numbers_error(table: Table) -> ReadError:
    """Why a file without a column of numbers cannot be analysed, with the likeliest fix."""
    found = [
        phrase("column_and_kind", column=c, kind=phrase(f"column_kind.{k}")) for c, k in table.kinds.items()
    ]
    others = [s for s in table.sheets if s != table.sheet]
    advice: Phrase
    mixed = [(c, share) for c, share in table.mixed.items() if table.bad_cells.get(c, {}).get("rows")]
    if mixed:
        column, share = mixed[0]
        bad = table.bad_cells[column]
        advice = phrase(
            "advice.mixed",
            column=column,
            share=phrase("percent", number=f"{share * 100:.0f}"),
            where=rows(bad["rows"][:1]),
            example=quote(bad["examples"][0]),
        )
    elif others:
        advice = phrase("advice.sheets", sheets=", ".join(others))
    else:
        advice = phrase("advice.units")
    return ReadError(phrase("no_numbers", name=table.name, found=found, advice=advice))


def choose(
    table: Table,
    summary: dict[str, Any],
    date: str | None = None,
    measures: list[str] | None = None,
    category: str | None = None,
    compare: str | None = None,
    quantity: str | None = None,
    compare_quantity: str | None = None,
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
    if compare_column and compare_column != suggested["compare"] and PRIOR_NAMES.search(compare_column):
        kind = "prior"
    suggested_quantity = suggested.get("quantity") if measures is None else None
    chosen_quantity = quantity if quantity is not None else suggested_quantity
    if chosen_quantity in chosen_measures or chosen_quantity == compare_column:
        chosen_quantity = None
    chosen_compare_quantity = (
        compare_quantity if compare_quantity is not None else suggested.get("compare_quantity")
    )
    if not (compare_column and chosen_quantity) or chosen_compare_quantity in (
        chosen_quantity,
        compare_column,
    ):
        chosen_compare_quantity = None
    return Choice(
        date=date if date is not None else suggested["date"],
        measures=chosen_measures,
        category=category if category is not None else suggested["category"],
        compare=compare_column or None,
        compare_kind=kind if compare_column else None,
        quantity=chosen_quantity or None,
        compare_quantity=chosen_compare_quantity or None,
    )


def record(
    table: Table,
    summary: dict[str, Any],
    choice: Choice,
    progress: Progress | None = None,
    previous: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Analyse ``table`` for ``choice``; the JSON record for ``prep.role_data['finance']``.

    The sign convention and the unit are guessed from the column names, unless ``previous`` (the
    record this one replaces) holds the user's own choice for the same measure.
    """
    granularity = (summary.get("period") or {}).get("granularity", "monthly")
    result = analyse(table, choice, granularity)
    chosen = choice.to_dict()
    convention = guess_convention(chosen, summary)
    unit = guess_unit(chosen, summary)
    if previous and (previous.get("choice") or {}).get("measures", [None])[:1] == choice.measures[:1]:
        if not (previous.get("convention") or {}).get("guessed", True):
            convention = previous["convention"]
        if (previous.get("unit") or {}).get("set"):
            unit = previous["unit"]
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
        "choice": chosen,
        "profile": summary,
        "analysis": result,
        "convention": convention,
        "unit": unit,
    }


def run(
    path: str | Path,
    sheet: str | None = None,
    date: str | None = None,
    measures: list[str] | None = None,
    category: str | None = None,
    compare: str | None = None,
    progress: Callable[[float], None] | None = None,
    quantity: str | None = None,
    compare_quantity: str | None = None,
    sign: str | None = None,
    currency: str | None = None,
) -> dict[str, Any]:
    """Everything from a file name to the stored record, in one call (the CLI's path).

    ``sign`` ('revenue' or 'cost') and ``currency`` ('SEK', 'EUR m', 'tkr') replace the guesses.
    """
    unit = None
    if sign is not None and sign not in KINDS:
        raise RoleDataError(f"--sign must be revenue or cost, not {sign!r}.")
    if currency is not None:
        unit = parse_unit(currency)
        if unit is None:
            raise RoleDataError(
                f"--currency names no currency Podium knows: {currency!r} (try SEK, EUR, USD or GBP)."
            )
    table, summary = load(path, sheet, progress)
    choice = choose(table, summary, date, measures, category, compare, quantity, compare_quantity)
    result = record(table, summary, choice, progress)
    if sign is not None:
        result["convention"] = set_convention(sign)
    if unit is not None:
        result["unit"] = {**unit, "set": True}
    return result


def set_convention(kind: str) -> dict[str, Any]:
    """The user's own sign convention ('revenue' or 'cost'): kept when the data is analysed again."""
    return {"kind": kind, "guessed": False, "from": None}
