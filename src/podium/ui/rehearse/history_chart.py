"""Rehearsal history drawn with QPainter: total time per run against the target, and each
slide's time against its budget run by run, so the user sees whether they are converging.

With recorded runs the slide grid can show the speech instead (``set_measure``): the pace in
words a minute, the long pauses or the filler words per slide, run by run; a run without a
recording (or without transcription, for pace and fillers) shows an empty cell."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from podium.core.rehearsal.review import overrun_threshold
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.talk_timer import format_clock
from podium.core.speech.analysis import SlideTrend, by_slide
from podium.ui.common import style

MAX_RUNS = 12  # the chart shows the latest runs; older ones stay in the store
OVER, UNDER, ON = QColor("#DC2626"), QColor("#2563EB"), QColor("#16A34A")
MEASURES = ("time", "pace", "pauses", "fillers")
CALM_PACE = (110, 170)  # words a minute a panel follows comfortably


def trend_value(measure: str, trend: SlideTrend | None) -> float | None:
    """The number a speech measure plots for one slide of one run; None: nothing to show."""
    if trend is None:
        return None
    if measure == "pace":
        return trend.wpm
    if measure == "pauses":
        return float(trend.long_pauses)
    return None if trend.fillers is None else float(trend.fillers)


def trend_colour(measure: str, value: float) -> QColor:
    """Green where the measure is fine, amber to red the further from it."""
    if measure == "pace":
        low, high = CALM_PACE
        off = max(low - value, value - high, 0.0) / 40
    else:
        off = value / 4
    if off <= 0:
        return QColor("#DCFCE7")
    strength = min(1.0, off)
    mix = lambda a, b: round(a + (b - a) * strength)  # noqa: E731
    return QColor(mix(0xFD, 0xB9), mix(0xE6, 0x1C), mix(0x8A, 0x1C))


@dataclass(frozen=True)
class ChartSlide:
    key: str
    title: str
    budget: int


def deviation_colour(over_by: float, budget: int) -> QColor:
    """Green near the budget, deepening red the further over, blue the further under."""
    band = overrun_threshold(budget)
    if abs(over_by) <= band:
        return QColor("#DCFCE7")
    strength = min(1.0, (abs(over_by) - band) / max(budget, 30))
    base = QColor("#FCA5A5") if over_by > 0 else QColor("#BFDBFE")
    deep = QColor("#B91C1C") if over_by > 0 else QColor("#1D4ED8")
    mix = lambda a, b: round(a + (b - a) * strength)  # noqa: E731
    return QColor(mix(base.red(), deep.red()), mix(base.green(), deep.green()), mix(base.blue(), deep.blue()))


class HistoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyChart")
        self.runs: list[Rehearsal] = []
        self.slides: list[ChartSlide] = []
        self.target = 0
        self.tolerance = 0
        self.measure = "time"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(520, 360)

    def sizeHint(self) -> QSize:
        return QSize(760, 200 + 24 * max(4, len(self.slides)))

    def set_history(
        self, runs: list[Rehearsal], slides: list[ChartSlide], target: int, tolerance: int
    ) -> None:
        self.runs = runs[-MAX_RUNS:]
        self.slides = slides
        self.target = target
        self.tolerance = tolerance
        self.updateGeometry()
        self.update()

    def set_measure(self, measure: str) -> None:
        """What the slide grid shows: "time" against the budget, or "pace", "pauses", "fillers"."""
        self.measure = measure if measure in MEASURES else "time"
        self.update()

    def grid_title(self) -> str:
        return {
            "time": self.tr("Each slide against its budget"),
            "pace": self.tr("Pace per slide (words a minute)"),
            "pauses": self.tr("Long pauses per slide (2 s or more)"),
            "fillers": self.tr("Filler words per slide"),
        }[self.measure]

    def cell_text(self, run: Rehearsal, slide: ChartSlide) -> str | None:
        """What one cell of the grid says; None for an empty cell."""
        if self.measure == "time":
            seconds = next((s.seconds for s in run.slides if s.slide_key == slide.key), None)
            if seconds is None:
                return None
            over_by = seconds - slide.budget
            sign = "+" if over_by > 0 else "−" if over_by < 0 else "±"
            return f"{sign}{format_clock(abs(over_by))}"
        value = trend_value(self.measure, by_slide(run.speech).get(slide.key))
        return None if value is None else f"{value:.0f}"

    # -------------------------------------------------------------------- paint

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        self._ink = pal.color(
            QPalette.ColorRole.Text
        )  # the chart follows the scheme: dark on light, light on dark
        self._quiet = pal.color(QPalette.ColorRole.PlaceholderText)
        self._line = pal.color(QPalette.ColorRole.Mid)
        self._empty = pal.color(QPalette.ColorRole.AlternateBase)
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        font = QFont(self.font())
        font.setPixelSize(12)
        p.setFont(font)
        if not self.runs:
            p.setPen(self._quiet)
            p.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No rehearsals yet. Each run you present is recorded here."),
            )
            p.end()
            return
        totals_height = min(200.0, self.height() * 0.42)
        self._paint_totals(p, QRectF(0, 0, self.width(), totals_height))
        self._paint_grid(p, QRectF(0, totals_height + 8, self.width(), self.height() - totals_height - 8))
        p.end()

    def _label_width(self) -> float:
        return min(220.0, self.width() * 0.28)

    def _column(self, area: QRectF, i: int) -> float:
        step = area.width() / len(self.runs)
        return area.left() + step * (i + 0.5)

    def _paint_totals(self, p: QPainter, rect: QRectF) -> None:
        label_w = self._label_width()
        area = QRectF(rect.left() + label_w, rect.top() + 26, rect.width() - label_w - 16, rect.height() - 48)
        p.setPen(self._ink)
        bold = QFont(p.font())
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QPointF(rect.left() + 8, rect.top() + 16), self.tr("Total time per run"))
        small = QFont(self.font())
        small.setPixelSize(12)
        p.setFont(small)
        totals = [r.total_seconds for r in self.runs]
        high = max([*totals, self.target + self.tolerance]) * 1.08
        low = max(0.0, min([*totals, self.target - self.tolerance]) * 0.9)
        span = (high - low) or 1.0

        def y(seconds: float) -> float:
            return area.bottom() - (seconds - low) / span * area.height()

        band = QRectF(
            area.left(),
            y(self.target + self.tolerance),
            area.width(),
            y(self.target - self.tolerance) - y(self.target + self.tolerance),
        )
        tint = QColor(ON)
        tint.setAlpha(40)
        p.fillRect(band, tint)
        p.setPen(QPen(ON, 1.5, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(area.left(), y(self.target)), QPointF(area.right(), y(self.target)))
        p.setPen(style.colour("ok"))
        p.drawText(
            QRectF(rect.left() + 8, y(self.target) - 9, label_w - 16, 18),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("target %1").replace("%1", format_clock(self.target)),
        )
        points = [QPointF(self._column(area, i), y(t)) for i, t in enumerate(totals)]
        p.setPen(QPen(self._line, 2))
        for a, b in itertools.pairwise(points):
            p.drawLine(a, b)
        for i, (point, run) in enumerate(zip(points, self.runs, strict=True)):
            diff = run.total_seconds - self.target
            colour = ON if abs(diff) <= self.tolerance else (OVER if diff > 0 else UNDER)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour if run.completed else self._quiet)
            p.drawEllipse(point, 5, 5)
            p.setPen(self._ink)
            text = format_clock(run.total_seconds)
            p.drawText(QRectF(point.x() - 30, point.y() - 22, 60, 16), Qt.AlignmentFlag.AlignCenter, text)
            p.setPen(self._quiet)
            run_label = self.tr("run %1").replace("%1", str(i + 1)) + ("" if run.completed else "*")
            width = max(area.width() / len(self.runs), p.fontMetrics().horizontalAdvance(run_label) + 8)
            p.drawText(  # as wide as the column (or the words), so 'körning 10*' is never cut
                QRectF(point.x() - width / 2, area.bottom() + 4, width, 16),
                Qt.AlignmentFlag.AlignCenter,
                run_label,
            )

    def _paint_grid(self, p: QPainter, rect: QRectF) -> None:
        label_w = self._label_width()
        p.setPen(self._ink)
        bold = QFont(p.font())
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QPointF(rect.left() + 8, rect.top() + 14), self.grid_title())
        small = QFont(self.font())
        small.setPixelSize(12)
        p.setFont(small)
        if not self.slides:
            return
        top = rect.top() + 24
        row_h = max(14.0, min(26.0, (rect.bottom() - top - 4) / len(self.slides)))
        area = QRectF(rect.left() + label_w, top, rect.width() - label_w - 16, row_h * len(self.slides))
        cell_w = area.width() / len(self.runs)
        for r, slide in enumerate(self.slides):
            ry = top + r * row_h
            p.setPen(self._ink)
            title = p.fontMetrics().elidedText(
                f"{slide.title} ({format_clock(slide.budget)})",
                Qt.TextElideMode.ElideRight,
                round(label_w - 16),
            )
            p.drawText(
                QRectF(rect.left() + 8, ry, label_w - 16, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                title,
            )
            for c, run in enumerate(self.runs):
                cell = QRectF(area.left() + c * cell_w + 1, ry + 1, cell_w - 2, row_h - 2)
                if self.measure != "time":
                    self._paint_trend_cell(p, cell, run, slide)
                    continue
                seconds = next((s.seconds for s in run.slides if s.slide_key == slide.key), None)
                if seconds is None:
                    p.fillRect(cell, self._empty)
                    continue
                over_by = seconds - slide.budget
                colour = deviation_colour(over_by, slide.budget)
                p.fillRect(cell, colour)
                p.setPen(QColor("#FFFFFF") if colour.lightness() < 140 else QColor("#111827"))
                sign = "+" if over_by > 0 else "−" if over_by < 0 else "±"
                p.drawText(cell, Qt.AlignmentFlag.AlignCenter, f"{sign}{format_clock(abs(over_by))}")

    def _paint_trend_cell(self, p: QPainter, cell: QRectF, run: Rehearsal, slide: ChartSlide) -> None:
        value = trend_value(self.measure, by_slide(run.speech).get(slide.key))
        if value is None:
            p.fillRect(cell, self._empty)
            return
        colour = trend_colour(self.measure, value)
        p.fillRect(cell, colour)
        p.setPen(QColor("#FFFFFF") if colour.lightness() < 140 else QColor("#111827"))
        p.drawText(cell, Qt.AlignmentFlag.AlignCenter, f"{value:.0f}")
