"""What the presenter shows: the preparation's own deck, or a PDF finished elsewhere.

Both give the console the same things: a painter for slide ``i`` in a rectangle, its title,
notes and guidance, and the per-slide record entries. A PDF's pages are rendered once per size
by PDFium (pypdfium2) into a QImage and cached, so a slide change is an image copy. PDFium is not
thread-safe: every call on a document happens on the GUI thread, as painting does.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from podium.core.model import Slide
from podium.core.rehearsal.recorder import SlideMeta
from podium.core.render.layout import SlideLayout
from podium.ui.slides.painter import paint_slide

if TYPE_CHECKING:
    from pypdfium2 import PdfDocument


class SlideSource(Protocol):
    language: str
    metas: list[SlideMeta]
    source_name: str  # "deck" or "pdf:<file name>", kept in the rehearsal record

    @property
    def count(self) -> int: ...

    def aspect(self, index: int) -> float: ...

    def paint(self, p: QPainter, index: int, target: QRectF) -> None: ...

    def notes(self, index: int) -> str: ...

    def guidance(self, index: int) -> str: ...


def fitted(target: QRectF, aspect: float) -> QRectF:
    """The largest rectangle of ``aspect`` (width/height) centred in ``target``."""
    if target.width() <= 0 or target.height() <= 0 or aspect <= 0:
        return QRectF(target.x(), target.y(), 0, 0)
    width = min(target.width(), target.height() * aspect)
    height = width / aspect
    return QRectF(
        target.x() + (target.width() - width) / 2, target.y() + (target.height() - height) / 2, width, height
    )


class DeckSource:
    """The preparation's deck, painted from the same layout the pptx is written from."""

    def __init__(self, slides: list[Slide], layouts: list[SlideLayout], language: str) -> None:
        self.slides = slides
        self.layouts = layouts
        self.language = language
        self.metas = [SlideMeta.from_slide(s, i) for i, s in enumerate(slides)]
        self.source_name = "deck"

    @property
    def count(self) -> int:
        return len(self.layouts)

    def aspect(self, index: int) -> float:
        laid = self.layouts[index]
        return laid.width / laid.height

    def paint(self, p: QPainter, index: int, target: QRectF) -> None:
        paint_slide(p, self.layouts[index], target, language=self.language)

    def notes(self, index: int) -> str:
        return self.slides[index].notes

    def guidance(self, index: int) -> str:
        return self.slides[index].guidance


class PdfError(Exception):
    """The PDF cannot be presented; the message is meant for the user."""


def _load_error(data: bytes) -> int | None:
    """PDFium's reason (an ``FPDF_ERR_*`` code) for refusing ``data``; None when it opens but has no page.

    pypdfium2 reports PDFium's last error for a document without pages too, and PDFium leaves that
    error as an earlier failed load set it: loading once more tells the two apart."""
    import pypdfium2.raw as pdfium_c

    document = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    if document:
        pdfium_c.FPDF_CloseDocument(document)
        return None
    return int(pdfium_c.FPDF_GetLastError())


def _pdf_reason(error: OSError | int | None) -> str:
    """Why the file (``OSError``) or PDFium (an error code; None: no pages) stops the presentation."""
    import pypdfium2.raw as pdfium_c

    reasons = {  # PDFium's load errors, marked for lupdate here and translated below
        pdfium_c.FPDF_ERR_FILE: QT_TRANSLATE_NOOP("PdfSource", "the file was not found"),
        pdfium_c.FPDF_ERR_FORMAT: QT_TRANSLATE_NOOP("PdfSource", "it is not a PDF file"),
        pdfium_c.FPDF_ERR_PASSWORD: QT_TRANSLATE_NOOP("PdfSource", "it is protected by a password"),
        pdfium_c.FPDF_ERR_SECURITY: QT_TRANSLATE_NOOP("PdfSource", "its protection is not supported"),
        pdfium_c.FPDF_ERR_PAGE: QT_TRANSLATE_NOOP("PdfSource", "it could not be read completely"),
    }
    if isinstance(error, FileNotFoundError):
        reason = reasons[pdfium_c.FPDF_ERR_FILE]
    elif isinstance(error, OSError):
        reason = QT_TRANSLATE_NOOP("PdfSource", "the file cannot be opened")
    elif error is None:
        reason = QT_TRANSLATE_NOOP("PdfSource", "it has no pages")
    else:
        reason = reasons.get(error, reasons[pdfium_c.FPDF_ERR_PAGE])
    return QCoreApplication.translate("PdfSource", str(reason))  # str(): the stubs say NOOP returns object


