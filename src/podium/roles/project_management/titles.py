"""Action titles for the project-management deck, each slide's conclusion with its figure, and the
notes that explain the computed figures.

A panel member who reads only the titles should know the candidate's answer. Each title is
written from the register (and the plan, and the simulation) once they are the candidate's own;
until then the template's example title stays. The user's own edit always wins
(``core.deck.slots``).
"""

from __future__ import annotations

from podium.core.model import Preparation
from podium.core.phrasebook import phrases
from podium.core.render.title_fit import title_fits
from podium.roles.project_management.analysis import Analysis, analyse
from podium.roles.project_management.deck import TOP_RISKS, category_counts
from podium.roles.project_management.health import scorecard_notes, scorecard_title
from podium.roles.project_management.heatmap import heatmap_title
from podium.roles.project_management.register import Risk
from podium.roles.project_management.scales import band_name
from podium.roles.project_management.texts import texts
from podium.roles.project_management.verdict import verdict_notes, verdict_title

PLAN_TITLES = ("verdict-title", "health-title", "recommendations-title")  # their figures rest on the plan


def plan_title(a: Analysis) -> str | None:
    go_live = a.inputs.go_live
    if go_live.day is None:
        return None
    t = texts(a.language)
    start = min(p.start for p in a.plan)
    months = max(1, round((go_live.day - start).days / 30.44))
    buffer = round(go_live.buffer_weeks)
    if buffer:
        return t.say(
            "title.plan", count=months, date=a.day(go_live.day), buffer=t.say("buffer", count=buffer)
        )
    return t.say("title.plan_no_buffer", count=months, date=a.day(go_live.day))


def method_title(a: Analysis) -> str:
    t = texts(a.language)
    weeks = all(a.inputs.level_weeks)
    money = all(a.inputs.level_money)
    key = "title.method_money_weeks" if weeks and money else "title.method_weeks" if weeks else "title.method"
    return t.say(key, count=len(a.risks), high=a.register.scales.floors[1])


def _arrow(risk: Risk, a: Analysis) -> str:
    return texts(a.language).say("title.arrow", score=risk.score, residual=risk.residual_score)


def categories_title(a: Analysis) -> str:
    t = texts(a.language)
    counts = category_counts(a.risks, a.register.scales, a.language)
    name, n, _high, _top = counts[0]
    total_high = sum(h for _c, _n, h, _t in counts)
    if not total_high:
        return t.say("title.categories_none_high", category=name, count=n, total=len(a.risks))
    most_high = max(counts, key=lambda c: c[2])
    if most_high[0] == name:
        return t.say("title.categories", category=name, count=n, total=len(a.risks), high=most_high[2],
                     all_high=total_high)  # fmt: skip
    return t.say("title.categories_split", category=name, count=n, total=len(a.risks), other=most_high[0],
                 high=most_high[2], all_high=total_high)  # fmt: skip


def top_risks_title(a: Analysis) -> str:
    t = texts(a.language)
    top = a.risks[:TOP_RISKS]
    exposure = {d.id: d.exposure for d in a.inputs.drivers}
    total = sum(exposure.values())
    if a.outcome is not None and total > 0:
        if len(a.risks) <= TOP_RISKS:  # the table holds them all: name the few that carry most of it
            leaders: list[str] = []
            carried = 0.0
            for rid, weeks in sorted(exposure.items(), key=lambda item: -item[1])[:3]:
                leaders.append(rid)
                carried += weeks
                if carried >= total / 2:
                    break
            ids = (
                leaders[0]
                if len(leaders) == 1
                else t.say("and", first=", ".join(leaders[:-1]), last=leaders[-1])
            )
            return t.say("title.top_delay_ids", count=len(leaders), ids=ids, share=a.share(carried / total))
        share = sum(exposure.get(r.id, 0.0) for r in top) / total
        return t.say("title.top_delay", count=len(top), total=len(a.risks), share=a.share(share))
    stay = a.heavy(top, residual=True)
    return t.say("title.top_scores", count=len(top), total=len(a.risks), high=top[0].score, low=top[-1].score,
                 stay=stay)  # fmt: skip


