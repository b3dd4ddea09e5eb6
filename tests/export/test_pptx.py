"""Every role's deck is a real 16:9 pptx: titles in title placeholders, notes everywhere, native charts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from podium.core.errors import ExportError
from podium.core.model import Bullet, BulletsBlock, Slide
from podium.core.render.waterfall import stacked
from podium.export.pptx_writer import write_pptx
from tests.helpers import make_prep

ROLES = ["marketing", "finance", "project-management"]


@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("role", ROLES)
def test_deck_reads_back(tmp_path: Path, role: str, language: str) -> None:
    prep = make_prep(role, language)
    out = write_pptx(prep, tmp_path / "deck.pptx")
    prs = Presentation(str(out))
    assert (prs.slide_width, prs.slide_height) == (Emu(12192000), Emu(6858000))
    assert len(prs.slides) == len(prep.deck.slides)
    for model, slide in zip(prep.deck.slides, prs.slides, strict=True):
        assert slide.shapes.title is not None and slide.shapes.title.text == model.title
        notes = slide.notes_slide.notes_text_frame.text
        assert model.notes[:30] in notes
        assert len(notes) > 40


def test_charts_are_native_with_the_block_data(tmp_path: Path) -> None:
    prep = make_prep("finance")
    out = write_pptx(prep, tmp_path / "deck.pptx")
    charts = [s.chart for slide in Presentation(str(out)).slides for s in slide.shapes if s.has_chart]
    expected = [b for slide in prep.deck.slides for b in slide.blocks if b.kind == "chart"]
    assert len(charts) == len(expected) > 0
    for chart, block in zip(charts, expected, strict=True):
        assert list(chart.plots[0].categories) == block.categories
        values = block.series[0].values
        if block.chart_type == "waterfall":  # stacked over an invisible base (export.pptx_waterfall)
            values = stacked(values)["base"]
        assert list(chart.plots[0].series[0].values) == pytest.approx(values)


def test_example_text_is_labelled_in_the_file(tmp_path: Path) -> None:
    prep = make_prep("marketing", "sv")
    out = write_pptx(prep, tmp_path / "deck.pptx")
    text = " ".join(
        sh.text_frame.text for sl in Presentation(str(out)).slides for sh in sl.shapes if sh.has_text_frame
    )
    assert "Exempel:" in text


def test_guidance_stays_out_of_the_notes_unless_asked_for(tmp_path: Path) -> None:
    """The notes are the candidate's script, and they travel with a file sent ahead."""
    prep = make_prep()
    default = Presentation(str(write_pptx(prep, tmp_path / "a.pptx")))
    asked = Presentation(str(write_pptx(prep, tmp_path / "b.pptx", include_guidance=True)))
    script = prep.deck.slides[1].notes
    assert default.slides[1].notes_slide.notes_text_frame.text == script
    notes = asked.slides[1].notes_slide.notes_text_frame.text
    assert notes.startswith(script) and f"[Podium guidance] {prep.deck.slides[1].guidance}" in notes


def test_hostile_characters_are_written_safely(tmp_path: Path) -> None:
    prep = make_prep(company="Nul\x00l \ufffe AB _x0041_ <&>")
    prep.deck.slides.append(
        Slide("Ctl\x07", blocks=[BulletsBlock([Bullet("lone \ud800 surrogate")])], notes="\x1b")
    )
    out = write_pptx(prep, tmp_path / "deck.pptx")
    prs = Presentation(str(out))
    assert "<&>" in prs.slides[0].shapes.title.text
    assert prs.slides[-1].shapes.title.text == "Ctl"


def test_failed_export_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prep = make_prep()
    target = tmp_path / "deck.pptx"

    def explode(*_: object, **__: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pptx.presentation.Presentation.save", explode)
    with pytest.raises(ExportError, match="No space left"):
        write_pptx(prep, target)
    assert list(tmp_path.iterdir()) == []


def test_existing_file_survives_a_failed_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"the user's earlier deck")
    monkeypatch.setattr(
        "pptx.presentation.Presentation.save",
        lambda *_a, **_k: (_ for _ in ()).throw(OSError(5, "I/O error")),
    )
    with pytest.raises(ExportError):
        write_pptx(make_prep(), target)
    assert target.read_bytes() == b"the user's earlier deck"


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_pptx(make_prep(), tmp_path / "nope" / "deck.pptx")
