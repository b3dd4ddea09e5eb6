"""The project-management provider: fills the deck's slots from the risk register and the plan.

``blocks(prep)`` returns a block for every slot the role's template names (see
``core.deck.fill``). Until the candidate has risks (or a plan), the slots show an example
built from the starter library, marked as example so nothing half-done looks finished.
``load_cli`` reads ``--risks`` and ``--plan`` for ``podium generate``.
"""

from __future__ import annotations

from typing import Any

from podium.core.errors import RoleDataError
from podium.core.model import Block, Bullet, BulletsBlock, ChartBlock, Preparation, Series, TableBlock
from podium.core.render.theme import get_theme
from podium.core.text import format_number
from podium.roles.project_management.analysis import analyse, example_risks
from podium.roles.project_management.health import scorecard_block
from podium.roles.project_management.heatmap import heatmap_block, heatmap_title
from podium.roles.project_management.importer import check_register, import_plan, inspect_register
from podium.roles.project_management.mapping import override, reapply, remember, remembered
from podium.roles.project_management.provenance import method_lines, read_thresholds
from podium.roles.project_management.ratings import Conversion
from podium.roles.project_management.register import Register, Risk, load_register, ranked, save_register
from podium.roles.project_management.scales import BANDS, Scales, band_name, response_name
from podium.roles.project_management.schedule import runs_for
from podium.roles.project_management.texts import texts
from podium.roles.project_management.timeline import timeline_block
from podium.roles.project_management.verdict import closing_block, recommendations_block, verdict_blocks

SOURCES = ("verdict", "verdict-chart", "plan-health", "plan-timeline", "risk-method", "risk-scales",
           "risks-by-category", "category-summary", "heatmap-inherent", "heatmap-residual", "top-risks",
           "deep-dive-1", "deep-dive-2", "deep-dive-3", "recommended-actions", "monitoring-rules",
           "early-warnings", "closing-summary")  # fmt: skip
TOP_RISKS = 6
EARLY_WARNINGS = 5
MAX_CATEGORIES = 10


def _lxi(likelihood: int, impact: int) -> str:
    return f"{likelihood} × {impact} = {likelihood * impact}"


def _bullets(lines: list[str], example: bool) -> BulletsBlock:
    return BulletsBlock(items=[Bullet(text, example=example) for text in lines])


def method_block(
    risks: list[Risk], scales: Scales, language: str, example: bool, read: list[str] | None = None
) -> BulletsBlock:
    t = texts(language)
    categories = {r.category for r in risks if r.category}
    count = t.say("count", count=len(risks), categories=t.say("in_categories", count=max(1, len(categories))))
    bands = ", ".join(
        f"{band_name(b, language).lower() if i else band_name(b, language)} {lo}–{hi}"
        for i, b in enumerate(BANDS)
        for lo, hi in [scales.band_range(b)]
    )
    lines = [t.say("iso"), count, t.say("bands", bands=bands), t.say("residual")]
    return _bullets(
        [*lines, t.say("simulation", runs=format_number(runs_for(len(risks)), language)), *(read or [])],
        example,
    )


def monitoring_block(scales: Scales, language: str, example: bool) -> BulletsBlock:
    """The review rhythm (an example to adapt) and escalation at the scores where the bands begin
    (an example too until the register is the candidate's own)."""
    t = texts(language)
    _medium, high, very_high = scales.floors
    return BulletsBlock(
        items=[
            Bullet(t.say("monitoring.update"), example=True),
            Bullet(t.say("monitoring.review"), example=True),
            Bullet(
                t.say("monitoring.escalate", score=high, band=band_name("high", language).lower()),
                example=example,
            ),
            Bullet(
                t.say("monitoring.sponsor", score=very_high, band=band_name("very_high", language)),
                example=example,
            ),
        ]
    )


def scales_block(
    scales: Scales, language: str, example: bool, read: dict[str, Conversion] | None = None
) -> TableBlock:
    """Levels 1-5 and what each means; an imported register's thresholds (percentages, amounts,
    delays) replace the meanings of the axis they were read on, so the table says what the levels
    were made from."""
    t = texts(language)
    rows = []
    for level in range(1, 6):
        lk, im = scales.likelihood[level - 1], scales.impact[level - 1]
        lk_range, im_range = (
            (read or {}).get(a, Conversion()).level_range(level) for a in ("likelihood", "impact")
        )
        lk_meaning = lk_range.render(language) if lk_range is not None else lk.meaning
        im_meaning = im_range.render(language) if im_range is not None else im.meaning
        rows.append([
            str(level),
            f"{lk.label} ({lk_meaning})" if lk_meaning else lk.label,
            f"{im.label}: {im_meaning}" if im_meaning else im.label,
        ])  # fmt: skip
    return TableBlock(
        columns=[t.say("level"), t.say("likelihood"), t.say("impact")], rows=rows, example=example
    )


