"""Turn a read table into risks or plan items, with a message per bad cell.

Nothing is half-imported: problems are collected for the whole file (row and column
named) and raised together, so the user fixes the file once and the current
register stays as it was.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from podium.core.errors import RoleDataError
from podium.roles.project_management.columns import (
    COMPUTED,
    PLAN,
    REGISTER,
    ColumnMatch,
    Vocabulary,
    match_columns,
)
from podium.roles.project_management.register import PlanItem, Risk, next_id
from podium.roles.project_management.scales import Scales, parse_response, parse_status
from podium.roles.project_management.tabular import Table, cell_text, read_table, read_text_table

MAX_RISKS = 2000
MANY_RISKS = 100
MAX_LISTED_PROBLEMS = 15
_LEADING_LEVEL = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:[-–:().]|\s|$)")


@dataclass
class Inspection:
    """A file read and its columns guessed; the UI asks about ``unsure`` before converting."""

    table: Table
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
class Imported:
    risks: list[Risk] = field(default_factory=list)
    plan: list[PlanItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def inspect_register(path: Path) -> Inspection:
    table = read_table(path, REGISTER)
    return Inspection(table, match_columns(table.headers, REGISTER))


def inspect_plan(path: Path) -> Inspection:
    table = read_table(path, PLAN)
    return Inspection(table, match_columns(table.headers, PLAN))


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


def _require(table: Table, cols: dict[str, int], vocab: Vocabulary, needed: list[tuple[str, ...]]) -> None:
    """Refuse a file that lacks the columns a register (or plan) cannot do without."""
    found = ", ".join(f"'{h}'" for h in table.headers if h) or "none"
    if not any(f in cols for f in vocab.fields):
        expected = "ID, Risk, Likelihood, Impact" if vocab is REGISTER else "Phase, Start, End"
        swedish = "ID, Risk, Sannolikhet, Konsekvens" if vocab is REGISTER else "Fas, Startdatum, Slutdatum"
        raise RoleDataError(
            f"{table.where}: none of the columns look like a {'risk register' if vocab is REGISTER else 'plan'} "
            f"(found {found}). Expected columns such as '{expected}' or '{swedish}'."
        )
    for options in needed:
        if not any(o in cols for o in options):
            names = " or ".join(vocab.names[o].capitalize() for o in options)
            raise RoleDataError(f"{table.where}: no {names} column (found {found}); map one when importing")


def parse_level(text: str, axis: str, scales: Scales) -> int | str:
    """A 1–5 level from '4', '4.0', '4 - Likely' or a scale word; otherwise the reason it is not one."""
    match = _LEADING_LEVEL.match(text)
    if match:
        value = float(match.group(1).replace(",", "."))
        if not value.is_integer():
            return f"{text!r} is not a whole number from 1 to 5"
        if not 1 <= value <= 5:
            return f"{int(value)} is outside the scale 1–5"
        return int(value)
    level = scales.level_from_word(text, axis)
    if level is not None:
        return level
    example = scales.likelihood_label(4) if axis == "likelihood" else scales.impact_label(4)
    return f"{text!r} is not a number from 1 to 5 (or a scale word such as '{example}')"


def convert_register(inspection: Inspection, mapping: Mapping[int, str | None], scales: Scales) -> Imported:
    """Risks from the table, read with ``mapping`` (column index -> field, None = keep as extra)."""
    table = inspection.table
    cols = _columns_by_field(mapping)
    _require(table, cols, REGISTER, [("id", "title"), ("likelihood",), ("impact",)])
    headers = table.headers
    problems = _Problems(table.where)
    result = Imported()
    seen: dict[str, int] = {}
    blank_id_rows: list[tuple[int, Risk]] = []
    extra_cols = [i for i, h in enumerate(headers) if h and (mapping.get(i) is None)]
    for number, cells in table.rows:
        text = {name: cell_text(cells[i]) for name, i in cols.items()}
        if not any(text.get(f) for f in REGISTER.fields if f not in COMPUTED):
            if any(cell_text(cells[i]) for i in extra_cols):
                result.warnings.append(
                    f"{table.where}, row {number}: skipped, it has no risk fields filled in"
                )
            continue
        risk = Risk(id=text.get("id", ""))
        for name in ("title", "cause", "event", "effect", "category", "proximity", "owner", "mitigation",
                     "contingency", "trigger"):  # fmt: skip
            setattr(risk, name, text.get(name, ""))
        levels_ok = True
        for name in ("likelihood", "impact", "residual_likelihood", "residual_impact"):
            raw = text.get(name, "")
            axis = "likelihood" if "likelihood" in name else "impact"
            if not raw:
                if not name.startswith("residual"):
                    problems.add(number, headers[cols[name]], f"empty; every risk needs a {axis} from 1 to 5")
                    levels_ok = False
                continue
            level = parse_level(raw, axis, scales)
            if isinstance(level, str):
                problems.add(number, headers[cols[name]], level)
                levels_ok = False
            else:
                setattr(risk, name, level)
        response = text.get("response", "")
        risk.response = (parse_response(response) or response) if response else ""
        status = text.get("status", "")
        risk.status = (parse_status(status) or status) if status else "open"
        risk.extra = {headers[i]: cell_text(cells[i]) for i in extra_cols if cell_text(cells[i])}
        score = text.get("score", "")
        if levels_ok and score.isdigit() and int(score) != risk.score:
            result.warnings.append(
                f"{table.where}, row {number}, column '{headers[cols['score']]}': score {score} is "
                f"not {risk.likelihood} × {risk.impact}; Podium uses {risk.score}"
            )
        if risk.id:
            if risk.id in seen:
                problems.add(
                    f"{seen[risk.id]} and {number}", headers[cols["id"]], f"the ID {risk.id!r} is used twice"
                )
            else:
                seen[risk.id] = number
        else:
            blank_id_rows.append((number, risk))
        result.risks.append(risk)
    problems.raise_if_any()
    if not result.risks:
        raise RoleDataError(f"{table.where}: the register has a header but no risks")
    if len(result.risks) > MAX_RISKS:
        raise RoleDataError(
            f"{table.where}: {len(result.risks):,} risks is more than Podium handles ({MAX_RISKS:,})"
        )
    taken = list(seen)
    for number, risk in blank_id_rows:
        risk.id = next_id(taken)
        taken.append(risk.id)
        if "id" in cols:
            result.warnings.append(f"{table.where}, row {number}: no ID, so Podium gave it {risk.id}")
    if len(result.risks) > MANY_RISKS:
        result.warnings.append(
            f"{len(result.risks)} risks: the deck shows the highest-scoring ones and crowded heat-map cells "
            "list the top IDs with a count; consider presenting the top 20"
        )
    return result


def import_register(path: Path, scales: Scales) -> tuple[Imported, list[ColumnMatch]]:
    """Read a register with the guessed columns (the CLI's path); returns the unsure guesses to report."""
    inspection = inspect_register(path)
    return convert_register(inspection, inspection.mapping(), scales), inspection.unsure


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
                    number, table.headers[cols[name]], f"{raw!r} is not a date (write it as 2027-01-31)"
                )
        start, end, when = dates["start"], dates["end"], dates["date"]
        milestone = text.get("kind", "").strip().lower() in _MILESTONE_WORDS or (when and not start)
        if not text.get("name"):
            problems.add(number, table.headers[cols["name"]], "empty; every phase or milestone needs a name")
        if milestone:
            day = when or start or end
            if day is not None:
                result.plan.append(PlanItem(text.get("name", ""), day, None, "milestone"))
            elif not any(text.get(n) for n in ("start", "end", "date")):
                problems.add(number, table.headers[cols.get("date", cols.get("start", cols.get("end", 0)))],
                             "a milestone needs a date")  # fmt: skip
            continue
        first, last = start or when, end
        if first and last and last < first:
            problems.add(
                number, table.headers[cols["end"]], f"the phase ends ({last}) before it starts ({first})"
            )
        elif first and last:
            result.plan.append(PlanItem(text.get("name", ""), first, last, "phase"))
        elif first or last:
            result.plan.append(PlanItem(text.get("name", ""), first or last, None, "milestone"))  # type: ignore[arg-type]
        elif not any(text.get(n) for n in ("start", "end", "date")):
            problems.add(number, table.headers[cols.get("start", cols.get("date", 0))], "no date")
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
    matches = match_columns(table.headers, PLAN)
    if sum(1 for m in matches if m.field) < 2:  # no header: the first row is data
        table.rows.insert(0, (0, list(table.headers)))
        table.rows = [(n + 1, cells) for n, cells in table.rows]
        fields = ["name", "start", "end", "kind"]
        table.headers = [PLAN.names[f].capitalize() for f in fields[: len(table.headers)]]
        mapping = {i: fields[i] for i in range(len(table.headers))}
        return convert_plan(Inspection(table, []), mapping)
    return convert_plan(Inspection(table, matches), {m.index: m.field for m in matches})
