"""Turn the rows of a register into risks, with the columns and scales chosen, and say what was skipped.

A register as a project office keeps it has more than risks in it: a total row, a legend under
the table, rows that hold only an ID and a formula, risks not rated yet. Those are skipped and
counted by reason ("skipped 3 rows: 1 total row and 2 without a title"). A rating that cannot
be read is a problem that stops the import (the column or scale is likely wrong), named by row
and column; an ID used twice or missing is renumbered and said.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from podium.core.tabular.grid import Grid
from podium.core.tabular.messages import Phrase, phrase, quote, rows
from podium.roles.project_management.amounts import decimal_of
from podium.roles.project_management.proposal import (
    FIELDS,
    RATINGS,
    axis_of,
    column_cells,
    is_opportunity_word,
)
from podium.roles.project_management.ratings import Conversion, Rated
from podium.roles.project_management.register import Risk, next_id
from podium.roles.project_management.scales import Scales, parse_response, parse_status
from podium.roles.project_management.tabular import cell_text

MAX_RISKS = 10_000
MANY_RISKS = 100
SKIPS = ("total", "below", "header", "no_title", "not_rated")  # in the order they are said
TEXTS = ("title", "cause", "event", "effect", "category", "proximity", "owner", "mitigation", "contingency",
         "trigger")  # fmt: skip
_TOTAL = re.compile(r"^\s*(?:summa|totalt?|totals?|grand total|sum|s:a|overall|all risks|alla risker)\s*:?\s*$",
                    re.IGNORECASE)  # fmt: skip
_LEGEND = re.compile(r"^\s*(?:legend|key|notes?|definitions?|scoring|förklaring|teckenförklaring|anm\.?|"
                     r"anmärkning|skala|scale|rating guide)\b", re.IGNORECASE)  # fmt: skip


@dataclass
class Choice:
    """The user's (or the guess's) column for each field, and the scale of each rating column."""

    columns: dict[str, int | None] = field(default_factory=dict)
    conversions: dict[str, Conversion] = field(default_factory=dict)

    def column(self, name: str) -> int | None:
        return self.columns.get(name)


@dataclass
class Outcome:
    risks: list[Risk] = field(default_factory=list)
    skipped: dict[str, list[int]] = field(default_factory=dict)  # reason -> rows
    problems: list[Phrase] = field(default_factory=list)  # any of these stops the import
    notes: list[Phrase] = field(default_factory=list)  # said, but the risks are read
    kept: list[str] = field(default_factory=list)  # columns kept as extra data

    @property
    def skipped_count(self) -> int:
        return sum(len(v) for v in self.skipped.values())

    def summary(self) -> Phrase:
        """'Read 52 risks; skipped 3 rows: 1 total row and 2 without a title.'"""
        risks = phrase("register.risks", len(self.risks))
        if not self.skipped_count:
            return phrase("register.summary_all", risks=risks)
        return phrase("register.summary", risks=risks, rows=phrase("register.rows", self.skipped_count),
                      reasons=self.reasons())  # fmt: skip

    def reasons(self) -> list[Phrase]:
        return [phrase(f"register.skip.{k}", len(self.skipped[k])) for k in SKIPS if self.skipped.get(k)]


def _is_total(texts: list[str]) -> bool:
    return any(_TOTAL.match(t) for t in texts[:4] if t)


def _repeats_header(texts: list[str], header: list[str]) -> bool:
    """A header repeated inside the table (a page break in an export, two registers pasted together)."""
    hits = 0
    filled = 0
    for t, h in zip(texts, header, strict=False):
        if t:
            filled += 1
            hits += t == h or t.casefold() == h.casefold()
            if filled == 2 and not hits:
                return False  # the quick answer for the rows that are risks
    return filled >= 2 and hits * 2 >= filled


class _Rater:
    """Rates a column's cells, each distinct text once: a register repeats a handful of ratings."""

    def __init__(self, conversion: Conversion, axis: str, scales: Scales, decimal: str | None) -> None:
        self.conversion, self.axis, self.scales, self.decimal = conversion, axis, scales, decimal
        self.seen: dict[str, Rated] = {}

    def __call__(self, text: str) -> Rated:
        rated = self.seen.get(text)
        if rated is None:
            rated = self.seen[text] = self.conversion.rate(text, self.axis, self.scales, self.decimal)
        return rated


