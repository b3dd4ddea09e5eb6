"""A waterfall (a bridge) as bars: the starting total, one floating bar per change, the closing total.

python-pptx has no waterfall chart, so the pptx writer draws one the way analysts build it by
hand: a stacked column chart whose first series is an invisible base, which PowerPoint and
LibreOffice both render and keep editable. The painter draws the same bars. Both take the
geometry, the axis and the label colours from here, so the preview and the file agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

TOTAL, UP, DOWN = "total", "up", "down"
# The stacked series, in drawing order. A change that crosses zero is split: its part below zero
# goes to the "_below" series (same colour, no legend entry), since a stacked chart stacks
# positive and negative values apart.
SERIES = ("base", TOTAL, UP, DOWN, UP + "_below", DOWN + "_below")
# A bar at least this share of the axis holds its label in white (or black); a thinner one in text colour.
INSIDE_LABEL = 0.12


@dataclass(frozen=True)
class Bar:
    low: float
    high: float
    kind: str  # TOTAL, UP or DOWN
    value: float  # the total, or the signed change

    @property
    def height(self) -> float:
        return self.high - self.low


def bars(values: list[float]) -> list[Bar]:
    """The first and last values are totals standing on zero; each value between is a change
    that floats from the running total (a zero change is a flat 'up')."""
    if not values:
        return []
    first = values[0]
    out = [Bar(min(0.0, first), max(0.0, first), TOTAL, first)]
    if len(values) == 1:
        return out
    running = first
    for change in values[1:-1]:
        after = running + change
        out.append(Bar(min(running, after), max(running, after), UP if change >= 0 else DOWN, change))
        running = after
    last = values[-1]
    out.append(Bar(min(0.0, last), max(0.0, last), TOTAL, last))
    return out


def stacked(values: list[float]) -> dict[str, list[float]]:
    """The stacked-column series that draw ``bars(values)``: one value per category in each."""
    found = bars(values)
    series = {name: [0.0] * len(found) for name in SERIES}
    for i, bar in enumerate(found):
        if bar.kind == TOTAL:
            series[TOTAL][i] = bar.value
        elif bar.low >= 0:  # the change itself as the height: the file keeps its exact figure
            series["base"][i], series[bar.kind][i] = bar.low, abs(bar.value)
        elif bar.high <= 0:
            series["base"][i], series[bar.kind][i] = bar.high, -abs(bar.value)
        else:
            series[bar.kind][i], series[bar.kind + "_below"][i] = bar.high, bar.low
    return series


def axis(values: list[float], axis_min: float | None = None, ticks: int = 5) -> tuple[float, float, float]:
    """(start, end, step) of the value axis: round steps of 1, 2 or 5 times a power of ten covering
    every bar and zero; or starting at ``axis_min`` when it is set above zero's side of the chart
    and below every bar (the totals are then cut off at the start, which the chart must say)."""
    found = bars(values)
    if not found:
        return 0.0, 1.0, 1.0
    low = min(min(b.low for b in found), 0.0)
    high = max(max(b.high for b in found), 0.0)
    floor = min([b.low for b in found if b.kind != TOTAL] + [b.high for b in found if b.kind == TOTAL])
    cut = axis_min is not None and low < axis_min < floor
    if cut:
        assert axis_min is not None
        low = axis_min
    if high == low:
        high = low + 1
    raw = (high - low) / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    start = low if cut else math.floor(low / step) * step
    return start, start + math.ceil((high - start) / step - 1e-9) * step, step


def white_label(bar: Bar, span: float) -> bool:
    """Whether the bar is tall enough to hold its label in white (else the label is in text colour)."""
    return span > 0 and bar.height / span >= INSIDE_LABEL


def good(bar: Bar, increase_good: bool) -> bool | None:
    """True for a favourable change, False for an unfavourable one, None for a total."""
    if bar.kind == TOTAL:
        return None
    return (bar.kind == UP) == increase_good


def plain_format(code: str, values: list[float]) -> str:
    """The chart's number format for axis and labels; 'General' would print 727117.5, so a
    grouped number stands in for it."""
    if code and code.strip().lower() != "general":
        return code
    return "#,##0" if all(float(v).is_integer() for v in values) else "#,##0.0#"


def label_format(code: str, role: str) -> str:
    """The label format of series ``role`` (a bar kind, or a stacked series name): changes carry
    their sign (a stacked bar's height has none), and zeros (other bars' slots) show nothing."""
    if role == TOTAL:
        return f'{code};-{code};""'
    sign = "+" if role.startswith(UP) else "\u2212"
    return f'"{sign}"{code};"{sign}"{code};""'
