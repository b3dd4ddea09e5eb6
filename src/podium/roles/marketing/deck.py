"""The marketing role's provider: campaign brief -> the deck's data-driven blocks (see ``core.deck.fill``).

Each slot is filled only when its inputs say something; a part still missing
inside a filled slot (the insight, the deadline of the objective) appears as an
example-marked line, so the deck never looks more finished than the brief is.
Company research (name, goals, brand colour) is used when it exists.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from podium.core.errors import RoleDataError
from podium.core.model import Block, Bullet, BulletsBlock, Preparation, TableBlock
from podium.core.render.layout import MARGIN, SLIDE_HEIGHT, SLIDE_WIDTHS
from podium.core.render.theme import Theme, get_theme
from podium.core.roles import get_role
from podium.roles.marketing.brief import BriefFormatError, CampaignBrief, Persona, load_brief, store_brief
from podium.roles.marketing.budget import budget_blocks, budget_lines, usable_channels
from podium.roles.marketing.business_case import BusinessCase, business_case
from podium.roles.marketing.case_slides import case_table, kpi_rows, summary_line
from podium.roles.marketing.fmt import clip, date_range, money
from podium.roles.marketing.personas import persona_cards
from podium.roles.marketing.smart import check_objective
from podium.roles.marketing.timeline import campaign_dates, gantt, timeline_bars
from podium.roles.marketing.validate import (
    CELL_LIMIT,
    MAX_LINES,
    MAX_ROWS,
    SOFT_LIMITS,
    describe,
    errors,
    validate,
)
from podium.roles.marketing.words import company_values, phrasebook

SOURCES = (
    "presenter", "situation", "objective", "personas", "big-idea", "budget-chart", "budget-table",
    "business-case", "timeline", "experiments", "kpis", "risks", "summary",
)  # fmt: skip
_LEVEL_WORDS = {
    "low": ("low", "l", "låg", "lag", "1"),
    "medium": ("medium", "med", "m", "medel", "mellan", "2"),
    "high": ("high", "h", "hög", "hog", "3"),
}


def _hard(field: str) -> int:
    return int(SOFT_LIMITS.get(field, CELL_LIMIT) * 1.5)


def _goal_text(goal: Any) -> str:
    if isinstance(goal, dict):
        goal = goal.get("text") or goal.get("goal") or goal.get("title") or ""
    return " ".join(str(goal).split()) if isinstance(goal, str | int | float) else ""


@dataclass
class Context:
    """What every slot builder reads: the brief, the language and the company as researched."""

    brief: CampaignBrief
    language: str
    company: str
    company_goals: list[str]
    theme: Theme
    width_pt: float  # the body of a one-block slide, where the timeline goes
    height_pt: float

    def say(self, key: str, /, *, count: int | None = None, **values: object) -> str:
        """A phrase of the marketing deck; ``{company}`` and ``{company_genitive}`` are always there."""
        return phrasebook(self.language).say(key, count=count, **company_values(self.company), **values)

    @cached_property
    def case(self) -> BusinessCase | None:
        """The business case, computed once for every slot and title that shows it."""
        return business_case(self.brief)

    @cached_property
    def budget(self) -> list[tuple[str, str, float]]:
        """The budget's lines as the deck shows them (channel, role, amount)."""
        return budget_lines(self.brief, self.language)


def context(prep: Preparation) -> Context:
    research = prep.research if isinstance(prep.research, dict) else {}
    company = research.get("company")
    company = company if isinstance(company, dict) else {}
    goals = company.get("goals", [])
    if isinstance(goals, str):
        goals = goals.splitlines()
    goals = [g for g in (_goal_text(x) for x in goals) if g] if isinstance(goals, list | tuple) else []
    name = str(company.get("name") or prep.company or "").strip()
    brand = prep.brand_color or str(company.get("brand_color") or company.get("color") or "")
    width = SLIDE_WIDTHS.get(prep.deck.aspect, SLIDE_WIDTHS["16:9"]) - 2 * MARGIN
    height = SLIDE_HEIGHT - 174.0 - 26.0  # body below the title, less the diagram's caption
    theme = get_theme(prep.deck.theme, brand)
    return Context(load_brief(prep), prep.language, name, goals, theme, width, height)


