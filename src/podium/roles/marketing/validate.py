"""Check a campaign brief field by field; each finding names the field, row and column it belongs to.

Findings carry a code and parameters rather than sentences: the panel words
them in the user's language (through Qt's translator) next to the field, the
command line uses ``describe()``. Errors make a value unusable (it is left out
of the deck); warnings flag something a panel would frown at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from podium.roles.marketing.brief import AmountError, CampaignBrief, parse_amount
from podium.roles.marketing.business_case import (
    MAX_ESTIMATE,
    business_case,
    has_inputs,
    has_percent_sign,
    parse_percent,
)
from podium.roles.marketing.smart import check_objective, deadline_date
from podium.roles.marketing.timeline import campaign_dates

ERROR, WARNING = "error", "warning"

# How much text a field can carry before it stops working on a slide. The panel warns
# above ``SOFT``; the deck cuts at ``HARD`` (marked with an ellipsis) so nothing spills.
SOFT_LIMITS: dict[str, int] = {
    "presenter": 60,
    "goal": 160,
    "objective": 160,
    "evidence": 140,
    "situation": 110,
    "insight": 140,
    "audience": 140,
    "big_idea": 80,
    "key_message": 120,
    "proof": 120,
    "call_to_action": 100,
    "ask": 140,
    "next_steps": 100,
}
CELL_LIMIT = 90  # one table cell
MAX_CHANNELS = 6  # more are grouped as "Other" in the deck
MAX_PHASES = 8
MAX_PERSONAS = 4
MAX_ROWS = 6  # KPI and risk tables
MAX_EXPERIMENTS = 4  # a test-and-learn plan a panel can follow
MAX_LINES = 5  # situation points, next steps
ABSURD_AMOUNT = 1e9  # one channel; a campaign a candidate presents is far below this
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Issue:
    """One finding. ``row`` is 0-based within the field's rows as stored (-1: the field itself)."""

    field: str
    code: str
    severity: str = ERROR
    row: int = -1
    column: str = ""
    params: tuple[tuple[str, Any], ...] = ()

    def param(self, name: str, default: Any = None) -> Any:
        return dict(self.params).get(name, default)


def _issue(
    field: str, code: str, severity: str = ERROR, row: int = -1, column: str = "", **params: Any
) -> Issue:
    return Issue(field, code, severity, row, column, tuple(sorted(params.items())))


def _length(field: str, text: str, row: int = -1, column: str = "", limit: int = 0) -> list[Issue]:
    limit = limit or SOFT_LIMITS.get(field, CELL_LIMIT)
    n = len(" ".join(text.split()))
    if n > limit:
        return [_issue(field, "too-long", WARNING, row, column, length=n, limit=limit)]
    return []


def _check_channels(brief: CampaignBrief) -> list[Issue]:
    issues: list[Issue] = []
    total = 0.0
    usable = 0
    for i, channel in enumerate(brief.channels):
        if channel.is_blank():
            continue
        if not channel.name.strip():
            issues.append(_issue("channels", "no-name", ERROR, i, "name"))
        issues += _length("channels", channel.name, i, "name", 40)
        issues += _length("channels", channel.role, i, "role", 60)
        try:
            amount = channel.amount()
        except AmountError as exc:
            code = "budget-empty" if exc.code == "empty" else "budget-not-number"
            issues.append(_issue("channels", code, ERROR, i, "budget", text=channel.budget))
            continue
        if amount < 0:
            issues.append(_issue("channels", "budget-negative", ERROR, i, "budget", value=amount))
            continue
        if amount >= ABSURD_AMOUNT:
            issues.append(_issue("channels", "budget-absurd", WARNING, i, "budget", value=amount))
        if channel.name.strip():
            total += amount
            usable += 1
    if usable and total <= 0:
        issues.append(_issue("channels", "budget-total-zero", WARNING))
    count = len(brief.rows("channels"))
    if count > MAX_CHANNELS:
        issues.append(_issue("channels", "too-many", WARNING, count=count, limit=MAX_CHANNELS))
    if not _CURRENCY.match(brief.currency):
        issues.append(_issue("currency", "currency-unknown", ERROR, text=brief.currency))
    return issues


