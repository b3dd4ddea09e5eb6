"""What the presenter shows: the preparation's own deck, or a PDF finished elsewhere.

Both give the console the same things: a painter for slide ``i`` in a rectangle, its title,
notes and guidance, and the per-slide record entries. A PDF's pages are rendered once per size
by Qt's PDF module and cached, so a slide change is a pixmap copy.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from podium.core.layout import SlideLayout
from podium.core.model import Slide
from podium.core.rehearsal_recorder import SlideMeta
from podium.ui.painter import paint_slide


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


def _pdf_reason(status: object) -> str:
    from PySide6.QtPdf import QPdfDocument

    error = QPdfDocument.Error
    reasons = {  # marked for lupdate here, translated below
        error.FileNotFound: QT_TRANSLATE_NOOP("PdfSource", "the file was not found"),
        error.InvalidFileFormat: QT_TRANSLATE_NOOP("PdfSource", "it is not a PDF file"),
        error.IncorrectPassword: QT_TRANSLATE_NOOP("PdfSource", "it is protected by a password"),
        error.UnsupportedSecurityScheme: QT_TRANSLATE_NOOP("PdfSource", "its protection is not supported"),
        error.DataNotYetAvailable: QT_TRANSLATE_NOOP("PdfSource", "it could not be read completely"),
    }
    fallback = QT_TRANSLATE_NOOP("PdfSource", "it has no pages")
    return QCoreApplication.translate("PdfSource", reasons.get(status, fallback))  # type: ignore[call-overload]


class PdfSource:
    """A PDF deck. When it has as many pages as the preparation's deck, the deck's budgets,
    notes and guidance apply page by page (it is most likely that deck, finished elsewhere)."""

    CACHE = 12  # rendered pages kept: current, next, audience and a few either side

    def __init__(self, path: Path, language: str = "en", deck: list[Slide] | None = None) -> None:
        from PySide6.QtPdf import QPdfDocument  # the small PySide6-Pdf wheel, loaded only when used

        self.path = Path(path)
        self.language = language
        self.document = QPdfDocument()
        status = self.document.load(str(self.path))
        if status != QPdfDocument.Error.None_ or self.document.pageCount() <= 0:
            reason = _pdf_reason(status)
            raise PdfError(
                QCoreApplication.translate("PdfSource", "Cannot present %1: %2.")
                .replace("%1", str(self.path))
                .replace("%2", reason)
            )
        pages = self.document.pageCount()
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
        return self.document.pageCount()

    def aspect(self, index: int) -> float:
        size = self.document.pagePointSize(index)
        return size.width() / size.height() if size.height() > 0 else 16 / 9

    def image(self, index: int, width: int, height: int) -> QImage:
        key = (index, width, height)
        image = self._cache.get(key)
        if image is None:
            image = self.document.render(index, QSize(width, height))
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