def convert(grid: Grid, choice: Choice, scales: Scales) -> Outcome:
    """Risks from ``grid`` read with ``choice``; problems and skips are collected, never raised."""
    out = Outcome()
    choice = shared_bounds(choice)
    cols = {k: v for k, v in choice.columns.items() if v is not None and v < len(grid.header)}
    header = grid.header
    mapped = set(cols.values())
    extra_cols = [
        i for i in range(len(header)) if i not in mapped and (grid.named[i] if grid.named else True)
    ]
    out.kept = [header[i] for i in extra_cols]
    decimals = {
        name: decimal_of(set(column_cells(grid, cols[name], None))) for name in RATINGS if name in cols
    }
    raters = {name: _Rater(choice.conversions.get(name) or Conversion(), axis_of(name), scales, decimals.get(name))
              for name in RATINGS if name in cols}  # fmt: skip
    texts_of = [[cell_text(c) for c in cells] for _n, cells in grid.rows]
    rated_rows = _rated_rows(texts_of, cols, raters)
    last_rated = max(rated_rows, default=-1)
    gap_after = next(
        (i for i in range(last_rated + 1, len(grid.rows)) if grid.rows[i][0] - grid.rows[i - 1][0] > 1), None
    ) if last_rated >= 0 else None  # fmt: skip
    skipped: dict[str, list[int]] = {k: [] for k in SKIPS}
    skipped["below"] += grid.below
    rounded: list[int] = []
    seen_ids: dict[str, int] = {}
    blank_ids: list[tuple[int, Risk]] = []
    twice: list[tuple[int, Risk]] = []
    scores_off: list[int] = []
    for index, (number, cells) in enumerate(grid.rows):
        texts = texts_of[index]
        if gap_after is not None and index >= gap_after:
            skipped["below"].append(number)  # a legend or notes under the table
            continue
        if _is_total(texts):
            skipped["total"].append(number)
            continue
        if _repeats_header(texts, header) or (
            _LEGEND.match(texts[0] if texts else "") and index not in rated_rows
        ):
            skipped["header" if _repeats_header(texts, header) else "below"].append(number)
            continue
        value = {name: texts[i] for name, i in cols.items()}
        title = value.get("title", "")
        if not title:
            skipped["no_title"].append(number)
            continue
        levels: dict[str, Rated] = {}
        bad = False
        for name in RATINGS:
            if name not in cols or not value.get(name):
                continue
            rated = raters[name](value[name])
            if rated.problem is not None:
                out.problems.append(
                    _cell_problem(grid, number, header[cols[name]], value[name], rated.problem)
                )
                bad = True
            elif rated.level is not None:
                levels[name] = rated
                if rated.rounded:
                    rounded.append(number)
        if bad:
            continue
        if "likelihood" not in levels or "impact" not in levels:
            skipped["not_rated"].append(number)
            continue
        risk = _risk(value, levels, grid, cells, extra_cols)
        if _score_differs(value.get("score", ""), risk, choice):
            scores_off.append(number)
        if risk.id in seen_ids:
            twice.append((number, risk))
        elif risk.id:
            seen_ids[risk.id] = number
        else:
            blank_ids.append((number, risk))
        out.risks.append(risk)
    out.skipped = {k: sorted(v) for k, v in skipped.items() if v}
    _number_ids(out, seen_ids, blank_ids, twice, "id" in cols)
    _notes(out, grid, cols, rounded, scores_off, header)
    return out


def shared_bounds(choice: Choice) -> Choice:
    """Residual ratings on the inherent ones' thresholds, when both columns are of one kind: one scale
    per axis, so 'before' and 'after' compare."""
    conversions = dict(choice.conversions)
    for base in ("likelihood", "impact"):
        inherent, residual = conversions.get(base), conversions.get(f"residual_{base}")
        if (
            inherent is not None
            and residual is not None
            and inherent.kind == residual.kind
            and inherent.bounds
        ):
            shared = residual.with_bounds(inherent.bounds)
            if not shared.currency and inherent.currency:  # '100 tkr' after 'SEK 2,5 mn' before: one currency
                shared = replace(shared, currency=inherent.currency)
            conversions[f"residual_{base}"] = shared
    return Choice(dict(choice.columns), conversions)


def _rated_rows(texts_of: list[list[str]], cols: dict[str, int], raters: dict[str, _Rater]) -> set[int]:
    """Indices of the rows that hold a rating: the table ends after the last of them."""
    found = set()
    for index, texts in enumerate(texts_of):
        for name in ("likelihood", "impact"):
            i = cols.get(name)
            if i is not None and texts[i] and raters[name](texts[i]).level is not None:
                found.add(index)
                break
    return found


