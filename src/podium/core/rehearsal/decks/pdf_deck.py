"""A PDF deck through PDFium (pypdfium2): page sizes, page labels, each page's text, and pictures.

Beamer writes each overlay of a frame as a page of its own with the frame's page label; pages
that share a label next to each other are one slide, for timing and for notes. PDFium is not
thread-safe, so every call here holds ``PDFIUM``: the UI thread and a background job may both
render.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from podium.core.rehearsal.decks.model import DeckError, DeckSlide, ImportedDeck, content_keys, first_line

if TYPE_CHECKING:
    from pypdfium2 import PdfDocument

PDFIUM = threading.RLock()


def open_pdf(path: Path, data: bytes) -> PdfDocument:
    """PDFium's document for ``data``; DeckError with PDFium's reason when it refuses it."""
    import pypdfium2 as pdfium

    with PDFIUM:
        try:
            document = pdfium.PdfDocument(data)  # type: ignore[no-untyped-call]
        except pdfium.PdfiumError as exc:
            raise DeckError(_load_error(data), path) from exc
        if len(document) <= 0:
            document.close()  # type: ignore[no-untyped-call]
            raise DeckError("no_slides", path)
    return document


def _load_error(data: bytes) -> str:
    """Why PDFium refuses ``data`` (one of ``model.REASONS``)."""
    import pypdfium2.raw as pdfium_c

    document = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    if document:  # it opens after all: it has no page
        pdfium_c.FPDF_CloseDocument(document)
        return "no_slides"
    code = int(pdfium_c.FPDF_GetLastError())
    return {
        pdfium_c.FPDF_ERR_FILE: "missing",
        pdfium_c.FPDF_ERR_FORMAT: "not_pdf",
        pdfium_c.FPDF_ERR_PASSWORD: "password",
        pdfium_c.FPDF_ERR_SECURITY: "security",
    }.get(code, "damaged")


def read_pdf(path: Path, data: bytes) -> ImportedDeck:
    """The deck in ``data``: one slide per run of pages with the same label."""
    document = open_pdf(path, data)
    try:
        with PDFIUM:
            count = len(document)
            sizes = [page_size(document, i) for i in range(count)]
            labels = [_label(document, i) for i in range(count)]
            texts = [_text(document, i) for i in range(count)]
    finally:
        with PDFIUM:
            document.close()  # type: ignore[no-untyped-call]
    slides: list[DeckSlide] = []
    for pages in overlay_groups(labels):
        last = texts[pages[-1]]  # the last overlay shows everything the frame builds up to
        title = first_line(texts[pages[0]]) or first_line(last)
        body = last.split("\n", 1)[1] if "\n" in last else ""
        slides.append(DeckSlide(len(slides) + 1, title, body, pages=tuple(pages), label=labels[pages[0]]))
    width, height = sizes[0]
    return ImportedDeck(Path(path), "pdf", content_keys(slides), width, height, page_sizes=sizes)


def overlay_groups(labels: list[str]) -> list[list[int]]:
    """Page indexes grouped into slides: neighbouring pages with the same non-empty label are one."""
    groups: list[list[int]] = []
    for index, label in enumerate(labels):
        if groups and label and labels[groups[-1][-1]] == label:
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def page_size(document: PdfDocument, index: int) -> tuple[float, float]:
    """Width and height in points as shown (rotation applied); (0, 0) when PDFium cannot size it."""
    import pypdfium2 as pdfium

    with PDFIUM:
        try:
            width, height = document.get_page_size(index)  # type: ignore[no-untyped-call]
        except pdfium.PdfiumError:
            return 0.0, 0.0
    return float(width), float(height)


def _label(document: PdfDocument, index: int) -> str:
    import pypdfium2 as pdfium

    try:
        return str(document.get_page_label(index) or "")  # type: ignore[no-untyped-call]
    except pdfium.PdfiumError:
        return ""


def _text(document: PdfDocument, index: int) -> str:
    import pypdfium2 as pdfium

    try:
        page = document[index]
    except pdfium.PdfiumError:
        return ""
    try:
        textpage = page.get_textpage()
        try:
            text = str(textpage.get_text_range())
        finally:
            textpage.close()
    finally:
        page.close()
    return "\n".join(line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").splitlines())


def render_page(document: PdfDocument, index: int, width: int, height: int) -> bytes | None:
    """Page ``index`` stretched to ``width`` x ``height`` pixels on white, as RGBX bytes (stride
    ``width * 4``); None for a page PDFium cannot draw (the slide shows blank, the talk goes on)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with PDFIUM:
        try:
            page = document[index]
        except pdfium.PdfiumError:
            return None
        bitmap = pdfium.PdfBitmap.new_native(width, height, pdfium_c.FPDFBitmap_BGRx, rev_byteorder=True)  # type: ignore[no-untyped-call]
        try:
            pdfium_c.FPDFBitmap_FillRect(bitmap.raw, 0, 0, width, height, 0xFFFFFFFF)
            flags = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_REVERSE_BYTE_ORDER
            pdfium_c.FPDF_RenderPageBitmap(bitmap.raw, page.raw, 0, 0, width, height, 0, flags)
            stride = bitmap.stride
            raw = bytes(bitmap.buffer)
        finally:
            bitmap.close()
            page.close()
    if stride == width * 4:
        return raw
    return b"".join(raw[row * stride : row * stride + width * 4] for row in range(height))