def _cannot_present(path: Path, error: OSError | int | None) -> PdfError:
    reason = _pdf_reason(error)
    message = QCoreApplication.translate("PdfSource", "Cannot present %1: %2.")
    return PdfError(message.replace("%1", str(path)).replace("%2", reason))


def _page_size(document: PdfDocument, index: int) -> tuple[float, float]:
    """Width and height in points, as shown (rotation applied); (0, 0) for a page PDFium cannot size."""
    import pypdfium2 as pdfium

    try:
        width, height = document.get_page_size(index)
    except pdfium.PdfiumError:
        return 0.0, 0.0
    return float(width), float(height)


class PdfSource:
    """A PDF deck. When it has as many pages as the preparation's deck, the deck's budgets,
    notes and guidance apply page by page (it is most likely that deck, finished elsewhere)."""

    CACHE = 12  # rendered pages kept: current, next, audience and a few either side

    def __init__(self, path: Path, language: str = "en", deck: list[Slide] | None = None) -> None:
        import pypdfium2 as pdfium  # loaded only when a PDF is presented

        self.path = Path(path)
        self.language = language
        try:
            data = self.path.read_bytes()  # whole: a PDF rewritten during a rehearsal keeps its pages here
        except OSError as exc:
            raise _cannot_present(self.path, exc) from exc
        try:
            self.document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise _cannot_present(self.path, _load_error(data)) from exc
        pages = len(self.document)
        if pages <= 0:  # pypdfium2 refuses such a document already; no page count of 0 gets past here
            raise _cannot_present(self.path, None)
        self.sizes = [_page_size(self.document, i) for i in range(pages)]
        self.slides = deck if deck is not None and len(deck) == pages else None
        if self.slides is not None:
            self.metas = [SlideMeta.from_slide(s, i) for i, s in enumerate(self.slides)]
        else:
            self.metas = [SlideMeta(f"page-{i + 1}", f"Page {i + 1}", 0) for i in range(pages)]
        self.source_name = f"pdf:{self.path.name}"
        self._cache: OrderedDict[tuple[int, int, int], QImage] = OrderedDict()

    @property
    def matches_deck(self) -> bool:
        return self.slides is not None

    @property
    def count(self) -> int:
        return len(self.sizes)

    def aspect(self, index: int) -> float:
        width, height = self.sizes[index]
        return width / height if width > 0 and height > 0 else 16 / 9

    def render(self, index: int, width: int, height: int) -> QImage:
        """Page ``index`` stretched to exactly ``width`` x ``height`` pixels on white; a null image
        for a page PDFium cannot draw (the slide then shows blank, the rehearsal goes on)."""
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c

        try:
            page = self.document[index]
        except pdfium.PdfiumError:
            return QImage()
        bitmap = pdfium.PdfBitmap.new_native(width, height, pdfium_c.FPDFBitmap_BGRx, rev_byteorder=True)
        try:
            pdfium_c.FPDFBitmap_FillRect(bitmap.raw, 0, 0, width, height, 0xFFFFFFFF)  # opaque white
            flags = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_REVERSE_BYTE_ORDER  # annotations; RGBx bytes
            pdfium_c.FPDF_RenderPageBitmap(bitmap.raw, page.raw, 0, 0, width, height, 0, flags)
            rendered = QImage(bitmap.buffer, width, height, bitmap.stride, QImage.Format.Format_RGBX8888)
            return rendered.copy()  # a deep copy: the bitmap's buffer is freed below
        finally:
            bitmap.close()
            page.close()

    def image(self, index: int, width: int, height: int) -> QImage:
        key = (index, width, height)
        image = self._cache.get(key)
        if image is None:
            image = self.render(index, width, height)
            self._cache[key] = image
            while len(self._cache) > self.CACHE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return image

    def paint(self, p: QPainter, index: int, target: QRectF) -> None:
        rect = fitted(target, self.aspect(index))
        ratio = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        width, height = round(rect.width() * ratio), round(rect.height() * ratio)
        if width <= 0 or height <= 0:
            return
        p.fillRect(rect, QColor("#FFFFFF"))
        p.drawImage(rect, self.image(index, width, height))

    def notes(self, index: int) -> str:
        return self.slides[index].notes if self.slides else ""

    def guidance(self, index: int) -> str:
        return self.slides[index].guidance if self.slides else ""
