"""Words of a PDF grouped into lines per laid-out text box, read with ``pdftotext -bbox``.

Used to check that LibreOffice (opening Podium's pptx) and Podium's own PDF put the
same words on the same lines: each word is assigned to the layout box containing its
centre, then grouped into lines by baseline.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from podium.core.render.layout import DiagramBox, SlideLayout, TableBox, TextBox

BULLETS = {"\u2022"}


@dataclass
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def pdf_words(pdf: Path) -> list[list[Word]]:
    """Every page's words with boxes in points."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True).stdout
    root = ET.fromstring(out.decode("utf-8").replace(' xmlns="http://www.w3.org/1999/xhtml"', ""))
    pages = []
    for page in root.iter("page"):
        words = [
            Word(w.text or "", *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
            for w in page.iter("word")
        ]
        pages.append([w for w in words if w.text.strip() and w.text not in BULLETS])
    return pages


def text_regions(laid: SlideLayout) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The rectangles whose text both renderers must wrap alike: text boxes, table cells, shape text."""
    regions: list[tuple[str, tuple[float, float, float, float]]] = []
    for i, box in enumerate(laid.boxes):
        if isinstance(box, TextBox):
            regions.append((f"{i}:{box.role}", (box.x, box.y, box.w, box.h)))
        elif isinstance(box, TableBox):
            y = box.y
            for r, height in enumerate(box.row_heights):
                x = box.x
                for c, width in enumerate(box.col_widths):
                    regions.append((f"{i}:cell{r},{c}", (x, y, width, height)))
                    x += width
                y += height
        elif isinstance(box, DiagramBox):
            for s, shape in enumerate(box.shapes):
                if shape.text is not None:
                    t = shape.text
                    regions.append((f"{i}:shape{s}", (t.x, t.y, t.w, t.h)))
    return regions


def lines_by_region(words: list[Word], laid: SlideLayout, page_width: float) -> dict[str, list[str]]:
    """region -> its lines of text, top to bottom; words are scaled from page to slide points."""
    scale = laid.width / page_width
    regions = text_regions(laid)
    grouped: dict[str, list[Word]] = {}
    for word in words:
        cx, cy = (word.x0 + word.x1) / 2 * scale, (word.y0 + word.y1) / 2 * scale
        for name, (x, y, w, h) in regions:
            if x - 2 <= cx <= x + w + 2 and y - 2 <= cy <= y + h + 2:
                grouped.setdefault(name, []).append(word)
                break
    result: dict[str, list[str]] = {}
    for name, items in grouped.items():
        items.sort(key=lambda w: (w.y1, w.x0))
        lines: list[list[Word]] = []
        for word in items:
            height = (word.y1 - word.y0) * 0.5
            if lines and abs(lines[-1][-1].y1 - word.y1) < height:
                lines[-1].append(word)
            else:
                lines.append([word])
        result[name] = [" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines]
    return result


def page_width(pdf: Path) -> float:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    size = next(line for line in out.splitlines() if line.startswith("Page size:"))
    return float(size.split()[2])
