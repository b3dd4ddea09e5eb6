"""Research in the deck, for every role: the "opportunities" slide and the "why me" closing.

The content is in ``templates/_shared/research.<lang>.toml``. The scaffold adds
a "why me" half to each role's closing slide and, when the research has
improvement ideas, an opportunities slide before it (``with_shared_slides``);
the user can add that slide later (``edits.add_opportunities_slide``). The "why me" half
fits the close the role names in its ``role.toml`` (``close``: a finance report restates its
answer without new numbers, a project verdict asks the steering group for a decision, a
marketing plan makes its ask): headings, examples and guidance come from that close's table.
This module is the research provider ``core.deck.fill`` calls for every role: ``blocks(prep)``
fills the slots from the research. When the research is still empty it hands back the
close's example, so deleting every idea never leaves stale text behind.
"""

from __future__ import annotations

from typing import Any

from podium import paths
from podium.core.deck.slots import put_blocks
from podium.core.deck.templating import render_value, template_context
from podium.core.model import Block, Bullet, BulletsBlock, Preparation, TableBlock, block_from_dict
from podium.core.research.records import load_research
from podium.core.roles import get_role
from podium.core.templates import read_localised

OPPORTUNITIES, WHY_ME = "research-opportunities", "research-why-me"
OPPORTUNITIES_KEY = "opportunities"
MAX_ROWS, MAX_LINES = 4, 3


def shared_template(language: str) -> dict[str, Any]:
    folder = paths.templates_dir() / "_shared"
    return read_localised(folder, "research", language, "the shared slides", optional=True)


def closing_index(slides: list[dict[str, Any]], target: str = "closing") -> int | None:
    found = next((i for i, s in enumerate(slides) if s.get("key") == target), None)
    if found is None:
        found = next((i for i, s in enumerate(slides) if s.get("kind") == "closing"), None)
    return found


def _wanted(extra: dict[str, Any], prep: Preparation | None) -> bool:
    if extra.get("only_with") == "ideas":
        return prep is not None and bool(load_research(prep).usable_ideas)
    return True


def close_of(language: str, close: str) -> dict[str, Any]:
    """The shared template's table for the close ``close`` (``[close.<name>]``); the default
    close for a role that names none, or names one the language's file does not have."""
    closes = shared_template(language).get("close", {})
    found = closes.get(close) or closes.get("default", {})
    return dict(found) if isinstance(found, dict) else {}


def why_me_example(close: dict[str, Any]) -> dict[str, Any]:
    """The raw "why me" block (a template: ``{{ company }}`` still unrendered) with the close's
    examples under its two headings; every line is marked as an example."""
    items: list[dict[str, Any]] = []
    for heading, lines in (("goals", "goals_example"), ("bring", "bring_example")):
        items.append({"text": str(close.get(heading, "")), "example": True})
        items += [{"text": str(line), "level": 1, "example": True} for line in close.get(lines, [])]
    return {"type": "bullets", "source": WHY_ME, "items": items}


def with_shared_slides(
    raw_slides: list[dict[str, Any]], language: str, prep: Preparation | None = None, close: str = ""
) -> list[dict[str, Any]]:
    """The role's raw slides with the research added: the "why me" half on the closing slide, fitted
    to the role's ``close``, and the shared slides (those whose ``only_with`` the research meets)
    before the closing slide.

    A role that already has a slide with the same key keeps its own.
    """
    template = shared_template(language)
    slides = [dict(s) for s in raw_slides]
    closing = closing_index(slides)
    ending = close_of(language, close)
    if closing is not None and ending and len(slides[closing].get("blocks", [])) == 1:
        slide = slides[closing]
        slide["blocks"] = [*slide["blocks"], why_me_example(ending)]
        more = [str(ending.get("guidance", "")), str(template.get("closing", {}).get("guidance", ""))]
        slide["guidance"] = " ".join(g.strip() for g in [str(slide.get("guidance", "")), *more] if g.strip())
    keys = {s.get("key") for s in slides}
    for extra in template.get("slide", []):
        if extra.get("key") in keys or not _wanted(extra, prep):
            continue
        position = closing_index(slides, extra.get("insert_before", "closing"))
        if position is None:
            position = next((i for i, s in enumerate(slides) if s.get("backup")), len(slides))
        slides.insert(position, {k: v for k, v in extra.items() if k not in ("insert_before", "only_with")})
    return slides


def _render(prep: Preparation, value: Any) -> Any:
    return render_value(value, template_context(prep, get_role(prep.role)))


def _template_block(prep: Preparation, source: str) -> Block | None:
    template = shared_template(prep.language)
    for slide in template.get("slide", []):
        for raw in slide.get("blocks", []):
            if raw.get("source") == source:
                return block_from_dict(_render(prep, dict(raw)))
    return None


def _opportunities(prep: Preparation) -> Block | None:
    example = _template_block(prep, OPPORTUNITIES)
    ideas = load_research(prep).usable_ideas[:MAX_ROWS]
    if not ideas or not isinstance(example, TableBlock):
        return example
    rows = [[i.observation.strip(), i.evidence.strip(), i.proposal.strip()] for i in ideas]
    return TableBlock(columns=list(example.columns), rows=rows)


def _why_me(prep: Preparation) -> Block | None:
    """The close's two halves: the company's goals and the candidate's evidence under the close's
    headings; a half the research cannot fill yet keeps the close's example."""
    close = close_of(prep.language, get_role(prep.role).close)
    if not close:
        return None
    example = block_from_dict(_render(prep, why_me_example(close)))
    research = load_research(prep)
    goals = research.company.goal_list[:MAX_LINES]
    evidence = [d.evidence.strip() for d in research.answered_doubts][:MAX_LINES]
    if not (goals or evidence) or not isinstance(example, BulletsBlock):
        return example
    headings = _render(prep, {"goals": str(close.get("goals", "")), "bring": str(close.get("bring", ""))})
    split = 1 + len(close.get("goals_example", []))  # the example's first half: heading and lines
    items: list[Bullet] = []
    if goals:
        items += [Bullet(headings["goals"]), *(Bullet(g, level=1) for g in goals)]
    else:
        items += example.items[:split]
    if evidence:
        items += [Bullet(headings["bring"]), *(Bullet(e, level=1) for e in evidence)]
    else:
        items += example.items[split:]
    return BulletsBlock(items=items)


def blocks(prep: Preparation) -> dict[str, Block]:
    """The research slots this provider can fill (see ``core.deck.fill``)."""
    out: dict[str, Block] = {}
    for source, build in ((OPPORTUNITIES, _opportunities), (WHY_ME, _why_me)):
        block = build(prep)
        if block is not None:
            out[source] = block
    return out


def refill(prep: Preparation) -> list[str]:
    """Refill only the research slots (cheap enough for every keystroke); the sources filled."""
    return put_blocks(prep.deck, blocks(prep))
