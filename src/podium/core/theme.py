"""Slide themes: colours and fonts that both renderers read.

A theme names the face PowerPoint should use (``font_name``) and the bundled,
metric-compatible file Podium measures and paints with (``font_file``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


def parse_hex(value: str) -> tuple[int, int, int] | None:
    """'#1A2B3C' or '1a2b3c' -> (26, 43, 60); anything else -> None."""
    match = _HEX.match(value.strip()) if value else None
    if not match:
        return None
    raw = match.group(1)
    return int(raw[0:2], 16), int(raw[2:4], 16), int(raw[4:6], 16)


def to_hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[int, int, int]) -> float:
    r, g, b = (_channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two hex colours (1.0 to 21.0)."""
    la, lb = luminance(parse_hex(a) or (0, 0, 0)), luminance(parse_hex(b) or (0, 0, 0))
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def readable_on(background: str) -> str:
    """Black or white text, whichever reads better on ``background``."""
    return (
        "#FFFFFF"
        if contrast_ratio("#FFFFFF", background) >= contrast_ratio("#1A1A1A", background)
        else "#1A1A1A"
    )


@dataclass(frozen=True)
class Theme:
    id: str
    names: dict[str, str]
    background: str
    text: str
    title: str
    accent: str
    muted: str
    example: str
    font_name: str
    font_file: str
    bold_file: str
    chart_colors: tuple[str, ...]

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]

    def with_brand(self, brand: str) -> Theme:
        """The theme with the company's colour as accent, if it is a valid colour."""
        if not parse_hex(brand):
            return self
        brand = to_hex(parse_hex(brand))  # type: ignore[arg-type]
        return replace(self, accent=brand, chart_colors=(brand, *self.chart_colors[1:]))


THEMES: dict[str, Theme] = {
    "nordic": Theme(
        id="nordic",
        names={"en": "Nordic", "sv": "Nordisk"},
        background="#FFFFFF",
        text="#1F2933",
        title="#102A43",
        accent="#2F6FDE",
        muted="#627D98",
        example="#B45309",
        font_name="Calibri",
        font_file="Carlito-Regular.ttf",
        bold_file="Carlito-Bold.ttf",
        chart_colors=("#2F6FDE", "#F2A541", "#3BB273", "#E15554", "#7768AE", "#4D9DE0"),
    ),
}


def get_theme(theme_id: str, brand: str = "") -> Theme:
    base = THEMES.get(theme_id) or THEMES["nordic"]
    return base.with_brand(brand)