def _drop(risk: Risk, a: Analysis) -> str:
    t = texts(a.language)
    band = band_name(a.register.scales.band(risk.residual_score), a.language).lower()
    if risk.residual_score < risk.score:
        return t.say("title.drop", score=risk.score, residual=risk.residual_score, band=band)
    return t.say("title.no_drop", score=risk.score, band=band)


def deep_dive_title(a: Analysis, *, short: bool = False) -> str:
    risk = a.risks[0]
    t = texts(a.language)
    if short and risk.residual_score < risk.score:
        return t.say("title.deep_dive_short", id=risk.id, title=risk.title, arrow=_arrow(risk, a))
    return t.say("title.deep_dive", id=risk.id, title=risk.title, drop=_drop(risk, a))


def deep_dives_title(a: Analysis) -> str | None:
    if len(a.risks) < 3:
        return None
    two, three = a.risks[1], a.risks[2]
    return texts(a.language).say("title.deep_dives", first=two.id, second=three.id, first_drop=_arrow(two, a),
                                 second_drop=_arrow(three, a))  # fmt: skip


def recommendations_title(a: Analysis) -> str | None:
    o = a.outcome
    if o is None:
        return None
    t = texts(a.language)
    if o.extra_weeks:
        return t.say("title.recommendations", weeks=a.weeks(o.extra_weeks), planned=a.chance(o.chance_planned),
                     chance=a.chance(o.chance_buffer))  # fmt: skip
    return t.say("title.recommendations_no_buffer", planned=a.chance(o.chance_planned),
                 chance=a.chance(o.chance_actions))  # fmt: skip


def monitoring_title(a: Analysis) -> str:
    t = texts(a.language)
    high = a.register.scales.floors[1]
    watched = sum(1 for r in a.risks if r.trigger.strip() and r.status != "closed")
    return t.say("title.monitoring", score=high, count=watched)


def titles(prep: Preparation) -> dict[str, str]:
    """The action titles the data can state, keyed by title slot.

    Until the register (or the plan) is the candidate's own, each title is the one the example
    data gives, marked as an example: the scaffold shows what an action title looks like, with
    figures that agree with the example on the slide.
    """
    a = analyse(prep)
    from_risks = {
        "verdict-title": verdict_title(a),
        "health-title": scorecard_title(a),
        "method-title": method_title(a),
        "categories-title": categories_title(a),
        "heatmap-title": heatmap_title(a),
        "top-risks-title": top_risks_title(a),
        "deep-dive-title": deep_dive_title(a),
        "deep-dives-title": deep_dives_title(a),
        "recommendations-title": recommendations_title(a),
        "monitoring-title": monitoring_title(a),
    }
    shorter = {
        "verdict-title": verdict_title(a, short=True),
        "deep-dive-title": deep_dive_title(a, short=True),
    }
    marked = phrases(a.language)
    out: dict[str, str] = {}
    for key, title in [*from_risks.items(), ("plan-title", plan_title(a))]:
        example = (
            a.example_plan if key == "plan-title" else a.example or (a.example_plan and key in PLAN_TITLES)
        )
        if not title:
            continue
        short = shorter.get(key)
        forms: list[str] = [title, short] if short else [title]
        if example:  # 'Example: ' makes it longer
            forms = [marked.say("deck.example_marked", text=form) for form in forms]
        out[key] = next((form for form in forms if title_fits(form)), forms[-1])
    return out


def notes(prep: Preparation) -> dict[str, str]:
    """Speaker notes that explain the computed figures, keyed by notes slot."""
    a = analyse(prep)
    out = {"verdict-notes": verdict_notes(a), "health-notes": scorecard_notes(a)}
    return {key: text for key, text in out.items() if text}