def _category(risk: Risk, language: str) -> str:
    return risk.category.strip() or texts(language).say("uncategorised")


def category_counts(risks: list[Risk], scales: Scales, language: str) -> list[tuple[str, int, int, Risk]]:
    """(category, risks, high or very high, its top risk), most risks first, long tails folded into 'Other'."""
    groups: dict[str, list[Risk]] = {}
    for risk in risks:
        groups.setdefault(_category(risk, language), []).append(risk)
    order = sorted(groups, key=lambda c: (-len(groups[c]), c.lower()))
    if len(order) > MAX_CATEGORIES:
        other = texts(language).say("other")
        folded = [r for c in order[MAX_CATEGORIES - 1 :] for r in groups[c]]
        order = [*order[: MAX_CATEGORIES - 1], other]
        groups[other] = folded
    out = []
    for name in order:
        members = groups[name]
        high = sum(1 for r in members if scales.band(r.score) in ("high", "very_high"))
        out.append((name, len(members), high, ranked(members)[0]))
    return out


def category_blocks(
    risks: list[Risk], scales: Scales, language: str, example: bool
) -> tuple[ChartBlock, TableBlock]:
    t = texts(language)
    counts = category_counts(risks, scales, language)
    bars = counts  # the writer reverses a bar chart's category axis, so the first (largest) is on top
    chart = ChartBlock(
        chart_type="bar",
        title=t.say("by_category"),
        categories=[c for c, *_ in bars],
        series=[
            Series(t.say("all"), [float(n) for _c, n, _h, _r in bars]),
            Series(t.say("high"), [float(h) for _c, _n, h, _r in bars]),
        ],
        number_format="0",
        example=example,
    )
    rows = [[c, str(n), f"{top.id} ({top.score}) {top.title}"] for c, n, _h, top in counts]
    table = TableBlock(
        columns=[t.say("category"), t.say("risks"), t.say("top")], rows=rows[:6], example=example
    )
    return chart, table


def top_risks_block(risks: list[Risk], language: str, example: bool) -> TableBlock:
    """``risks`` already ranked."""
    t = texts(language)
    rows = [
        [
            r.id,
            r.title,
            _lxi(r.likelihood, r.impact),
            _lxi(r.residual_l, r.residual_i),
            _owner_response(r, language),
        ]
        for r in risks[:TOP_RISKS]
    ]
    columns = [t.say("id"), t.say("risk"), t.say("inherent"), t.say("residual_col"), t.say("owner_response")]
    return TableBlock(columns=columns, rows=rows, example=example)


def _owner_response(risk: Risk, language: str) -> str:
    parts = [risk.owner, response_name(risk.response, language).lower() if risk.response else ""]
    return " / ".join(p for p in parts if p) or texts(language).say("missing")


def deep_dive_block(risk: Risk, scales: Scales, language: str, example: bool) -> TableBlock:
    t = texts(language)
    score = t.say(
        "score_text",
        score=risk.score,
        band=band_name(scales.band(risk.score), language).lower(),
        residual=risk.residual_score,
        residual_band=band_name(scales.band(risk.residual_score), language).lower(),
    )
    rows = [[t.say("score_row"), score]]
    for key in ("cause", "event", "effect", "mitigation", "contingency", "trigger"):
        rows.append([t.say(key), getattr(risk, key) or t.say("missing")])
    rows.append([t.say("owner_response"), _owner_response(risk, language)])
    return TableBlock(columns=[risk.id, risk.title or t.say("missing")], rows=rows, example=example)


def early_warnings_block(risks: list[Risk], language: str, example: bool) -> TableBlock:
    """``risks`` already ranked."""
    t = texts(language)
    with_trigger = [r for r in risks if r.trigger.strip()][:EARLY_WARNINGS]
    rows = [[r.trigger, r.id, r.owner or t.say("missing")] for r in with_trigger]
    return TableBlock(columns=[t.say("warning"), t.say("risk"), t.say("owner")], rows=rows, example=example)


