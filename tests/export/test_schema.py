"""Every deck Podium writes validates against the Open XML schema with zero errors, so PowerPoint
never offers to repair it: each role, both languages, with and without data (every chart type,
the bridge, diagrams, tables), every theme and both aspects. The validator is openxml-audit
(pure Python, the rules of Microsoft's Open XML SDK validator), pinned in the test extra."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from openxml_audit import validate_pptx

from podium.core.model import ChartBlock, Series, Slide
from podium.core.render.theme import THEMES
from podium.export.pptx_writer import write_pptx
from tests.every_deck import deck_prep, every_deck


def _errors(path: Path) -> list[str]:
    result = validate_pptx(path)
    return [str(e) for e in result.errors][:5] if result.error_count else []


def test_every_role_language_and_data_validates(tmp_path: Path) -> None:
    failures = {}
    for name, prep in every_deck(tmp_path):
        path = write_pptx(prep, tmp_path / f"{name}.pptx")
        if errors := _errors(path):
            failures[name] = errors
    assert failures == {}


@pytest.mark.parametrize("theme", sorted(THEMES))
@pytest.mark.parametrize("aspect", ["16:9", "4:3"])
def test_every_theme_and_aspect_validates(tmp_path: Path, theme: str, aspect: str) -> None:
    prep = deck_prep("finance", "sv", tmp_path, data=True)
    prep.deck.theme, prep.deck.aspect = theme, aspect
    # every chart type on one extra slide each, with a negative value in the bars
    for kind in ("bar", "column", "line", "pie", "waterfall"):
        values = (
            [10.0, -3.0, 5.0, 12.0]
            if kind == "waterfall"
            else [4.0, -2.0 if kind != "pie" else 2.0, 6.0, 1.0]
        )
        chart = ChartBlock(kind, ["A", "B", "C", "D"], [Series("S", values)], title=kind)
        prep.deck.slides.append(Slide(title=kind, blocks=[chart]))
    path = write_pptx(prep, tmp_path / "deck.pptx")
    assert _errors(path) == []


def test_bar_chart_axis_ids_are_positive_and_paired(tmp_path: Path) -> None:
    """python-pptx writes negative c:axId values into bar charts; the writer renumbers them and
    keeps each axis crossing the other."""
    import zipfile

    prep = deck_prep("finance", "en", tmp_path, data=True)
    path = write_pptx(prep, tmp_path / "deck.pptx")
    ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart"}
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("ppt/charts/chart")]
        assert charts
        for name in charts:
            root = etree.fromstring(z.read(name))
            plot = root.find(".//c:plotArea", ns)
            assert plot is not None
            ids = [int(e.get("val")) for e in plot.findall("./*/c:axId", ns)]
            assert all(i > 0 for i in ids), name
            axes = {
                ax.find("c:axId", ns).get("val"): ax.find("c:crossAx", ns).get("val")
                for ax in plot
                if ax.find("c:crossAx", ns) is not None
            }
            for axis, crosses in axes.items():
                assert axes[crosses] == axis, name
