"""Decks as other tools write them, made in the test: .pptx (python-pptx), Beamer-like PDFs with
page labels, password-protected PDFs (the standard security handler, RC4 revision 2)."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.util import Emu, Inches, Pt

SIZES = {
    "16:9": (Inches(13.333), Inches(7.5)),
    "4:3": (Inches(10), Inches(7.5)),
    "A4": (Emu(10692000), Emu(7560000)),
}


@dataclass
class SlideSpec:
    title: str | None = "A slide"  # None: no title placeholder at all
    body: str = ""
    notes: str = ""
    hidden: bool = False
    picture_title: bool = False  # a picture where the title placeholder is


def png_bytes(colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A tiny PNG, written by hand (no imaging library needed)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + bytes(colour) * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))  # fmt: skip


def make_pptx(path: Path, slides: Sequence[SlideSpec], size: str = "16:9") -> Path:
    prs = Presentation()
    prs.slide_width, prs.slide_height = SIZES[size]
    for spec in slides:
        layout = prs.slide_layouts[1] if spec.title is not None else prs.slide_layouts[6]  # blank
        slide = prs.slides.add_slide(layout)
        if spec.title is not None:
            if spec.picture_title:
                title = slide.shapes.title
                slide.shapes.add_picture(
                    io.BytesIO(png_bytes()), title.left, title.top, title.width, title.height
                )
                title._element.getparent().remove(title._element)
                pic = slide.shapes[-1]
                # the picture takes the title placeholder's place, as "Insert picture" in a title does
                nv = pic._element.nvPicPr.nvPr
                ph = nv.makeelement(
                    "{http://schemas.openxmlformats.org/presentationml/2006/main}ph", {"type": "title"}
                )
                nv.append(ph)
            else:
                slide.shapes.title.text = spec.title
            if spec.body:
                slide.placeholders[1].text = spec.body
            else:
                body = slide.placeholders[1]
                body._element.getparent().remove(body._element)
        elif spec.body:
            box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(2))
            box.text_frame.text = spec.body
            box.text_frame.paragraphs[0].runs[0].font.size = Pt(28)
        if spec.notes:
            slide.notes_slide.notes_text_frame.text = spec.notes
        if spec.hidden:
            slide._element.set("show", "0")
    prs.save(str(path))
    return path


def make_many(path: Path, count: int) -> Path:
    """A talk of ``count`` slides with titles, bullets and notes (for benchmarks)."""
    specs = [SlideSpec(f"Finding {n}: the numbers behind it", "First point\nSecond point\nThird point",
                       f"Say why finding {n} matters.") for n in range(1, count + 1)]  # fmt: skip
    return make_pptx(path, specs)


# ---------------------------------------------------------------- PDFs by hand


@dataclass
class PageSpec:
    text: list[str]
    label: str | None = None  # None: no label of its own (PDFium then reports none)
    size: tuple[float, float] = (960.0, 540.0)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(path: Path, pages: Sequence[PageSpec], *, password: str | None = None) -> Path:
    """A PDF with one Helvetica line per entry of each page's text and, when given, page labels
    (``/PageLabels`` with a prefix per page, as Beamer writes them). With ``password`` the file is
    protected by the standard security handler and PDFium asks for it."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for page in pages:
        width, height = page.size
        lines = [
            f"BT /F1 28 Tf 40 {height - 60 - 40 * n:.0f} Td ({_escape(t)}) Tj ET"
            for n, t in enumerate(page.text)
        ]
        stream = "\n".join(lines).encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {width:g} {height:g}] "
                        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()))  # fmt: skip
    objects[pages_obj - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    )
    labels = ""
    if any(p.label is not None for p in pages):
        nums = " ".join(f"{i} << /P ({_escape(p.label or '')}) >>" for i, p in enumerate(pages))
        labels = f" /PageLabels << /Nums [{nums}] >>"
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R{labels} >>".encode()
    file_id = hashlib.md5(str(path).encode()).digest()
    encrypt = b""
    if password is not None:
        o_entry, u_entry = _rc4_r2_entries(password, file_id)
        enc = add(b"<< /Filter /Standard /V 1 /R 2 /O <" + o_entry.hex().encode() + b"> /U <"
                  + u_entry.hex().encode() + b"> /P -4 >>")  # fmt: skip
        encrypt = f" /Encrypt {enc} 0 R".encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /ID [<{file_id.hex()}> <{file_id.hex()}>]".encode()
            + encrypt + f" >>\nstartxref\n{xref}\n%%EOF\n".encode())  # fmt: skip
    path.write_bytes(bytes(out))
    return path


PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _rc4_r2_entries(password: str, file_id: bytes) -> tuple[bytes, bytes]:
    """/O and /U of the standard security handler, revision 2 (PDF 1.7, algorithms 3 and 4)."""
    padded = (password.encode("latin-1") + PAD)[:32]
    owner = _rc4(hashlib.md5(padded).digest()[:5], padded)
    key = hashlib.md5(padded + owner + (-4).to_bytes(4, "little", signed=True) + file_id).digest()[:5]
    return owner, _rc4(key, PAD)


def beamer_like(path: Path) -> Path:
    """Three frames: a title page, a frame with three overlays (labels 2, 2, 2), a closing frame."""
    return make_pdf(path, [
        PageSpec(["Quarterly review", "Anna Berg"], "1"),
        PageSpec(["Results", "Revenue up"], "2"),
        PageSpec(["Results", "Revenue up", "Costs flat"], "2"),
        PageSpec(["Results", "Revenue up", "Costs flat", "Margin 12%"], "2"),
        PageSpec(["Next steps", "Hire two engineers"], "3"),
    ])  # fmt: skip
