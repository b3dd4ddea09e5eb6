"""Slide themes: colours, fonts and a decoration style that both renderers read.

A theme names the face PowerPoint should use (``font_name``) and the bundled,
metric-compatible file Podium measures and paints with (``font_file``). The
company's brand colour replaces the accent, adjusted just enough that text on it
and charts against the background keep WCAG AA contrast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from podium.core.phrasebook import phrases

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")
AA_TEXT = 4.5  # WCAG 2 AA, normal-size text
AA_GRAPHICS = 3.0  # WCAG 2.1 1.4.11, bars and lines of a chart against the background
STYLES = ("band", "dark", "panel", "stripe")  # see core.render.decor


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


def mix(color: str, other: str, amount: float) -> str:
    """``color`` moved ``amount`` (0..1) of the way towards ``other``."""
    a, b = parse_hex(color) or (0, 0, 0), parse_hex(other) or (0, 0, 0)
    return to_hex(tuple(round(x + (y - x) * amount) for x, y in zip(a, b, strict=True)))  # type: ignore[arg-type]


def with_contrast(color: str, against: str, ratio: float) -> str:
    """``color``, darkened or lightened in small steps until it reaches ``ratio`` against ``against``.

    Moves away from the background's lightness, so the hue stays recognisably the brand's.
    """
    if contrast_ratio(color, against) >= ratio:
        return color
    target = "#000000" if luminance(parse_hex(against) or (0, 0, 0)) > 0.18 else "#FFFFFF"
    for step in range(1, 21):
        candidate = mix(color, target, step / 20)
        if contrast_ratio(candidate, against) >= ratio:
            return candidate
    return target


def text_ready_fill(color: str) -> str:
    """``color`` adjusted so black or white text on it reaches AA; mid-tones go slightly darker."""
    if contrast_ratio(readable_on(color), color) >= AA_TEXT:
        return color
    for step in range(1, 21):
        candidate = mix(color, "#000000", step / 40)
        if contrast_ratio(readable_on(candidate), candidate) >= AA_TEXT:
            return candidate
    return "#000000"


@dataclass(frozen=True)
class Theme:
    id: str
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
    style: str = "band"  # how title and content slides are decorated (core.render.decor)
    row_fill: str = "#FFFFFF"  # table body rows, alternating
    row_alt_fill: str = "#F3F5F8"
    # Favourable and unfavourable: a variance's text in a table and a bridge's bars.
    good: str = "#1E7B3A"
    bad: str = "#B42318"

    def name(self, language: str) -> str:
        """The theme's name in the design picker, in the deck's language (``theme.<id>.name``)."""
        return phrases(language).say(f"theme.{self.id}.name")

    def description(self, language: str) -> str:
        return phrases(language).say(f"theme.{self.id}.description")

    @property
    def on_accent(self) -> str:
        return readable_on(self.accent)

    def with_brand(self, brand: str) -> Theme:
        """The theme with the company's colour as accent, adjusted to keep text and charts readable.

        Text sits on the accent (title slides, table headers), so the accent is darkened
        until black or white text on it reaches AA; the first chart colour must stand
        out from the background (3:1).
        """
        rgb = parse_hex(brand)
        if rgb is None:
            return self
        # A brand colour that vanishes into the background (white on white) is moved until it shows.
        accent = text_ready_fill(with_contrast(to_hex(rgb), self.background, 1.5))
        chart = with_contrast(to_hex(rgb), self.background, AA_GRAPHICS)
        return replace(self, accent=accent, chart_colors=(chart, *self.chart_colors[1:]))


def contrast_problems(theme: Theme) -> list[str]:
    """Every text/background pair of ``theme`` below WCAG AA, as readable sentences (empty = fine)."""
    pairs = [
        ("text", theme.text, "background", theme.background),
        ("title", theme.title, "background", theme.background),
        ("muted", theme.muted, "background", theme.background),
        ("example", theme.example, "background", theme.background),
        ("text on accent", theme.on_accent, "accent", theme.accent),
        ("text", theme.text, "table row", theme.row_fill),
        ("text", theme.text, "table alternate row", theme.row_alt_fill),
        ("example", theme.example, "table row", theme.row_fill),
        ("example", theme.example, "table alternate row", theme.row_alt_fill),
        *(
            (name, color, where, fill)
            for name, color in (("favourable", theme.good), ("unfavourable", theme.bad))
            for where, fill in (
                ("background", theme.background),
                ("table row", theme.row_fill),
                ("table alternate row", theme.row_alt_fill),
            )
        ),
    ]
    problems = [
        f"{theme.id}: {a} {fa} on {b} {fb} is {contrast_ratio(fa, fb):.2f}:1, below {AA_TEXT}:1"
        for a, fa, b, fb in pairs
        if contrast_ratio(fa, fb) < AA_TEXT
    ]
    for i, color in enumerate(theme.chart_colors[:4]):
        if contrast_ratio(color, theme.background) < AA_GRAPHICS:
            problems.append(f"{theme.id}: chart colour {i + 1} {color} is too faint on {theme.background}")
    return problems


THEMES: dict[str, Theme] = {
    "nordic": Theme(
        id="nordic",
        background="#FFFFFF",
        text="#1F2933",
        title="#102A43",
        accent="#2F6FDE",
        muted="#52606D",
        example="#B45309",
        font_name="Calibri",
        font_file="Carlito-Regular.ttf",
        bold_file="Carlito-Bold.ttf",
        chart_colors=("#2F6FDE", "#C8772A", "#2E8B57", "#C23B3B", "#7768AE", "#1F8A9E"),
        style="band",
    ),
    "midnight": Theme(
        id="midnight",
        background="#0F1B2D",
        text="#E4EAF2",
        title="#FFFFFF",
        accent="#2EC4B6",
        muted="#A3B1C2",
        example="#F6B352",
        font_name="Arial",
        font_file="LiberationSans-Regular.ttf",
        bold_file="LiberationSans-Bold.ttf",
        chart_colors=("#2EC4B6", "#F6B352", "#8EA8FF", "#F27979", "#C3A6FF", "#7FD4F5"),
        style="dark",
        row_fill="#16263D",
        row_alt_fill="#1D3150",
        good="#6FD08C",
        bad="#FF8B7E",
    ),
    "linen": Theme(
        id="linen",
        background="#FBF8F3",
        text="#2D2A26",
        title="#3B2F2A",
        accent="#A8452F",
        muted="#6B625A",
        example="#8A4B00",
        font_name="Calibri",
        font_file="Carlito-Regular.ttf",
        bold_file="Carlito-Bold.ttf",
        chart_colors=("#A8452F", "#3E7C74", "#B07A26", "#5D5A88", "#8C6D5A", "#6A8D3F"),
        style="panel",
        row_fill="#FFFFFF",
        row_alt_fill="#F3ECE2",
    ),
    "graphite": Theme(
        id="graphite",
        background="#FFFFFF",
        text="#222222",
        title="#111111",
        accent="#1E6B52",
        muted="#595959",
        example="#9A4A00",
        font_name="Arial",
        font_file="LiberationSans-Regular.ttf",
        bold_file="LiberationSans-Bold.ttf",
        chart_colors=("#1E6B52", "#6C7A89", "#B87A28", "#3C6E9F", "#A33D4E", "#7A9A3A"),
        style="stripe",
        row_fill="#FFFFFF",
        row_alt_fill="#F1F3F2",
    ),
}


def get_theme(theme_id: str, brand: str = "") -> Theme:
    base = THEMES.get(theme_id) or THEMES["nordic"]
    return base.with_brand(brand)
