"""Arbitrary Unicode everywhere a user types: the .pptx always writes, reads back as typed, and opens in LibreOffice.

Hypothesis draws any code point (surrogates, U+FFFE, control characters, RTL,
combining marks, ``_xHHHH_`` escapes, Jinja and XML look-alikes) into titles,
bullets, tables, chart labels, diagram text, notes and the company name. The
in-process check reads the file back with python-pptx and compares each string
with what ``sanitize`` promises; the LibreOffice check batches many strings
into one deck per conversion and asks for one page per slide with every
slide's marker in place.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pptx import Presentation

from podium.core.model import (
    Bullet,
    BulletsBlock,
    ChartBlock,
    Deck,
    DiagramBlock,
    Preparation,
    Series,
    Shape,
    Slide,
    TableBlock,
)
from podium.core.text import sanitize
from podium.export.pptx_writer import build_presentation, write_pptx
from tests.helpers import office_convert, pdf_pages, pdf_text
from tests.proof.profile import PROFILE

NASTY = [
    "_x0000_",
    "_x0041_ and _X263A_",
    "\ufffe\uffff",
    "\ud800 lone \udfff",
    "\x00\x01\x08\x0b\x0c\x1f",
    "line\r\nbreak\rmac\nunix",
    "{{ 7*7 }} {% for x in y %}",
    "<a:t>]]>&amp;&lt;</a:t>",
    "\u202eRTL override עברית العربية",
    "e\u0301\u0301\u0301 combining",
    "👩‍👩‍👧‍👦 🏳️‍🌈 zwj",
    "\u200b\u200c\u200d\ufeff",
    "\t tab \u00a0 nbsp \u2028 \u2029",
    "\U0010ffff \U000e0001",
]

ANY_CHAR = st.characters(blacklist_categories=())  # every code point, surrogates included
TEXT = st.text(ANY_CHAR, max_size=60) | st.sampled_from(NASTY)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _slides(strings: list[str]) -> list[Slide]:
    """One content slide with text, table and notes, one with a chart, one with a diagram."""
    s = (strings * 14)[:14]
    return [
        Slide(
            title=s[0],
            blocks=[
                BulletsBlock(items=[Bullet(s[1]), Bullet(s[2], level=1)]),
                TableBlock(columns=[s[3], "B"], rows=[[s[4], s[5]]]),
            ],
            notes=s[6],
            guidance=s[7],
        ),
        Slide(
            title=s[8],
            blocks=[ChartBlock(categories=[s[9], s[10]], series=[Series(s[11], [1.0, -2.5])], title=s[12])],
        ),
        Slide(
            title="diagram",
            blocks=[DiagramBlock(shapes=[Shape(0.1, 0.1, 0.5, 0.4, text=s[13], fill="#DDEEFF")])],
        ),
    ]


def _prep(slides: list[Slide], company: str) -> Preparation:
    prep = Preparation(role="finance", company=company, language="en")
    prep.deck = Deck(slides=slides)
    return prep


def _texts(shape) -> list[str]:
    found = []
    if shape.has_text_frame:
        found.append(shape.text_frame.text)
    if getattr(shape, "has_table", False) and shape.has_table:
        found += [cell.text for row in shape.table.rows for cell in row.cells]
    return found


@settings(
    max_examples=PROFILE.examples,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(strings=st.lists(TEXT, min_size=1, max_size=14), company=TEXT)
@example(strings=NASTY, company="{{ company }} _x0000_ \ud800")
@example(strings=[""] * 12 + ["\r"], company="")  # a chart title that starts with a line break
def test_any_text_writes_and_reads_back_as_sanitised(strings: list[str], company: str) -> None:
    slides = _slides(strings)
    prep = _prep(slides, company)
    buffer = io.BytesIO()
    build_presentation(prep, include_guidance=True).save(buffer)  # the guidance goes through the notes too
    buffer.seek(0)
    prs = Presentation(buffer)
    assert len(prs.slides) == len(slides)
    first, chart_slide, diagram_slide = prs.slides
    model = slides[0]
    assert _norm(first.shapes.title.text_frame.text) == _norm(sanitize(model.title))
    on_slide = " ".join(_norm(t) for shape in first.shapes for t in _texts(shape))
    for typed in (model.blocks[0].items[0].text, model.blocks[0].items[1].text, *model.blocks[1].columns):
        assert _norm(sanitize(typed)) in on_slide
    for cell in model.blocks[1].rows[0]:
        assert _norm(sanitize(cell)) in on_slide
    notes = _norm(first.notes_slide.notes_text_frame.text)
    assert _norm(sanitize(model.notes)) in notes and _norm(sanitize(model.guidance)) in notes
    chart = next(s for s in chart_slide.shapes if s.has_chart).chart
    typed = slides[1].blocks[0]
    assert [_norm(c) for c in chart.plots[0].categories] == [
        _norm(sanitize(c)) or "" for c in typed.categories
    ]
    assert _norm(chart.plots[0].series[0].name) == _norm(sanitize(typed.series[0].name))
    diagram_text = " ".join(_norm(t) for shape in diagram_slide.shapes for t in _texts(shape))
    assert _norm(sanitize(slides[2].blocks[0].shapes[0].text)) in diagram_text


@pytest.mark.office
@pytest.mark.slow
@settings(max_examples=PROFILE.office_examples, deadline=None, suppress_health_check=list(HealthCheck))
@given(batch=st.lists(st.lists(TEXT, min_size=14, max_size=14), min_size=4, max_size=10))
@example(batch=[NASTY])
def test_libreoffice_opens_any_text_one_page_per_slide(
    tmp_path_factory: pytest.TempPathFactory, soffice: str, batch: list[list[str]]
) -> None:
    folder = tmp_path_factory.mktemp("office-fuzz")
    slides: list[Slide] = []
    for n, strings in enumerate(batch):
        group = _slides(strings)
        for k, slide in enumerate(group):
            slide.title = f"MARK{n}x{k} {slide.title}"  # a marker pdftotext can find whatever the text is
        slides += group
    deck = write_pptx(_prep(slides, batch[0][0]), folder / "fuzz.pptx")
    pdf = office_convert(soffice, deck, folder)
    assert pdf_pages(pdf) == len(slides)
    for page, _slide in enumerate(slides, start=1):
        n, k = divmod(page - 1, 3)
        assert f"MARK{n}x{k}" in pdf_text(pdf, page), f"page {page} lost its title"
