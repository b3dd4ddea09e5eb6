"""A PDF deck in the presenter: its pages look like the slides they came from, and a PDF that cannot be
shown (locked, empty, damaged, not a file) gives one sentence saying why instead of an exception."""

from __future__ import annotations

import hashlib
import random
import struct
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from podium.core.rehearsal.decks.model import DeckError as PdfError
from podium.core.rehearsal.decks.reader import open_deck
from podium.core.rehearsal.decks.record import DeckRecord
from podium.core.render.layout import SlideLayout, layout_deck
from podium.ui.rehearse.deck_source import ImportedSource
from podium.ui.slides.painter import paint_slide
from tests.helpers import make_prep

WIDTH, HEIGHT = 480, 270


def _write_deck_pdf(path: Path) -> list[SlideLayout]:
    """The finance deck as a PDF, one page per slide as the export writes it; the slides' layouts."""
    layouts = layout_deck(make_prep("finance").deck, language="en")
    writer = QPdfWriter(str(path))
    size = QPageSize(QSizeF(540, 960), QPageSize.Unit.Point)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF()))
    painter = QPainter(writer)
    for i, laid in enumerate(layouts):
        if i:
            writer.newPage()
        paint_slide(painter, laid, QRectF(0, 0, writer.width(), writer.height()))
    painter.end()
    return layouts


def _painted(laid: SlideLayout | None) -> QImage:
    """The slide as the presenter paints it from the deck (white when None)."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    if laid is not None:
        painter = QPainter(image)
        paint_slide(painter, laid, QRectF(0, 0, WIDTH, HEIGHT))
        painter.end()
    return image


def _difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference per colour channel (0-255), on every other pixel."""
    total = count = 0
    for x in range(0, a.width(), 2):
        for y in range(0, a.height(), 2):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            total += abs(p.red() - q.red()) + abs(p.green() - q.green()) + abs(p.blue() - q.blue())
            count += 3
    return total / count


def test_every_page_looks_like_the_slide_it_was_written_from(qapp: QApplication, tmp_path: Path) -> None:
    pdf = tmp_path / "deck.pdf"
    layouts = _write_deck_pdf(pdf)
    source = PdfSource(pdf)
    assert source.count == len(layouts) and source.aspect(0) == pytest.approx(16 / 9, abs=0.01)
    blank = _painted(None)
    for index, laid in enumerate(layouts):
        page, slide = source.image(index, WIDTH, HEIGHT), _painted(laid)
        assert (page.width(), page.height()) == (WIDTH, HEIGHT)
        # Text edges differ a little between the two rasterisers; a blank page differs by far more.
        assert _difference(page, slide) < min(4, _difference(blank, slide) / 2), index
    first, slide = source.image(0, WIDTH, HEIGHT), _painted(layouts[0])
    swapped = first.convertToFormat(QImage.Format.Format_RGB32).rgbSwapped()
    assert _difference(swapped, slide) > 50 * _difference(first, slide)  # red and blue in their places
    assert source.image(0, WIDTH, HEIGHT) is first  # cached: a slide change is a copy, not a render


def test_the_pages_stay_when_the_file_is_rewritten_during_a_rehearsal(
    qapp: QApplication, tmp_path: Path
) -> None:
    pdf = tmp_path / "deck.pdf"
    layouts = _write_deck_pdf(pdf)
    source = PdfSource(pdf)
    pdf.write_bytes(b"%PDF-1.7\n" + b"\0" * 100)  # exported again elsewhere, half written
    assert _difference(source.image(0, WIDTH, HEIGHT), _painted(layouts[0])) < 4


def _pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF file made of ``objects`` (numbered from 1, the catalogue first), with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(out)


def _rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _locked_pdf(user_password: bytes, owner_password: bytes) -> bytes:
    """A one-page PDF that needs ``user_password`` to open: the PDF standard security handler, revision 2
    (RC4, 40-bit key), as PDF 1.4 writers produce it (ISO 32000-1, 7.6.3, algorithms 2, 3 and 4)."""
    padding = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")

    def padded(password: bytes) -> bytes:
        return (password + padding)[:32]

    file_id, permissions = hashlib.md5(b"podium").digest(), -4
    owner = _rc4(hashlib.md5(padded(owner_password)).digest()[:5], padded(user_password))
    key = hashlib.md5(padded(user_password) + owner + struct.pack("<i", permissions) + file_id).digest()[:5]
    user = _rc4(key, padding)
    content = b"0 0 1 rg 10 10 100 100 re f"
    object_key = hashlib.md5(key + (4).to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]
    secret = _rc4(object_key, content)
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 960 540] /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(secret), secret),
            b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
            % (owner.hex().encode(), user.hex().encode(), permissions),
        ],
        b"/Encrypt 5 0 R /ID [<%s> <%s>]" % (file_id.hex().encode(), file_id.hex().encode()),
    )


def PdfSource(path: Path) -> ImportedSource:
    """A PDF as the presenter shows it (pages are slides here: no page labels repeat)."""
    return ImportedSource(open_deck(path), DeckRecord("test"))


def _cannot_present(path: Path) -> str:
    with pytest.raises(PdfError) as raised:
        PdfSource(path)
    message = str(raised.value)
    assert message.startswith(f"Cannot present {path}: ") and message.endswith(".")
    return message


def test_a_password_protected_pdf_says_so(qapp: QApplication, tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(_locked_pdf(b"secret", b"owner"))
    assert len(pdfium.PdfDocument(locked.read_bytes(), password="secret")) == 1  # a real locked PDF
    assert _cannot_present(locked).endswith("it is protected by a password.")


def test_a_pdf_without_pages_says_so(qapp: QApplication, tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    assert _cannot_present(empty).endswith("it has no slides.")


def test_what_is_not_a_readable_file_says_so(qapp: QApplication, tmp_path: Path) -> None:
    assert _cannot_present(tmp_path / "missing.pdf").endswith("the file was not found.")
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    assert _cannot_present(folder).endswith("the file cannot be opened.")
    text = tmp_path / "notes.pdf"
    text.write_text("Slide 1: hello", encoding="utf-8")
    assert _cannot_present(text).endswith("it is not a PDF file.")


def test_a_damaged_pdf_gives_a_message_or_its_pages(qapp: QApplication, tmp_path: Path) -> None:
    """Cut short, or with bytes changed: PDFium repairs what it can; what it cannot is a message."""
    whole = tmp_path / "deck.pdf"
    _write_deck_pdf(whole)
    data = whole.read_bytes()
    rng = random.Random(16)
    damaged = [data[:cut] for cut in (9, len(data) // 10, len(data) // 2, len(data) - 40)]
    for _ in range(12):
        copy = bytearray(data)
        for _ in range(20):
            copy[rng.randrange(len(copy))] = rng.randrange(256)
        damaged.append(bytes(copy))
    outcomes = set()
    for i, content in enumerate(damaged):
        path = tmp_path / f"damaged-{i}.pdf"
        path.write_bytes(content)
        try:
            source = PdfSource(path)
        except PdfError as exc:
            assert str(exc).startswith(f"Cannot present {path}: ")
            outcomes.add("message")
            continue
        for index in range(source.count):
            image = source.image(index, 96, 54)
            assert image.isNull() or (image.width(), image.height()) == (96, 54)
        outcomes.add("pages")
    assert outcomes == {"message", "pages"}  # both paths were taken
