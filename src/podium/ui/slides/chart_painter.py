"""Column, bar and line charts for the painter: gridlines with round values, labels and a legend.

Close to what PowerPoint and LibreOffice draw for the exported native chart
(horizontal bars for ``bar``, a legend when there is more than one series), so the
preview, the PDF and the pptx show the same chart.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from podium.core.render.layout import ChartBox
from podium.core.render.numformat import render
from podium.core.render.value_axis import axis_from, nice_axis
from podium.core.text import format_number, percent

GRID = "#D9DEE5"
FontFactory = Callable[..., QFont]


def axis_label(value: float, step: float, number_format: str, language: str) -> str:
    if "%" in number_format:  # office number format "0%": 0.25 is shown as 25 %
        return percent(format_number(value * 100, language, 0 if step * 100 >= 1 else 1), language)
    if number_format and number_format.strip().lower() != "general":
        return render(value, number_format, language)  # '#,##0,,': in millions, as the exported axis
    decimals = 0 if step >= 1 else min(3, -math.floor(math.log10(step)))
    return format_number(value, language, decimals)


def _legend(p: QPainter, box: ChartBox, bottom: float) -> float:
    """Series swatches centred above ``bottom``; returns the y where the plot must stop."""
    names = [s.name for s in box.chart.series]
    metrics = p.fontMetrics()
    widths = [12 + metrics.horizontalAdvance(n) + 14 for n in names]
    x = box.x + (box.w - sum(widths)) / 2
    y = bottom - 14
    for i, (name, w) in enumerate(zip(names, widths, strict=True)):
        p.fillRect(QRectF(x, y + 2, 8, 8), QColor(box.colors[i % len(box.colors)]))
        p.setPen(QColor(box.text))
        p.drawText(QPointF(x + 12, y + 10), name)
        x += w
    return y - 8


def _elide(p: QPainter, text: str, width: float) -> str:
    return p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(8, int(width)))


def draw_category_chart(
    p: QPainter, box: ChartBox, top: float, font: FontFactory, font_file: str, language: str
) -> None:
    """Column, bar or line chart of ``box`` below ``top`` (the title's bottom)."""
    chart = box.chart
    values = [v for s in chart.series for v in s.values]
    if not values or not chart.categories:
        return
    p.setFont(font(font_file, 11))
    metrics = p.fontMetrics()
    bottom = box.y + box.h
    if len(chart.series) > 1:
        bottom = _legend(p, box, bottom)
    # Shares run from 0 to 100%, as the exported chart's axis does.
    start, end, step = (
        (0.0, 1.0, 0.2)
        if chart.shares
        else nice_axis(min(values), max(values), zero=chart.chart_type != "line")
    )
    cut = axis_from(chart.axis_min, values) if chart.axis_min is not None else None
    if cut is not None:  # as the exported axis: from there, in the same steps
        start, end, step = cut
    labels = [
        axis_label(start + i * step, step, chart.number_format, language)
        for i in range(round((end - start) / step) + 1)
    ]
    horizontal = chart.chart_type == "bar"
    n_cat, n_ser = len(chart.categories), max(1, len(chart.series))
    if horizontal:
        cat_w = min(box.w * 0.35, max(metrics.horizontalAdvance(c) for c in chart.categories) + 12)
        area = QRectF(box.x + cat_w, top + 4, box.w - cat_w - 12, bottom - top - 24)
    else:
        value_w = max(metrics.horizontalAdvance(label) for label in labels) + 8
        area = QRectF(box.x + value_w, top + 6, box.w - value_w - 6, bottom - top - 26)
    if area.width() < 20 or area.height() < 20:
        return
    span = end - start

    def along(v: float) -> float:  # value -> position on the value axis
        if horizontal:
            return area.left() + (v - start) / span * area.width()
        return area.bottom() - (v - start) / span * area.height()

    for i, label in enumerate(labels):  # gridlines and their values
        v = start + i * step
        p.setPen(QPen(QColor(GRID), 0.8))
        if horizontal:
            x = along(v)
            p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            p.setPen(QColor(box.text))
            p.drawText(QPointF(x - metrics.horizontalAdvance(label) / 2, area.bottom() + 14), label)
        else:
            y = along(v)
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(QColor(box.text))
            p.drawText(QPointF(area.left() - 6 - metrics.horizontalAdvance(label), y + 4), label)
    slot = (area.height() if horizontal else area.width()) / n_cat
    for c, name in enumerate(chart.categories):  # category labels
        p.setPen(QColor(box.text))
        if horizontal:  # read top-down in data order, as the exported bar chart is set up
            y = area.top() + slot * (c + 0.5)
            label = _elide(p, name, area.left() - box.x - 4)
            p.drawText(QPointF(area.left() - 6 - metrics.horizontalAdvance(label), y + 4), label)
        else:
            label = _elide(p, name, slot - 2)
            p.drawText(
                QPointF(
                    area.left() + slot * c + (slot - metrics.horizontalAdvance(label)) / 2, area.bottom() + 14
                ),
                label,
            )
    zero = along(min(max(0.0, start), end))
    for s_i, series in enumerate(chart.series):
        color = QColor(box.colors[s_i % len(box.colors)])
        if chart.chart_type == "line":
            points = [QPointF(area.left() + slot * (c + 0.5), along(v)) for c, v in enumerate(series.values)]
            p.setPen(QPen(color, 2.5))
            p.drawPolyline(points)
            p.setBrush(color)
            for point in points:
                p.drawEllipse(point, 3, 3)
            p.setBrush(Qt.BrushStyle.NoBrush)
            continue
        thickness = slot * 0.7 / n_ser
        for c, v in enumerate(series.values):
            offset = slot * 0.15 + thickness * s_i
            end_at = along(v)
            if horizontal:
                y = area.top() + slot * c + offset
                p.fillRect(QRectF(min(zero, end_at), y, abs(end_at - zero), thickness), color)
            else:
                x = area.left() + slot * c + offset
                p.fillRect(QRectF(x, min(zero, end_at), thickness, abs(zero - end_at)), color)
    p.setPen(QPen(QColor("#9AA5B1"), 1))  # the category axis, at zero
    if horizontal:
        p.drawLine(QPointF(zero, area.top()), QPointF(zero, area.bottom()))
    else:
        p.drawLine(QPointF(area.left(), zero), QPointF(area.right(), zero))
