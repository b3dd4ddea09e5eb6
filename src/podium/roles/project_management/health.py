"""The plan-health scorecard: five areas in red, amber or green, each with its reason and its basis.

Each rating is derived where the plan and the register allow it (schedule realism from the
simulation, contingency from the plan's buffer against the delay it must absorb, benefit
ownership, dependencies and governance from the register), or is the candidate's own judgement
(set in the Risks tab) and says so. An area that is neither stays a marked example, so the
scorecard never passes a guess off as a finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from podium.core.model import DiagramBlock, Shape
from podium.core.render.theme import readable_on
from podium.roles.project_management.analysis import HEAVY, Analysis
from podium.roles.project_management.register import Risk
from podium.roles.project_management.scales import band_name
from podium.roles.project_management.texts import texts

AREAS = ("schedule", "contingency", "benefits", "dependencies", "governance")
RAG_COLORS = {"green": "#3A8F5C", "amber": "#E3A21A", "red": "#C8423B"}
EXAMPLE_RATINGS = {"benefits": "amber", "dependencies": "amber", "governance": "amber",
                   "schedule": "amber", "contingency": "red"}  # fmt: skip
GREEN_CHANCE, AMBER_CHANCE = 0.7, 0.4  # schedule realism: chance of the planned go-live
MUTED = "#52606D"
CARD = "#F3F5F7"  # a row's card on a light theme

_BENEFIT = re.compile(
    r"benefit|business case|value realis|nytta|nyttohemtagning|affärsnytta|vinsthemtagning", re.I
)
# A dependency risk: filed under a dependency category, or naming a party outside the programme.
# "Key-person dependency" is a people risk, so "depend" alone counts only in the category.
_DEPENDENCY_CATEGORY = re.compile(
    r"depend|supplier|vendor|third[\s-]party|external|contract|procure|commercial|partner|interface|beroende"
    r"|leverantör|extern|avtal|upphandl|inköp|gränssnitt",
    re.IGNORECASE,
)
_DEPENDENCY_TITLE = re.compile(
    r"vendor|supplier|third[\s-]party|external|contractor|partner|depends on|leverantör|extern|underleverantör"
    r"|avtal|beroende av (?!nyckel)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Rating:
    area: str
    rating: str  # green, amber or red
    reason: str
    basis: str  # simulation, plan, register, judgement or example


def _matching(risks: list[Risk], category: re.Pattern[str], title: re.Pattern[str]) -> list[Risk]:
    return [
        r for r in risks if r.status != "closed" and (category.search(r.category) or title.search(r.title))
    ]


def _schedule(a: Analysis) -> Rating | None:
    o = a.outcome
    if o is None:
        return None
    t = texts(a.language)
    rating = (
        "green"
        if o.chance_planned >= GREEN_CHANCE
        else "amber"
        if o.chance_planned >= AMBER_CHANCE
        else "red"
    )
    late = max(0.0, o.p80_planned - a.inputs.go_live.buffer_weeks)
    day = a.inputs.go_live.day
    date = a.day(day) if day else t.say("verdict.planned_date")
    reason = t.say("health.schedule", chance=a.chance(o.chance_planned), date=date, weeks=a.weeks(late))
    return Rating("schedule", rating, reason, "simulation")


def _contingency(a: Analysis) -> Rating | None:
    o = a.outcome
    if o is None:
        return None
    t = texts(a.language)
    buffer = a.inputs.go_live.buffer_weeks
    rating = "green" if buffer >= o.p80_planned else "amber" if buffer >= o.p50_planned else "red"
    if buffer < 0.5:
        reason = t.say("health.no_buffer", p80=a.weeks(o.p80_planned))
    else:
        reason = t.say(
            "health.buffer",
            buffer=a.weeks(buffer, up=False),
            p50=a.weeks(o.p50_planned),
            p80=a.weeks(o.p80_planned),
        )
    return Rating("contingency", rating, reason, "plan")


def _benefits(a: Analysis) -> Rating | None:
    found = _matching(a.risks, _BENEFIT, _BENEFIT)
    if not found:
        return None
    t = texts(a.language)
    scales = a.register.scales
    unowned = [r for r in found if not r.owner.strip()]
    if unowned:
        return Rating("benefits", "red", t.say("health.benefits_unowned", count=len(unowned),
                                               ids=", ".join(r.id for r in unowned[:4])), "register")  # fmt: skip
    worst = max(found, key=lambda r: (r.residual_score, r.score))
    band = scales.band(worst.residual_score)
    rating = "amber" if band in HEAVY else "green"
    reason = t.say("health.benefits", count=len(found), id=worst.id, owner=worst.owner,
                   band=band_name(band, a.language).lower())  # fmt: skip
    return Rating("benefits", rating, reason, "register")


def _dependencies(a: Analysis) -> Rating | None:
    found = _matching(a.risks, _DEPENDENCY_CATEGORY, _DEPENDENCY_TITLE)
    if not found:
        return None
    t = texts(a.language)
    scales = a.register.scales
    worst = max(found, key=lambda r: (r.residual_score, r.score))
    band = scales.band(worst.residual_score)
    rating = "red" if band in HEAVY else "amber" if band == "medium" else "green"
    reason = t.say("health.dependencies", count=len(found), id=worst.id, title=worst.title,
                   band=band_name(band, a.language).lower())  # fmt: skip
    return Rating("dependencies", rating, reason, "register")


def _governance(a: Analysis) -> Rating | None:
    open_risks = [r for r in a.risks if r.status != "closed"]
    if not open_risks:
        return None
    t = texts(a.language)
    scales = a.register.scales
    unowned = [r for r in open_risks if not r.owner.strip()]
    heavy = [r for r in open_risks if scales.band(r.score) in HEAVY]
    unwatched = [r for r in heavy if not r.trigger.strip()]
    if not unowned and not unwatched:
        rating = "green"
    elif len(unowned) > 0.2 * len(open_risks) or len(unwatched) > 0.5 * max(1, len(heavy)):
        rating = "red"
    else:
        rating = "amber"
    owners = (
        t.say("health.owners_all", count=len(open_risks))
        if not unowned
        else t.say("health.owners_missing", count=len(unowned), total=len(open_risks))
    )
    triggers = (
        t.say("health.triggers_all", count=len(heavy))
        if not unwatched
        else t.say("health.triggers_missing", count=len(unwatched), total=len(heavy))
    )
    return Rating(
        "governance", rating, t.say("health.governance", owners=owners, triggers=triggers), "register"
    )


_DERIVE = {"schedule": _schedule, "contingency": _contingency, "benefits": _benefits,
           "dependencies": _dependencies, "governance": _governance}  # fmt: skip


def derived(a: Analysis, area: str) -> Rating | None:
    """What the plan and the register say about ``area``, or None when they cannot tell."""
    rating = _DERIVE[area](a)
    return (
        Rating(area, rating.rating, rating.reason[:1].upper() + rating.reason[1:], rating.basis)
        if rating
        else None
    )


def ratings(a: Analysis) -> list[Rating]:
    """The five areas in order: the candidate's judgement where given, else derived, else an example."""
    if "ratings" not in a.memo:
        a.memo["ratings"] = _ratings(a)
    found: list[Rating] = a.memo["ratings"]
    return found


