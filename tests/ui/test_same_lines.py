"""The pptx opened by LibreOffice and Podium's own PDF show the same text on the same lines.

Both PDFs are read with ``pdftotext -bbox``; every word is assigned to the laid-out
text box (or table cell) it falls in and grouped into lines by baseline. Every theme,
both aspect ratios, both languages, example text in italics, hyphenated words,
two blocks side by side and a logo are covered.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from podium.core.model import Bullet, BulletsBlock, Slide, TableBlock
from podium.core.render.layout import layout_deck
from podium.export.pptx_writer import write_pptx
from podium.ui.app import create_application
from podium.ui.deck_export.pdf import write_slides_pdf
from tests.export.bbox_lines import lines_by_region, page_width, pdf_words
from tests.helpers import make_prep, office_convert

pytestmark = pytest.mark.office

CASES = [
    ("finance", "en", "nordic", "16:9"),
    ("marketing", "sv", "midnight", "4:3"),
    ("project-management", "en", "linen", "16:9"),
    ("finance", "sv", "graphite", "4:3"),
]


def _tricky_slide(language: str) -> Slide:
    sv = language == "sv"
    points = BulletsBlock(
        [
            Bullet("Riskägarna uppdaterar registret varannan vecka, e-post och go/no-go-möten" if sv
                   else "Owners update the register every other week, by e-mail and go/no-go meetings"),
            Bullet("Omsättningen 2024–2026: +5,8 % mot budget, −1,0 % mot fjolåret" if sv
                   else "Revenue 2024–2026: +5.8% against budget, −1.0% on last year", level=1),
            Bullet("Example line the user has not replaced yet, set in italics and measured so", example=True),
        ]
    )  # fmt: skip
    table = TableBlock(
        ["Persona", "Behov", "Kanal"] if sv else ["Persona", "Need", "Channel"],
        [["Redovisningskonsulten", "Ordning i kunddata och färre manuella steg", "Partnerträffar, e-post"],
         ["Controllern", "Snabbare bokslut", "LinkedIn, webbinarier"]],
    )  # fmt: skip
    return Slide("Två block sida vid sida" if sv else "Two blocks side by side", blocks=[points, table])


@pytest.mark.parametrize(("role", "language", "theme", "aspect"), CASES)
def test_libreoffice_and_podium_break_lines_alike(
    tmp_path: Path, soffice: str, role: str, language: str, theme: str, aspect: str
) -> None:
    create_application()
    prep = make_prep(role, language, company="Nordvik Försäkringar AB", brand_color="#0B6E4F")
    prep.deck.theme, prep.deck.aspect = theme, aspect
    logo = tmp_path / "logo.png"
    Image.new("RGB", (240, 80), "#0B6E4F").save(logo)
    prep.deck.logo = str(logo)
    prep.deck.slides.insert(2, _tricky_slide(language))
    layouts = layout_deck(prep.deck, language=language, brand=prep.brand_color, footer=prep.company)
    office_pdf = office_convert(soffice, write_pptx(prep, tmp_path / "deck.pptx"), tmp_path)
    podium_pdf = write_slides_pdf(layouts, tmp_path / "podium.pdf", language=language)
    office_pages, podium_pages = pdf_words(office_pdf), pdf_words(podium_pdf)
    assert len(office_pages) == len(podium_pages) == len(layouts)
    office_w, podium_w = page_width(office_pdf), page_width(podium_pdf)
    compared = 0
    for number, laid in enumerate(layouts, start=1):
        office = lines_by_region(office_pages[number - 1], laid, office_w)
        podium = lines_by_region(podium_pages[number - 1], laid, podium_w)
        assert office == podium, f"slide {number}: LibreOffice {office} vs Podium {podium}"
        compared += sum(len(lines) for lines in podium.values())
    assert compared > 100  # the comparison really looked at the text