def blocks(prep: Preparation) -> dict[str, Block]:
    """A block for every slot of the project-management template."""
    analysis = analyse(prep)
    register = analysis.register
    language = prep.language
    t = texts(language)
    theme = get_theme(prep.deck.theme, prep.brand_color)
    aspect = prep.deck.aspect
    example = analysis.example
    risks = analysis.risks
    scales = register.scales
    plan = analysis.plan
    read = {} if example else read_thresholds(remembered(prep))  # the imported register's thresholds
    out: dict[str, Block] = {
        "plan-timeline": timeline_block(
            plan,
            language=language,
            title=t.say("timeline"),
            bar_color=theme.accent,
            milestone_color=theme.chart_colors[1],
            aspect=aspect,
            example=not register.plan,
            font_file=theme.font_file,
            text_color=theme.text,
            muted=theme.muted,
        ),
        "risk-method": method_block(
            risks,
            scales,
            language,
            example,
            [] if example else method_lines(remembered(prep), register.risks, language),
        ),
        "risk-scales": scales_block(
            scales, language, example=not (register.custom_scales or read), read=read
        ),
        "top-risks": top_risks_block(risks, language, example),
        "early-warnings": early_warnings_block(risks, language, example),
        "plan-health": scorecard_block(
            analysis, theme.example, text_color=theme.text, muted=theme.muted, card=theme.row_alt_fill
        ),
        "monitoring-rules": monitoring_block(scales, language, example),
        "recommended-actions": recommendations_block(analysis),
        "closing-summary": closing_block(analysis, heatmap_title(analysis)),
    }
    out["verdict"], out["verdict-chart"] = verdict_blocks(analysis)
    out["risks-by-category"], out["category-summary"] = category_blocks(risks, scales, language, example)
    for residual, source, title in ((False, "heatmap-inherent", t.say("inherent_map")),
                                    (True, "heatmap-residual", t.say("residual_map"))):  # fmt: skip
        out[source] = heatmap_block(risks, scales, residual=residual, language=language, title=title,
                                    font_file=theme.bold_file, aspect=aspect, example=example,
                                    label_color=theme.muted)  # fmt: skip
    stand_ins = ranked(example_risks(language))  # fewer than three risks: the rest stay marked examples
    for n in range(3):
        real = n < len(risks)
        risk = risks[n] if real else stand_ins[n]
        out[f"deep-dive-{n + 1}"] = deep_dive_block(risk, scales, language, example or not real)
    return out


def load_cli(prep: Preparation, args: Any) -> None:
    """Read ``--risks`` (with ``--map field=Column`` overrides) and ``--plan`` into the preparation,
    and say on stdout what was read, from which columns, and what was skipped or changed."""
    risks_path, plan_path = getattr(args, "risks", None), getattr(args, "plan", None)
    maps = getattr(args, "map", None) or []
    if maps and not risks_path:
        raise RoleDataError("--map needs --risks FILE, the register whose columns it names.")
    if not risks_path and not plan_path:
        return
    register: Register = load_register(prep)
    lines: list[str] = []
    if risks_path:
        inspection = inspect_register(risks_path, register.scales)
        choice = override(inspection, reapply(inspection, remembered(prep)), maps, register.scales)
        outcome = check_register(inspection, choice, register.scales)
        register.risks = outcome.risks
        remember(prep, inspection, choice, outcome)
        summary = outcome.summary().render("en")
        lines.append(f"{inspection.grid.where}: {summary[:1].lower()}{summary[1:]}")
        lines += _columns_read(inspection, choice)
        lines += [n.render("en") for n in (*inspection.grid.notes, *outcome.notes)]
    if plan_path:
        imported, unsure = import_plan(plan_path)
        register.plan = imported.plan
        lines.append(f"{plan_path.name}: read {len(imported.plan)} phases and milestones")
        lines += [f"{plan_path.name}: read column '{m.header}' as {m.field}" for m in unsure]
        lines += imported.warnings
    for line in lines:
        print(line)
    save_register(prep, register)


def _columns_read(inspection: Any, choice: Any) -> list[str]:
    """'likelihood: column 'Probability', percentages: 1 below 10%, …' for each field read."""
    from podium.roles.project_management.register_rows import shared_bounds

    out = []
    header = inspection.grid.header
    applied = shared_bounds(choice).conversions  # residual ratings on the inherent thresholds, as read
    for name, column in choice.columns.items():
        if column is None:
            continue
        line = f"  {name}: column '{header[column]}'"
        conversion = applied.get(name)
        if conversion is not None:
            line += f", {conversion.describe().render('en')}"
        out.append(line)
    return out
