"""Deck + theme -> positioned boxes in points, shared by the pptx writer and the Qt painter.

Text is wrapped and sized here with the bundled font's real metrics, so both
renderers break lines in the same places. Anything that cannot fit at the
smallest allowed size is flagged ``overflow`` and reported, never clipped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

from podium.core.model import (
    LANGUAGES,
    Block,
    BulletsBlock,
    ChartBlock,
    Deck,
    DiagramBlock,
    ImageBlock,
    Slide,
    TableBlock,
)
from podium.core.phrasebook import phrases
from podium.core.render.decor import LOGO_PAD, Decor, content_decor, title_decor
from podium.core.render.measure import (
    LINE_HEIGHT,
    frame_delta,
    italic_of,
    pieces,
    splits_a_word,
    text_width,
    words,
    wrap,
    wrap_bounds,
)
from podium.core.render.theme import Theme, get_theme, readable_on
from podium.core.text import sanitize

SLIDE_HEIGHT = 540.0
SLIDE_WIDTHS = {"16:9": 960.0, "4:3": 720.0}
MARGIN = 48.0
HEIGHT_SAFETY = 0.97  # keep a little room: office suites round line pitch differently
BODY_MIN = 16.0  # body text shrinks no further unless the slide allows smaller text
SMALL_BODY_MIN = 12.0  # the floor when it does ("smaller text within limits")
MAX_BULLETS = 6  # more points than this in one column read as a wall: two columns instead
TABLE_MAX = 20  # a table with room sets its text this large, as large as body text starts
WHOLE_WORD_FROM = 16  # a table may go down to 3 pt below this to keep every word whole
TABLE_STRETCH = 1.5  # ...and its rows up to this much taller than the text needs
SHORT_TABLE_ROWS = 3  # a table of at most this many rows (under its header) is short:
SHORT_TABLE_MAX = 24  # its text may be as large as body text at its largest,
SHORT_TABLE_STRETCH = 1.8  # its rows a little taller still,
SHORT_TABLE_DROP = 1 / 3  # and, alone on a slide, it sits a third of the way down the free space


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
    frame_delta: float = 0.0  # widen the pptx frame by this so office suites wrap where Podium did

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
    row_fill: str = "#FFFFFF"
    row_alt_fill: str = "#F3F5F8"
    cell_deltas: list[list[float]] = field(default_factory=list)  # [row][col], like TextBox.frame_delta
    # [row][col] of the body rows: the text colour of a cell with a tone (favourable or
    # unfavourable), '' for the table's own
    cell_colors: list[list[str]] = field(default_factory=list)

    def cell_color(self, row: int, column: int) -> str:
        """The text colour of body cell (``row``, ``column``): its tone's, else the table's."""
        if (
            row < len(self.cell_colors)
            and column < len(self.cell_colors[row])
            and self.cell_colors[row][column]
        ):
            return self.cell_colors[row][column]
        return self.example_color if self.example else self.text


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
    good: str = "#1E7B3A"  # a waterfall's favourable and unfavourable bars (the theme's)
    bad: str = "#B42318"


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
        for para in box.paras:
            para.lines = wrap(para.text, box.w - box.indent(para), size, _para_font(box, para))
        if box.text_height <= box.h * HEIGHT_SAFETY:
            box.overflow = False
            break
        if size - 1 < min_size:
            box.overflow = True
            break
        size -= 1
    box.frame_delta = frame_delta(
        [
            (avail, *wrap_bounds(para.text, avail, size, _para_font(box, para)))
            for para in box.paras
            for avail in [box.w - box.indent(para)]
        ]
    )
    return box


def _para_font(box: TextBox, para: Para) -> str:
    """Example text is set in italics, so it is measured in the italic face."""
    return italic_of(box.font_file) if para.example else box.font_file


def example_marked(text: str, language: str) -> str:
    """'Example: text': how every output shows a value the candidate must still replace."""
    return phrases(language).say("deck.example_marked", text=text)


def example_title(title: str, language: str) -> str:
    """A chart's or a diagram's title marked as an example; 'Example' alone when it has none."""
    return example_marked(title, language) if title else phrases(language).say("deck.example")


def is_marked_example(text: str) -> bool:
    """True when ``text`` starts with the example prefix of any deck language ('Example: …'): a
    scaffold's example title, drawn in the example style and listed as still to replace."""
    return any(text.startswith(example_marked("", language)) for language in LANGUAGES)


