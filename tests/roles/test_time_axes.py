"""Property: every time axis keeps its tick labels inside the diagram, for any plan span and start.

Drawn through the real layout, so a label that would be shrunk past its minimum size or spill
over the diagram's right edge fails here.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from podium.core.model import Bullet, BulletsBlock, Deck, DiagramBlock, Slide
from podium.core.render.layout import layout_deck
from podium.core.render.theme import THEMES, get_theme
from podium.roles.marketing.timeline import Bar, gantt
from podium.roles.project_management.register import PlanItem
from podium.roles.project_management.timeline import CHART_X1, TICK_SIZE, timeline_block

starts = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
lengths = st.integers(min_value=0, max_value=8 * 366)
languages = st.sampled_from(["en", "sv"])
aspects = st.sampled_from(["16:9", "4:3"])
themes = st.sampled_from(sorted(THEMES))


def _laid_out(block: DiagramBlock, *, theme: str, aspect: str, language: str, two_up: bool):
    blocks = [BulletsBlock([Bullet("Goal")]), block] if two_up else [block]
    deck = Deck(slides=[Slide("Plan", blocks=blocks)], theme=theme, aspect=aspect)
    return layout_deck(deck, language=language)[0]


@settings(max_examples=150, deadline=None)
@given(
    first=starts,
    phases=st.lists(st.tuples(st.integers(0, 6 * 366), lengths, st.booleans()), min_size=1, max_size=16),
    language=languages,
    aspect=aspects,
    theme=themes,
)
def test_plan_timeline_labels_stay_inside(first, phases, language, aspect, theme) -> None:  # type: ignore[no-untyped-def]
    plan = [
        PlanItem(f"Phase {n}", first + timedelta(days=offset),
                 None if milestone else first + timedelta(days=offset + length),
                 "milestone" if milestone else "phase")
        for n, (offset, length, milestone) in enumerate(phases)
    ]  # fmt: skip
    font = get_theme(theme).font_file
    block = timeline_block(plan, language=language, title="Plan", bar_color="#2F6FDE",
                           milestone_color="#F2A541", aspect=aspect, font_file=font)  # fmt: skip
    ticks = [s for s in block.shapes if s.size == TICK_SIZE and s.y == 0 and s.text]
    assert ticks, "the axis has at least one label"
    for tick in ticks:
        assert tick.x >= 0 and tick.x + tick.w <= CHART_X1 + 1e-9, tick
    laid = _laid_out(block, theme=theme, aspect=aspect, language=language, two_up=True)
    assert not laid.overflows, [s.text for s in block.shapes if s.text]


@settings(max_examples=100, deadline=None)
@given(first=starts, spans=st.lists(lengths, min_size=1, max_size=8), language=languages, aspect=aspects,
       theme=themes)  # fmt: skip
def test_campaign_gantt_labels_stay_inside(first, spans, language, aspect, theme) -> None:  # type: ignore[no-untyped-def]
    bars = [Bar(f"Phase {n}", first + timedelta(days=7 * n), first + timedelta(days=7 * n + span))
            for n, span in enumerate(spans)]  # fmt: skip
    block = gantt(bars, get_theme(theme), language)
    for shape in block.shapes:
        assert shape.x >= -1e-9 and shape.x + shape.w <= 1 + 1e-9, shape
    laid = _laid_out(block, theme=theme, aspect=aspect, language=language, two_up=False)
    assert not laid.overflows
