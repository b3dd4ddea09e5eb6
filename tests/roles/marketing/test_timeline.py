"""The Gantt chart puts each phase where its dates say, on an axis ticked to suit the span."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from podium.core.model import Deck, Preparation, Slide
from podium.core.render.layout import DiagramBox, layout_deck
from podium.core.render.theme import get_theme
from podium.roles.marketing.timeline import MAX_ROWS, TL_W, TL_X, Bar, gantt, ticks, x_of

THEME = get_theme("nordic")
BARS = [
    Bar("Prepare", date(2027, 2, 1), date(2027, 2, 28), "Creative", "Marketing"),
    Bar("Launch", date(2027, 3, 1), date(2027, 3, 15), "Go live", "Digital"),
    Bar("Optimise", date(2027, 3, 16), date(2027, 5, 31), "Tests", "Digital"),
    Bar("Evaluate", date(2027, 6, 1), date(2027, 6, 30), "Results", "Marketing"),
]


def _bars(block):
    """The phase bars: accent-filled shapes without text, in row order."""
    return [s for s in block.shapes if s.fill == THEME.accent and not s.text]


def test_bars_start_and_end_where_the_dates_are() -> None:
    block = gantt(BARS, THEME, "en")
    days = (date(2027, 7, 1) - date(2027, 2, 1)).days  # 150 days, end inclusive
    for shape, bar in zip(_bars(block), BARS, strict=True):
        start = (bar.start - date(2027, 2, 1)).days
        length = (bar.end - bar.start).days + 1
        assert shape.x == pytest.approx(TL_X + TL_W * start / days)
        assert shape.w == pytest.approx(TL_W * length / days)
    first, last = _bars(block)[0], _bars(block)[-1]
    assert first.x == pytest.approx(TL_X) and last.x + last.w == pytest.approx(1.0)
    # consecutive phases touch: the end of one is the start of the next
    a, b = _bars(block)[:2]
    assert a.x + a.w == pytest.approx(b.x)


def test_rows_do_not_overlap_and_stay_inside_the_block() -> None:
    block = gantt(BARS * 2, THEME, "en")
    bars = _bars(block)
    assert len(bars) == 8
    for upper, lower in itertools.pairwise(bars):
        assert upper.y + upper.h < lower.y
    assert all(s.x >= 0 and s.x + s.w <= 1.0001 and s.y >= 0 and s.y + s.h <= 1.0001 for s in block.shapes)


def test_more_phases_than_fit_are_counted_in_the_caption() -> None:
    many = [Bar(f"Wave {i}", date(2027, 1, 1 + i), date(2027, 1, 2 + i)) for i in range(12)]
    block = gantt(many, THEME, "en", left_out=2)
    assert len(_bars(block)) == MAX_ROWS
    assert block.title == "1–13 Jan 2027 · 12 phases (+ 4 more phases; 2 not shown: check their dates)"


@pytest.mark.parametrize(
    ("start", "end", "labels"),
    [
        (date(2027, 3, 3), date(2027, 3, 24), ["3 Mar", "8 Mar", "15 Mar", "22 Mar"]),
        (date(2026, 11, 15), date(2027, 2, 10), ["Nov 2026", "Dec", "Jan 2027", "Feb"]),
        (date(2027, 1, 1), date(2028, 12, 31), [f"Q{q} {y}" for y in (2027, 2028) for q in (1, 2, 3, 4)]),
        (date(2027, 1, 1), date(2034, 12, 31), [str(y) for y in range(2027, 2035)]),
        (date(2001, 6, 1), date(2090, 1, 1), [str(y) for y in range(2000, 2089, 8)]),
    ],
)
def test_the_axis_is_ticked_by_week_month_or_quarter(start: date, end: date, labels: list[str]) -> None:
    assert [label for _, _, label in ticks(start, end, "en")] == labels


def test_swedish_axis() -> None:
    assert [t[2] for t in ticks(date(2026, 11, 1), date(2027, 2, 1), "sv")] == ["nov 2026", "dec", "jan 2027"]
    assert ticks(date(2027, 1, 1), date(2028, 12, 31), "sv")[0][2] == "kv.\u00a01\u00a02027"  # never broken


def test_laid_out_bars_land_at_the_dates_in_slide_points() -> None:
    block = gantt(BARS, THEME, "en")
    prep = Preparation(role="marketing", company="X", deck=Deck(slides=[Slide("Timeline", blocks=[block])]))
    laid = layout_deck(prep.deck, language="en")[0]
    diagram = next(b for b in laid.boxes if isinstance(b, DiagramBox))
    assert not diagram.overflow
    launch = [s for s in diagram.shapes if s.fill == THEME.accent and s.text is None][1]
    t0 = date(2027, 2, 1)
    expected_x = diagram.x + diagram.w * x_of(date(2027, 3, 1), t0, date(2027, 7, 1))
    assert launch.x == pytest.approx(expected_x)
    assert launch.w == pytest.approx(diagram.w * TL_W * 15 / 150)


def test_a_one_day_phase_is_still_visible() -> None:
    block = gantt([Bar("Kick-off", date(2027, 1, 1), date(2027, 1, 1)), *BARS[:1]], THEME, "en")
    assert _bars(block)[0].w > 0


def test_a_one_day_phase_is_a_checkpoint_dot_on_its_day() -> None:
    review = Bar("Go/no-go", date(2027, 4, 30), date(2027, 4, 30), "Review results", "Steering group")
    block = gantt([*BARS, review], THEME, "en", width_pt=864, height_pt=340)
    [dot] = [s for s in block.shapes if s.shape == "ellipse"]
    assert dot.fill == THEME.accent
    t0, t1 = date(2027, 2, 1), date(2027, 7, 1)
    middle = (x_of(date(2027, 4, 30), t0, t1) + x_of(date(2027, 5, 1), t0, t1)) / 2
    assert dot.x + dot.w / 2 == pytest.approx(middle)
    assert dot.w * 864 == pytest.approx(dot.h * 340)  # round on the slide, not squashed