def _bullet_paras(block: BulletsBlock, language: str) -> list[Para]:
    """The block's lines; 'Example:' once at the start of each run of example lines (each line
    keeps the example colour and italics), so a scaffold slide does not repeat it on every line."""
    paras = []
    previous = False
    for item in block.items:
        first = item.example and not previous and not is_marked_example(item.text)
        paras.append(
            Para(
                text=sanitize(example_marked(item.text, language) if first else item.text),
                level=item.level,
                bullet=True,
                example=item.example,
            )
        )
        previous = item.example
    return paras


def _column_widths(
    rows: list[list[str]], weights: list[int], width: float, pad: float, theme: Theme, size: float
) -> list[float]:
    """Each column at least as wide as its longest word at ``size``, the rest shared by text length.

    Keeps words whole where the table allows it; a word cut between letters reads as a mistake.
    """
    floors = []
    for col in range(len(weights)):
        widest = 0.0
        for r, row in enumerate(rows):
            font = theme.bold_file if r == 0 else italic_of(theme.font_file)  # the wider of the body faces
            for word in words(row[col] if col < len(row) else ""):
                widest = max(widest, *(text_width(part, size, font) for part in pieces(word)))
        floors.append(widest + 2 * pad)
    total = sum(weights)
    spare = width - sum(floors)
    if spare <= 0:
        return (
            [width * f / sum(floors) for f in floors]
            if sum(floors)
            else [width / len(weights)] * len(weights)
        )
    shares = [width * weight / total for weight in weights]
    # Grow narrow columns to their floor, taking the room from the columns with more than they need.
    widths = [max(share, floor) for share, floor in zip(shares, floors, strict=True)]
    excess = sum(widths) - width
    if excess > 0:
        room = [wd - fl for wd, fl in zip(widths, floors, strict=True)]
        widths = [wd - excess * rm / sum(room) for wd, rm in zip(widths, room, strict=True)]
    return widths


@dataclass
class _TableSetting:
    """A table set at one size: its lines, row heights and column widths."""

    size: float
    cell_lines: list[list[list[str]]]
    heights: list[float]
    col_widths: list[float]
    whole: bool  # no word is cut between letters
    fits: bool  # the rows fit the height


