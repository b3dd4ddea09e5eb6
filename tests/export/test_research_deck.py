"""Research flows into every role's deck: opportunities, the "why me" closing, logo and brand colour."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation

from podium.core.deck.edits import add_opportunities_slide
from podium.core.deck.fill import apply_role_data
from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.research.records import Company, Doubt, Idea, Research, save_logo, store_research
from podium.core.roles import catalogue
from podium.export.pptx_writer import write_pptx
from tests.helpers import make_prep, office_convert, pdf_text

ROLES = list(catalogue())
BRAND = "#0B5D3B"  # dark enough that the theme uses it unchanged


def research() -> Research:
    return Research(
        company=Company(goals="Grow recurring revenue 20% a year\nOpen in Norway by June"),
        ideas=[
            Idea("Sign-up takes nine steps", "I tried it myself", "Cut it to three steps", id="i1"),
            Idea("No customer stories online", "Rivals show ten each", "Film three customers", id="i2"),
        ],
        doubts=[
            Doubt("Little B2B experience", "Three years of B2B lead generation at Acme", id="d1"),
            Doubt("Budget size", "", id="d2"),  # not answered yet: stays off the slide
        ],
    )


def _texts(slide) -> str:
    out = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            out.append(shape.text_frame.text)
        if shape.has_table:
            out += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(out)


def _logo_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (240, 80), (11, 93, 59)).save(out, "PNG")
    return out.getvalue()


def _researched(role: str, language: str = "en") -> Preparation:
    prep = make_prep(role, language, company="Nordvik AB")
    data = research()
    store_research(prep, data)
    save_logo(prep, data, _logo_png())
    store_research(prep, data)
    prep.brand_color = BRAND
    apply_role_data(prep)
    return prep


@pytest.mark.parametrize("role", ROLES)
def test_new_deck_has_a_why_me_closing_but_no_opportunities_until_there_are_ideas(role: str) -> None:
    prep = make_prep(role)
    keys = [s.key for s in prep.deck.slides]
    assert "opportunities" not in keys
    closing = next(s for s in prep.deck.slides if s.kind == "closing")
    assert [b.source for b in closing.blocks][-1] == "research-why-me"
    assert closing.blocks[-1].example  # example until the research says something


@pytest.mark.parametrize("role", ROLES)
def test_research_reaches_the_exported_pptx(role: str, tmp_path: Path) -> None:
    prep = _researched(role)
    index = add_opportunities_slide(prep)
    assert prep.deck.slides[index + 1].kind == "closing"
    assert sum(s.target_seconds for s in prep.deck.timed_slides) == prep.talk_minutes * 60
    assert add_opportunities_slide(prep) == index  # asking twice adds nothing
    target = write_pptx(prep, tmp_path / "deck.pptx")

    slides = list(Presentation(str(target)).slides)
    opportunities = _texts(slides[index])
    assert "Where Nordvik AB could do even better" in opportunities
    assert "Sign-up takes nine steps" in opportunities and "Film three customers" in opportunities
    assert "Example" not in opportunities
    closing = _texts(slides[index + 1])
    assert "Grow recurring revenue 20% a year" in closing
    assert "Three years of B2B lead generation at Acme" in closing
    assert "Budget size" not in closing and "Little B2B experience" not in closing  # evidence, not doubts
    # The logo is a real picture on the slides, and the brand colour is the theme's accent.
    pictures = [sh for sl in slides for sh in sl.shapes if sh.shape_type == 13]
    assert len(pictures) >= len(slides) - 1
    assert BRAND.lstrip("#") in slides[0]._element.xml or BRAND.lstrip("#") in slides[1]._element.xml


def test_scaffold_with_ideas_includes_the_slide_in_swedish() -> None:
    prep = make_prep("marketing", "sv", company="Nordvik AB")
    store_research(prep, research())
    prep.deck = scaffold(prep)
    slide = next(s for s in prep.deck.slides if s.key == "opportunities")
    assert slide.title == "Där Nordvik AB kan bli ännu bättre"
    assert slide.blocks[0].columns == ["Det jag såg", "Hur jag vet", "Mitt förslag"]
    assert slide.blocks[0].rows[0][0] == "Sign-up takes nine steps" and not slide.blocks[0].example
    assert not slide.backup  # research the user gathered is presented, not cut to the appendix
    closing = next(s for s in prep.deck.slides if s.kind == "closing")
    assert closing.blocks[-1].items[0].text == "Vart Nordvik AB är på väg"


@pytest.mark.parametrize("role", ROLES)
def test_the_ideas_stay_in_a_ten_minute_talk(role: str) -> None:
    """The candidate's own ideas set them apart: the deck plan keeps them in a 10-minute talk
    and only a 5-minute talk moves them to the appendix (where the candidate can pull them back)."""
    for minutes, timed in ((10, True), (5, False)):
        prep = make_prep(role, talk_minutes=minutes)
        store_research(prep, research())
        prep.deck = scaffold(prep)
        slide = next(s for s in prep.deck.slides if s.key == "opportunities")
        assert slide.backup is not timed, minutes


def test_regenerating_the_deck_keeps_the_accepted_logo() -> None:
    prep = _researched("finance")
    logo = prep.deck.logo
    prep.deck = scaffold(prep)
    assert logo and prep.deck.logo == logo


def test_half_done_research_keeps_the_other_half_as_example() -> None:
    prep = make_prep("finance")
    store_research(prep, Research(company=Company(goals="Halve the month-end close")))
    apply_role_data(prep)
    why = next(s for s in prep.deck.slides if s.kind == "closing").blocks[-1]
    assert why.items[1].text == "Halve the month-end close" and not why.items[1].example
    assert why.items[-1].example  # "what I bring" is still the template's example


def test_removing_every_idea_brings_the_example_back() -> None:
    prep = _researched("marketing")
    add_opportunities_slide(prep)
    store_research(prep, Research())
    apply_role_data(prep)
    table = next(s for s in prep.deck.slides if s.key == "opportunities").blocks[0]
    assert table.example and "Sign-up takes nine steps" not in str(table.rows)


def test_user_text_is_data_not_template() -> None:
    prep = make_prep("marketing", company="{{ 7*7 }} AB")
    store_research(prep, Research(ideas=[Idea("{% raw %}", "{{ x }}", "{{ 7*7 }}")]))
    prep.deck = scaffold(prep)
    slide = next(s for s in prep.deck.slides if s.key == "opportunities")
    assert slide.title.startswith("Where {{ 7*7 }} AB")
    assert slide.blocks[0].rows[0] == ["{% raw %}", "{{ x }}", "{{ 7*7 }}"]


@pytest.mark.office
def test_libreoffice_opens_the_researched_deck(soffice: str, tmp_path: Path) -> None:
    prep = _researched("project-management", "sv")
    add_opportunities_slide(prep)
    pdf = office_convert(soffice, write_pptx(prep, tmp_path / "deck.pptx"), tmp_path)
    text = pdf_text(pdf)
    assert "Där Nordvik AB kan bli ännu bättre" in text
    assert "Film three customers" in text and "Three years of B2B lead generation" in " ".join(text.split())
