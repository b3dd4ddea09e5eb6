"""Typeset the take-away documents (research brief, answer cue cards) into PDF.

``core.interview.takeaway`` writes the HTML; here QTextDocument lays it out on a
QPdfWriter, written atomically so a failed export never leaves a half-written file at
the target. This runs on the UI thread, not as a ``ui.common.jobs.Job``: a QTextDocument
connects signals as it lays out, which in a worker can deadlock PySide against the UI
thread (see ``ui.common.jobs``), and both documents take about 40 ms
(``benchmarks/bench_research.py``), less than three frames.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QMainWindow, QWidget

from podium.core.atomic import atomic_write
from podium.core.errors import ExportError
from podium.core.interview.questions import Question
from podium.core.interview.takeaway import brief_html, cue_cards_html
from podium.core.model import Preparation
from podium.ui.common import messages
from podium.ui.common.jobs import failure_message
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


def write_pdf(
    html: str,
    target: Path,
    *,
    title: str = "",
    family: str = "",
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

    return atomic_write(Path(target), write)


def write_cards_pdf(
    cards: list[str],
    target: Path,
    *,
    title: str = "",
    family: str = "",
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
) -> Path | None:
    """Ask where, write the PDF and say so; the path written, or None (cancelled or failed)."""
    path = messages.ask_save_path(
        parent, title, suggested_name(prep, kind), translate("Takeaway", "PDF (*.pdf)")
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    family = font_family("Carlito-Regular.ttf")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if cards is not None:
            written = write_cards_pdf(cards, target, title=title, family=family)
        else:
            written = write_pdf(html, target, title=title, family=family)
    except Exception as exc:  # one sentence for the user; a bug's traceback goes to the log
        text = failure_message(exc, failure=translate("Takeaway", "Podium could not write the PDF: %1"))
        messages.error(parent, translate("Takeaway", "Export failed"), text)
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(translate("Takeaway", "Exported %1").replace("%1", str(written)), 5000)
    parent.setProperty("lastExport", str(written))
    return written


def export_research_brief(parent: QWidget, prep: Preparation) -> Path | None:
    title = translate("Takeaway", "Research brief")
    return _export(parent, prep, title=title, kind="research-brief", html=brief_html(prep))


def export_cue_cards(
    parent: QWidget, prep: Preparation, questions: list[Question] | None = None
) -> Path | None:
    """Cards for ``questions`` (the categories the user chose), or for every likely question."""
    title = translate("Takeaway", "Answer cue cards")
    return _export(parent, prep, title=title, kind="cue-cards", cards=cue_cards_html(prep, questions))
