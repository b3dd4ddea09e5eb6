"""The size, in points, of the area a diagram block gets on a two-block slide.

Diagrams are placed in fractions of their block, but round markers and text that must
fit a heat-map cell need the real size. These mirror ``core.render.layout.layout_slide``.
"""

from __future__ import annotations

from podium.core.render.layout import MARGIN, SLIDE_HEIGHT, SLIDE_WIDTHS

_BODY_TOP, _BODY_BOTTOM, _GAP, _CAPTION = 118.0, 56.0, 24.0, 26.0


def diagram_area(aspect: str = "16:9", *, two_up: bool = True, titled: bool = True) -> tuple[float, float]:
    """Width and height in points of a diagram's drawing area (below its caption)."""
    inner = SLIDE_WIDTHS.get(aspect, SLIDE_WIDTHS["16:9"]) - 2 * MARGIN
    width = (inner - _GAP) / 2 if two_up else inner
    height = SLIDE_HEIGHT - _BODY_TOP - _BODY_BOTTOM - (_CAPTION if titled else 0.0)
    return width, height