def _ratings(a: Analysis) -> list[Rating]:
    t = texts(a.language)
    out = []
    for area in AREAS:
        own = a.register.health.get(area, {})
        derived = _DERIVE[area](a)
        if own.get("rating"):
            reason = own.get("reason", "").strip() or (
                derived.reason if derived else t.say("health.no_reason")
            )
            out.append(Rating(area, own["rating"], reason, "judgement"))
        elif derived is not None:
            on_example = a.example or (a.example_plan and area in ("schedule", "contingency"))
            out.append(Rating(area, derived.rating, derived.reason, "example") if on_example else derived)
        else:
            out.append(Rating(area, EXAMPLE_RATINGS[area], t.say(f"health_example.{area}"), "example"))
    return [Rating(r.area, r.rating, r.reason[:1].upper() + r.reason[1:], r.basis) for r in out]


def scorecard_block(
    a: Analysis, example_color: str, *, text_color: str = "#1F2933", muted: str = MUTED, card: str = CARD
) -> DiagramBlock:
    """The scorecard as native shapes: area, a coloured rating with its word, the reason, the basis.

    The colours are the theme's (its text, muted text and alternate table row for the cards), so
    the scorecard reads on a dark theme as on a light one."""
    t = texts(a.language)
    rows = ratings(a)
    head_h, gap = 0.08, 0.015
    row_h = (1 - head_h) / len(rows)
    cols = ((0.0, 0.2), (0.21, 0.11), (0.34, 0.5), (0.855, 0.145))  # (x, w): area, rating, reason, basis
    shapes: list[Shape] = []
    for (x, w), word in zip(cols, t.words("health.columns"), strict=True):
        shapes.append(Shape(x, 0, w, head_h, text=word, size=11, bold=True, align="left", text_color=muted))
    for n, row in enumerate(rows):
        y = head_h + n * row_h
        example = row.basis == "example"
        color = example_color if example else text_color
        shapes.append(Shape(0, y + gap / 2, 1, row_h - gap, fill=card))
        (ax, aw), (rx, rw), (tx, tw), (bx, bw) = cols
        shapes.append(Shape(ax + 0.01, y, aw - 0.01, row_h, text=t.say(f"health_area.{row.area}"), size=14,
                            bold=True, align="left", text_color=color))  # fmt: skip
        fill = RAG_COLORS[row.rating]
        shapes.append(Shape(rx, y + row_h * 0.2, rw, row_h * 0.6, fill=fill, text=t.say(f"rag.{row.rating}"),
                            size=13, bold=True, text_color=readable_on(fill)))  # fmt: skip
        shapes.append(Shape(tx, y, tw, row_h, text=row.reason, size=13, align="left", text_color=color))
        shapes.append(Shape(bx, y, bw, row_h, text=t.say(f"basis.{row.basis}"), size=11, align="left",
                            text_color=example_color if example else muted))  # fmt: skip
    return DiagramBlock(shapes=shapes, title="", example=any(r.basis == "example" for r in rows))