def _table_box(
    block: TableBlock,
    x: float,
    y: float,
    w: float,
    h: float,
    theme: Theme,
    language: str,
    *,
    alone: bool = False,
) -> TableBox:
    """The table set as large as the space allows (up to ``TABLE_MAX``), keeping words whole where
    it can. A short table (two key figures, say) gets larger text and taller rows, and when it is
    ``alone`` on the slide it moves down so the slide does not end in an empty half."""
    columns = [sanitize(c) for c in block.columns] or [""]
    rows = [[sanitize(c) for c in row] for row in block.rows]
    if block.example and columns:
        columns = [example_marked(columns[0], language), *columns[1:]]
    all_rows = [columns, *rows]
    # Column widths follow the longest text in each column, within sensible bounds.
    weights = []
    for col in range(len(columns)):
        longest = max((len(r[col]) if col < len(r) else 0) for r in all_rows)
        weights.append(min(max(longest, 6), 40))
    pad = 4.0
    box = TableBox(
        x=x,
        y=y,
        w=w,
        h=h,
        columns=columns,
        rows=rows,
        col_widths=[],
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
        row_fill=theme.row_fill,
        row_alt_fill=theme.row_alt_fill,
        cell_colors=[]
        if block.example
        else [
            [{"good": theme.good, "bad": theme.bad}.get(block.tone(r, c), "") for c in range(len(columns))]
            for r in range(len(rows))
        ],
    )
    # The header is set in bold and example rows in italics: measure each in its own face.
    fonts = [theme.bold_file] + [italic_of(theme.font_file) if block.example else theme.font_file] * len(rows)
    short = len(rows) <= SHORT_TABLE_ROWS

    def set_at(size: int) -> _TableSetting:
        # Each size shares the width out again: its longest words need room at that size.
        col_widths = _column_widths(all_rows, weights, w, pad, theme, size)
        cell_lines = [
            [wrap(cell, cw - 2 * pad, size, font) for cell, cw in zip(row, col_widths, strict=False)]
            for row, font in zip(all_rows, fonts, strict=True)
        ]
        heights = [max(len(c) for c in row) * size * LINE_HEIGHT + 2 * pad for row in cell_lines]
        whole = not any(
            splits_a_word(cell, cw - 2 * pad, size, font)
            for row, font in zip(all_rows, fonts, strict=True)
            for cell, cw in zip(row, col_widths, strict=False)
        )
        return _TableSetting(
            float(size), cell_lines, heights, col_widths, whole, sum(heights) <= h * HEIGHT_SAFETY
        )

    chosen = None  # the first size that fits, then the first that also keeps every word whole
    for size in range(TABLE_MAX, 9, -1):
        setting = set_at(size)
        if not setting.fits:
            continue
        # Look for whole words down to 3 pt below the first fit, and at least down to where a
        # table set from 16 pt would look (a long word in a narrow column needs the room).
        if chosen is not None and size < min(chosen.size, WHOLE_WORD_FROM) - 3:
            break
        # A word cut between letters looks broken (and office suites cut it elsewhere): go a little smaller.
        if chosen is None or setting.whole:
            chosen = setting
        if setting.whole:
            break
    if short and chosen is not None and chosen.size == TABLE_MAX and chosen.whole:
        # A short table grows past TABLE_MAX only while no row takes more lines than it does there:
        # a figure broken over two lines reads worse than a smaller one on one.
        lines = [max(len(c) for c in row) for row in chosen.cell_lines]
        for size in range(SHORT_TABLE_MAX, TABLE_MAX, -1):
            larger = set_at(size)
            if (
                larger.fits
                and larger.whole
                and [max(len(c) for c in row) for row in larger.cell_lines] == lines
            ):
                chosen = larger
                break
    if chosen is None:  # nothing fits: report it at the smallest size
        chosen = set_at(10)
    box.size, box.cell_lines, box.row_heights, box.col_widths = (
        chosen.size,
        chosen.cell_lines,
        chosen.heights,
        chosen.col_widths,
    )
    box.overflow = not chosen.fits
    if chosen.fits:
        # A table with room gets taller rows (text centred in them) rather than leaving the lower
        # half of the slide empty; up to half as tall again as its text needs, a short one more.
        natural = sum(box.row_heights)
        stretch = SHORT_TABLE_STRETCH if short and alone else TABLE_STRETCH
        target = min(h * HEIGHT_SAFETY, natural * stretch)
        if target > natural:
            extra = (target - natural) / len(box.row_heights)
            box.row_heights = [height + extra for height in box.row_heights]
        if alone and short:
            box.y = y + (h * HEIGHT_SAFETY - sum(box.row_heights)) * SHORT_TABLE_DROP
    box.h = min(h, sum(box.row_heights)) if not box.overflow else sum(box.row_heights)
    # Per cell: one cell's line may sit right at the edge while another's just missed it.
    box.cell_deltas = [
        [
            frame_delta([(cw - 2 * pad, *wrap_bounds(cell, cw - 2 * pad, box.size, font))])
            for cell, cw in zip(row, box.col_widths, strict=False)
        ]
        for row, font in zip(all_rows, fonts, strict=True)
    ]
    return box


def _image_box(block: ImageBlock, x: float, y: float, w: float, h: float) -> ImageBox:
    size = image_size(block.path)
    if size is None:
        return ImageBox(x, y, w, h, "", sanitize(block.alt))
    iw, ih = size
    scale = min(w / iw, h / ih)
    dw, dh = iw * scale, ih * scale
    return ImageBox(x + (w - dw) / 2, y + (h - dh) / 2, dw, dh, block.path, sanitize(block.alt))


