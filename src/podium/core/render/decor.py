"""Each theme style's decoration: background, coloured shapes, text colours and where the logo goes.

Kept apart from ``core.render.layout`` so a new style is one function here; the layout
places text inside the area a style leaves free. Rectangles are plain tuples
``(x, y, w, h, fill)`` in points.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from podium.core.render.theme import Theme

Rect = tuple[float, float, float, float, str]
LOGO_PAD = 8.0  # white plate around a logo that sits on a coloured area


@dataclass
class Decor:
    background: str
    rects: list[Rect] = field(default_factory=list)
    title_color: str = ""
    text_color: str = ""
    left: float = 48.0  # where text starts; text ends at width - right
    right: float = 48.0
    logo: tuple[float, float, float, float] | None = None  # the area a logo is fitted into
    logo_plate: bool = False  # the logo sits on colour: give it a white plate


def title_decor(theme: Theme, width: float, height: float, margin: float) -> Decor:
    """Title and section slides."""
    style = theme.style
    rule_y = 300.0
    if style == "dark":
        return Decor(
            theme.background,
            [(0, 0, 18, height, theme.accent), (margin, rule_y, 120, 6, theme.accent)],
            theme.title,
            theme.text,
            logo=(width - margin - 150, 40, 150, 64),
            logo_plate=True,
        )
    if style == "panel":
        panel = round(width * 0.3)
        return Decor(
            theme.background,
            [(0, 0, panel, height, theme.accent), (panel + margin, rule_y, 120, 6, theme.accent)],
            theme.title,
            theme.text,
            left=panel + margin,
            logo=(margin / 2 + LOGO_PAD, 40, panel - margin - 2 * LOGO_PAD, 72),
            logo_plate=True,
        )
    if style == "stripe":  # a quiet grey field behind the title, the accent stripe down the left
        return Decor(
            theme.background,
            [
                (0, 0, width, rule_y + 14, theme.row_alt_fill),
                (0, 0, 12, height, theme.accent),
                (margin, rule_y, 120, 6, theme.accent),
            ],
            theme.title,
            theme.text,
            logo=(width - margin - 150, 40, 150, 64),
        )
    on_accent = theme.on_accent  # "band": the whole slide in the accent colour
    return Decor(
        theme.accent,
        [(0, 0, width, height, theme.accent), (margin, rule_y, 120, 6, on_accent)],
        on_accent,
        on_accent,
        logo=(width - margin - 150, 40, 150, 64),
        logo_plate=True,
    )


def content_decor(theme: Theme, width: float, height: float, margin: float) -> Decor:
    """Every other slide: a short rule under the title plus the style's own mark."""
    rule: Rect = (margin, 98, 64, 4, theme.accent)
    rects: list[Rect] = []
    if theme.style == "panel":
        rects.append((0, 0, width, 8, theme.accent))
    elif theme.style == "stripe":
        rects.append((0, 0, 12, height, theme.accent))
    rects.append(rule)
    return Decor(
        theme.background,
        rects,
        theme.title,
        theme.text,
        logo=(width - margin - 110, 36, 110, 52),
        logo_plate=theme.style == "dark",
    )