def _cell_problem(grid: Grid, row: int, column: str, text: str, problem: Phrase) -> Phrase:
    said = problem if problem.key == "scale.outside" else phrase("register.not_rating", value=quote(text),
                                                                  expected=problem)  # fmt: skip
    return phrase("register.cell", name=grid.where, row=row, column=quote(column), problem=said)


def _risk(value: Mapping[str, str], levels: Mapping[str, Rated], grid: Grid, cells: list[object],
          extra_cols: list[int]) -> Risk:  # fmt: skip
    risk = Risk(id=value.get("id", "")[:40])
    for name in TEXTS:
        setattr(risk, name, value.get(name, ""))
    risk.likelihood = levels["likelihood"].level or 3
    risk.impact = levels["impact"].level or 3
    if "residual_likelihood" in levels:
        risk.residual_likelihood = levels["residual_likelihood"].level
    if "residual_impact" in levels:
        risk.residual_impact = levels["residual_impact"].level
    response = value.get("response", "")
    risk.response = (parse_response(response) or response) if response else ""
    status = value.get("status", "")
    risk.status = (parse_status(status) or status) if status else "open"
    risk.probability = levels["likelihood"].probability
    risk.cost = levels["impact"].amount
    risk.delay_days = levels["impact"].days
    risk.opportunity = (risk.cost is not None and risk.cost < 0) or is_opportunity_word(value.get("kind", ""))
    risk.extra = {grid.header[i]: t for i in extra_cols if (t := cell_text(cells[i]))}
    return risk


def _score_differs(text: str, risk: Risk, choice: Choice) -> bool:
    """A stated score that is not likelihood × impact, judged only where both are levels 1-5."""
    on_levels = all((choice.conversions.get(a) or Conversion()).kind in ("levels", "words") and
                    (choice.conversions.get(a) or Conversion()).top == 5 for a in ("likelihood", "impact"))  # fmt: skip
    if not on_levels or not text.strip():
        return False
    try:
        stated = float(text.replace(",", "."))
    except ValueError:
        return False
    return abs(stated - risk.score) > 0.5


def _number_ids(out: Outcome, seen: dict[str, int], blank: list[tuple[int, Risk]],
                twice: list[tuple[int, Risk]], has_ids: bool) -> None:  # fmt: skip
    taken = list(seen)
    renamed = []
    for number, risk in twice:
        old = risk.id
        risk.id = next_id(taken)
        taken.append(risk.id)
        renamed.append((number, old, risk.id))
    for _number, risk in blank:
        risk.id = next_id(taken)
        taken.append(risk.id)
    if renamed:
        number, old, new = renamed[0]
        out.notes.append(phrase("register.note.duplicate_ids", len(renamed), id=quote(old), new=new,
                                where=rows([n for n, _o, _i in renamed])))  # fmt: skip
    if blank and has_ids:
        out.notes.append(phrase("register.note.new_ids", len(blank), where=rows([n for n, _r in blank]),
                                first=blank[0][1].id, last=blank[-1][1].id))  # fmt: skip


def _notes(out: Outcome, grid: Grid, cols: dict[str, int], rounded: list[int], scores_off: list[int],
           header: list[str]) -> None:  # fmt: skip
    if rounded:
        out.notes.append(phrase("register.note.rounded", len(rounded), where=rows(rounded)))
    if scores_off and "score" in cols:
        out.notes.append(phrase("register.note.score_differs", len(scores_off), column=quote(header[cols["score"]]),
                                where=rows(scores_off)))  # fmt: skip
    if "score" in cols and any(c == cols["score"] for _r, c in grid.formulas):
        out.notes.append(phrase("register.note.score_computed", column=quote(header[cols["score"]])))
    opportunities = [r.id for r in out.risks if r.opportunity]
    if opportunities:
        out.notes.append(
            phrase("register.note.opportunities", len(opportunities), ids=", ".join(opportunities[:5]))
        )
    if len(out.risks) > MANY_RISKS:
        out.notes.append(phrase("register.note.many_risks", risks=len(out.risks)))


def missing_columns(choice: Choice) -> list[str]:
    """The fields a register cannot do without that no column is chosen for."""
    return [name for name in ("title", "likelihood", "impact") if choice.column(name) is None]


def all_fields() -> tuple[str, ...]:
    return FIELDS