def image_size(path: str) -> tuple[int, int] | None:
    """Pixel size of an image file, or None if it cannot be read; cached until the file changes."""
    try:
        mtime = os.stat(path).st_mtime_ns if path else 0
    except OSError:
        return None
    return _image_size(path, mtime) if path else None


@lru_cache(maxsize=256)
def _image_size(path: str, _mtime: int) -> tuple[int, int] | None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            return img.size if img.size[0] > 0 and img.size[1] > 0 else None
    except (OSError, UnidentifiedImageError, ValueError):
        return None


def _diagram_box(
    block: DiagramBlock, x: float, y: float, w: float, h: float, theme: Theme, language: str
) -> DiagramBox:
    top = y
    shapes: list[ShapeBox] = []
    if block.title or block.example:
        title = block.title
        if block.example:
            title = example_title(title, language)
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
    block: Block,
    x: float,
    y: float,
    w: float,
    h: float,
    theme: Theme,
    language: str,
    min_body: float = BODY_MIN,
    *,
    wide: bool = False,
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
        if wide and len(box.paras) > MAX_BULLETS:
            columns = _two_columns(box, min_body)
            if columns is not None:
                return columns
        return [fit_text(box, 24, min_body)]
    if isinstance(block, TableBlock):
        return [_table_box(block, x, y, w, h, theme, language, alone=wide)]
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
                theme.good,
                theme.bad,
            )
        ]
    if isinstance(block, DiagramBlock):
        return [_diagram_box(block, x, y, w, h, theme, language)]
    return [_image_box(block, x, y, w, h)]


def _two_columns(box: TextBox, min_body: float) -> list[Box] | None:
    """A long list (more than six points) in two columns side by side, split at the top-level
    point nearest the middle so sub-points stay with theirs, both at one size; None when the
    columns would not fit (then the single column reports its overflow as before)."""
    starts = [i for i, para in enumerate(box.paras) if i > 0 and para.level == 0]
    if not starts:
        return None
    cut = min(starts, key=lambda i: (abs(i - len(box.paras) / 2), -i))  # the longer half first
    gap = 24.0
    half = (box.w - gap) / 2
    halves = []
    for paras, x in ((box.paras[:cut], box.x), (box.paras[cut:], box.x + half + gap)):
        part = TextBox(x, box.y, half, box.h, paras, role=box.role, color=box.color, font_file=box.font_file,
                       font_name=box.font_name, example_color=box.example_color)  # fmt: skip
        halves.append(fit_text(part, 24, min_body))
    if any(part.overflow for part in halves):
        return None
    size = min(part.size for part in halves)
    return [fit_text(part, size, size) for part in halves]


# ------------------------------------------------------------------- slide kinds


def _text(
    x: float,
    y: float,
    w: float,
    h: float,
    text: str,
    role: str,
    theme: Theme,
    *,
    bold: bool = False,
    color: str | None = None,
    align: str = "left",
    anchor: str = "top",
) -> TextBox:
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


def _logo_boxes(logo: str, decor: Decor, *, centred: bool = False) -> list[Box]:
    """The company logo fitted into the style's logo area, right-aligned, on a plate where it sits on colour."""
    if not logo or decor.logo is None:
        return []
    x, y, w, h = decor.logo
    image = _image_box(ImageBlock(path=logo, alt="Logo"), x, y, w, h)
    if not image.path:
        return []
    if not centred:
        image.x, image.y = x + w - image.w, y
    plate: list[Box] = []
    if decor.logo_plate:
        pad = LOGO_PAD
        plate.append(RectBox(image.x - pad, image.y - pad, image.w + 2 * pad, image.h + 2 * pad, "#FFFFFF"))
    return [*plate, image]