# ------------------------------------------------------------------ text slides


def _presenter(ctx: Context) -> Block | None:
    name = clip(ctx.brief.presenter, _hard("presenter"))
    return BulletsBlock([Bullet(name)]) if name else None


def _situation(ctx: Context) -> Block | None:
    b = ctx.brief
    goal = clip(b.goal, _hard("goal"))
    company_goal = next((g for g in ctx.company_goals if g.lower() != goal.lower()), "")
    if not (b.situation or goal or b.insight.strip() or company_goal):
        return None
    tail: list[Bullet] = []
    if goal:
        tail.append(Bullet(ctx.say("goal", text=goal)))
    if company_goal:
        tail.append(Bullet(ctx.say("company_goal", text=clip(company_goal, _hard("goal")))))
    insight = clip(b.insight, _hard("insight"))
    tail.append(
        Bullet(ctx.say("insight", text=insight))
        if insight
        else Bullet(ctx.say("insight_missing"), example=True)
    )
    room = max(1, 6 - len(tail))
    lines = [Bullet(clip(line, _hard("situation"))) for line in b.situation[: min(room, MAX_LINES)]]
    return BulletsBlock(lines + tail)


def _objective(ctx: Context) -> Block | None:
    b = ctx.brief
    objective = clip(b.objective, _hard("objective"))
    if not objective:
        return None
    items = [Bullet(objective)]
    if b.goal.strip():
        items.append(Bullet(ctx.say("supports", text=clip(b.goal, 110)), level=1))
    elif ctx.company_goals:
        items.append(Bullet(ctx.say("supports_company", text=clip(ctx.company_goals[0], 110)), level=1))
    if b.evidence.strip():
        items.append(Bullet(ctx.say("achievable", text=clip(b.evidence, _hard("evidence"))), level=1))
    measured = next((k for k in b.rows("kpis") if k.measure.strip()), None)
    if measured is not None:
        how = ", ".join(p for p in (measured.measure.strip(), measured.frequency.strip().lower()) if p)
        items.append(Bullet(ctx.say("measured", text=clip(how, 100)), level=1))
    for part in check_objective(b.objective).missing:
        items.append(Bullet(ctx.say(f"missing_{part}"), level=1, example=True))
    return BulletsBlock(items)


def _template_personas(prep: Preparation) -> list[Persona]:
    """The template's example personas, to fill cards the candidate has not written yet."""
    from podium.core.deck.scaffold import build_slides

    for slide in build_slides(prep, get_role(prep.role)):
        for block in slide.blocks:
            if block.source == "personas" and isinstance(block, TableBlock):
                return [Persona(*([*row, "", "", "", ""])[:4]) for row in block.rows]
    return []


def _personas(ctx: Context, prep: Preparation) -> Block | None:
    b = ctx.brief
    personas = [
        Persona(*(clip(getattr(p, f), 60) for f in ("name", "who", "need", "reach")))
        for p in b.rows("personas")
    ]
    audience = clip(b.audience, _hard("audience"))
    if not personas and not audience:
        return None
    block = persona_cards(personas or _template_personas(prep), audience, ctx.theme, ctx.language)
    block.example = not personas
    return block


def _big_idea(ctx: Context) -> Block | None:
    b = ctx.brief
    if not any(x.strip() for x in (b.big_idea, b.key_message, b.proof, b.call_to_action)):
        return None
    items: list[Bullet] = []
    for field, key in (("big_idea", "big_idea"), ("key_message", "key_message")):
        text = clip(getattr(b, field), _hard(field))
        items.append(
            Bullet(ctx.say(key, text=text)) if text else Bullet(ctx.say(f"{key}_missing"), example=True)
        )
    for field, key in (("proof", "proof"), ("call_to_action", "cta")):
        text = clip(getattr(b, field), _hard(field))
        if text:
            items.append(Bullet(ctx.say(key, text=text)))
    return BulletsBlock(items)


# ------------------------------------------------------------------ timeline and tables


def _timeline(ctx: Context) -> Block | None:
    bars, left_out = timeline_bars(ctx.brief)
    if not bars:
        return None
    return gantt(
        bars, ctx.theme, ctx.language, width_pt=ctx.width_pt, height_pt=ctx.height_pt, left_out=left_out
    )


