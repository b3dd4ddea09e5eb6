"""PDF of the slides and a handout PDF with notes, painted by ``ui.slides.painter`` onto QPdfWriter.

No office suite is involved: the PDF shows exactly the lines ``core.render.layout``
computed, which are the lines the pptx writer asks PowerPoint to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from podium.core.atomic import atomic_write
from podium.core.errors import Cancelled
from podium.core.model import Slide
from podium.core.phrasebook import phrases
from podium.core.rehearsal.talk_timer import format_clock
from podium.core.render.layout import SlideLayout
from podium.core.render.measure import LINE_HEIGHT, wrap
from podium.core.text import sanitize
from podium.ui.slides.painter import font_family, paint_slide, qfont

PageDone = Callable[[int], bool]  # after each page, with the pages so far; False or Cancelled stops
RESOLUTION = 1200  # dots per inch of the PDF's coordinate space; text and shapes stay vectors


def _writer(path: Path, width_pt: float, height_pt: float, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setCreator("Podium")
    writer.setTitle(title)
    size = QPageSize(
        QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "Slide", QPageSize.SizeMatchPolicy.ExactMatch
    )
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    return writer


def _check(progress: PageDone | None, done: int) -> None:
    if progress is not None and progress(done) is False:
        raise Cancelled


def write_slides_pdf(
    layouts: Sequence[SlideLayout],
    target: Path,
    *,
    language: str = "en",
    title: str = "",
    progress: PageDone | None = None,
) -> Path:
    """One page per slide, page size equal to the slide (16:9 or 4:3), written atomically."""
    if not layouts:
        raise ValueError("the deck has no slides")
    width, height = layouts[0].width, layouts[0].height

    def write(tmp: Path) -> None:
        writer = _writer(tmp, width, height, title)
        scale = RESOLUTION / 72
        painter = QPainter(writer)
        try:
            for i, laid in enumerate(layouts):
                if i:
                    writer.newPage()
                paint_slide(painter, laid, QRectF(0, 0, width * scale, height * scale), language=language)
                _check(progress, i + 1)
        finally:
            painter.end()

    return atomic_write(Path(target), write)


# A4 portrait in points, with the slide on top and the notes below it.
A4 = (595.0, 842.0)
HANDOUT_MARGIN = 48.0
NOTES_SIZE = 11.0
HANDOUT_SLIDE_SHARE = 0.7  # slide width as a share of the text width: two slides with notes per page
NOTES_FONT = "Carlito-Regular.ttf"
HEADING_FONT = "Carlito-Bold.ttf"


def notes_lines(text: str, width: float, size: float = NOTES_SIZE) -> list[str]:
    """The speaker notes wrapped to the handout's text width (blank lines keep paragraphs apart)."""
    return wrap(sanitize(text).strip(), width, size, NOTES_FONT) if text.strip() else []


def write_handout_pdf(
    slides: Sequence[Slide],
    layouts: Sequence[SlideLayout],
    target: Path,
    *,
    language: str = "en",
    title: str = "",
    progress: PageDone | None = None,
) -> Path:
    """A4 pages: each slide with its number, time and speaker notes, as many per page as fit.

    A slide and the start of its notes are kept together; long notes continue on the
    next page.
    """
    if not layouts:
        raise ValueError("the deck has no slides")
    page_w, page_h = A4
    inner = page_w - 2 * HANDOUT_MARGIN
    bottom = page_h - HANDOUT_MARGIN
    said = phrases(language)  # the handout is the deck's: in its language, not the UI's
    heading, no_notes, backup = (
        said.say("handout.heading"),
        said.say("handout.no_notes"),
        said.say("handout.backup"),
    )
    pitch = NOTES_SIZE * LINE_HEIGHT * 1.1
    font_family(NOTES_FONT), font_family(HEADING_FONT)  # registered on the UI thread before painting here

    def write(tmp: Path) -> None:
        writer = _writer(tmp, page_w, page_h, title)
        painter = QPainter(writer)
        painter.scale(RESOLUTION / 72, RESOLUTION / 72)  # from here on, one unit is one point
        y = HANDOUT_MARGIN
        try:
            for i, (slide, laid) in enumerate(zip(slides, layouts, strict=True)):
                slide_w = inner * HANDOUT_SLIDE_SHARE
                slide_h = slide_w * laid.height / laid.width
                lines = notes_lines(slide.notes, inner) or [no_notes]
                keep_together = 18 + slide_h + 28 + pitch * min(len(lines), 4)
                if y > HANDOUT_MARGIN and y + keep_together > bottom:
                    writer.newPage()
                    y = HANDOUT_MARGIN
                painter.setFont(qfont(HEADING_FONT, 10, bold=True))
                painter.setPen(QColor("#52606D"))
                label = f"{i + 1} / {len(slides)}"
                label += f"  ({backup})" if slide.backup else f"  ·  {format_clock(slide.target_seconds)}"
                painter.drawText(QPointF(HANDOUT_MARGIN, y + 10), label)
                frame = QRectF(HANDOUT_MARGIN, y + 16, slide_w, slide_h)
                paint_slide(painter, laid, frame, language=language)
                painter.setPen(QPen(QColor("#CBD2D9"), 0.75))
                painter.setBrush(QColor(0, 0, 0, 0))
                painter.drawRect(frame)
                y = frame.bottom() + 22
                painter.setFont(qfont(HEADING_FONT, 11, bold=True))
                painter.setPen(QColor("#1F2933"))
                painter.drawText(QPointF(HANDOUT_MARGIN, y), heading)
                y += 4
                painter.setFont(qfont(NOTES_FONT, NOTES_SIZE))
                for line in lines:
                    if y + pitch > bottom:
                        writer.newPage()
                        y = HANDOUT_MARGIN
                    y += pitch
                    painter.drawText(QPointF(HANDOUT_MARGIN, y), line)
                y += 30
                _check(progress, i + 1)
        finally:
            painter.end()

    return atomic_write(Path(target), write)
