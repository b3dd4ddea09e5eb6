"""The plan as a timeline: one row per phase (a bar) or milestone (a dot and its date).

Ticks are months, quarters or years depending on the plan's span, so a six-month
plan and a three-year programme both read well at slide size.
"""

from __future__ import annotations

from datetime import date, timedelta

from podium.core.model import DiagramBlock, Shape
from podium.core.render.axis import Tick, place_labels
from podium.core.text import month_name, month_year, quarter, short_date
from podium.roles.project_management.geometry import diagram_area
from podium.roles.project_management.register import PlanItem
from podium.roles.project_management.texts import texts

LABEL_W = 0.33
CHART_X0, CHART_X1 = 0.35, 0.97
AXIS_H = 0.08
MAX_ROWS = 14
GRID = "#D9E2EC"
MUTED = "#52606D"
TICK_SIZE = 10
LABEL_INSET = 0.005  # a tick label starts just right of its grid line


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month_start(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def _ticks(lo: date, hi: date, language: str) -> tuple[list[tuple[date, tuple[str, ...]]], date]:
    """Ticks from ``lo`` to ``hi`` (months, quarters or years) with their labels, longest first,
    and where the axis ends: after the last tick's whole period, so the last label has room."""
    first, last = _month_index(lo), _month_index(hi)
    span = last - first + 1
    step = 1 if span <= 9 else 3 if span <= 30 else 12
    ticks: list[tuple[date, tuple[str, ...]]] = []
    index = first - (first % step if step > 1 else 0)
    while index <= last:
        day = _month_start(index)
        year, short_year = str(day.year), f"’{day.year % 100:02d}"
        labels: tuple[str, ...]  # longest first
        if step == 1:
            name = month_name(day.month, language)
            with_year = day.month == 1 or index == first
            labels = (
                (month_year(day.month, year, language), month_year(day.month, short_year, language), name)
                if with_year
                else (name,)
            )
        elif step == 3:
            number = (day.month - 1) // 3 + 1
            labels = (
                quarter(number, language, year),
                quarter(number, language, short_year),
                quarter(number, language),
            )
        else:
            labels = (year, short_year)
        ticks.append((day, labels))
        index += step
    return ticks, _month_start(index)


def timeline_block(
    plan: list[PlanItem],
    *,
    language: str,
    title: str,
    bar_color: str,
    milestone_color: str,
    aspect: str = "16:9",
    example: bool = False,
    font_file: str = "Carlito-Regular.ttf",
    text_color: str = "#1F2933",
    muted: str = MUTED,
) -> DiagramBlock:
    """Phases and milestones of ``plan`` in date order, drawn as native shapes.

    ``font_file`` is the theme's text font: tick labels are measured with it so they fit;
    ``text_color`` and ``muted`` are the theme's, so the labels read on a dark background too.
    """
    items = sorted(plan, key=lambda p: (p.start, p.finish, p.kind != "phase"))
    shown = items[:MAX_ROWS]
    shapes: list[Shape] = []
    if not shown:
        return DiagramBlock(shapes=shapes, title=title, example=example)
    area_w, area_h = diagram_area(aspect)
    ticks, hi = _ticks(min(p.start for p in items), max(p.finish for p in items), language)
    lo = ticks[0][0]
    total = max(1, (hi - lo).days)

    def x_of(day: date) -> float:
        return CHART_X0 + (CHART_X1 - CHART_X0) * min(max((day - lo).days / total, 0.0), 1.0)

    for day, _labels in ticks:
        shapes.append(Shape(x_of(day), AXIS_H, 0, 1 - AXIS_H, shape="line", line=GRID))
    axis = [Tick(x_of(day) + LABEL_INSET, labels) for day, labels in ticks]
    for label in place_labels(axis, end=CHART_X1, width_pt=area_w, size=TICK_SIZE, font_file=font_file):
        shapes.append(Shape(label.x0, 0, label.x1 - label.x0, AXIS_H, text=label.text, text_color=muted,
                            size=TICK_SIZE, align="left"))  # fmt: skip
    rows = len(shown) + (1 if len(items) > len(shown) else 0)
    row_h = min(0.1, (1 - AXIS_H - 0.02) / rows)
    for n, item in enumerate(shown):
        y = AXIS_H + 0.02 + n * row_h
        shapes.append(Shape(0, y, LABEL_W, row_h, text=item.name, size=12, align="left", text_color=text_color,
                            bold=item.kind == "milestone"))  # fmt: skip
        if item.kind == "phase":
            x0, x1 = (
                x_of(item.start),
                x_of(item.finish + timedelta(days=1)),
            )  # a phase runs to the end of its last day
            shapes.append(Shape(x0, y + row_h * 0.2, max(x1 - x0, 0.006), row_h * 0.6, fill=bar_color))
            continue
        diameter = min(row_h * area_h * 0.6, 12.0)
        dw, dh = diameter / area_w, diameter / area_h
        x = x_of(item.start)
        shapes.append(Shape(x - dw / 2, y + (row_h - dh) / 2, dw, dh, shape="ellipse", fill=milestone_color))
        label_w = 0.16
        left = x + dw / 2 + 0.005 + label_w > 1.0
        shapes.append(Shape(x - dw / 2 - 0.005 - label_w if left else x + dw / 2 + 0.005, y, label_w, row_h,
                            text=short_date(item.start, language), size=10, text_color=muted,
                            align="right" if left else "left"))  # fmt: skip
    if len(items) > len(shown):
        y = AXIS_H + 0.02 + len(shown) * row_h
        shapes.append(Shape(0, y, LABEL_W, row_h, text=texts(language).say("more", n=len(items) - len(shown)),
                            size=10, align="left", text_color=muted))  # fmt: skip
    return DiagramBlock(shapes=shapes, title=title, example=example)
