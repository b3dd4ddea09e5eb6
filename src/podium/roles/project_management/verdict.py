"""Slide 2, the answer first: the chance of going live as planned and with the recommended actions,
the contingency that gets it to 80%, and speaker notes that say how every figure was made.

When the register gives no delays the slide says what is missing instead of a figure.
"""

from __future__ import annotations

from collections.abc import Callable

from podium.core.model import Bullet, BulletsBlock, ChartBlock, Series
from podium.core.text import format_number, percent
from podium.roles.project_management.analysis import Analysis
from podium.roles.project_management.quantities import Money, Span, parse_money, parse_weeks
from podium.roles.project_management.register import id_sort_key
from podium.roles.project_management.schedule import TARGET, Outcome, money_to_hold, shifted
from podium.roles.project_management.texts import texts


def moved_by_actions(a: Analysis) -> int:
    """How many risks the actions change (a lower likelihood or a shorter delay)."""
    none = (0.0, 0.0)
    return sum(
        1
        for d in a.inputs.drivers
        if d.chance_after < d.chance or (d.delay_after or none) < (d.delay or none)
    )


def _go_live_date(a: Analysis) -> str:
    day = a.inputs.go_live.day
    return a.day(day) if day else texts(a.language).say("verdict.planned_date")


def verdict_blocks(a: Analysis) -> tuple[BulletsBlock, ChartBlock]:
    """The verdict in bullets and the chance of being live by each date as an S-curve."""
    t = texts(a.language)
    example = a.example or a.example_plan
    o = a.outcome
    if o is None:
        missing = [
            Bullet(t.say("verdict.missing"), example=True),
            Bullet(t.say("verdict.how_to_fix"), example=True),
        ]
        chart = ChartBlock(chart_type="line", title=t.say("verdict.chart"), categories=[], series=[],
                           number_format="0%", example=True)  # fmt: skip
        return BulletsBlock(items=missing), chart
    go_live = a.inputs.go_live
    buffer = go_live.buffer_weeks
    planned = (
        t.say("verdict.planned", chance=a.chance(o.chance_planned), date=_go_live_date(a),
              buffer=t.say("buffer", count=round(buffer)))
        if buffer >= 0.5
        else t.say("verdict.planned_no_buffer", chance=a.chance(o.chance_planned), date=_go_live_date(a))
    )  # fmt: skip
    lines = [planned, t.say("verdict.actions", count=moved_by_actions(a), chance=a.chance(o.chance_actions))]
    if o.extra_weeks:
        later = a.day(shifted(go_live.day, o.extra_weeks)) if go_live.day else ""
        lines.append(t.say("verdict.buffer", weeks=a.weeks(o.extra_weeks), chance=a.chance(o.chance_buffer),
                           date=later))  # fmt: skip
    else:
        lines.append(t.say("verdict.no_buffer", chance=a.chance(o.chance_actions)))
    lines.append(contingency_line(a, o))
    no_weeks = [rid for rid, why in a.inputs.left_out if why == "no_delay"]
    if no_weeks:
        lines.append(t.say("verdict.no_weeks", count=len(no_weeks), ids=", ".join(no_weeks[:6])))
    chart = ChartBlock(
        chart_type="line",
        title=t.say("verdict.chart"),
        categories=[
            a.day(shifted(go_live.day, w)) if go_live.day else t.say("verdict.plus_weeks", n=w)
            for w in o.curve_weeks
        ],
        series=[
            Series(t.say("verdict.series_planned"), list(o.curve_planned)),
            Series(t.say("verdict.series_actions"), list(o.curve_after)),
        ],
        number_format="0%",
        example=example,
    )
    return BulletsBlock(items=[Bullet(line, example=example) for line in lines]), chart


def contingency_line(a: Analysis, o: Outcome) -> str:
    t = texts(a.language)
    money = money_to_hold(a.inputs, o)
    if money is not None and money > 0:
        amount = a.millions(money, a.inputs.currency)
        if o.extra_weeks:
            return t.say("verdict.contingency", weeks=a.weeks(o.extra_weeks), money=amount)
        return t.say("verdict.contingency_money", money=amount)
    if o.extra_weeks:
        return t.say("verdict.contingency_time", weeks=a.weeks(o.extra_weeks))
    return t.say("verdict.contingency_none")


def verdict_title(a: Analysis, *, short: bool = False) -> str | None:
    """The action title: the chance of the planned go-live, as planned and with the actions
    (``short``: in fewer words, for a title that would not fit two lines)."""
    t = texts(a.language)
    o = a.outcome
    if o is None:
        return t.say("title.verdict_missing")
    date = _go_live_date(a)
    if o.extra_weeks:
        return t.say("title.verdict_short" if short else "title.verdict", date=date, planned=a.chance(o.chance_planned),
                     chance=a.chance(o.chance_buffer), weeks=a.weeks(o.extra_weeks))  # fmt: skip
    return t.say("title.verdict_no_buffer_short" if short else "title.verdict_no_buffer", date=date, planned=a.chance(o.chance_planned),
                 chance=a.chance(o.chance_actions))  # fmt: skip


def _levels(a: Analysis, read: Callable[[str], Span | Money | None]) -> str:
    """Each impact level with the words the simulation read from it: 'Minor 1–2 weeks, …'."""
    none = texts(a.language).say("notes.none")
    parts = []
    for level in a.register.scales.impact:
        found = read(level.meaning) or read(level.label)
        words = found.text if isinstance(found, Span) else found.span.text if found else none
        parts.append(f"{level.label} {words}")
    return ", ".join(parts)


