"""The import mapping, remembered with the preparation and re-applied on the next import.

After a register is imported, which column was read as which field (by the column's name) and
each rating column's scale and thresholds are kept in ``role_data["project-management"]["import"]``,
with what was read and skipped (the method slide says it). Importing the register again starts
from that mapping; ``podium generate --map field=Column`` overrides any field.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from podium.core.model import Preparation
from podium.core.tabular.grid import Grid
from podium.core.tabular.header import clean
from podium.core.tabular.messages import ReadError, phrase, quote
from podium.core.tabular.xlsx import column_index
from podium.roles.project_management.importer import RegisterInspection
from podium.roles.project_management.proposal import FIELDS, RATINGS, Guess
from podium.roles.project_management.ratings import Conversion
from podium.roles.project_management.register import ROLE_KEY
from podium.roles.project_management.register_rows import Choice, Outcome

KEY = "import"


def remembered(prep: Preparation) -> dict[str, Any]:
    data = prep.role_data.get(ROLE_KEY)
    stored = data.get(KEY) if isinstance(data, dict) else None
    return stored if isinstance(stored, dict) else {}


def remember(prep: Preparation, inspection: RegisterInspection, choice: Choice, outcome: Outcome) -> None:
    """Keep the mapping and what was read, beside the register (other keys of the role stay)."""
    grid = inspection.grid
    data = prep.role_data.get(ROLE_KEY)
    data = dict(data) if isinstance(data, dict) else {}
    data[KEY] = {
        "file": grid.name,
        "sheet": grid.sheet,
        "columns": {
            f: (grid.header[i] if i is not None and i < len(grid.header) else None)
            for f, i in choice.columns.items()
        },
        "conversions": {f: c.to_dict() for f, c in choice.conversions.items() if f in RATINGS},
        "read": len(outcome.risks),
        "skipped": {k: len(v) for k, v in outcome.skipped.items()},
    }
    prep.role_data[ROLE_KEY] = data


def _find(grid: Grid, name: str) -> int | None:
    if name in grid.header:
        return grid.header.index(name)
    folded = [clean(h).casefold() for h in grid.header]
    key = clean(name).casefold()
    return folded.index(key) if key in folded else None


def reapply(inspection: RegisterInspection, stored: dict[str, Any]) -> Choice:
    """The proposal, with each remembered field's column (found by its name) and scale put back."""
    choice = inspection.choice()
    columns = stored.get("columns") if isinstance(stored.get("columns"), dict) else {}
    conversions = stored.get("conversions") if isinstance(stored.get("conversions"), dict) else {}
    assert isinstance(columns, dict) and isinstance(conversions, dict)
    for name, header in columns.items():
        if name not in FIELDS:
            continue
        if header is None:
            choice.columns[name] = None
            continue
        at = _find(inspection.grid, str(header))
        if at is None:
            continue
        for other, column in list(choice.columns.items()):
            if column == at and other != name and other != "title":
                choice.columns[other] = None
        choice.columns[name] = at
        inspection.proposal.guesses[name] = Guess(at, 1.0, phrase("why.remembered"),
                                                  inspection.proposal.guesses.get(name, Guess(None)).conversion)  # fmt: skip
    for name, raw in conversions.items():
        conversion = Conversion.from_dict(raw)
        current = choice.conversions.get(name)
        if conversion is not None and (current is None or current.kind == conversion.kind):
            choice.conversions[name] = conversion
    return choice


def _field_of(text: str) -> str | None:
    key = "_".join(clean(text).casefold().replace("-", " ").split())
    return key if key in FIELDS else None


def override(
    inspection: RegisterInspection, choice: Choice, maps: Sequence[str], scales: Any = None
) -> Choice:
    """``--map field=Column`` (a column's name as in the file, or its letter; nothing after '=' leaves
    the field unread). Raises ``ReadError`` naming the field or column and the valid choices."""
    from podium.roles.project_management.proposal import axis_of, column_cells
    from podium.roles.project_management.ratings import detect

    grid = inspection.grid
    for item in maps:
        name, sep, column = item.partition("=")
        if not sep:
            raise ReadError(phrase("map.form", arg=item))
        key = _field_of(name)
        if key is None:
            raise ReadError(phrase("map.field", arg=item, field=quote(name), fields=", ".join(FIELDS)))
        if not column.strip():
            choice.columns[key] = None
            continue
        at = _find(grid, column)
        if at is None and column.strip().isalpha() and len(column.strip()) <= 2 and column.strip().isupper():
            letter = column_index(column.strip())
            at = letter if letter < len(grid.header) else None
        if at is None:
            raise ReadError(phrase("map.column", arg=item, name=grid.where, column=quote(column),
                                   columns=", ".join(grid.header)))  # fmt: skip
        for other, taken in list(choice.columns.items()):
            if taken == at and other != key and "title" not in (other, key):
                choice.columns[other] = None
        choice.columns[key] = at
        inspection.proposal.guesses[key] = Guess(at, 1.0, phrase("why.chosen"))
        if key in RATINGS:
            choice.conversions[key] = detect(column_cells(grid, at), axis_of(key), grid.header[at], scales)
    return choice
