"""LibreOffice opens the deck: each risk ID lands in its heat-map cell, and the top risks read in score order."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.render.layout import DiagramBox, layout_deck
from podium.export.pptx_writer import write_pptx
from podium.roles.project_management.register import Register, ranked, save_register
from podium.roles.project_management.scales import BAND_COLORS, Scales
from tests.helpers import office_convert, pdf_text
from tests.roles.project_management.conftest import thirty_risks

pytestmark = pytest.mark.office
ID = re.compile(r"^R\d+$")


def _words(pdf: Path, page: int) -> list[tuple[str, float, float]]:
    """(word, centre x, centre y) in points on one page."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         check=True, capture_output=True, text=True).stdout  # fmt: skip
    words = []
    for el in ET.fromstring(out).iter("{http://www.w3.org/1999/xhtml}word"):
        x0, y0, x1, y1 = (float(el.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
        words.append(((el.text or "").strip(",+ "), (x0 + x1) / 2, (y0 + y1) / 2))
    return words


@pytest.mark.parametrize("language", ["en", "sv"])
def test_libreoffice_heat_map_and_top_risks(tmp_path: Path, soffice: str, language: str) -> None:
    risks = thirty_risks(language)
    prep = Preparation(role="project-management", company="Nordvik AB", language=language)
    save_register(prep, Register(risks=risks, scales=Scales.default(language)))
    prep.deck = scaffold(prep)
    keys = [s.key for s in prep.deck.slides]
    pdf = office_convert(soffice, write_pptx(prep, tmp_path / "deck.pptx"), tmp_path)

    heat = keys.index("heatmap")
    laid = layout_deck(prep.deck, language=language, footer=prep.company)[heat]
    maps = [b for b in laid.boxes if isinstance(b, DiagramBox)]
    assert len(maps) == 2
    words = _words(pdf, heat + 1)
    for diagram, residual in zip(maps, (False, True), strict=True):
        cells = [s for s in diagram.shapes if s.fill in BAND_COLORS.values() and s.w > 30]
        xs, ys = sorted({round(c.x, 2) for c in cells}), sorted({round(c.y, 2) for c in cells})
        found: dict[str, tuple[int, int]] = {}
        for text, cx, cy in words:
            if not ID.match(text):
                continue
            for c in cells:
                if c.x <= cx <= c.x + c.w and c.y <= cy <= c.y + c.h:
                    assert text not in found, f"{text} drawn twice"
                    found[text] = (5 - ys.index(round(c.y, 2)), xs.index(round(c.x, 2)) + 1)
        expected = {
            r.id: (r.residual_l, r.residual_i) if residual else (r.likelihood, r.impact) for r in risks
        }
        assert found == expected, "residual" if residual else "inherent"

    page = pdf_text(pdf, keys.index("top-risks") + 1)
    order = [line.split()[0] for line in page.splitlines() if line.split() and ID.match(line.split()[0])]
    assert order == [r.id for r in ranked(risks)[:6]]