def verdict_notes(a: Analysis) -> str | None:
    """What to say, then how every figure was made (method, runs, assumptions), for the questions."""
    if a.example:
        return None
    t = texts(a.language)
    o = a.outcome
    if o is None:
        return t.say("notes.verdict_missing")
    lang = a.language
    go_live = a.inputs.go_live
    say = [t.say("notes.verdict_answer", date=_go_live_date(a), planned=a.chance(o.chance_planned),
                 actions=a.chance(o.chance_actions))]  # fmt: skip
    if o.extra_weeks:
        say.append(t.say("notes.verdict_buffer", weeks=a.weeks(o.extra_weeks), chance=a.chance(o.chance_buffer),
                         contingency=contingency_line(a, o)))  # fmt: skip
    else:
        say.append(t.say("notes.verdict_enough"))
    scales = a.register.scales
    chances = ", ".join(
        f"{level.label} {percent(format_number(c * 100, lang, 0 if (c * 100) % 1 == 0 else 1), lang)}"
        for level, c in zip(scales.likelihood, a.inputs.chances, strict=True)
    )
    weeks = _levels(a, parse_weeks)
    how = [t.say("notes.method", runs=format_number(o.runs, lang), chances=chances, weeks=weeks)]
    unread = [
        level.label for level, read in zip(scales.likelihood, a.inputs.chances_read, strict=True) if not read
    ]
    if unread:
        how.append(t.say("notes.chances_assumed", levels=", ".join(unread)))
    from_column = sum(1 for d in a.inputs.drivers if d.delay_from_column)
    if from_column:
        how.append(t.say("notes.delay_column", count=from_column))
    with_delay = sum(1 for d in a.inputs.drivers if d.delay and d.delay[1] > 0)
    total = len(a.risks)
    how.append(t.say("notes.carry", count=total, carrying=with_delay))
    reasons = {"closed": t.say("notes.closed"), "after_go_live": t.say("notes.after_go_live"),
               "no_delay": t.say("notes.no_delay")}  # fmt: skip
    if a.inputs.left_out:
        left_out = sorted(a.inputs.left_out, key=lambda item: id_sort_key(item[0]))
        listed = ", ".join(f"{rid} ({reasons[why]})" for rid, why in left_out[:8])
        more = len(a.inputs.left_out) - 8
        how.append(t.say("notes.left_out", ids=listed + (f" +{more}" if more > 0 else "")))
    basis = t.say("notes.buffer_set") if go_live.buffer_set else t.say("notes.buffer_plan")
    how.append(t.say("notes.assumptions", buffer=a.weeks(go_live.buffer_weeks, up=False), basis=basis,
                     p80=a.weeks(o.p80_after), target=percent(str(round(TARGET * 100)), lang)))  # fmt: skip
    if o.cost_p80_after is not None:
        reserve = a.inputs.reserve
        how.append(t.say("notes.money", levels=_levels(a, parse_money),
                         expected=a.millions(o.cost_expected_after or 0, a.inputs.currency),
                         p80=a.millions(o.cost_p80_after, a.inputs.currency)))  # fmt: skip
        if reserve:
            how.append(t.say("notes.reserve", reserve=a.millions(reserve, a.inputs.currency)))
    text = " ".join(say) + "\n\n" + t.say("notes.how") + " " + " ".join(how)
    return t.say("notes.example_plan") + "\n\n" + text if a.example_plan else text


ACTIONS = 3


def recommendations_block(a: Analysis) -> BulletsBlock:
    """The actions that take the most expected delay off the go-live, from the register's own
    mitigations, then the contingency the verdict sizes; the cost and the decision stay gaps."""
    t = texts(a.language)
    by_id = {r.id: r for r in a.risks}
    gains = sorted(a.inputs.drivers, key=lambda d: (-(d.exposure - d.exposure_after), -d.exposure))
    items = []
    for driver in gains:
        risk = by_id.get(driver.id)
        if risk is None or not risk.mitigation.strip() or driver.exposure - driver.exposure_after <= 0:
            continue
        owner = risk.owner.strip() or t.say("missing")
        items.append(Bullet(t.say("recommend.action", mitigation=risk.mitigation.strip(), id=risk.id, owner=owner),
                            example=a.example))  # fmt: skip
        if len(items) == ACTIONS:
            break
    if a.outcome is not None:
        items.append(Bullet(contingency_line(a, a.outcome), example=a.example or a.example_plan))
    items.append(Bullet(t.say("recommend.decide"), example=True))
    return BulletsBlock(items=items)


def closing_block(a: Analysis, heat: str | None) -> BulletsBlock:
    """The close restates the verdict, what the actions do and the contingency, in the same figures
    as the slides before it; the decision asked for and the first months stay the candidate's."""
    t = texts(a.language)
    on_plan = a.example or a.example_plan
    items = []
    title = verdict_title(a)
    if title:
        items.append(Bullet(title, example=on_plan))
    if heat:
        items.append(Bullet(heat, example=a.example))
    if a.outcome is not None:
        items.append(Bullet(contingency_line(a, a.outcome), example=on_plan))
    items += [
        Bullet(t.say("closing.decision"), example=True),
        Bullet(t.say("closing.first_days"), example=True),
    ]
    return BulletsBlock(items=items)
