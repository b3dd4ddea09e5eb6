"""The one sanitiser every writer uses makes any string safe for python-pptx."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from pptx import Presentation

from podium.core.text import format_date, format_number, sanitize


def test_removes_what_xml_forbids() -> None:
    assert sanitize("a\x00b\x1fc\ufffed\ud800e") == "abcde"


def test_keeps_tabs_newlines_and_ordinary_unicode() -> None:
    assert sanitize("Räksmörgås\t€ 😀\r\nnext") == "Räksmörgås\t€ 😀\nnext"


def test_defuses_office_escape_sequences() -> None:
    assert "_x0000_" not in sanitize("value _x0000_ here")


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_any_text_survives_a_pptx_round_trip(value: str) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = sanitize(value)
    slide.notes_slide.notes_text_frame.text = sanitize(value)
    buffer = io.BytesIO()
    prs.save(buffer)
    buffer.seek(0)
    back = Presentation(buffer).slides[0]
    # python-pptx turns line breaks into paragraphs and keeps every other character.
    assert back.shapes.title.text.replace("\n", "").replace("\x0b", "") == sanitize(value).replace("\n", "")


def test_dates_and_numbers_follow_the_language() -> None:
    from datetime import date

    assert format_date(date(2027, 3, 3), "sv") == "3 mars 2027"
    assert format_date(date(2027, 3, 3), "en") == "3 March 2027"
    assert format_number(1234567.5, "sv", 1) == "1\u00a0234\u00a0567,5"
    assert format_number(1234567.5, "en", 1) == "1,234,567.5"
