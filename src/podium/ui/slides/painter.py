"""Paint a laid-out slide with QPainter: thumbnails, preview, presenter, PDF.

Draws exactly the lines ``core.render.layout`` computed, in the bundled font the
layout measured with, so what you rehearse breaks where the pptx breaks.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPen, QPixmap

from podium import paths
from podium.core.render.layout import (
    ChartBox,
    DiagramBox,
    ImageBox,
    RectBox,
    SlideLayout,
    TableBox,
    TextBox,
    example_title,
)
from podium.core.render.measure import LINE_HEIGHT, italic_of, vertical_metrics
from podium.ui.slides.chart_painter import draw_category_chart
from podium.ui.slides.waterfall_painter import draw_waterfall


@cache
def font_family(font_file: str) -> str:
    """Register a bundled font with Qt once and return its family name."""
    font_id = QFontDatabase.addApplicationFont(str(paths.fonts_dir() / font_file))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else "Sans Serif"


def _font(font_file: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> QFont:
    if italic:  # the real italic face, registered, so Qt does not slant the upright one
        font_family(italic_of(font_file))
    font = QFont(font_family(font_file))
    # Slide units are points and the painter is scaled to them: one unit == one point.
    font.setPixelSize(max(1, round(size_pt)))
    font.setBold(bold)
    font.setItalic(italic)
    font.setKerning(True)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # Carlito's "ti"/"ff" ligatures reach a PDF with no text mapping: search and copy would lose letters.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


qfont = _font  # public name for painters outside this module (the handout PDF)


def _baseline(top: float, size: float, font_file: str) -> float:
    """Baseline of a line whose pitch starts at ``top``: the font's own ascent, centred in the pitch
    the way office suites centre it, so baselines sit where they put them."""
    ascent, descent = vertical_metrics(font_file)
    return top + size * ascent + (size * LINE_HEIGHT - size * (ascent + descent)) / 2


def _draw_text(p: QPainter, box: TextBox, show_overflow: bool) -> None:
    height = box.text_height
    if box.anchor == "bottom":
        y = box.y + box.h - height
    elif box.anchor == "middle":
        y = box.y + (box.h - height) / 2
    else:
        y = box.y
    pitch = box.size * LINE_HEIGHT
    for i, para in enumerate(box.paras):
        if i:
            y += box.para_space()
        p.setFont(_font(box.font_file, box.size, bold=box.bold, italic=para.example))
        p.setPen(QColor(box.example_color if para.example else box.color))
        indent = box.indent(para)
        if para.bullet:
            p.drawText(
                QPointF(
                    box.x + indent - box.size * 0.9,
                    _baseline(y, box.size, box.font_file),
                ),
                "\u2022",
            )
        for line in para.lines or [""]:
            baseline = _baseline(y, box.size, box.font_file)
            if box.align == "right":
                width = p.fontMetrics().horizontalAdvance(line)
                p.drawText(QPointF(box.x + box.w - width, baseline), line)
            elif box.align == "center":
                width = p.fontMetrics().horizontalAdvance(line)
                p.drawText(QPointF(box.x + (box.w - width) / 2, baseline), line)
            else:
                p.drawText(QPointF(box.x + indent, baseline), line)
            y += pitch
    if show_overflow and box.overflow:
        _overflow_frame(p, box.x, box.y, box.w, box.h)


def _overflow_frame(p: QPainter, x: float, y: float, w: float, h: float) -> None:
    pen = QPen(QColor("#D64545"), 2, Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(x, y, w, h))


def _draw_table(p: QPainter, box: TableBox, show_overflow: bool) -> None:
    y = box.y
    pitch = box.size * LINE_HEIGHT
    p.setBrush(Qt.BrushStyle.NoBrush)  # cell borders only: a brush left by a pie chart would cover the cells
    for r, (row_lines, height) in enumerate(zip(box.cell_lines, box.row_heights, strict=True)):
        x = box.x
        fill = box.header_fill if r == 0 else (box.row_alt_fill if r % 2 else box.row_fill)
        for c, width in enumerate(box.col_widths):
            p.fillRect(QRectF(x, y, width, height), QColor(fill))
            p.setPen(QPen(QColor("#FFFFFF"), 1))
            p.drawRect(QRectF(x, y, width, height))
            example = box.example and r > 0
            color = box.header_text if r == 0 else box.cell_color(r - 1, c)
            p.setPen(QColor(color))
            p.setFont(
                _font(
                    box.bold_file if r == 0 else box.font_file,
                    box.size,
                    bold=r == 0,
                    italic=example,
                )
            )
            lines = row_lines[c] if c < len(row_lines) else []
            ty = y + (height - len(lines) * pitch) / 2  # centred in the row, as the pptx anchors it
            for line in lines:
                p.drawText(
                    QPointF(x + box.padding, _baseline(ty, box.size, box.font_file)),
                    line,
                )
                ty += pitch
            x += width
        y += height
    if show_overflow and box.overflow:
        _overflow_frame(p, box.x, box.y, box.w, box.h)


_CHART_FONTS = {
    "Calibri": ("Carlito-Regular.ttf", "Carlito-Bold.ttf"),
    "Arial": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
}


def _draw_chart(p: QPainter, box: ChartBox, language: str) -> None:
    chart = box.chart
    font_file, bold_file = _CHART_FONTS.get(box.font_name, _CHART_FONTS["Calibri"])
    title = chart.title
    if box.example:
        title = example_title(title, language)
    top = box.y
    if title:
        p.setFont(_font(bold_file, 14, bold=True))
        p.setPen(QColor(box.example_color if box.example else box.text))
        metrics = p.fontMetrics()
        lines = _wrap_words(title, box.w - 16, metrics.horizontalAdvance)  # as the office suites wrap it
        for i, line in enumerate(lines):
            width = metrics.horizontalAdvance(line)
            p.drawText(QPointF(box.x + (box.w - width) / 2, box.y + 16 + 17 * i), line)
        top += 26 + 17 * (len(lines) - 1)
    if chart.chart_type == "pie":
        values = [v for s in chart.series for v in s.values]
        if values and chart.categories:
            p.setFont(_font(font_file, 11))
            _draw_pie(p, box, QRectF(box.x + 36, top + 6, box.w - 48, box.y + box.h - top - 40))
        return
    if chart.chart_type == "waterfall":
        draw_waterfall(p, box, top, _font, font_file, language)
        return
    draw_category_chart(p, box, top, _font, font_file, language)


def _wrap_words(text: str, width: float, advance: Callable[[str], float]) -> list[str]:
    """``text`` in lines no wider than ``width`` (a word longer than that keeps a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and advance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [text]


def _pie_legend(p: QPainter, box: ChartBox, area: QRectF) -> QRectF:
    """Category swatches under the pie, as the exported chart has them; returns the room left for the pie."""
    p.setFont(_font("Carlito-Regular.ttf", 11))
    metrics = p.fontMetrics()
    rows: list[tuple[list[tuple[int, str, float]], float]] = []
    row: list[tuple[int, str, float]] = []
    width = 0.0
    for i, name in enumerate(box.chart.categories):
        w: float = 12 + metrics.horizontalAdvance(name) + 12
        if row and width + w > area.width():
            rows.append((row, width))
            row, width = [], 0.0
        row.append((i, name, w))
        width += w
    if row:
        rows.append((row, width))
    top = area.bottom() - 16 * len(rows)
    for r, (items, total) in enumerate(rows):
        x, y = area.left() + (area.width() - total) / 2, top + 16 * r
        for i, name, w in items:
            p.fillRect(QRectF(x, y + 4, 8, 8), QColor(box.colors[i % len(box.colors)]))
            p.setPen(QColor(box.text))
            p.drawText(QPointF(x + 12, y + 12), name)
            x += w
    return QRectF(area.left(), area.top(), area.width(), max(10.0, top - area.top() - 8))


def _draw_pie(p: QPainter, box: ChartBox, area: QRectF) -> None:
    area = _pie_legend(p, box, area)
    values = [max(0.0, v) for v in box.chart.series[0].values]
    total = sum(values) or 1.0
    d = min(area.width(), area.height())
    rect = QRectF(area.center().x() - d / 2, area.center().y() - d / 2, d, d)
    angle = 90 * 16
    p.setPen(Qt.PenStyle.NoPen)
    for i, v in enumerate(values):
        span = -round(v / total * 360 * 16)
        p.setBrush(QColor(box.colors[i % len(box.colors)]))
        p.drawPie(rect, angle, span)
        mid = math.radians((angle + span / 2) / 16)
        p.setPen(QColor(box.text))
        p.drawText(
            QPointF(
                rect.center().x() + math.cos(mid) * d * 0.36 - 10,
                rect.center().y() - math.sin(mid) * d * 0.36 + 4,
            ),
            f"{v / total:.0%}",
        )
        p.setPen(Qt.PenStyle.NoPen)
        angle += span


def _draw_diagram(p: QPainter, box: DiagramBox, show_overflow: bool) -> None:
    for shape in box.shapes:
        rect = QRectF(shape.x, shape.y, shape.w, shape.h)
        pen = QPen(QColor(shape.line), 1) if shape.line else Qt.PenStyle.NoPen
        p.setPen(pen)
        p.setBrush(QColor(shape.fill) if shape.fill else Qt.BrushStyle.NoBrush)
        if shape.shape == "ellipse":
            p.drawEllipse(rect)
        elif shape.shape == "line":
            p.setPen(QPen(QColor(shape.line or "#000000"), 1.5))
            p.drawLine(QPointF(shape.x, shape.y), QPointF(shape.x + shape.w, shape.y + shape.h))
        elif shape.fill or shape.line:
            p.drawRect(rect)
        if shape.text is not None:
            _draw_text(p, shape.text, show_overflow)
    p.setBrush(Qt.BrushStyle.NoBrush)


def _draw_image(p: QPainter, box: ImageBox) -> None:
    image = QImage(box.path) if box.path else QImage()
    if image.isNull():
        p.setPen(QPen(QColor("#9AA5B1"), 1, Qt.PenStyle.DashLine))
        p.drawRect(QRectF(box.x, box.y, box.w, box.h))
        p.drawText(QRectF(box.x, box.y, box.w, box.h), Qt.AlignmentFlag.AlignCenter, box.alt or "Image")
        return
    p.drawImage(QRectF(box.x, box.y, box.w, box.h), image)


def paint_slide(
    p: QPainter,
    laid: SlideLayout,
    target: QRectF,
    *,
    language: str = "en",
    show_overflow: bool = False,
) -> None:
    """Paint ``laid`` scaled into ``target`` (keeps the slide's aspect ratio)."""
    scale = min(target.width() / laid.width, target.height() / laid.height)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.translate(
        target.x() + (target.width() - laid.width * scale) / 2,
        target.y() + (target.height() - laid.height * scale) / 2,
    )
    p.scale(scale, scale)
    p.setClipRect(QRectF(0, 0, laid.width, laid.height))
    p.fillRect(QRectF(0, 0, laid.width, laid.height), QColor(laid.background))
    for box in laid.boxes:
        if isinstance(box, RectBox):
            p.fillRect(QRectF(box.x, box.y, box.w, box.h), QColor(box.fill))
        elif isinstance(box, TextBox):
            _draw_text(p, box, show_overflow)
        elif isinstance(box, TableBox):
            _draw_table(p, box, show_overflow)
        elif isinstance(box, ChartBox):
            _draw_chart(p, box, language)
        elif isinstance(box, ImageBox):
            _draw_image(p, box)
        elif isinstance(box, DiagramBox):
            _draw_diagram(p, box, show_overflow)
    p.restore()


def render_pixmap(
    laid: SlideLayout,
    width: int,
    *,
    language: str = "en",
    show_overflow: bool = False,
    dpr: float = 1.0,
) -> QPixmap:
    """A pixmap of the slide ``width`` logical pixels wide."""
    height = round(width * laid.height / laid.width)
    pixmap = QPixmap(round(width * dpr), round(height * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(QColor(laid.background))
    painter = QPainter(pixmap)
    paint_slide(painter, laid, QRectF(0, 0, width, height), language=language, show_overflow=show_overflow)
    painter.end()
    return pixmap