def layout_slide(
    slide: Slide,
    theme: Theme,
    *,
    width: float,
    language: str,
    footer: str,
    number: int,
    logo: str = "",
) -> SlideLayout:
    """Place one slide's boxes: the theme style's decoration first, then text and blocks."""
    height = SLIDE_HEIGHT
    inner = width - 2 * MARGIN
    if slide.kind in ("title", "section"):
        decor = title_decor(theme, width, height, MARGIN)
        boxes: list[Box] = [RectBox(*rect) for rect in decor.rects]
        boxes.extend(_logo_boxes(logo, decor, centred=theme.style == "panel"))
        left, span = decor.left, width - decor.left - decor.right
        title_box = _text(left, 120, span, 170, slide.title, "title", theme, bold=True, color=decor.title_color,
                          anchor="bottom")  # fmt: skip
        if is_marked_example(slide.title):
            title_box.paras[0].example = True
            title_box.example_color = decor.title_color if theme.style == "band" else theme.example
        title = fit_text(title_box, 48, 28)
        boxes.append(title)
        if slide.subtitle:
            subtitle = _text(left, 322, span, 110, slide.subtitle, "subtitle", theme, color=decor.text_color)
            boxes.append(fit_text(subtitle, 26, 16))
        if slide.blocks:
            # Presenter name and similar lines: no bullets, and readable on the slide's colour.
            for box in _block_boxes(slide.blocks[0], left, 440, span, 80, theme, language):
                if isinstance(box, TextBox):
                    box.color = decor.text_color
                    if theme.style == "band":
                        box.example_color = decor.text_color
                    for para in box.paras:
                        para.bullet = False
                    fit_text(box, 24, 12)
                boxes.append(box)
        return SlideLayout(width, height, decor.background, boxes, title)

    decor = content_decor(theme, width, height, MARGIN)
    boxes = [RectBox(*rect) for rect in decor.rects]
    logo_boxes = _logo_boxes(logo, decor)
    title_w = inner - (decor.logo[2] + 16 if logo_boxes and decor.logo else 0)
    title_box = _text(MARGIN, 28, title_w, 64, slide.title, "title", theme, bold=True, color=decor.title_color,
                      anchor="bottom")  # fmt: skip
    title_box.paras[0].example = is_marked_example(slide.title)  # drawn in the example style
    title = fit_text(title_box, 34, 22)
    boxes.append(title)
    boxes.extend(logo_boxes)
    body_y, body_h = 118.0, height - 118.0 - 56.0
    if slide.subtitle:
        boxes.append(
            fit_text(
                _text(MARGIN, 110, inner, 30, slide.subtitle, "subtitle", theme, color=theme.muted), 20, 14
            )
        )
        body_y, body_h = body_y + 32, body_h - 32
    blocks = slide.blocks[:2]
    min_body = SMALL_BODY_MIN if slide.small_text else BODY_MIN
    if len(blocks) == 1:
        boxes.extend(
            _block_boxes(blocks[0], MARGIN, body_y, inner, body_h, theme, language, min_body, wide=True)
        )
    elif len(blocks) == 2:
        gap = 24.0
        half = (inner - gap) / 2
        boxes.extend(_block_boxes(blocks[0], MARGIN, body_y, half, body_h, theme, language, min_body))
        boxes.extend(
            _block_boxes(blocks[1], MARGIN + half + gap, body_y, half, body_h, theme, language, min_body)
        )
    footer_box = _text(MARGIN, height - 36, inner * 0.7, 20, footer, "footer", theme, color=theme.muted)
    boxes.append(fit_text(footer_box, 11, 8))
    number_box = _text(width - MARGIN - 60, height - 36, 60, 20, str(number), "footer", theme,
                       color=theme.muted, align="right")  # fmt: skip
    boxes.append(fit_text(number_box, 11, 8))
    return SlideLayout(width, height, decor.background, boxes, title)


def layout_deck(deck: Deck, *, language: str, brand: str = "", footer: str = "") -> list[SlideLayout]:
    """Lay out every slide of ``deck`` (theme, brand colour, aspect and logo all come from the deck)."""
    theme = get_theme(deck.theme, brand)
    width = SLIDE_WIDTHS.get(deck.aspect, SLIDE_WIDTHS["16:9"])
    return [
        layout_slide(slide, theme, width=width, language=language, footer=footer, number=i, logo=deck.logo)
        for i, slide in enumerate(deck.slides, start=1)
    ]
