"""Deck + theme -> positioned boxes in points, shared by the pptx writer and the Qt painter.

Text is wrapped and sized here with the bundled font's real metrics, so both
renderers break lines in the same places. Anything that cannot fit at the
smallest allowed size is flagged ``overflow`` and reported, never clipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from podium.core.measure import LINE_HEIGHT, wrap
from podium.core.model import (
    Block,
    BulletsBlock,
    ChartBlock,
    Deck,
    DiagramBlock,
    ImageBlock,
    Slide,
    TableBlock,
)
from podium.core.text import example_label, sanitize
from podium.core.theme import Theme, get_theme, readable_on

SLIDE_HEIGHT = 540.0
SLIDE_WIDTHS = {"16:9": 960.0, "4:3": 720.0}
MARGIN = 48.0
HEIGHT_SAFETY = 0.97  # keep a little room: office suites round line pitch differently


@dataclass
class Para:
    text: str
    level: int = 0
    bullet: bool = False
    example: bool = False
    lines: list[str] = field(default_factory=list)


@dataclass
class TextBox:
    x: float
    y: float
    w: float
    h: float
    paras: list[Para]
    role: str
    color: str
    font_file: str
    font_name: str
    size: float = 18.0
    bold: bool = False
    align: str = "left"
    anchor: str = "top"
    example_color: str = "#B45309"
    overflow: bool = False

    def indent(self, para: Para) -> float:
        if not para.bullet:
            return 0.0
        return self.size * (0.9 + 1.1 * para.level)

    def para_space(self) -> float:
        return self.size * 0.35

    @property
    def text_height(self) -> float:
        lines = sum(max(1, len(p.lines)) for p in self.paras)
        return lines * self.size * LINE_HEIGHT + self.para_space() * max(0, len(self.paras) - 1)


@dataclass
class RectBox:
    x: float
    y: float
    w: float
    h: float
    fill: str


@dataclass
class TableBox:
    x: float
    y: float
    w: float
    h: float
    columns: list[str]
    rows: list[list[str]]
    col_widths: list[float]
    row_heights: list[float]
    cell_lines: list[list[list[str]]]  # [row][col] -> wrapped lines; row 0 is the header
    size: float
    font_file: str
    font_name: str
    bold_file: str
    text: str
    header_fill: str
    header_text: str
    line: str
    example: bool
    example_color: str
    overflow: bool = False
    padding: float = 4.0


@dataclass
class ChartBox:
    x: float
    y: float
    w: float
    h: float
    chart: ChartBlock
    colors: tuple[str, ...]
    text: str
    font_name: str
    example: bool
    example_color: str


@dataclass
class ImageBox:
    x: float
    y: float
    w: float
    h: float
    path: str
    alt: str


@dataclass
class ShapeBox:
    """One diagram element in slide points; its text is already wrapped and sized."""

    x: float
    y: float
    w: float
    h: float
    shape: str
    fill: str
    line: str
    text: TextBox | None = None


@dataclass
class DiagramBox:
    x: float
    y: float
    w: float
    h: float
    shapes: list[ShapeBox]
    overflow: bool = False


Box = TextBox | RectBox | TableBox | ChartBox | ImageBox | DiagramBox


@dataclass
class SlideLayout:
    width: float
    height: float
    background: str
    boxes: list[Box]
    title: TextBox | None = None

    @property
    def overflows(self) -> list[Box]:
        return [b for b in self.boxes if getattr(b, "overflow", False)]


# ------------------------------------------------------------------ text fitting


def fit_text(box: TextBox, max_size: float, min_size: float) -> TextBox:
    """Pick the largest whole point size from max to min at which the text fits the box."""
    size = max_size
    while True:
        box.size = size
        font = box.font_file
        for para in box.paras:
            para.lines = wrap(para.text, box.w - box.indent(para), size, font)
        if box.text_height <= box.h * HEIGHT_SAFETY:
            box.overflow = False
            return box
        if size - 1 < min_size:
            box.overflow = True
            return box
        size -= 1


def _bullet_paras(block: BulletsBlock, language: str) -> list[Para]:
    label = example_label(language)
    return [
        Para(
            text=sanitize(f"{label}: {item.text}" if item.example else item.text),
            level=item.level,
            bullet=True,
            example=item.example,
        )
        for item in block.items
    ]


def _table_box(
    block: TableBlock, x: float, y: float, w: float, h: float, theme: Theme, language: str
) -> TableBox:
    columns = [sanitize(c) for c in block.columns] or [""]
    rows = [[sanitize(c) for c in row] for row in block.rows]
    if block.example and columns:
        columns = [f"{example_label(language)}: {columns[0]}", *columns[1:]]
    all_rows = [columns, *rows]
    # Column widths follow the longest text in each column, within sensible bounds.
    weights = []
    for col in range(len(columns)):
        longest = max((len(r[col]) if col < len(r) else 0) for r in all_rows)
        weights.append(min(max(longest, 6), 40))
    total = sum(weights)
    col_widths = [w * weight / total for weight in weights]
    pad = 4.0
    box = TableBox(
        x=x,
        y=y,
        w=w,
        h=h,
        columns=columns,
        rows=rows,
        col_widths=col_widths,
        row_heights=[],
        cell_lines=[],
        size=16.0,
        font_file=theme.font_file,
        font_name=theme.font_name,
        bold_file=theme.bold_file,
        text=theme.text,
        header_fill=theme.accent,
        header_text=readable_on(theme.accent),
        line=theme.muted,
        example=block.example,
        example_color=theme.example,
        padding=pad,
    )
    for size in range(16, 9, -1):
        cell_lines = [
            [
                wrap(cell, cw - 2 * pad, size, theme.font_file)
                for cell, cw in zip(row, col_widths, strict=False)
            ]
            for row in all_rows
        ]
        heights = [max(len(c) for c in row) * size * LINE_HEIGHT + 2 * pad for row in cell_lines]
        box.size, box.cell_lines, box.row_heights = float(size), cell_lines, heights
        if sum(heights) <= h * HEIGHT_SAFETY:
            box.overflow = False
            break
        box.overflow = True
    box.h = min(h, sum(box.row_heights)) if not box.overflow else sum(box.row_heights)
    return box


def _image_box(block: ImageBlock, x: float, y: float, w: float, h: float) -> ImageBox:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(block.path) as img:
            iw, ih = img.size
    except (OSError, UnidentifiedImageError, ValueError):
        return ImageBox(x, y, w, h, "", sanitize(block.alt))
    scale = min(w / iw, h / ih)
    dw, dh = iw * scale, ih * scale
    return ImageBox(x + (w - dw) / 2, y + (h - dh) / 2, dw, dh, block.path, sanitize(block.alt))


def _diagram_box(
    block: DiagramBlock, x: float, y: float, w: float, h: float, theme: Theme, language: str
) -> DiagramBox:
    top = y
    shapes: list[ShapeBox] = []
    if block.title or block.example:
        title = block.title
        if block.example:
            title = f"{example_label(language)}: {title}" if title else example_label(language)
        color = theme.example if block.example else theme.text
        caption = TextBox(x, y, w, 22, [Para(sanitize(title), example=block.example)], role="caption",
                          color=color, font_file=theme.bold_file, font_name=theme.font_name, bold=True,
                          example_color=theme.example)  # fmt: skip
        shapes.append(ShapeBox(x, y, w, 22, "rect", "", "", fit_text(caption, 14, 9)))
        top, h = y + 26, h - 26
    overflow = False
    for item in block.shapes:
        sx, sy, sw, sh = x + item.x * w, top + item.y * h, item.w * w, item.h * h
        text_box = None
        if item.text and item.shape != "line":
            pad = min(4.0, sw / 8, sh / 8)
            text_box = TextBox(
                sx + pad, sy + pad, max(1.0, sw - 2 * pad), max(1.0, sh - 2 * pad), [Para(sanitize(item.text))],
                role="shape", color=item.text_color or theme.text,
                font_file=theme.bold_file if item.bold else theme.font_file, font_name=theme.font_name,
                bold=item.bold, align=item.align, anchor="middle", example_color=theme.example,
            )  # fmt: skip
            fit_text(text_box, item.size, min(item.size, 7))
            overflow = overflow or text_box.overflow
        shapes.append(ShapeBox(sx, sy, sw, sh, item.shape, item.fill, item.line, text_box))
    return DiagramBox(x, y, w, h, shapes, overflow)


def _block_boxes(
    block: Block, x: float, y: float, w: float, h: float, theme: Theme, language: str
) -> list[Box]:
    if isinstance(block, BulletsBlock):
        box = TextBox(
            x,
            y,
            w,
            h,
            _bullet_paras(block, language),
            role="body",
            color=theme.text,
            font_file=theme.font_file,
            font_name=theme.font_name,
            example_color=theme.example,
        )
        return [fit_text(box, 24, 12)]
    if isinstance(block, TableBlock):
        return [_table_box(block, x, y, w, h, theme, language)]
    if isinstance(block, ChartBlock):
        return [
            ChartBox(
                x,
                y,
                w,
                h,
                block,
                theme.chart_colors,
                theme.text,
                theme.font_name,
                block.example,
                theme.example,
            )
        ]
    if isinstance(block, DiagramBlock):
        return [_diagram_box(block, x, y, w, h, theme, language)]
    return [_image_box(block, x, y, w, h)]


# ------------------------------------------------------------------- slide kinds


def _text(x, y, w, h, text, role, theme: Theme, *, bold=False, color=None, align="left", anchor="top"):
    return TextBox(
        x,
        y,
        w,
        h,
        [Para(sanitize(text))],
        role=role,
        color=color or theme.text,
        font_file=theme.bold_file if bold else theme.font_file,
        font_name=theme.font_name,
        bold=bold,
        align=align,
        anchor=anchor,
        example_color=theme.example,
    )


def layout_slide(
    slide: Slide, theme: Theme, *, width: float, language: str, footer: str, number: int
) -> SlideLayout:
    """Place one slide's boxes."""
    height = SLIDE_HEIGHT
    inner = width - 2 * MARGIN
    boxes: list[Box] = []
    if slide.kind in ("title", "section"):
        on_accent = readable_on(theme.accent)
        boxes.append(RectBox(0, 0, width, height, theme.accent))
        boxes.append(RectBox(MARGIN, 300, 120, 6, on_accent))
        title = fit_text(
            _text(
                MARGIN,
                120,
                inner,
                170,
                slide.title,
                "title",
                theme,
                bold=True,
                color=on_accent,
                anchor="bottom",
            ),
            48,
            28,
        )
        boxes.append(title)
        if slide.subtitle:
            boxes.append(
                fit_text(
                    _text(MARGIN, 322, inner, 110, slide.subtitle, "subtitle", theme, color=on_accent), 26, 16
                )
            )
        if slide.blocks:
            # Presenter name and similar lines: no bullets, and readable on the accent colour.
            for box in _block_boxes(slide.blocks[0], MARGIN, 440, inner, 80, theme, language):
                if isinstance(box, TextBox):
                    box.color = box.example_color = on_accent
                    for para in box.paras:
                        para.bullet = False
                    fit_text(box, 24, 12)
                boxes.append(box)
        return SlideLayout(width, height, theme.accent, boxes, title)

    title = fit_text(
        _text(
            MARGIN, 28, inner, 64, slide.title, "title", theme, bold=True, color=theme.title, anchor="bottom"
        ),
        34,
        22,
    )
    boxes.append(title)
    boxes.append(RectBox(MARGIN, 98, 64, 4, theme.accent))
    body_y, body_h = 118.0, height - 118.0 - 56.0
    if slide.subtitle:
        boxes.append(
            fit_text(
                _text(MARGIN, 110, inner, 30, slide.subtitle, "subtitle", theme, color=theme.muted), 20, 14
            )
        )
        body_y, body_h = body_y + 32, body_h - 32
    blocks = slide.blocks[:2]
    if len(blocks) == 1:
        boxes.extend(_block_boxes(blocks[0], MARGIN, body_y, inner, body_h, theme, language))
    elif len(blocks) == 2:
        gap = 24.0
        half = (inner - gap) / 2
        boxes.extend(_block_boxes(blocks[0], MARGIN, body_y, half, body_h, theme, language))
        boxes.extend(_block_boxes(blocks[1], MARGIN + half + gap, body_y, half, body_h, theme, language))
    footer_box = _text(MARGIN, height - 36, inner * 0.7, 20, footer, "footer", theme, color=theme.muted)
    boxes.append(fit_text(footer_box, 11, 8))
    boxes.append(
        fit_text(
            _text(
                width - MARGIN - 60,
                height - 36,
                60,
                20,
                str(number),
                "footer",
                theme,
                color=theme.muted,
                align="right",
            ),
            11,
            8,
        )
    )
    return SlideLayout(width, height, theme.background, boxes, title)


def layout_deck(deck: Deck, *, language: str, brand: str = "", footer: str = "") -> list[SlideLayout]:
    """Lay out every slide of ``deck``."""
    theme = get_theme(deck.theme, brand)
    width = SLIDE_WIDTHS.get(deck.aspect, SLIDE_WIDTHS["16:9"])
    return [
        layout_slide(slide, theme, width=width, language=language, footer=footer, number=i)
        for i, slide in enumerate(deck.slides, start=1)
    ]
