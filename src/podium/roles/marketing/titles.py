"""Action titles for the campaign plan: each slide's conclusion, with its figure, from the brief.

A panel member who reads only the titles should know the plan: the insight, the objective, who
it is for, the idea, where the money goes, what it returns, when it happens, how it learns, how
success is measured, the biggest risk and the ask. A title is written only for a slide whose
block the brief fills; while the block keeps its example, so does the title (the template's
example action title). When the brief fills a slide but has no figure for it yet, the slide gets
its plain heading, never a stale or half-made conclusion. The user's own title always wins
(``core.deck.slots``).
"""

from __future__ import annotations

import re

from podium.core.model import Preparation
from podium.core.render.title_fit import title_fits
from podium.core.text import format_number, short_date
from podium.roles.marketing.business_case import BusinessCase
from podium.roles.marketing.case_slides import signed_percent
from podium.roles.marketing.deck import Context, context, filled_sources
from podium.roles.marketing.fmt import money_short, percent, shares
from podium.roles.marketing.smart import check_objective
from podium.roles.marketing.timeline import campaign_dates, timeline_bars

# The slide each title belongs to: its ``title_source`` in the templates, and the block whose
# filling lets the title follow the data.
SLOTS = {
    "situation-title": "situation",
    "objective-title": "objective",
    "audience-title": "personas",
    "big-idea-title": "big-idea",
    "channels-title": "budget-chart",
    "business-case-title": "business-case",
    "timeline-title": "timeline",
    "experiments-title": "experiments",
    "kpis-title": "kpis",
    "risks-title": "risks",
    "closing-title": "summary",
}
_LEVEL = {"low": 1, "l": 1, "låg": 1, "medium": 2, "m": 2, "medel": 2, "high": 3, "h": 3, "hög": 3}


def _first(*candidates: str) -> str:
    """The first candidate that fits the title box, or '' (the slide then gets its plain heading)."""
    return next((c for c in candidates if title_fits(c)), "")


def _plain(text: str) -> str:
    return " ".join(str(text).split()).rstrip(".")


