"""The campaign's phases as a Gantt chart: native shapes placed in fractions of the block.

One row per phase: its name and owner on the left, a bar from start to end
date on a shared time axis, and the dates with the key activities under the
bar. The axis is ticked by week, month or quarter depending on the span.
Both renderers draw these same shapes, so the preview matches the export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from podium.core.model import DiagramBlock, Shape
from podium.core.render.measure import text_width
from podium.core.render.theme import Theme
from podium.core.text import month_name, short_date
from podium.roles.marketing.brief import CampaignBrief
from podium.roles.marketing.fmt import clip, date_range
from podium.roles.marketing.words import phrasebook

LABEL_W = 0.22  # phase names
TL_X, TL_W = 0.24, 0.76  # the time axis
AXIS_H = 0.08  # tick labels
ROWS_Y = 0.10
GRID = "#D9DEE5"
BAND = "#F3F5F8"  # zebra rows, unless the theme names its own alternate row colour
MAX_ROWS = 8
MIN_BAR = 0.004  # a one-day phase still shows


@dataclass(frozen=True)
class Bar:
    """One phase ready to draw."""

    name: str
    start: date
    end: date  # inclusive
    activities: str = ""
    owner: str = ""


def timeline_bars(brief: CampaignBrief) -> tuple[list[Bar], int]:
    """Phases with usable dates, and how many filled phases were left out for bad dates."""
    bars, left_out = [], 0
    for phase in brief.rows("phases"):
        dates = phase.dates()
        if dates is None:
            left_out += 1
            continue
        bars.append(Bar(clip(phase.name, 40), dates[0], dates[1], clip(phase.activities, 80),
                        clip(phase.owner, 40)))  # fmt: skip
    return bars, left_out


def campaign_dates(brief: CampaignBrief) -> tuple[date, date, list[date]] | None:
    """The campaign's first and last day and its checkpoints (one-day phases), as the timeline shows them.

    Every slide that names a date reads it here, so the timeline, the KPIs' deadline and the
    closing slide cannot disagree.
    """
    bars, _ = timeline_bars(brief)
    if not bars:
        return None
    checkpoints = sorted({b.start for b in bars if b.start == b.end})
    return min(b.start for b in bars), max(b.end for b in bars), checkpoints


def span(bars: list[Bar]) -> tuple[date, date]:
    """First day and the day after the last day: the axis runs over whole days."""
    return min(b.start for b in bars), max(b.end for b in bars) + timedelta(days=1)


def x_of(day: date, t0: date, t1: date) -> float:
    """Where ``day`` (its start) sits, as a fraction of the block width."""
    return TL_X + TL_W * (day - t0).days / max(1, (t1 - t0).days)


def ticks(t0: date, t1: date, language: str) -> list[tuple[date, date, str]]:
    """(start, end, label) intervals covering the axis: weeks, months or quarters."""
    days = (t1 - t0).days
    out: list[tuple[date, date, str]] = []
    if days <= 70:
        cursor = t0 - timedelta(days=t0.weekday())
        while cursor < t1:
            nxt = cursor + timedelta(days=7)
            out.append((max(cursor, t0), min(nxt, t1), short_date(max(cursor, t0), language)))
            cursor = nxt
        return out
    if days <= 550:
        cursor = date(t0.year, t0.month, 1)
        first = True
        while cursor < t1:
            nxt = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
            label = month_name(cursor.month, language)
            if first or cursor.month == 1:
                label = f"{label} {cursor.year}"
            out.append((max(cursor, t0), min(nxt, t1), label))
            cursor, first = nxt, False
        return out
    if days > 6 * 366:  # years, in steps that keep about a dozen ticks
        step = max(1, -(-(t1.year - t0.year + 1) // 12))
        year = max(1, t0.year - t0.year % step)
        while year <= 9999 and date(year, 1, 1) < t1:
            end = date(year + step, 1, 1) if year + step <= 9999 else t1
            out.append((max(date(year, 1, 1), t0), min(end, t1), str(year)))
            year += step
        return out
    cursor = date(t0.year, 3 * ((t0.month - 1) // 3) + 1, 1)
    while cursor < t1:
        month = cursor.month + 3
        nxt = date(cursor.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
        label = phrasebook(language).say("quarter", q=(cursor.month - 1) // 3 + 1, year=cursor.year)
        out.append((max(cursor, t0), min(nxt, t1), label))
        cursor = nxt
    return out


def gantt(
    bars: list[Bar],
    theme: Theme,
    language: str,
    *,
    width_pt: float = 864.0,
    height_pt: float = 340.0,
    left_out: int = 0,
) -> DiagramBlock:
    """The Gantt diagram for ``bars`` (at least one), for a block of ``width_pt`` x ``height_pt`` points.

    A phase of a single day is a checkpoint (a review, a go/no-go) and is drawn as a dot, not a bar.
    """
    band = getattr(theme, "row_alt_fill", BAND)
    shown, hidden = bars[:MAX_ROWS], max(0, len(bars) - MAX_ROWS)
    t0, t1 = span(bars)
    last = t1 - timedelta(days=1)
    said = phrasebook(language)
    caption = said.say("timeline_title", count=len(bars), range=date_range(t0, last, language, year=True))
    notes = []
    if hidden:
        notes.append(said.say("more_phases", count=hidden))
    if left_out:
        notes.append(said.say("left_out", count=left_out))
    if notes:
        caption = f"{caption} ({'; '.join(notes)})"
    shapes: list[Shape] = []
    rh = (1 - ROWS_Y) / len(shown)
    for i in range(1, len(shown), 2):  # zebra rows make long rows easy to follow
        shapes.append(Shape(0, ROWS_Y + i * rh, 1, rh, fill=band))
    for start, end, label in ticks(t0, t1, language):
        x0, x1 = x_of(start, t0, t1), x_of(end, t0, t1)
        if start > t0:
            shapes.append(Shape(x0, AXIS_H, 0, 1 - AXIS_H, shape="line", line=GRID))
        if text_width(label, 11, theme.font_file) + 4 <= (x1 - x0) * width_pt:
            shapes.append(Shape(x0, 0, x1 - x0, AXIS_H, text=label, text_color=theme.muted, size=11))
    shapes.append(Shape(TL_X, AXIS_H, TL_W, 0, shape="line", line=theme.muted))
    year = t0.year != last.year
    for i, bar in enumerate(shown):
        top = ROWS_Y + i * rh
        if bar.owner:
            shapes.append(Shape(0.005, top + 0.06 * rh, LABEL_W, 0.5 * rh, text=bar.name, text_color=theme.text,
                                size=16, bold=True, align="left"))  # fmt: skip
            shapes.append(Shape(0.005, top + 0.56 * rh, LABEL_W, 0.38 * rh, text=bar.owner,
                                text_color=theme.muted, size=12, align="left"))  # fmt: skip
        else:
            shapes.append(Shape(0.005, top + 0.1 * rh, LABEL_W, 0.8 * rh, text=bar.name, text_color=theme.text,
                                size=16, bold=True, align="left"))  # fmt: skip
        x0 = x_of(bar.start, t0, t1)
        x1 = x_of(bar.end + timedelta(days=1), t0, t1)
        if bar.start == bar.end:  # a checkpoint: a dot centred on its day
            dot_h = 0.36 * rh
            dot_w = dot_h * height_pt / width_pt
            middle = (x0 + x1) / 2
            shapes.append(
                Shape(middle - dot_w / 2, top + 0.14 * rh, dot_w, dot_h, shape="ellipse", fill=theme.accent)
            )
        else:
            shapes.append(Shape(x0, top + 0.14 * rh, max(MIN_BAR, x1 - x0), 0.36 * rh, fill=theme.accent))
        detail = date_range(bar.start, bar.end, language, year=year)
        if bar.activities:
            detail = f"{detail} · {bar.activities}"
        # The text box is as wide as its text (within the room there is) and filled with the row's
        # colour, so grid lines pass behind the words instead of through them.
        needed = (text_width(detail, 14, theme.font_file) + 14) / width_pt
        room = 0.45 * TL_W
        if 1 - x0 >= room:  # text runs right from the bar's start
            tw = min(1 - x0, needed)
            tx = x0
        else:  # a late phase: text ends where the bar ends
            tw = min(max(room, x1 - TL_X), needed)
            tx = min(x1, 1.0) - tw
        shapes.append(Shape(tx, top + 0.52 * rh, tw, 0.42 * rh, fill=band if i % 2 else theme.background,
                            text=detail, text_color=theme.text, size=14, align="left"))  # fmt: skip
    return DiagramBlock(shapes=shapes, title=caption)
