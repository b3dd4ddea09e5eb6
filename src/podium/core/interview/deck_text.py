"""What the slides of a deck file say: a .pptx (titles, text, tables, chart data) or a PDF's text.

For ``podium questions --challenges DECK``: the panel's challenges are built from what is on each
slide, so a deck finished in PowerPoint, or exported by Podium, is challenged like the
preparation's own. Footers, slide numbers and Podium's "Example:" placeholders are left out: the
panel challenges what the candidate claims. A file that cannot be read is a ``DeckFileError``
with one sentence for the user.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from podium.core.interview.slide_text import (
    Chart,
    SlideContent,
    Table,
    as_shown,
    example_prefixes,
    plain_title,
    shares,
)
from podium.core.model import LANGUAGES
from podium.core.phrasebook import phrases

FOOTER_BAND = 0.9  # text wholly below 90% of the slide's height is a footer or a slide number
FOOTER_LENGTH = 60
LABEL_WORDS = 3
SUFFIXES = (".pptx", ".pdf")


class DeckFileError(Exception):
    """A deck file that cannot be read; the message says why, in one sentence."""


def language_of_tag(tag: str) -> str | None:
    """The deck language a language tag ("sv-SE", "en-US") is written in, if Podium has it."""
    primary = tag.strip().split("-")[0].lower()
    for language in LANGUAGES:
        if phrases(language).say("locale.tag").split("-")[0].lower() == primary:
            return language
    return None


def read_deck(path: Path) -> tuple[list[SlideContent], str | None]:
    """The slides' content, and the deck's language when the file says it (a .pptx does)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DeckFileError(
            f"{path.name}: Podium reads a deck as .pptx or .pdf, not {suffix or 'a file without one'}"
        )
    if not path.is_file():
        raise DeckFileError(f"{path} does not exist")
    return _read_pptx(path) if suffix == ".pptx" else (_read_pdf(path), None)


# --------------------------------------------------------------------------------------- pptx


def _read_pptx(path: Path) -> tuple[list[SlideContent], str | None]:
    from lxml.etree import LxmlError
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    try:
        prs = Presentation(str(path))
        height = int(prs.slide_height or 0)
        ours = prs.core_properties.author == "Podium"  # Podium names each slide by its stable key
        slides = [_pptx_slide(slide, i, height, ours) for i, slide in enumerate(prs.slides, start=1)]
        language = _pptx_language(prs)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, LxmlError) as exc:
        raise DeckFileError(f"{path.name} is not a PowerPoint file Podium can read ({exc})") from None
    return slides, language


def _pptx_language(prs: Any) -> str | None:
    """The language the deck says it is in: its properties, else the tag most of its text carries."""
    declared = language_of_tag(str(prs.core_properties.language or ""))
    if declared:
        return declared
    counts: dict[str, int] = {}
    for slide in prs.slides:
        for node in slide._element.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}rPr"):
            found = language_of_tag(node.get("lang", ""))
            if found:
                counts[found] = counts.get(found, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _shapes(shapes: Any) -> Any:
    for shape in shapes:
        if shape.shape_type is not None and int(shape.shape_type) == 6:  # a group: its members
            yield from _shapes(shape.shapes)
        else:
            yield shape


def _is_footer(shape: Any, height: int) -> bool:
    from pptx.enum.shapes import PP_PLACEHOLDER

    if shape.is_placeholder:
        kind = shape.placeholder_format.type
        if kind in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE):
            return True
    top = shape.top if shape.top is not None else 0
    return bool(height) and top >= height * FOOTER_BAND and len(shape.text_frame.text) <= FOOTER_LENGTH


def _is_label(shape: Any) -> bool:
    """A few words on their own: a callout, an axis label or a cell of a drawn diagram, not a point."""
    text = shape.text_frame.text.strip()
    return "\n" not in text and len(text.split()) <= LABEL_WORDS and not shape.is_placeholder


