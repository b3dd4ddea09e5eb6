"""A chart's value axis: round steps covering the data, the same in the painter and in the file.

Office suites choose their own steps unless told; a chart whose axis starts above zero is told
(minimum, maximum and step from here), so the label at the bottom of the axis is the value
the chart's title says the axis starts at.
"""

from __future__ import annotations

import math


def nice_axis(low: float, high: float, ticks: int = 5, *, zero: bool = True) -> tuple[float, float, float]:
    """(start, end, step) with a step of 1, 2 or 5 times a power of ten, covering low..high (and zero).

    Bars start at zero, as the exported chart's axis does; a line chart's axis fits its data.
    """
    if zero:
        low, high = min(0.0, low), max(0.0, high)
    if not (math.isfinite(low) and math.isfinite(high)):
        return 0.0, 1.0, 0.2  # nothing to scale: the data layer refuses such values before a chart
    raw = (high - low) / ticks
    if not raw > 0:  # a flat line (or one too thin to measure): at 9e15 adding 1 changes nothing
        high = low + max(1.0, abs(low) * 1e-6)
        raw = (high - low) / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    start, end = math.floor(low / step) * step, math.ceil(high / step) * step
    # a quotient rounded the wrong way (huge or subnormal values) must not leave data off the axis
    return start - step if start > low else start, end + step if end < high else end, step


def axis_from(start: float, values: list[float]) -> tuple[float, float, float] | None:
    """The axis of a chart whose axis starts at ``start`` (None when a value lies below it)."""
    if not values or min(values) < start:
        return None
    _, end, step = nice_axis(start, max(values), zero=False)
    return start, max(end, start + step), step
