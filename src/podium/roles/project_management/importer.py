"""Turn a read table into risks or plan items, with a message per bad cell.

Nothing is half-imported: a register is read with the columns and scales chosen in the import
step (or guessed, ``proposal``), rows that are not risks are skipped and counted, and any rating
that cannot be read stops the import with its row and column named (the first few, and how many
more), so the user fixes the file or the mapping once and the current register stays as it was.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from podium.core.errors import RoleDataError
from podium.core.progress import Progress
from podium.core.tabular.grid import Grid
from podium.core.tabular.messages import Phrase, ReadError, phrase, quote
from podium.roles.project_management.columns import PLAN, REGISTER, ColumnMatch, Vocabulary, match_columns
from podium.roles.project_management.proposal import RATINGS, Proposal, propose
from podium.roles.project_management.register import PlanItem, Risk
from podium.roles.project_management.register_rows import (
    MAX_RISKS,
    Choice,
    Outcome,
    convert,
    missing_columns,
)
from podium.roles.project_management.scales import Scales
from podium.roles.project_management.tabular import cell_text, read_table, read_text_table

MAX_LISTED_PROBLEMS = 15


@dataclass
class Inspection:
    """A plan file read and its columns matched; the UI asks about ``unsure`` before converting."""

    table: Grid
    matches: list[ColumnMatch]

    @property
    def unsure(self) -> list[ColumnMatch]:
        return [m for m in self.matches if m.unsure]

    @property
    def unmapped(self) -> list[ColumnMatch]:
        return [m for m in self.matches if m.field is None and m.header]

    def mapping(self) -> dict[int, str | None]:
        return {m.index: m.field for m in self.matches}


@dataclass
class RegisterInspection:
    """A register read, and the guess of which column holds which field (with its scale)."""

    grid: Grid
    proposal: Proposal

    @property
    def table(self) -> Grid:
        return self.grid

    def choice(self) -> Choice:
        """The proposal as a choice the user may change."""
        return Choice(
            {k: g.column for k, g in self.proposal.guesses.items()},
            {k: g.conversion for k in RATINGS if (g := self.proposal.guesses.get(k)) and g.conversion},
        )


@dataclass
class Imported:
    risks: list[Risk] = field(default_factory=list)
    plan: list[PlanItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    outcome: Outcome | None = None  # a register's: what was skipped and said


def inspect_register(
    path: Path, scales: Scales | None = None, progress: Progress | None = None
) -> RegisterInspection:
    grid = read_table(path, REGISTER, progress)
    return RegisterInspection(grid, propose(grid, scales))


def inspect_plan(path: Path, progress: Progress | None = None) -> Inspection:
    table = read_table(path, PLAN, progress)
    return Inspection(table, match_columns(table.header, PLAN))


def _found(grid: Grid) -> str:
    return ", ".join(f"'{quote(h, 30)}'" for h in grid.header[:12]) + (" …" if len(grid.header) > 12 else "")


def check_register(inspection: RegisterInspection, choice: Choice, scales: Scales) -> Outcome:
    """The register read with ``choice``; raises ``ReadError`` when a column is missing, a rating
    cannot be read or no risk is left."""
    grid = inspection.grid
    missing = missing_columns(choice)
    if len(missing) == 3 and choice.column("id") is None:
        raise ReadError(phrase("register.no_columns", name=grid.where, found=_found(grid)))
    if missing:
        name = missing[0]
        raise ReadError(phrase("register.no_column", name=grid.where, field=phrase(f"field.{name}"),
                               found=_found(grid), key=name))  # fmt: skip
    outcome = convert(grid, choice, scales)
    if outcome.problems:
        raise ReadError(outcome.problems[0], outcome.problems[1:])
    if not outcome.risks:
        if outcome.skipped_count:
            raise ReadError(phrase("register.no_risks_skipped", name=grid.where,
                                   rows=phrase("register.rows", outcome.skipped_count),
                                   reasons=outcome.reasons()))  # fmt: skip
        raise ReadError(phrase("register.no_risks", name=grid.where))
    if len(outcome.risks) > MAX_RISKS:
        raise ReadError(
            phrase("register.too_many", name=grid.where, risks=len(outcome.risks), limit=MAX_RISKS)
        )
    return outcome


def convert_register(inspection: RegisterInspection, choice: Choice, scales: Scales) -> Imported:
    """Risks from the register read with ``choice``, and what was said while reading it (English)."""
    outcome = check_register(inspection, choice, scales)
    notes: list[Phrase] = [*inspection.grid.notes, *outcome.notes]
    return Imported(outcome.risks, warnings=[n.render("en") for n in notes], outcome=outcome)


def import_register(path: Path, scales: Scales) -> tuple[Imported, list[str]]:
    """Read a register with the guessed columns (the CLI's path without --map)."""
    inspection = inspect_register(path, scales)
    return convert_register(inspection, inspection.choice(), scales), []


class _Problems:
    def __init__(self, where: str) -> None:
        self.where = where
        self.items: list[str] = []

    def add(self, row: int | str, column: str, text: str) -> None:
        rows = f"rows {row}" if isinstance(row, str) else f"row {row}"
        self.items.append(f"{self.where}, {rows}, column '{column}': {text}")

    def raise_if_any(self) -> None:
        if not self.items:
            return
        shown = self.items[:MAX_LISTED_PROBLEMS]
        more = len(self.items) - len(shown)
        tail = [f"… and {more} more problem{'s' if more != 1 else ''}"] if more else []
        head = (
            f"{self.where} was not imported: {len(self.items)} problem{'s' if len(self.items) != 1 else ''}"
        )
        raise RoleDataError("\n".join([head, *shown, *tail]))


def _columns_by_field(mapping: Mapping[int, str | None]) -> dict[str, int]:
    out: dict[str, int] = {}
    for index, name in sorted(mapping.items()):
        if name and name not in out:
            out[name] = index
    return out


def _require(table: Grid, cols: dict[str, int], vocab: Vocabulary, needed: list[tuple[str, ...]]) -> None:
    """Refuse a plan file that lacks the columns a plan cannot do without."""
    found = ", ".join(f"'{h}'" for h in table.header if h) or "none"
    if not any(f in cols for f in vocab.fields):
        raise RoleDataError(
            f"{table.where}: none of the columns look like a plan (found {found}). Expected columns such as "
            "'Phase, Start, End' or 'Fas, Startdatum, Slutdatum'."
        )
    for options in needed:
        if not any(o in cols for o in options):
            names = " or ".join(vocab.names[o].capitalize() for o in options)
            raise RoleDataError(f"{table.where}: no {names} column (found {found}); map one when importing")


# ------------------------------------------------------------------------ plan

_MILESTONE_WORDS = {"milestone", "milstolpe", "ms", "gate", "beslutspunkt", "grind", "deadline"}
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_date(text: str, *, end: bool = False) -> date | None:
    """ISO dates (2027-01-31, 2027/01/31, '2027-01-31 00:00'), 31.1.2027, or a month 2027-01."""
    value = text.strip().replace("/", "-")
    if not value:
        return None
    try:
        return (
            datetime.fromisoformat(value).date()
            if " " in value or "T" in value
            else date.fromisoformat(value)
        )
    except ValueError:
        pass
    if m := _MONTH.match(value):
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    if m := _DMY.match(value):
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    try:  # 2027-1-5
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3 and parts[0] > 999:
            return date(*parts)
    except ValueError:
        pass
    return None


def convert_plan(inspection: Inspection, mapping: Mapping[int, str | None]) -> Imported:
    table = inspection.table
    cols = _columns_by_field(mapping)
    _require(table, cols, PLAN, [("name",), ("start", "date", "end")])
    problems = _Problems(table.where)
    result = Imported()
    for number, cells in table.rows:
        text = {name: cell_text(cells[i]) for name, i in cols.items()}
        if not any(text.values()):
            continue
        dates: dict[str, date | None] = {}
        for name in ("start", "end", "date"):
            raw = text.get(name, "")
            dates[name] = parse_date(raw, end=name == "end") if raw else None
            if raw and dates[name] is None:
                problems.add(
                    number, table.header[cols[name]], f"{raw!r} is not a date (write it as 2027-01-31)"
                )
        start, end, when = dates["start"], dates["end"], dates["date"]
        milestone = text.get("kind", "").strip().lower() in _MILESTONE_WORDS or (when and not start)
        if not text.get("name"):
            problems.add(number, table.header[cols["name"]], "empty; every phase or milestone needs a name")
        if milestone:
            day = when or start or end
            if day is not None:
                result.plan.append(PlanItem(text.get("name", ""), day, None, "milestone"))
            elif not any(text.get(n) for n in ("start", "end", "date")):
                problems.add(number, table.header[cols.get("date", cols.get("start", cols.get("end", 0)))],
                             "a milestone needs a date")  # fmt: skip
            continue
        first, last = start or when, end
        if first and last and last < first:
            problems.add(
                number, table.header[cols["end"]], f"the phase ends ({last}) before it starts ({first})"
            )
        elif first and last:
            result.plan.append(PlanItem(text.get("name", ""), first, last, "phase"))
        elif first or last:
            result.plan.append(PlanItem(text.get("name", ""), first or last, None, "milestone"))  # type: ignore[arg-type]
        elif not any(text.get(n) for n in ("start", "end", "date")):
            problems.add(number, table.header[cols.get("start", cols.get("date", 0))], "no date")
    problems.raise_if_any()
    if not result.plan:
        raise RoleDataError(f"{table.where}: the plan has a header but no phases or milestones")
    return result


def import_plan(path: Path) -> tuple[Imported, list[ColumnMatch]]:
    inspection = inspect_plan(path)
    return convert_plan(inspection, inspection.mapping()), inspection.unsure


def plan_from_text(text: str) -> Imported:
    """Phases pasted from a spreadsheet; without a header row, columns are name, start, end."""
    table = read_text_table(text, PLAN)
    matches = match_columns(table.header, PLAN)
    if sum(1 for m in matches if m.field) < 2:  # no header: the first row is data
        table.rows.insert(0, (0, list(table.header)))
        table.rows = [(n + 1, cells) for n, cells in table.rows]
        fields = ["name", "start", "end", "kind"]
        table.header = [PLAN.names[f].capitalize() for f in fields[: len(table.header)]]
        mapping = {i: fields[i] for i in range(len(table.header))}
        return convert_plan(Inspection(table, []), mapping)
    return convert_plan(Inspection(table, matches), {m.index: m.field for m in matches})
