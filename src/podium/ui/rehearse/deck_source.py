"""A deck finished elsewhere (.pptx or PDF) as the presenter shows it: pictures, or an outline.

A PDF's pages are drawn by PDFium. A .pptx is drawn from the PDF LibreOffice makes of it: cached
by the file's hash, it opens at once; otherwise a background ``Job`` converts it while the
presenter shows each slide's outline card (title, text, notes count), and the pictures replace
the cards as soon as the conversion is done. Without LibreOffice the outline stays: the same
clocks, the titles and the notes, no pictures. A PDF's overlay pages (one label, several pages)
are one slide whose steps → and ← walk through.

The worker only runs LibreOffice: pages are rendered on the UI thread (under PDFium's lock) into
QImages, never a Qt object made on the worker.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from podium.core.model import Slide
from podium.core.rehearsal.decks import office
from podium.core.rehearsal.decks.model import REASONS, DeckError, DeckSlide, ImportedDeck
from podium.core.rehearsal.decks.pdf_deck import PDFIUM, open_pdf, page_size, render_page
from podium.core.rehearsal.decks.record import DeckRecord
from podium.core.rehearsal.recorder import SlideMeta
from podium.core.rehearsal.timeplan import TimePlan
from podium.ui.common.jobs import Job
from podium.ui.rehearse.slide_source import fitted

if TYPE_CHECKING:
    from pypdfium2 import PdfDocument

_REASONS = {  # model.REASONS, marked for lupdate and translated in deck_error_text
    "missing": QT_TRANSLATE_NOOP("DeckSource", "the file was not found"),
    "unreadable": QT_TRANSLATE_NOOP("DeckSource", "the file cannot be opened"),
    "empty": QT_TRANSLATE_NOOP("DeckSource", "the file is empty"),
    "unsupported": QT_TRANSLATE_NOOP("DeckSource", "it is neither a PowerPoint (.pptx) nor a PDF file"),
    "not_pptx": QT_TRANSLATE_NOOP("DeckSource", "it is not a PowerPoint file (it may be damaged)"),
    "not_pdf": QT_TRANSLATE_NOOP("DeckSource", "it is not a PDF file"),
    "password": QT_TRANSLATE_NOOP("DeckSource", "it is protected by a password"),
    "security": QT_TRANSLATE_NOOP("DeckSource", "its protection is not supported"),
    "damaged": QT_TRANSLATE_NOOP("DeckSource", "it could not be read completely"),
    "no_slides": QT_TRANSLATE_NOOP("DeckSource", "it has no slides"),
}
assert set(_REASONS) == set(REASONS)


def deck_error_text(exc: DeckError) -> str:
    """The error in the UI's language: 'Cannot present deck.pptx: it is empty.'"""
    reason = QCoreApplication.translate("DeckSource", str(_REASONS[exc.kind]))
    message = QCoreApplication.translate("DeckSource", "Cannot present %1: %2.")
    return message.replace("%1", str(exc.path)).replace("%2", reason)


def slide_name(slide: DeckSlide) -> str:
    return slide.title or QCoreApplication.translate("DeckSource", "Slide %1").replace(
        "%1", str(slide.number)
    )