def _names(ctx: Context, names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C' in the deck's language."""
    if len(names) <= 1:
        return "".join(names)
    return ctx.say("list_and", first=", ".join(names[:-1]), last=names[-1])


def _situation(ctx: Context) -> str:
    return _first(_plain(ctx.brief.insight))


def _objective(ctx: Context) -> str:
    """The objective itself; when it is too long for a title, the clause that holds its target and
    deadline ('…, grow trial sign-ups from 4,000 to 5,000 a month by 30 June 2027 among …')."""
    objective = _plain(ctx.brief.objective)
    return _first(objective, _objective_core(objective))


_CLAUSE = re.compile(r"[,;:–—]\s+|\s+[-–—]\s+")


def _objective_core(objective: str) -> str:
    check = check_objective(objective)
    if not check.ok:
        return ""
    spans = [
        (objective.find(part), objective.find(part) + len(part)) for part in (check.target, check.deadline)
    ]
    if any(start < 0 for start, _ in spans):
        return ""
    first, last = min(start for start, _ in spans), max(end for _, end in spans)
    starts = [m.end() for m in _CLAUSE.finditer(objective, 0, first)]
    core = objective[starts[-1] if starts else 0 : last].strip(" ,;:")
    return core[:1].upper() + core[1:]


def _audience(ctx: Context) -> str:
    personas = [_plain(p.name) for p in ctx.brief.rows("personas") if p.name.strip()]
    audience = _plain(ctx.brief.audience)
    if personas:
        count = len(personas)
        return _first(
            ctx.say("title.personas", count=count, names=_names(ctx, personas)),
            ctx.say("title.personas_count", count=count),
        )
    return _first(ctx.say("title.audience", text=audience)) if audience else ""


def _big_idea(ctx: Context) -> str:
    idea = _plain(ctx.brief.big_idea).strip("\"'“”„«»")
    return _first(ctx.say("title.big_idea", idea=idea)) if idea else ""


def _channels(ctx: Context) -> str:
    lines = ctx.budget
    total = sum(a for _, _, a in lines)
    if not lines or total <= 0:
        return ""
    cash = money_short(total, ctx.brief.currency, ctx.language)
    if len(lines) == 1:
        return _first(ctx.say("title.one_channel", total=cash, name=lines[0][0]))
    split = shares([a for _, _, a in lines])
    order = sorted(range(len(lines)), key=lambda i: lines[i][2], reverse=True)
    top = order[:1] if split[order[0]] >= 50 else order[:2]
    share = percent(sum(split[i] for i in top), ctx.language)
    names = [lines[i][0] for i in top]
    return _first(
        ctx.say("title.channels", count=len(top), names=_names(ctx, names), share=share, total=cash),
        ctx.say("title.channels_short", count=len(top), share=share, total=cash),
    )


def _business_case(ctx: Context, case: BusinessCase | None) -> str:
    if case is None:
        return ""
    months = case.payback_whole_months
    if months is None:
        return _first(ctx.say("title.case_never"))
    if not case.pays_back_in_first_year:
        return _first(ctx.say("title.case_late", count=months), ctx.say("title.case_short", count=months))
    roi = signed_percent(case.roi or 0.0, ctx.language)
    return _first(ctx.say("title.case", count=months, roi=roi), ctx.say("title.case_short", count=months))


def _timeline(ctx: Context) -> str:
    dates = campaign_dates(ctx.brief)
    if dates is None:
        return ""
    start, end, checkpoints = dates
    count = len(timeline_bars(ctx.brief)[0])  # the phases the timeline draws
    values: dict[str, object] = {
        "start": short_date(start, ctx.language, year=start.year != end.year),
        "end": short_date(end, ctx.language, year=True),
    }
    if checkpoints:
        return _first(
            ctx.say(
                "title.timeline_checkpoint",
                count=count,
                checkpoint=short_date(checkpoints[0], ctx.language),
                **values,
            ),
            ctx.say("title.timeline", count=count, **values),
        )
    return _first(ctx.say("title.timeline", count=count, **values))


def _experiments(ctx: Context) -> str:
    rows = ctx.brief.rows("experiments")
    if not rows:
        return ""
    controlled = all(r.control_group.strip() for r in rows)
    return _first(
        ctx.say("title.experiments_control" if controlled else "title.experiments", count=len(rows)),
        ctx.say("title.experiments", count=len(rows)),
    )


def _kpis(ctx: Context, case: BusinessCase | None) -> str:
    if case is not None and case.cac is not None and case.customers > 0:
        dates = campaign_dates(ctx.brief)
        customers = format_number(case.customers, ctx.language)
        cac = money_short(case.cac, ctx.brief.currency, ctx.language)
        by = short_date(dates[1], ctx.language, year=True) if dates is not None else ""
        return _first(
            ctx.say("title.kpis_case_by", customers=customers, cac=cac, date=by) if by else "",
            ctx.say("title.kpis_case", customers=customers, cac=cac),
        )
    kpi = next((k for k in ctx.brief.rows("kpis") if k.name.strip() and k.target.strip()), None)
    if kpi is None:
        return ""
    return _first(ctx.say("title.kpi", name=_plain(kpi.name), target=_plain(kpi.target)))


def _risks(ctx: Context) -> str:
    rows = [r for r in ctx.brief.rows("risks") if r.risk.strip()]
    if not rows:
        return ""

    def weight(r: object) -> int:
        return _LEVEL.get(str(getattr(r, "likelihood", "")).strip().lower(), 0) * _LEVEL.get(
            str(getattr(r, "impact", "")).strip().lower(), 0
        )

    top = max(rows, key=weight)  # the first of the heaviest, in the user's order
    risk, mitigation = _plain(top.risk), _plain(top.mitigation)
    return _first(
        ctx.say("title.risk", risk=risk, mitigation=mitigation) if mitigation else "",
        ctx.say("title.risk_only", risk=risk),
    )


def _closing(ctx: Context, case: BusinessCase | None) -> str:
    lines = ctx.budget
    total = sum(a for _, _, a in lines)
    if total <= 0:
        return ""
    cash = money_short(total, ctx.brief.currency, ctx.language)
    if case is not None and case.customers > 0:
        customers = format_number(case.customers, ctx.language)
        months = case.payback_whole_months
        if months is not None:
            return _first(
                ctx.say("title.closing_case", count=months, total=cash, customers=customers),
                ctx.say("title.closing_customers", total=cash, customers=customers),
            )
        return _first(ctx.say("title.closing_customers", total=cash, customers=customers))
    return _first(ctx.say("title.closing_budget", count=len(lines), total=cash))


def titles(prep: Preparation) -> dict[str, str]:
    """Every title slot whose slide the brief fills: its action title, or its plain heading."""
    ctx = context(prep)
    filled = filled_sources(ctx)
    case = ctx.case
    written = {
        "situation-title": _situation(ctx),
        "objective-title": _objective(ctx),
        "audience-title": _audience(ctx),
        "big-idea-title": _big_idea(ctx),
        "channels-title": _channels(ctx),
        "business-case-title": _business_case(ctx, case),
        "timeline-title": _timeline(ctx),
        "experiments-title": _experiments(ctx),
        "kpis-title": _kpis(ctx, case),
        "risks-title": _risks(ctx),
        "closing-title": _closing(ctx, case),
    }
    out: dict[str, str] = {}
    for slot, block in SLOTS.items():
        if block in filled:
            out[slot] = written[slot] or ctx.say(f"heading.{slot.removesuffix('-title')}")
    return out
