"""Line breaking that office suites reproduce: hyphen breaks, italic measuring, a frame that absorbs rounding."""

from __future__ import annotations

from podium.core.model import Deck, Slide, TableBlock
from podium.core.render.layout import Para as LayoutPara
from podium.core.render.layout import TextBox, fit_text, layout_deck
from podium.core.render.measure import WRAP_TOLERANCE, frame_delta, pieces, text_width, wrap, wrap_bounds

FONT = "Carlito-Regular.ttf"


def test_lines_break_after_inner_hyphens_and_dashes_like_office_suites() -> None:
    assert pieces("e-post") == ["e-", "post"]
    assert pieces("1–4") == ["1–", "4"]
    assert pieces("-5") == ["-5"]  # a leading minus stays with its number
    assert pieces("go/no-go") == ["go/no-", "go"]  # no break after a slash
    width = text_width("Partnerträffar, e-", 14, FONT) + 1
    assert wrap("Partnerträffar, e-post", width, 14, FONT) == ["Partnerträffar, e-", "post"]


def test_wrap_bounds_bracket_the_break() -> None:
    text = "one two three four five six seven"
    width = text_width("one two three", 20, FONT) + 2
    kept, refused, kept_len, refused_len = wrap_bounds(text, width, 20, FONT)
    assert kept_len == len("one two three") and refused_len > kept_len
    assert kept <= width < refused


def test_frame_delta_stays_zero_with_room_to_spare() -> None:
    assert frame_delta([(500.0, 400.0, 560.0)]) == 0.0


def test_frame_delta_widens_for_a_line_right_at_the_edge() -> None:
    delta = frame_delta([(500.0, 499.9, 560.0)])
    assert 499.9 * (1 + WRAP_TOLERANCE) <= 500 + delta < 560 * (1 - WRAP_TOLERANCE)


def test_frame_delta_narrows_when_a_refused_line_barely_missed() -> None:
    delta = frame_delta([(500.0, 430.0, 500.5)])
    assert delta < 0 and 430 * (1 + WRAP_TOLERANCE) <= 500 + delta <= 500.5 * (1 - WRAP_TOLERANCE)


def test_example_text_is_measured_in_italics() -> None:
    text = "Exempel: Omsättningen växer, men marginalpress ger 1,1 mkr lägre resultat än budget"
    italic, upright = text_width(text, 24, "Carlito-Italic.ttf"), text_width(text, 24, FONT)
    assert italic != upright
    box = TextBox(
        0,
        0,
        (italic + upright) / 2,
        200,
        [LayoutPara(text, example=True)],
        "body",
        "#000000",
        FONT,
        "Calibri",
    )
    fit_text(box, 24, 24)
    roman = TextBox(0, 0, box.w, 200, [LayoutPara(text)], "body", "#000000", FONT, "Calibri")
    fit_text(roman, 24, 24)
    assert len(box.paras[0].lines) != len(roman.paras[0].lines)


def test_table_keeps_words_whole_where_it_can() -> None:
    table = TableBlock(
        ["Persona", "Vem", "Behov", "Här når vi dem"],
        [
            [
                "Redovisningskonsulten",
                "Har 30+ kunder och ett team på fem personer",
                "Ordning",
                "Partnerträffar, e-post",
            ]
        ],
    )
    deck = Deck(slides=[Slide("T", blocks=[table])], aspect="4:3")
    box = next(b for b in layout_deck(deck, language="sv")[0].boxes if type(b).__name__ == "TableBox")
    assert box.cell_lines[1][0] == ["Redovisningskonsulten"]


def test_frame_delta_with_single_lines_is_finite() -> None:
    assert frame_delta([(100.0, 99.9, float("inf"), 20, 0), (100.0, 10.0, float("inf"))]) < 5
