"""Text is measured with the bundled font: it fits, shrinks, or is reported as overflow."""

from __future__ import annotations

import pytest

from podium.core.model import Bullet, BulletsBlock, Deck, Slide, TableBlock
from podium.core.render.layout import SLIDE_HEIGHT, TextBox, layout_deck
from podium.core.render.measure import text_width
from tests.helpers import make_prep


def _content(*items: str) -> Deck:
    return Deck(slides=[Slide("Title", blocks=[BulletsBlock([Bullet(t) for t in items])])])


def _body(deck: Deck) -> TextBox:
    laid = layout_deck(deck, language="en")[0]
    return next(b for b in laid.boxes if isinstance(b, TextBox) and b.role == "body")


def test_short_text_is_set_at_the_largest_size() -> None:
    body = _body(_content("One short point"))
    assert body.size == 24 and not body.overflow


def test_more_text_shrinks_but_stays_readable() -> None:
    body = _body(_content(*["A point that takes most of one line on a wide slide, give or take"] * 12))
    assert 12 <= body.size < 24 and not body.overflow


def test_text_that_cannot_fit_is_reported_not_clipped() -> None:
    body = _body(_content("word " * 2000))
    assert body.overflow
    laid = layout_deck(_content("word " * 2000), language="en")[0]
    assert body in laid.overflows


def test_every_wrapped_line_fits_its_box() -> None:
    body = _body(_content("Supercalifragilisticexpialidocious" * 5, "an ordinary sentence " * 12))
    for para in body.paras:
        for line in para.lines:
            assert text_width(line, body.size, body.font_file) <= body.w - body.indent(para) + 0.01


def test_measurement_uses_real_metrics() -> None:
    # Carlito, like Calibri, sets "W" far wider than "i": a guessed average width would not.
    assert text_width("WWWW", 20, "Carlito-Regular.ttf") > 3 * text_width("iiii", 20, "Carlito-Regular.ttf")


def test_big_tables_are_flagged() -> None:
    deck = Deck(slides=[Slide("T", blocks=[TableBlock(["a", "b"], [["x " * 30, "y"]] * 40)])])
    table = layout_deck(deck, language="en")[0].boxes
    assert any(getattr(b, "overflow", False) for b in table)


@pytest.mark.parametrize("role", ["marketing", "finance", "project-management"])
@pytest.mark.parametrize("language", ["en", "sv"])
def test_shipped_scaffolds_fit_without_overflow(role: str, language: str) -> None:
    prep = make_prep(
        role, language, company="Nordvik Försäkringar och Pension AB", job_title="Senior analyst"
    )
    for laid in layout_deck(prep.deck, language=language, footer=prep.company):
        assert not laid.overflows, [getattr(b, "paras", None) for b in laid.overflows]
        for box in laid.boxes:
            assert box.y + box.h <= SLIDE_HEIGHT + 0.5
