"""Themes: four distinct designs, AA contrast with any brand colour, both aspects, the logo in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from podium.core.render.layout import SLIDE_HEIGHT, ImageBox, RectBox, TextBox, layout_deck
from podium.core.render.theme import AA_TEXT, THEMES, contrast_problems, contrast_ratio, get_theme, to_hex
from tests.helpers import make_prep


def test_at_least_four_distinct_designs() -> None:
    assert len(THEMES) >= 4
    looks = {(t.background, t.accent, t.style) for t in THEMES.values()}
    assert len(looks) == len(THEMES)
    assert len({t.style for t in THEMES.values()}) >= 4  # not just recoloured: each decorates differently
    assert {t.font_name for t in THEMES.values()} >= {"Calibri", "Arial"}
    for theme in THEMES.values():
        assert theme.name("en") and theme.name("sv") and theme.description("sv")


@pytest.mark.parametrize("theme_id", sorted(THEMES))
def test_every_theme_meets_wcag_aa(theme_id: str) -> None:
    assert contrast_problems(THEMES[theme_id]) == []


@settings(max_examples=300, deadline=None)
@given(st.tuples(*[st.integers(0, 255)] * 3), st.sampled_from(sorted(THEMES)))
def test_any_brand_colour_keeps_text_readable(rgb: tuple[int, int, int], theme_id: str) -> None:
    brand = to_hex(rgb)
    theme = get_theme(theme_id, brand)
    assert contrast_problems(theme) == []
    assert contrast_ratio(theme.on_accent, theme.accent) >= AA_TEXT


def test_brand_colour_is_kept_when_it_is_already_readable() -> None:
    assert get_theme("nordic", "#E30613").accent == "#E30613"
    assert get_theme("nordic", "e30613").chart_colors[0] == "#E30613"
    assert get_theme("nordic", "not a colour") == THEMES["nordic"]


@pytest.mark.parametrize("aspect", ["16:9", "4:3"])
@pytest.mark.parametrize("theme_id", sorted(THEMES))
def test_scaffolds_fit_every_theme_and_aspect(theme_id: str, aspect: str) -> None:
    for role, language in (("finance", "sv"), ("marketing", "en"), ("project-management", "sv")):
        prep = make_prep(role, language, brand_color="#0B6E4F")
        prep.deck.theme, prep.deck.aspect = theme_id, aspect
        for laid in layout_deck(prep.deck, language=language, brand=prep.brand_color, footer=prep.company):
            assert not laid.overflows, (theme_id, aspect, role)
            for box in laid.boxes:
                assert box.x >= -0.5 and box.x + box.w <= laid.width + 0.5
                assert box.y + box.h <= SLIDE_HEIGHT + 0.5


@pytest.mark.parametrize("theme_id", sorted(THEMES))
def test_title_slide_text_is_readable_on_its_background(theme_id: str) -> None:
    prep = make_prep("marketing", brand_color="#FFD100")
    prep.deck.theme = theme_id
    laid = layout_deck(prep.deck, language="en", brand=prep.brand_color)[0]
    title = laid.title
    assert title is not None
    under = [
        b for b in laid.boxes if isinstance(b, RectBox) and b.x <= title.x < b.x + b.w and b.y <= title.y
    ]
    background = under[-1].fill if under else laid.background
    assert contrast_ratio(title.color, background) >= AA_TEXT


@pytest.mark.parametrize("theme_id", sorted(THEMES))
def test_logo_is_placed_clear_of_the_title(tmp_path: Path, theme_id: str) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), "#0B6E4F").save(logo)
    prep = make_prep("finance")
    prep.deck.theme, prep.deck.logo = theme_id, str(logo)
    for laid in layout_deck(prep.deck, language="en"):
        images = [b for b in laid.boxes if isinstance(b, ImageBox) and b.path == str(logo)]
        assert len(images) == 1
        image, title = images[0], laid.title
        assert abs(image.w / image.h - 3.0) < 0.01  # aspect kept
        assert isinstance(title, TextBox)
        overlaps = image.x < title.x + title.w and title.x < image.x + image.w
        overlaps = overlaps and image.y < title.y + title.h and title.y < image.y + image.h
        assert not overlaps


def test_missing_logo_file_is_left_out() -> None:
    prep = make_prep("finance")
    prep.deck.logo = "/no/such/logo.png"
    laid = layout_deck(prep.deck, language="en")[1]
    assert not any(isinstance(b, ImageBox) for b in laid.boxes)


@pytest.mark.parametrize("theme_id", sorted(THEMES))
def test_decorations_sit_behind_the_text_in_the_pptx(tmp_path: Path, theme_id: str) -> None:
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    from podium.export.pptx_writer import write_pptx

    prep = make_prep("finance", brand_color="#E30613")
    prep.deck.theme = theme_id
    prs = Presentation(str(write_pptx(prep, tmp_path / "deck.pptx")))
    for slide in list(prs.slides)[:3]:
        shapes = list(slide.shapes)
        title = next(i for i, s in enumerate(shapes) if s.is_placeholder and s.placeholder_format.idx == 0)
        rects = [i for i, s in enumerate(shapes) if (s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE and not s.has_text_frame)
                 or (s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE and not s.text_frame.text)]  # fmt: skip
        assert rects and max(rects) < title, (theme_id, [s.name for s in shapes])