def _table(
    ctx: Context, table: str, columns: list[tuple[str, str]], lead: list[list[str]] | None = None
) -> Block | None:
    """A table of the brief's rows under ``columns``; ``lead`` rows (every column filled) go first."""
    rows, lead = ctx.brief.rows(table), lead or []
    if not rows and not lead:
        return None
    # Leave out a column nobody filled (often 'how often'), but never the first.
    used = [
        (f, k)
        for n, (f, k) in enumerate(columns)
        if n == 0 or lead or any(getattr(r, f).strip() for r in rows)
    ]
    limit = MAX_ROWS + 2 - len(lead)
    body = [row[: len(used)] for row in lead]
    body += [[clip(_cell(ctx, f, getattr(r, f)), CELL_LIMIT) for f, _ in used] for r in rows[:limit]]
    if len(rows) > limit:
        body.append([ctx.say("more_rows", count=len(rows) - limit)] + [""] * (len(used) - 1))
    return TableBlock(columns=[ctx.say(k) for _, k in used], rows=body)


def _cell(ctx: Context, field: str, value: str) -> str:
    if field in ("likelihood", "impact"):
        word = value.strip().lower()
        for level, spellings in _LEVEL_WORDS.items():
            if word in spellings:
                return ctx.say(level)
    return value


def _business_case(ctx: Context) -> Block | None:
    case = ctx.case
    return case_table(case, ctx.brief.currency, ctx.language) if case is not None else None


def _kpis(ctx: Context) -> Block | None:
    """The brief's KPIs, led by the two the business case sets (customers by the campaign's end, CAC)."""
    case = ctx.case
    dates = campaign_dates(ctx.brief)
    lead = kpi_rows(case, ctx.brief.currency, ctx.language, dates[1] if dates else None) if case else []
    columns = [("name", "kpi"), ("target", "target"), ("measure", "measure"), ("frequency", "frequency")]
    return _table(ctx, "kpis", columns, lead)


def _summary(ctx: Context) -> Block | None:
    b = ctx.brief
    lines = ctx.budget
    total = sum(a for _, _, a in lines)
    if not (b.objective.strip() or b.big_idea.strip() or total > 0 or b.ask.strip() or b.next_steps):
        return None
    items: list[Bullet] = []
    if b.objective.strip():
        items.append(Bullet(ctx.say("sum_objective", text=clip(b.objective, 120))))
    if b.big_idea.strip() and not (total > 0 and ctx.case is not None):  # the return takes its line
        items.append(Bullet(ctx.say("sum_idea", text=clip(b.big_idea, 90))))
    if total > 0:
        count = len(usable_channels(b))
        text = ctx.say("sum_budget", total=money(total, b.currency, ctx.language), count=count)
        bars, _ = timeline_bars(b)
        if bars:
            first, last = min(x.start for x in bars), max(x.end for x in bars)
            text += ctx.say("sum_period", range=date_range(first, last, ctx.language, year=True))
        items.append(Bullet(text))
        case = ctx.case
        if case is not None:
            items.append(Bullet(summary_line(case, b.currency, ctx.language)))
    ask = clip(b.ask, _hard("ask"))
    items.append(
        Bullet(ctx.say("sum_ask", text=ask)) if ask else Bullet(ctx.say("sum_ask_missing"), example=True)
    )
    if b.next_steps:
        items.append(Bullet(ctx.say("next_steps")))
        shown = 2 if total > 0 and ctx.case is not None else 3  # the return line takes a step's room
        items += [Bullet(clip(s, _hard("next_steps")), level=1) for s in b.next_steps[:shown]]
    return BulletsBlock(items)


# ------------------------------------------------------------------ the provider


