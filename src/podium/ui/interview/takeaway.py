"""Typeset the take-away documents (research brief, answer cue cards) into PDF.

``core.interview.takeaway`` writes the HTML; here QTextDocument lays it out on a
QPdfWriter, off the UI thread, written atomically so a cancelled or failed
export never leaves a half-written file at the target.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget

from podium.core.atomic import atomic_write
from podium.core.errors import ExportError
from podium.core.interview.takeaway import brief_html, cue_cards_html
from podium.core.model import Preparation
from podium.ui.common import messages
from podium.ui.common.background import Task
from podium.ui.slides.painter import font_family

translate = QCoreApplication.translate  # literal contexts, so Qt's lupdate files every string

A4 = QPageSize.PageSizeId.A4
A6 = QPageSize.PageSizeId.A6  # a cue card: fits a pocket, printable four to a sheet


def _font(family: str, size: int) -> QFont:
    """The document font without ligatures, so text copied or searched in the PDF reads "fi", not a glyph."""
    font = QFont(family, size)
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


class Cancelled(Exception):
    """The user stopped the export; the target was not touched."""


def write_pdf(
    html: str,
    target: Path,
    *,
    title: str = "",
    family: str = "",
    cancelled: Callable[[], bool] = lambda: False,
) -> Path:
    """Lay ``html`` out on numbered A4 pages and write it to ``target`` atomically."""

    def write(tmp: Path) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setCreator("Podium")
        writer.setTitle(title)
        writer.setPageLayout(QPageLayout(QPageSize(A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))  # fmt: skip
        doc = QTextDocument()
        if family:
            doc.setDefaultFont(_font(family, 10))
        doc.setHtml(html)
        doc.print_(writer)
        if cancelled():
            raise Cancelled

    return atomic_write(Path(target), write)


def write_cards_pdf(
    cards: list[str],
    target: Path,
    *,
    title: str = "",
    family: str = "",
    cancelled: Callable[[], bool] = lambda: False,
) -> Path:
    """One card per A6 landscape page; a card's text shrinks to fit its page, never spills over."""
    if not cards:
        raise ExportError("there are no questions to put on cards")

    def write(tmp: Path) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setCreator("Podium")
        writer.setTitle(title)
        writer.setResolution(300)
        layout = QPageLayout(QPageSize(A6), QPageLayout.Orientation.Landscape, QMarginsF(9, 8, 9, 8),
                             QPageLayout.Unit.Millimeter)  # fmt: skip
        writer.setPageLayout(layout)
        area = layout.paintRectPixels(writer.resolution())
        painter = QPainter(writer)
        try:
            for i, html in enumerate(cards):
                if cancelled():
                    raise Cancelled
                if i:
                    writer.newPage()
                doc = QTextDocument()
                doc.documentLayout().setPaintDevice(writer)  # measure at the PDF's resolution
                doc.setDocumentMargin(0)
                if family:
                    doc.setDefaultFont(_font(family, 10))
                doc.setHtml(html)
                scale = 1.0
                while True:
                    doc.setTextWidth(area.width() / scale)
                    if doc.size().height() * scale <= area.height() or scale <= 0.5:
                        break
                    scale -= 0.05
                painter.save()
                painter.scale(scale, scale)
                doc.drawContents(painter, QRectF(0, 0, area.width() / scale, area.height() / scale))
                painter.restore()
        finally:
            painter.end()

    return atomic_write(Path(target), write)


def suggested_name(prep: Preparation, kind: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", f"{prep.company} {kind}").strip() or kind
    return stem.replace(" ", "-") + ".pdf"


def _export(
    parent: QWidget,
    prep: Preparation,
    *,
    title: str,
    kind: str,
    html: str = "",
    cards: list[str] | None = None,
) -> Task | None:
    path = messages.ask_save_path(
        parent, title, suggested_name(prep, kind), translate("Takeaway", "PDF (*.pdf)")
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    family = font_family("Carlito-Regular.ttf")  # registered on the UI thread, used by the worker
    if cards is not None:
        task = Task(
            lambda cancelled: write_cards_pdf(cards, target, title=title, family=family, cancelled=cancelled)
        )
    else:
        task = Task(
            lambda cancelled: write_pdf(html, target, title=title, family=family, cancelled=cancelled)
        )

    def done(written: object) -> None:
        window = parent.window()
        text = translate("Takeaway", "Exported %1").replace("%1", str(written))
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 5000)
        parent.setProperty("lastExport", str(written))

    def failed(exc: object) -> None:
        if not isinstance(exc, Cancelled):
            detail = str(exc) if isinstance(exc, ExportError) else repr(exc)
            messages.error(parent, translate("Takeaway", "Export failed"), detail)

    progress = QProgressDialog(
        translate("Takeaway", "Writing %1 …").replace("%1", target.name),
        translate("Takeaway", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setMinimumDuration(400)  # only shows if the export is slow
    progress.setWindowTitle(title)
    progress.canceled.connect(task.cancel)
    task.done.connect(progress.reset)
    task.failed.connect(progress.reset)
    task.done.connect(done)
    task.failed.connect(failed)
    parent._takeaway_task = task  # type: ignore[attr-defined]  # keep it alive while it runs
    task.start()
    return task


def export_research_brief(parent: QWidget, prep: Preparation) -> Task | None:
    title = translate("Takeaway", "Research brief")
    return _export(parent, prep, title=title, kind="research-brief", html=brief_html(prep))


def export_cue_cards(parent: QWidget, prep: Preparation) -> Task | None:
    title = translate("Takeaway", "Answer cue cards")
    return _export(parent, prep, title=title, kind="cue-cards", cards=cue_cards_html(prep))
