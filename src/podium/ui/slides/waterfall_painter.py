"""A waterfall (a bridge) for the painter: the same bars, axis, labels and legend as the exported chart.

The geometry and the label colours come from ``core.render.waterfall``, which the pptx writer
uses too, so the preview shows what PowerPoint and LibreOffice draw.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from podium.core.phrasebook import phrases
from podium.core.render import waterfall as wf
from podium.core.render.layout import ChartBox
from podium.core.render.numformat import render
from podium.core.render.theme import readable_on

GRID = "#D9DEE5"
FontFactory = Callable[..., QFont]


def _color(box: ChartBox, bar: wf.Bar) -> str:
    favourable = wf.good(bar, box.chart.increase_good)
    if favourable is None:
        return box.colors[0]
    return box.good if favourable else box.bad


def _legend(p: QPainter, box: ChartBox, found: list[wf.Bar], bottom: float, language: str) -> float:
    """Swatches for the kinds of change present (as the exported legend); returns where the plot stops."""
    said = phrases(language)
    entries = []
    for kind in (wf.UP, wf.DOWN):
        present = [b for b in found if b.kind == kind and b.value]
        if present:
            good = wf.good(present[0], box.chart.increase_good)
            name = said.say("chart.favourable" if good else "chart.unfavourable")
            entries.append((name, box.good if good else box.bad))
    if not entries:
        return bottom
    metrics = p.fontMetrics()
    widths = [12 + metrics.horizontalAdvance(name) + 14 for name, _ in entries]
    x = box.x + (box.w - sum(widths)) / 2
    y = bottom - 14
    for (name, color), width in zip(entries, widths, strict=True):
        p.fillRect(QRectF(x, y + 2, 8, 8), QColor(color))
        p.setPen(QColor(box.text))
        p.drawText(QPointF(x + 12, y + 10), name)
        x += width
    return y - 8


def draw_waterfall(
    p: QPainter, box: ChartBox, top: float, font: FontFactory, font_file: str, language: str
) -> None:
    """The bridge of ``box`` below ``top`` (the title's bottom)."""
    chart = box.chart
    values = list(chart.series[0].values) if chart.series else []
    if not values or not chart.categories:
        return
    found = wf.bars(values)
    code = wf.plain_format(chart.number_format, values)
    start, end, step = wf.axis(values, chart.axis_min)
    p.setFont(font(font_file, 11))
    metrics = p.fontMetrics()
    bottom = _legend(p, box, found, box.y + box.h, language)
    labels = [render(start + i * step, code, language) for i in range(round((end - start) / step) + 1)]
    value_w = max(metrics.horizontalAdvance(label) for label in labels) + 8
    slot = (box.w - value_w - 6) / len(found)
    names = [_two_lines(name, slot - 4, metrics) for name in chart.categories[: len(found)]]
    below = 14 + 12 * max(
        (len(n) - 1 for n in names), default=0
    )  # a long name wraps, as the office suites do
    area = QRectF(box.x + value_w, top + 6, box.w - value_w - 6, bottom - top - 12 - below)
    if area.width() < 20 or area.height() < 20:
        return
    span = end - start

    def along(v: float) -> float:
        v = min(max(v, start), end)
        return area.bottom() - (v - start) / span * area.height()

    for i, label in enumerate(labels):
        y = along(start + i * step)
        p.setPen(QPen(QColor(GRID), 0.8))
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        p.setPen(QColor(box.text))
        p.drawText(QPointF(area.left() - 6 - metrics.horizontalAdvance(label), y + 4), label)
    for c, lines in enumerate(names):
        for i, label in enumerate(lines):
            x = area.left() + slot * c + (slot - metrics.horizontalAdvance(label)) / 2
            p.drawText(QPointF(x, area.bottom() + 14 + 12 * i), label)
    width = slot * 0.625  # PowerPoint's gap width of 60 %: the bar is 1 / 1.6 of its slot
    p.setFont(font(font_file, 11, bold=True))
    bold = p.fontMetrics()
    for c, bar in enumerate(found):
        x = area.left() + slot * c + (slot - width) / 2
        fill = _color(box, bar)
        rect = QRectF(x, along(bar.high), width, along(bar.low) - along(bar.high))
        p.fillRect(rect, QColor(fill))
        text = render(bar.value, wf.label_format(code, bar.kind), language)
        if not text:
            continue
        p.setPen(QColor(readable_on(fill) if wf.white_label(bar, span) else box.text))
        p.drawText(
            QPointF(
                rect.center().x() - bold.horizontalAdvance(text) / 2,
                rect.center().y() + bold.ascent() / 2 - 1,
            ),
            text,
        )
    zero = along(0.0) if start <= 0 <= end else area.bottom()
    p.setPen(QPen(QColor("#9AA5B1"), 1))
    p.drawLine(QPointF(area.left(), zero), QPointF(area.right(), zero))


def _two_lines(name: str, width: float, metrics: QFontMetrics) -> list[str]:
    """A category name on at most two lines: wrapped at a space, the rest cut short with an ellipsis."""

    def fit(text: str) -> str:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(8, int(width)))

    if metrics.horizontalAdvance(name) <= width or " " not in name:
        return [fit(name)]
    words, first = name.split(), ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:
        first = words.pop(0)
    return [fit(first), fit(" ".join(words))] if words else [fit(first)]
