"""A real office suite opens every role's deck, page for page, with the text in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from podium.export.pptx_writer import write_pptx
from tests.helpers import make_prep, office_convert, pdf_pages, pdf_text

pytestmark = pytest.mark.office


@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("role", ["marketing", "finance", "project-management"])
def test_libreoffice_converts_page_for_page(tmp_path: Path, soffice: str, role: str, language: str) -> None:
    prep = make_prep(role, language, company="Nordvik AB")
    deck = write_pptx(prep, tmp_path / f"{role}-{language}.pptx")
    pdf = office_convert(soffice, deck, tmp_path)
    assert pdf_pages(pdf) == len(prep.deck.slides)
    for number, slide in enumerate(prep.deck.slides, start=1):
        page = " ".join(pdf_text(pdf, number).split())
        first_words = " ".join(slide.title.split()[:3])
        assert first_words in page, f"slide {number} ({slide.key}) title missing from the rendered page"