def _pptx_slide(slide: Any, number: int, height: int, ours: bool) -> SlideContent:
    from pptx.enum.shapes import PP_PLACEHOLDER

    examples = example_prefixes()
    title_shape = slide.shapes.title
    title, example = plain_title(title_shape.text_frame.text) if title_shape is not None else ("", False)
    centred = title_shape is not None and title_shape.placeholder_format.type == PP_PLACEHOLDER.CENTER_TITLE
    lines: list[str] = []
    labels: list[str] = []
    tables: list[Table] = []
    charts: list[Chart] = []
    for shape in _shapes(slide.shapes):
        if title_shape is not None and shape.shape_id == title_shape.shape_id:
            continue
        if shape.has_text_frame and not _is_footer(shape, height):
            found = [" ".join(p.text.split()) for p in shape.text_frame.paragraphs]
            found = [t for t in found if t and not t.startswith(examples)]
            (labels if _is_label(shape) else lines).extend(found)
        elif getattr(shape, "has_table", False) and shape.has_table:
            table = _table(shape.table, examples)
            if table is not None:
                tables.append(table)
        elif getattr(shape, "has_chart", False) and shape.has_chart:
            chart = _chart(shape.chart, examples)
            if chart is not None:
                charts.append(chart)
    if not title and lines:  # no title placeholder: the first text on the slide is its title
        title, lines = lines[0], lines[1:]
    kind = "content"
    if centred:
        kind = "title" if number == 1 else ("section" if not (lines or tables or charts) else "content")
    name = str(slide.name or "").strip() if ours else ""
    return SlideContent(
        number, name or f"slide-{number}", title, tuple(lines), tuple(tables), tuple(charts), kind,
        labels=tuple(labels), keyed=bool(name), example_title=example,
    )  # fmt: skip


def _table(table: Any, examples: tuple[str, ...]) -> Table | None:
    rows = [tuple(" ".join(cell.text.split()) for cell in row.cells) for row in table.rows]
    if len(rows) < 2 or (rows[0] and rows[0][0].startswith(examples)):
        return None
    return Table(rows[0], tuple(rows[1:]))


def _chart(chart: Any, examples: tuple[str, ...]) -> Chart | None:
    title = " ".join(chart.chart_title.text_frame.text.split()) if chart.has_title else ""
    if title.startswith(examples) or not chart.plots:
        return None
    plot = chart.plots[0]
    if not plot.series:
        return None
    categories = tuple(str(c) for c in plot.categories)
    values = tuple(float(v or 0) for v in plot.series[0].values)
    name = str(chart.chart_type).upper()
    kind = next((k for k in ("PIE", "LINE", "BAR") if k in name), "COLUMN").lower()
    if "DOUGHNUT" in name:
        kind = "pie"
    if "STACKED" in name and len(plot.series) > 1 and _unfilled(plot.series[0]):
        # a bridge drawn as stacked columns over an invisible base: each bar's visible height
        shown = [[float(v or 0) for v in s.values] for s in list(plot.series)[1:]]
        return Chart(
            "waterfall",
            title,
            categories,
            tuple(sum(abs(v) for v in bar) for bar in zip(*shown, strict=False)),
        )
    try:
        fmt = str(chart.value_axis.tick_labels.number_format) if kind != "pie" else ""
    except (ValueError, AttributeError):  # a chart without a value axis
        fmt = ""
    if shares(fmt, values):
        return Chart(kind, title, categories, as_shown(fmt, values), True)
    return Chart(kind, title, categories, as_shown(fmt, values), "%" in title or "%" in fmt)


def _unfilled(series: Any) -> bool:
    """The series has no fill: the invisible base a bridge's bars stand on."""
    from pptx.oxml.ns import qn

    sp_pr = series._element.find(qn("c:spPr"))
    return sp_pr is not None and sp_pr.find(qn("a:noFill")) is not None


# ---------------------------------------------------------------------------------------- pdf

_PAGE_NUMBER = re.compile(r"^\d{1,3}$")


def _read_pdf(path: Path) -> list[SlideContent]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))  # type: ignore[no-untyped-call]
    except pdfium.PdfiumError as exc:
        raise DeckFileError(f"{path.name} is not a PDF Podium can read ({exc})") from None
    examples = example_prefixes()
    slides = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            text = page.get_textpage().get_text_range()
            lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
            lines = [t for t in lines if t and not _PAGE_NUMBER.match(t) and not t.startswith(examples)]
            title, rest = (lines[0], tuple(lines[1:])) if lines else ("", ())
            slides.append(
                SlideContent(i + 1, f"slide-{i + 1}", title, rest, kind="title" if i == 0 else "content")
            )
    finally:
        pdf.close()  # type: ignore[no-untyped-call]
    if not any(s.title for s in slides):
        raise DeckFileError(f"{path.name} has no text Podium can read (is it a scanned deck?)")
    return slides