def _check_phases(brief: CampaignBrief) -> list[Issue]:
    issues: list[Issue] = []
    for i, phase in enumerate(brief.phases):
        if phase.is_blank():
            continue
        if not phase.name.strip():
            issues.append(_issue("phases", "no-name", WARNING, i, "name"))
        parsed: dict[str, date] = {}
        for column in ("start", "end"):
            raw = getattr(phase, column).strip()
            if not raw:
                issues.append(_issue("phases", "date-empty", ERROR, i, column))
                continue
            try:
                parsed[column] = date.fromisoformat(raw)
            except ValueError:
                issues.append(_issue("phases", "date-invalid", ERROR, i, column, text=raw))
        if len(parsed) == 2 and parsed["end"] < parsed["start"]:
            issues.append(
                _issue("phases", "end-before-start", ERROR, i, "end",
                       start=parsed["start"].isoformat(), end=parsed["end"].isoformat())
            )  # fmt: skip
        issues += _length("phases", phase.name, i, "name", 40)
        issues += _length("phases", phase.activities, i, "activities", 80)
        issues += _length("phases", phase.owner, i, "owner", 40)
    count = len(brief.rows("phases"))
    if count > MAX_PHASES:
        issues.append(_issue("phases", "too-many", WARNING, count=count, limit=MAX_PHASES))
    return issues


def _check_deadline(brief: CampaignBrief, deadline: str) -> list[Issue]:
    """The objective's date against the timeline's: the slides read their dates from the timeline,
    so an objective due after the last phase (or before the first) would contradict them."""
    dates = campaign_dates(brief)
    day = deadline_date(deadline, dates[1].year) if dates and deadline else None
    if dates is None or day is None:
        return []
    start, end, _ = dates
    if day > end:
        return [
            _issue(
                "objective", "deadline-after-timeline", WARNING, deadline=day.isoformat(), end=end.isoformat()
            )
        ]
    if day < start:
        return [_issue("objective", "deadline-before-timeline", WARNING, deadline=day.isoformat(),
                       start=start.isoformat())]  # fmt: skip
    return []


def _check_case(brief: CampaignBrief) -> list[Issue]:
    """The business case's three estimates, each at its field; what the results mean, at the whole."""
    issues: list[Issue] = []
    readers = {"customers": parse_amount, "customer_value": parse_amount, "gross_margin": parse_percent}
    for field, reader in readers.items():
        text = getattr(brief, field)
        if not text.strip():
            continue
        try:
            value = reader(text)
        except AmountError:
            issues.append(_issue(field, "case-not-number", ERROR, text=text.strip()))
            continue
        if value < 0:
            issues.append(_issue(field, "case-negative", ERROR, text=text.strip()))
        elif value > MAX_ESTIMATE:
            issues.append(_issue(field, "case-too-large", ERROR, text=text.strip()))
        elif field == "gross_margin" and value > 100:
            issues.append(_issue(field, "margin-range", ERROR, text=text.strip()))
        elif field == "gross_margin" and 0 < value <= 1 and not has_percent_sign(text):
            issues.append(_issue(field, "margin-fraction", WARNING, text=text.strip(), percent=value * 100))
        elif value == 0:
            issues.append(_issue(field, "case-zero", WARNING))
    if not has_inputs(brief):
        return issues
    case = business_case(brief)
    if case is None:
        if not any(i.severity == ERROR for i in issues) and not brief.rows("channels"):
            issues.append(_issue("business_case", "case-no-budget", WARNING))
        return issues
    if case.pays_back and not case.pays_back_in_first_year:
        months = round(case.payback_months or 0.0, 1)
        issues.append(_issue("business_case", "payback-beyond-year", WARNING, months=months))
    return issues


def _check_table(brief: CampaignBrief, table: str, required: dict[str, str], limit: int) -> list[Issue]:
    """Rows of a plain table: named columns that must be filled, cell lengths, row count."""
    issues: list[Issue] = []
    for i, row in enumerate(getattr(brief, table)):
        if row.is_blank():
            continue
        for column, code in required.items():
            if not str(getattr(row, column)).strip():
                issues.append(_issue(table, code, WARNING, i, column))
        for column, value in row.to_dict().items():
            issues += _length(table, value, i, column)
    count = len(brief.rows(table))
    if count > limit:
        issues.append(_issue(table, "too-many", WARNING, count=count, limit=limit))
    return issues


