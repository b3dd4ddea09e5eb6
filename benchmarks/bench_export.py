"""Scaffold, layout and .pptx export of a 12-slide deck, against raw python-pptx writing the same slides."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.util import Pt

from benchmarks.common import Result, interleaved
from podium.core.model import Preparation
from podium.core.roles import get_role
from podium.core.scaffold import scaffold
from podium.export.pptx_writer import base_template, build_presentation


def _twelve_slide_prep() -> Preparation:
    prep = Preparation(role="finance", company="Nordvik AB", language="en")
    prep.deck = scaffold(prep)
    while len(prep.deck.slides) < 12:
        prep.deck.slides.append(prep.deck.slides[2])
    prep.deck.slides = prep.deck.slides[:12]
    return prep


def run(repeat: int = 15) -> Result:
    get_role("finance")
    reference = _twelve_slide_prep()

    def podium() -> None:
        prep = Preparation(role="finance", company="Nordvik AB", language="en")
        prep.deck = scaffold(prep)
        prep.deck.slides = (prep.deck.slides * 2)[:12]
        build_presentation(prep).save(io.BytesIO())

    def raw() -> None:
        prs = Presentation(str(base_template("16:9")))
        for slide_model in reference.deck.slides:
            slide = prs.slides.add_slide(prs.slide_layouts[5])
            slide.shapes.title.text = slide_model.title
            box = slide.shapes.add_textbox(Pt(48), Pt(118), Pt(864), Pt(360)).text_frame
            for block in slide_model.blocks:
                for item in getattr(block, "items", []):
                    box.add_paragraph().text = item.text
                if block.kind == "table":
                    rows, cols = len(block.rows) + 1, len(block.columns)
                    table = slide.shapes.add_table(rows, cols, Pt(48), Pt(118), Pt(400), Pt(200)).table
                    for c, name in enumerate(block.columns):
                        table.cell(0, c).text = name
                    for r, row in enumerate(block.rows, start=1):
                        for c, value in enumerate(row):
                            table.cell(r, c).text = value
                if block.kind == "chart":
                    from pptx.chart.data import CategoryChartData
                    from pptx.enum.chart import XL_CHART_TYPE

                    data = CategoryChartData()
                    data.categories = block.categories
                    for s in block.series:
                        data.add_series(s.name, s.values)
                    slide.shapes.add_chart(
                        XL_CHART_TYPE.COLUMN_CLUSTERED, Pt(480), Pt(118), Pt(400), Pt(300), data
                    )
            slide.notes_slide.notes_text_frame.text = slide_model.notes
        prs.save(io.BytesIO())

    podium()
    raw()
    t_podium, t_raw = interleaved(podium, raw, repeat)
    return Result("scaffold + layout + pptx, 12 slides", t_podium, "raw python-pptx", t_raw, target=1.5)