def blocks(prep: Preparation) -> dict[str, Block]:
    """Every slot the brief can fill, keyed by the template's ``source`` names."""
    ctx = context(prep)
    out: dict[str, Block | None] = {
        "presenter": _presenter(ctx),
        "situation": _situation(ctx),
        "objective": _objective(ctx),
        "personas": _personas(ctx, prep),
        "big-idea": _big_idea(ctx),
        "timeline": _timeline(ctx),
        "business-case": _business_case(ctx),
        "experiments": _table(
            ctx,
            "experiments",
            [
                ("hypothesis", "hypothesis"),
                ("test", "test"),
                ("metric", "metric"),
                ("decision_rule", "decision_rule"),
                ("control_group", "control_group"),
            ],
        ),
        "kpis": _kpis(ctx),
        "risks": _table(
            ctx,
            "risks",
            [
                ("risk", "risk"),
                ("likelihood", "likelihood"),
                ("impact", "impact"),
                ("mitigation", "mitigation"),
            ],
        ),
        "summary": _summary(ctx),
    }
    budget = budget_blocks(ctx.brief, ctx.language)
    if budget is not None:
        out["budget-chart"], out["budget-table"] = budget
    return {k: v for k, v in out.items() if v is not None}


def filled_sources(ctx: Context) -> set[str]:
    """The slots ``blocks`` fills, without building them: the action titles ask on every keystroke.

    Each line is the guard of its builder above (tests hold the two together on any brief).
    """
    b = ctx.brief
    goal = clip(b.goal, _hard("goal"))
    total = sum(a for _, _, a in ctx.budget)
    case = ctx.case
    has = {
        "presenter": bool(clip(b.presenter, _hard("presenter"))),
        "situation": bool(b.situation or goal or b.insight.strip()
                          or any(g.lower() != goal.lower() for g in ctx.company_goals)),
        "objective": bool(clip(b.objective, _hard("objective"))),
        "personas": bool(b.rows("personas") or clip(b.audience, _hard("audience"))),
        "big-idea": any(x.strip() for x in (b.big_idea, b.key_message, b.proof, b.call_to_action)),
        "timeline": bool(timeline_bars(b)[0]),
        "business-case": case is not None,
        "experiments": bool(b.rows("experiments")),
        "kpis": bool(b.rows("kpis")) or (case is not None and case.customers > 0 and case.cac is not None),
        "risks": bool(b.rows("risks")),
        "summary": bool(b.objective.strip() or b.big_idea.strip() or total > 0 or b.ask.strip() or b.next_steps),
        "budget-chart": total > 0,
        "budget-table": total > 0,
    }  # fmt: skip
    return {source for source, filled in has.items() if filled}


def restore_examples(prep: Preparation, sources: set[str]) -> None:
    """Put the template's example back into ``sources`` (their inputs were emptied), so nothing stale
    stays; a title slot that follows the data gets its example title back with its slide's block."""
    if not sources:
        return
    from podium.core.deck.scaffold import build_slides

    slides = build_slides(prep, get_role(prep.role))
    template = {block.source: block for slide in slides for block in slide.blocks if block.source}
    titles = {slide.title_source: slide.title for slide in slides if slide.title_source}
    for slide in prep.deck.slides:
        emptied = False
        for i, block in enumerate(slide.blocks):
            if block.source in sources and block.source in template:
                slide.blocks[i] = template[block.source]
                emptied = True
        if emptied and slide.title_source in titles:  # (a title the user edited has a detached source)
            slide.title = titles[slide.title_source]


MAX_BRIEF_BYTES = 5 * 1024 * 1024


def load_cli(prep: Preparation, args: Any) -> None:
    """``podium generate --brief FILE``: read a campaign brief (JSON) into the preparation."""
    path = getattr(args, "brief", None)
    if path is None:
        return
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BRIEF_BYTES:  # read whole into memory below: refuse before, not after
            raise RoleDataError(f"{path}: {path.stat().st_size:,} bytes is too large for a campaign brief")
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RoleDataError(f"{path}: not UTF-8 text; save the brief as UTF-8 JSON") from None
    except OSError as exc:
        raise RoleDataError(f"cannot read the campaign brief {path}: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise RoleDataError(
            f"{path}: line {exc.lineno}, column {exc.colno}: {exc.msg} (not valid JSON)"
        ) from None
    try:
        brief = CampaignBrief.from_dict(data, strict=True)
    except BriefFormatError as exc:
        raise RoleDataError(f"{path}: {exc}") from None
    issues = validate(brief)
    bad = errors(issues)
    if bad:
        raise RoleDataError(f"{path}: " + "; ".join(describe(i) for i in bad))
    for issue in issues:
        print(f"podium: warning: {path}: {describe(issue)}", file=sys.stderr)
    store_brief(prep, brief)