def validate(brief: CampaignBrief) -> list[Issue]:
    """Every finding in ``brief``, in form order. Empty fields are not findings: they stay examples."""
    issues: list[Issue] = []
    for name in ("presenter", "goal"):
        issues += _length(name, getattr(brief, name))
    if brief.objective.strip():
        smart = check_objective(brief.objective)
        if smart.missing:
            issues.append(_issue("objective", "smart-missing", WARNING, missing=tuple(smart.missing)))
        issues += _check_deadline(brief, smart.deadline)
        issues += _length("objective", brief.objective)
    issues += _length("evidence", brief.evidence)
    for name in ("situation", "next_steps"):
        lines = getattr(brief, name)
        for i, line in enumerate(lines):
            issues += _length(name, line, i)
        if len(lines) > MAX_LINES:
            issues.append(_issue(name, "too-many", WARNING, count=len(lines), limit=MAX_LINES))
    for name in ("insight", "audience"):
        issues += _length(name, getattr(brief, name))
    issues += _check_table(brief, "personas", {"name": "no-name", "need": "no-need"}, MAX_PERSONAS)
    for name in ("big_idea", "key_message", "proof", "call_to_action"):
        issues += _length(name, getattr(brief, name))
    issues += _check_channels(brief)
    issues += _check_case(brief)
    issues += _check_phases(brief)
    issues += _check_table(
        brief, "experiments", {"metric": "no-metric", "decision_rule": "no-rule"}, MAX_EXPERIMENTS
    )
    issues += _check_table(brief, "kpis", {"target": "no-target", "measure": "no-measure"}, MAX_ROWS)
    issues += _check_table(brief, "risks", {"mitigation": "no-mitigation"}, MAX_ROWS)
    issues += _length("ask", brief.ask)
    return issues


# ------------------------------------------------------------------ English, for the command line

_PARTS = {"metric": "the metric (what number moves)", "target": "a target value", "deadline": "a deadline"}
_TEXT = {
    "too-long": "{length} characters; keep it under {limit} so it reads at a glance on a slide",
    "smart-missing": "the SMART objective does not name {parts}",
    "no-name": "give it a name",
    "no-need": "say what this persona needs",
    "budget-empty": "no amount",
    "budget-not-number": "{text!r} is not an amount (write e.g. 120000 or 120 000)",
    "budget-negative": "a budget cannot be negative",
    "budget-absurd": "{value:,.0f} looks far too large for one channel: check for extra zeros",
    "budget-total-zero": "the channel budgets add up to nothing",
    "too-many": "{count} rows: a panel follows about {limit}; group or cut the rest",
    "currency-unknown": "{text!r} is not a currency code (use three letters, e.g. SEK or EUR)",
    "date-empty": "no date",
    "date-invalid": "{text!r} is not a date (use YYYY-MM-DD)",
    "end-before-start": "ends ({end}) before it starts ({start})",
    "no-target": "give the KPI a target value",
    "no-measure": "say how the KPI is measured",
    "no-mitigation": "say what you would do about this risk",
    "case-not-number": "{text!r} is not a number",
    "case-negative": "cannot be negative",
    "case-too-large": "{text!r} is far too large: check for extra zeros",
    "case-zero": "zero: at this estimate the campaign never pays back",
    "margin-range": "{text!r} is not a gross margin between 0 and 100%",
    "margin-fraction": "{text!r} reads as {text}%, not as a fraction; for {percent:g}% write {percent:g}",
    "case-no-budget": "the campaign's cost is the channel budgets' total: add the channels and their budgets",
    "payback-beyond-year": "pays back after {months:g} months, beyond the first year the customer value covers",
    "deadline-after-timeline": "its deadline ({deadline}) is after the timeline's last day ({end}): make them agree",
    "deadline-before-timeline": "its deadline ({deadline}) is before the timeline starts ({start}): make them agree",
    "no-metric": "say which number decides the test",
    "no-rule": "say what result makes you scale, change or stop",
}


def describe(issue: Issue) -> str:
    """The finding in English, e.g. ``channels row 3, budget: a budget cannot be negative``."""
    params = dict(issue.params)
    if issue.code == "smart-missing":
        parts = [_PARTS[p] for p in params.get("missing", ())]
        params["parts"] = " or ".join(parts)
    try:
        text = _TEXT[issue.code].format(**params)
    except (KeyError, ValueError):
        text = issue.code
    where = issue.field
    if issue.row >= 0:
        where += f" row {issue.row + 1}"
    if issue.column:
        where += f", {issue.column}"
    return f"{where}: {text}"


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity == ERROR]
