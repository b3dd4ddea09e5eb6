"""Layouts that use the slide: titles that fit, short tables that do not leave half a slide
empty, and diagrams whose every label sits inside the diagram and reads in every theme."""

from __future__ import annotations

import pytest

from podium.core.deck.scaffold import scaffold
from podium.core.model import Deck, Preparation, Slide, TableBlock
from podium.core.render.layout import (
    SLIDE_HEIGHT,
    DiagramBox,
    ShapeBox,
    TableBox,
    layout_deck,
)
from podium.core.render.measure import text_width
from podium.core.render.theme import THEMES, contrast_ratio
from podium.core.render.title_fit import title_fits
from podium.core.roles import catalogue
from podium.roles.marketing.brief import CampaignBrief, store_brief
from tests.roles.marketing.sample import brief

ROLES = list(catalogue())
LANGUAGES = ("en", "sv")
BODY_BOTTOM = SLIDE_HEIGHT - 56.0  # where the footer starts


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_every_scaffold_title_fits_two_lines(role: str, language: str) -> None:
    """An example title ('Example: …') is longer than the title it stands for; it still fits the
    narrowest title box in two lines, or office suites and Podium break it differently."""
    prep = Preparation(role=role, company="Nordvik Försäkringar AB", language=language, talk_minutes=20)
    deck = scaffold(prep)
    too_long = [s.title for s in deck.slides if s.kind != "title" and not title_fits(s.title)]
    assert too_long == []


def _table(deck: Deck) -> TableBox:
    return next(b for b in layout_deck(deck, language="en")[0].boxes if isinstance(b, TableBox))


def test_a_short_table_uses_the_slide() -> None:
    """Two key figures: larger text than a long table, taller rows, and set lower on the slide, so
    the slide does not end in an empty half; still inside the body, above the footer."""
    short = TableBlock(["Metric", "Actual", "Budget"], [["Revenue", "974", "727"], ["EBIT", "155", "94"]])
    long = TableBlock(["Metric", "Actual", "Budget"], [[f"Line {n}", "974", "727"] for n in range(8)])
    small = _table(Deck(slides=[Slide("Key figures", blocks=[short])]))
    large = _table(Deck(slides=[Slide("Every line", blocks=[long])]))
    assert small.size > large.size == 20
    assert small.y > large.y  # the long table starts under the title; the short one lower
    assert sum(small.row_heights) > 0.45 * (BODY_BOTTOM - large.y)
    assert small.y + sum(small.row_heights) <= BODY_BOTTOM
    assert not small.overflow


def test_a_short_table_grows_only_while_its_figures_stay_on_one_line() -> None:
    """A larger size that breaks a figure over two lines is worse than a smaller one on one."""
    wide = TableBlock(
        ["Metric (SEK k)", "Actual", "Budget", "vs budget", "vs prior period"],
        [["Revenue, 2 Jan – 21 Jun 2024", "974", "727", "+247 (+33.9%)", "–"],
         ["Revenue, Jun 2024 (to 21 Jun)", "155", "94", "+61 (+65.3%)", "+3.2% on May 2024"]],
    )  # fmt: skip
    box = _table(Deck(slides=[Slide("Key figures", blocks=[wide])]))
    assert all(len(lines) == 1 for row in box.cell_lines for lines in row)


def _background(diagram: DiagramBox, shape: ShapeBox, slide_background: str) -> str:
    """The fill under ``shape``'s text: its own, else the last filled shape drawn beneath it."""
    if shape.fill:
        return shape.fill
    cx, cy = shape.x + shape.w / 2, shape.y + shape.h / 2
    under = slide_background
    for other in diagram.shapes:
        if other is shape:
            break
        if other.fill and other.x <= cx <= other.x + other.w and other.y <= cy <= other.y + other.h:
            under = other.fill
    return under


@pytest.mark.parametrize("aspect", ["16:9", "4:3"])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_every_diagram_label_inside_its_diagram_and_readable(role: str, language: str, aspect: str) -> None:
    """Gantt, scorecard, heat map, personas, campaign timeline: no shape or line of text leaves the
    diagram's area, none overflows its shape, and every label reads against what is under it, in
    every theme (the diagrams are built in the deck's theme)."""
    for theme in THEMES:
        prep = Preparation(role=role, company="Nordvik AB", language=language)
        prep.deck.theme, prep.deck.aspect = theme, aspect
        if role == "marketing":  # its personas and timeline come from the brief
            store_brief(prep, CampaignBrief.from_dict(brief()))
        prep.deck = scaffold(prep)
        seen = 0
        for number, laid in enumerate(layout_deck(prep.deck, language=language), start=1):
            for diagram in (b for b in laid.boxes if isinstance(b, DiagramBox)):
                seen += 1
                assert not diagram.overflow, (theme, number)
                for shape in diagram.shapes:
                    where = (theme, number, shape.text.paras[0].text if shape.text else shape.shape)
                    assert diagram.x - 0.5 <= shape.x and shape.x + shape.w <= diagram.x + diagram.w + 0.5, (
                        where
                    )
                    assert diagram.y - 0.5 <= shape.y and shape.y + shape.h <= BODY_BOTTOM + 0.5, where
                    text = shape.text
                    if text is None:
                        continue
                    assert not text.overflow, where
                    for para in text.paras:
                        for line in para.lines:
                            assert text_width(line, text.size, text.font_file) <= text.w + 0.5, (*where, line)
                    under = _background(diagram, shape, laid.background)
                    assert contrast_ratio(text.color, under) >= 3.0, (*where, text.color, under)
        assert seen or role == "finance", theme  # the roles with diagrams drew them
