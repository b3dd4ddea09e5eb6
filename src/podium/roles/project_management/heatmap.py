"""The 5×5 heat map: where each risk sits, and the native shapes that draw it.

Likelihood runs up (5 at the top), impact runs right (5 at the right). Each cell is
one rectangle coloured by its band, holding the IDs of the risks in it. The same
``DiagramBlock`` is painted in the app and written as editable shapes in the pptx.
"""

from __future__ import annotations

from podium.core.model import DiagramBlock, Shape
from podium.core.render.layout import HEIGHT_SAFETY
from podium.core.render.measure import LINE_HEIGHT, wrap
from podium.core.render.theme import readable_on
from podium.roles.project_management.analysis import Analysis
from podium.roles.project_management.geometry import diagram_area
from podium.roles.project_management.register import Risk, id_sort_key
from podium.roles.project_management.scales import BAND_COLORS, BANDS, LEVELS, Scales, band_name
from podium.roles.project_management.texts import texts

LABEL_W = 0.24  # row labels on the left
GRID_H = 0.78  # the grid's share of the height; column labels and legend below
CELL_W = (1 - LABEL_W) / 5
CELL_H = GRID_H / 5
ID_SIZE = 12.0
MIN_ID_SIZE = 8.0
LABEL_COLOR = "#3E4C59"

Cell = tuple[int, int]  # (likelihood, impact)


def position(risk: Risk, residual: bool) -> Cell:
    return (risk.residual_l, risk.residual_i) if residual else (risk.likelihood, risk.impact)


def placement(risks: list[Risk], residual: bool = False) -> dict[Cell, list[str]]:
    """IDs per (likelihood, impact) cell, in natural ID order; empty cells are left out."""
    cells: dict[Cell, list[str]] = {}
    for risk in risks:
        cells.setdefault(position(risk, residual), []).append(risk.id)
    for ids in cells.values():
        ids.sort(key=id_sort_key)
    return cells


def cell_rect(likelihood: int, impact: int) -> tuple[float, float, float, float]:
    """The cell's x, y, w, h in fractions of the diagram area."""
    return LABEL_W + (impact - 1) * CELL_W, (5 - likelihood) * CELL_H, CELL_W, CELL_H


def _fits(text: str, w: float, h: float, font_file: str) -> bool:
    lines = wrap(text, w, MIN_ID_SIZE, font_file)
    return len(lines) * MIN_ID_SIZE * LINE_HEIGHT <= h * HEIGHT_SAFETY


def cell_text(ids: list[str], w_pt: float, h_pt: float, font_file: str) -> str:
    """All IDs if they fit at a readable size, else as many as fit followed by '+N'."""
    pad = min(4.0, w_pt / 8, h_pt / 8)
    w, h = w_pt - 2 * pad, h_pt - 2 * pad
    text = ", ".join(ids)
    if _fits(text, w, h, font_file):
        return text

    def trimmed(keep: int) -> str:
        return f"{', '.join(ids[:keep])} +{len(ids) - keep}" if keep else f"+{len(ids)}"

    lo, hi = 0, len(ids) - 1  # more IDs never fit better: find the most that still fit, by halving
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _fits(trimmed(mid), w, h, font_file):
            lo = mid
        else:
            hi = mid - 1
    return trimmed(lo)


def heatmap_block(
    risks: list[Risk],
    scales: Scales,
    *,
    residual: bool,
    language: str,
    title: str,
    font_file: str,
    aspect: str = "16:9",
    example: bool = False,
    label_color: str = LABEL_COLOR,
) -> DiagramBlock:
    """The heat map of ``risks`` (inherent or residual) as native shapes; ``label_color`` is the
    theme's, so the axis labels read on a dark theme too."""
    area_w, area_h = diagram_area(aspect)
    cells = placement(risks, residual)
    shapes: list[Shape] = []
    for likelihood in LEVELS:
        for impact in LEVELS:
            x, y, w, h = cell_rect(likelihood, impact)
            fill = BAND_COLORS[scales.band(likelihood * impact)]
            ids = cells.get((likelihood, impact), [])
            text = cell_text(ids, w * area_w, h * area_h, font_file) if ids else ""
            shapes.append(Shape(x, y, w, h, fill=fill, line="#FFFFFF", text=text, text_color=readable_on(fill),
                                size=ID_SIZE, bold=True))  # fmt: skip
    for level in LEVELS:  # row labels: likelihood, 5 at the top
        shapes.append(Shape(0, (5 - level) * CELL_H, LABEL_W - 0.01, CELL_H, text=f"{level} {scales.likelihood_label(level)}",
                            text_color=label_color, size=10, align="right"))  # fmt: skip
        shapes.append(Shape(LABEL_W + (level - 1) * CELL_W, GRID_H + 0.005, CELL_W, 0.11,
                            text=f"{level} {scales.impact_label(level)}", text_color=label_color, size=10))  # fmt: skip
    axes = texts(language).say("heatmap_axes")
    shapes.append(Shape(0, GRID_H + 0.005, LABEL_W - 0.01, 0.11, text=axes, text_color=label_color, size=10,
                        bold=True, align="right"))  # fmt: skip
    counts = {band: 0 for band in BANDS}
    for risk in risks:
        lk, im = position(risk, residual)
        counts[scales.band(lk * im)] += 1
    slot = (1 - LABEL_W) / 4
    for n, band in enumerate(BANDS):
        x = LABEL_W + n * slot
        shapes.append(Shape(x, 0.925, 0.03, 0.05, fill=BAND_COLORS[band], line="#FFFFFF"))
        shapes.append(Shape(x + 0.035, 0.9, slot - 0.04, 0.1, text=f"{band_name(band, language)} ({counts[band]})",
                            text_color=label_color, size=10, align="left"))  # fmt: skip
    return DiagramBlock(shapes=shapes, title=title, example=example)


def heatmap_title(a: Analysis) -> str:
    """The heat map's conclusion: how many risks stay high after the actions."""
    t = texts(a.language)
    before, after = a.heavy(a.risks, residual=False), a.heavy(a.risks, residual=True)
    if not before:
        return t.say("title.heatmap_none", count=len(a.risks))
    if not after:
        return t.say("title.heatmap_cleared", count=before)
    return t.say("title.heatmap", count=after, total=len(a.risks), before=before)
