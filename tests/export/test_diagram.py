"""Diagram blocks (timelines, heat maps) become native, editable shapes placed where the layout says."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Pt

from podium.core.model import Deck, DiagramBlock, Preparation, Shape, Slide
from podium.core.render.layout import DiagramBox, layout_deck
from podium.export.pptx_writer import write_pptx


def _prep() -> Preparation:
    cells = [
        Shape(x=c / 5, y=r / 5, w=0.2, h=0.2, fill="#E15554" if r + c > 5 else "#3BB273", line="#FFFFFF",
              text=f"R{r}{c}", text_color="#FFFFFF", size=12)
        for r in range(5) for c in range(5)
    ]  # fmt: skip
    cells.append(Shape(x=0, y=1, w=1, h=0, shape="line", line="#000000"))
    deck = Deck(slides=[Slide("Heat map", blocks=[DiagramBlock(cells, title="Inherent risk")])])
    return Preparation(role="project-management", company="X", deck=deck)


def test_layout_places_shapes_in_points() -> None:
    laid = layout_deck(_prep().deck, language="en")[0]
    diagram = next(b for b in laid.boxes if isinstance(b, DiagramBox))
    cell = diagram.shapes[1]  # after the caption
    assert cell.w == pytest.approx(diagram.w / 5)
    assert cell.text is not None and cell.text.paras[0].lines == ["R00"]
    assert not diagram.overflow


def test_pptx_has_one_native_shape_per_cell_with_its_text(tmp_path: Path) -> None:
    prep = _prep()
    out = write_pptx(prep, tmp_path / "d.pptx")
    slide = Presentation(str(out)).slides[0]
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    for r in range(5):
        for c in range(5):
            assert f"R{r}{c}" in texts
    laid = layout_deck(prep.deck, language="en")[0]
    diagram = next(b for b in laid.boxes if isinstance(b, DiagramBox))
    first = next(s for s in slide.shapes if s.has_text_frame and s.text_frame.text == "R00")
    assert first.left == Pt(diagram.shapes[1].x) and first.width == Pt(diagram.shapes[1].w)
