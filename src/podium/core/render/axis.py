"""Tick labels on a diagram's time axis that always fit inside the diagram.

A label runs from its tick to the next labelled tick (the last one to the end of the axis).
When the labels are too wide for that space, they are written shorter ("Q1 2028" becomes
"Q1 ’28", then "Q1"); when even that does not fit, every second (third, ...) tick is labelled.
So the last label never spills past the right edge, whatever the plan's span and start month,
and no label is shrunk below its size or reported as overflow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from podium.core.render.measure import text_width

# Diagram text boxes keep up to 4 pt of padding on each side (core.render.layout._diagram_box).
PAD_PT = 4.0
SLACK_PT = 1.0  # what Pillow and Qt may disagree on, at label sizes


@dataclass(frozen=True)
class Tick:
    """A tick at ``x`` (a fraction of the diagram width) and its labels, longest first."""

    x: float
    labels: tuple[str, ...]


@dataclass(frozen=True)
class PlacedLabel:
    """A label to draw from ``x0`` to ``x1`` (fractions of the diagram width)."""

    x0: float
    x1: float
    text: str


def fits(text: str, width_fraction: float, width_pt: float, size: float, font_file: str) -> bool:
    """Whether ``text`` at ``size`` fits a diagram text box ``width_fraction`` of the diagram wide."""
    return text_width(text, size, font_file) + 2 * PAD_PT + SLACK_PT <= width_fraction * width_pt


def place_labels(
    ticks: Sequence[Tick], *, end: float, width_pt: float, size: float, font_file: str
) -> list[PlacedLabel]:
    """Labels for ``ticks`` (in axis order) that all fit between their tick and the next labelled one.

    ``end`` is where the axis stops. Tries every tick at the longest wording, then shorter
    wordings, then every n-th tick; gives an empty list only when not even the first tick's
    shortest label fits the whole axis.
    """
    if not ticks:
        return []
    levels = max(len(t.labels) for t in ticks)
    for stride in range(1, len(ticks) + 1):
        chosen = list(ticks[::stride])
        for level in range(levels):
            placed = []
            for n, tick in enumerate(chosen):
                right = chosen[n + 1].x if n + 1 < len(chosen) else end
                text = tick.labels[min(level, len(tick.labels) - 1)]
                if not fits(text, right - tick.x, width_pt, size, font_file):
                    break
                placed.append(PlacedLabel(tick.x, right, text))
            else:
                return placed
    return []