class ImportedSource(QObject):
    """The presenter's ``SlideSource`` for an imported deck (see the module docstring)."""

    pictures_ready = Signal()  # the slides' pictures replaced the outline: repaint
    state_changed = Signal(str)  # "pictures", "rendering", "outline"

    CACHE = 12  # rendered pages kept: current, next, audience and a few either side

    def __init__(
        self,
        deck: ImportedDeck,
        record: DeckRecord,
        language: str = "en",
        *,
        cache_dir: Path | None = None,
        soffice: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.deck = deck
        self.record = record
        self.language = language
        self.hides = True  # hidden slides are called hidden, not backup
        self.plan = record.plan(deck)
        self.metas = [
            SlideMeta(s.key, slide_name(s), self.plan.budget(i), s.hidden) for i, s in enumerate(deck.slides)
        ]
        self.source_name = f"{deck.kind}:{deck.path.name}"
        self.companion: list[Slide] | None = None
        self.state = "outline"
        self.reason = ""  # why there are no pictures, for the outline cards and the deck window
        self.job: Job | None = None
        self._document: PdfDocument | None = None
        self._pages: list[tuple[int, ...]] = [s.pages for s in deck.slides]
        self._sizes: list[tuple[float, float]] = []
        self._steps = [0] * len(deck.slides)
        self._images: OrderedDict[tuple[int, int, int], QImage] = OrderedDict()
        if deck.kind == "pdf":
            self._open_pdf(deck.path)
        else:
            self._start_pictures(cache_dir, soffice)

    # ------------------------------------------------------------------ pictures

    def _start_pictures(self, cache_dir: Path | None, soffice: str | None) -> None:
        from podium import paths

        cache = cache_dir or paths.cache_dir()
        digest = office.file_hash(self.deck.path.read_bytes())
        found = office.cached_pdf(cache, digest)
        if found is not None:
            self._open_pdf(found)
            return
        if not soffice:
            self.reason = self.tr(
                "LibreOffice is not installed: an outline of titles and notes stands in for the slides."
            )
            return
        self.state = "rendering"
        self.reason = self.tr("LibreOffice is rendering the slides…")
        path = self.deck.path
        self.job = Job(lambda progress: office.convert(path, digest, cache, soffice, progress), self)
        self.job.succeeded.connect(self._converted)
        self.job.failed.connect(self._not_converted)
        self.job.start()

    def _converted(self, pdf: object) -> None:
        self.job = None
        if isinstance(pdf, Path):
            self._open_pdf(pdf)
        if self.state == "pictures":
            self.pictures_ready.emit()
        self.state_changed.emit(self.state)

    def _not_converted(self, message: str) -> None:
        self.job = None
        self.state = "outline"
        self.reason = self.tr(
            "The slides could not be rendered (%1): an outline stands in for them."
        ).replace("%1", message)
        self.state_changed.emit(self.state)

    def _open_pdf(self, pdf: Path) -> None:
        """Pictures from ``pdf``; for a .pptx, its pages must match the slides (all, or the shown ones)."""
        try:
            document = open_pdf(pdf, pdf.read_bytes())
        except (DeckError, OSError):
            self.state = "outline"
            self.reason = self.tr("The slides could not be rendered: an outline stands in for them.")
            return
        with PDFIUM:
            count = len(document)
            sizes = [page_size(document, i) for i in range(count)]
        if self.deck.kind == "pptx":
            shown = [i for i, s in enumerate(self.deck.slides) if not s.hidden]
            if count == len(self.deck.slides):
                self._pages = [(i,) for i in range(count)]
            elif count == len(shown):  # a converter that leaves hidden slides out
                self._pages = [()] * len(self.deck.slides)
                for page, i in enumerate(shown):
                    self._pages[i] = (page,)
            else:
                with PDFIUM:
                    document.close()
                self.state = "outline"
                self.reason = self.tr(
                    "The rendered pages do not match the slides: an outline stands in for them."
                )
                return
        self._document, self._sizes = document, sizes
        self._images.clear()
        self.state, self.reason = "pictures", ""

    def close(self) -> None:
        if self.job is not None:
            self.job.cancel()
        if self._document is not None:
            with PDFIUM:
                self._document.close()
            self._document = None

    # ---------------------------------------------------------- SlideSource API

    @property
    def count(self) -> int:
        return len(self.deck.slides)

    def page(self, index: int) -> int | None:
        """The PDF page slide ``index`` shows now (its current overlay step); None: its outline."""
        pages = self._pages[index] if self._document is not None else ()
        return pages[min(self._steps[index], len(pages) - 1)] if pages else None

    def picture(self, index: int) -> int:
        """What the views cache a picture by: changes with the slide's overlay step."""
        return index * 1000 + self._steps[index] + (500 if self.state == "pictures" else 0)

    def step(self, index: int, delta: int) -> bool:
        """Move through the slide's overlays; False at its first or last (the slide changes)."""
        if not 0 <= index < self.count:
            return False
        target = self._steps[index] + delta
        if 0 <= target < len(self.deck.slides[index].pages):
            self._steps[index] = target
            return True
        return False

    def enter(self, index: int, *, backwards: bool) -> None:
        """Arriving on slide ``index``: from its first overlay, or its last when coming back."""
        if 0 <= index < self.count:
            self._steps[index] = max(0, len(self.deck.slides[index].pages) - 1) if backwards else 0

    def aspect(self, index: int) -> float:
        page = self.page(index) if 0 <= index < self.count else None
        if page is not None and page < len(self._sizes):
            width, height = self._sizes[page]
            if width > 0 and height > 0:
                return width / height
        return self.deck.aspect

    def notes(self, index: int) -> str:
        slide = self.deck.slides[index]
        return self.record.notes_for(slide.key, slide.notes)

    def guidance(self, index: int) -> str:
        return self.companion[index].guidance if self.companion else ""

    def use_companion(self, slides: list[Slide]) -> None:
        """The preparation's deck is this one finished elsewhere: its budgets and guidance apply."""
        self.companion = slides
        self.plan = TimePlan.from_slides(slides, self.record.talk_seconds, self.record.qa_seconds)
        self.metas = [
            SlideMeta(m.key, m.title, self.plan.budget(i), m.backup or slides[i].backup)
            for i, m in enumerate(self.metas)
        ]

    def image(self, page: int, width: int, height: int) -> QImage:
        key = (page, width, height)
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
            return image
        assert self._document is not None
        raw = render_page(self._document, page, width, height)
        image = (
            QImage()
            if raw is None
            else QImage(raw, width, height, width * 4, QImage.Format.Format_RGBX8888).copy()
        )
        self._images[key] = image
        while len(self._images) > self.CACHE:
            self._images.popitem(last=False)
        return image

    def paint(self, p: QPainter, index: int, target: QRectF) -> None:
        rect = fitted(target, self.aspect(index))
        if rect.width() <= 0 or rect.height() <= 0:
            return
        page = self.page(index)
        if page is None:
            self._paint_outline(p, index, rect)
            return
        ratio = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        width, height = round(rect.width() * ratio), round(rect.height() * ratio)
        if width <= 0 or height <= 0:
            return
        p.fillRect(rect, QColor("#FFFFFF"))
        p.drawImage(rect, self.image(page, width, height))

    def _paint_outline(self, p: QPainter, index: int, rect: QRectF) -> None:
        """The slide's outline card: number, title, its text; why there is no picture, small."""
        slide = self.deck.slides[index]
        p.save()
        p.fillRect(rect, QColor("#F8FAFC"))
        margin = rect.width() * 0.06
        inner = rect.adjusted(margin, margin * 0.8, -margin, -margin * 0.8)
        font = QFont(p.font())
        font.setPixelSize(max(6, round(rect.height() * 0.045)))
        p.setFont(font)
        p.setPen(QColor("#64748B"))
        number = self.tr("Slide %1").replace("%1", str(slide.number))
        if slide.hidden:
            number += " · " + self.tr("hidden")
        line = p.fontMetrics().height()
        p.drawText(QRectF(inner.x(), inner.y(), inner.width(), line), Qt.AlignmentFlag.AlignLeft, number)
        title_font = QFont(font)
        title_font.setPixelSize(max(7, round(rect.height() * 0.085)))
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(QColor("#0F172A"))
        title_rect = QRectF(inner.x(), inner.y() + line * 1.4, inner.width(), inner.height() * 0.3)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        used = p.boundingRect(title_rect, flags, slide_name(slide))
        p.drawText(title_rect, flags, slide_name(slide))
        p.setFont(font)
        p.setPen(QColor("#334155"))
        body_top = used.bottom() + line
        footer = self.reason
        body_rect = QRectF(
            inner.x(), body_top, inner.width(), inner.bottom() - body_top - (line * 2 if footer else 0)
        )
        body = "\n".join(f"• {text}" for text in slide.text.splitlines() if text.strip())
        p.setClipRect(body_rect)
        p.drawText(body_rect, flags, body)
        p.setClipping(False)
        if footer:
            p.setPen(QColor("#94A3B8"))
            p.drawText(QRectF(inner.x(), inner.bottom() - line * 2, inner.width(), line * 2), flags, footer)
        p.restore()