def scorecard_title(a: Analysis) -> str | None:
    t = texts(a.language)
    rows = ratings(a)
    reds = [t.say(f"health_area.{r.area}").lower() for r in rows if r.rating == "red"]
    ambers = [t.say(f"health_area.{r.area}").lower() for r in rows if r.rating == "amber"]
    if reds:
        return t.say("title.health_red", count=len(reds), areas=_joined(reds, a.language), total=len(rows))
    if ambers:
        return t.say("title.health_amber", count=len(ambers), areas=_joined(ambers, a.language))
    return t.say("title.health_green", total=len(rows))


def _joined(words: list[str], language: str) -> str:
    if len(words) == 1:
        return words[0]
    return texts(language).say("and", first=", ".join(words[:-1]), last=words[-1])


def scorecard_notes(a: Analysis) -> str | None:
    """Each rating with its reason and where it comes from, so each survives 'how do you know?'."""
    if a.example:
        return None
    t = texts(a.language)
    lines = [t.say("notes.health_intro")]
    for row in ratings(a):
        lines.append(t.say("notes.health_row", area=t.say(f"health_area.{row.area}"),
                           rating=t.say(f"rag.{row.rating}").lower(), reason=row.reason,
                           basis=t.say(f"basis.{row.basis}").lower()))  # fmt: skip
    return "\n".join(lines)
