"""A 200-slide deck: export against raw python-pptx, opening it against the 12-slide deck, one autosave.

Every role's scaffold is repeated until the deck has 200 slides (text, tables,
charts and diagrams in their usual mix). Export is laid out and written in
memory; opening is ``MainWindow.open_preparation`` until the workspace has
painted (baseline: the 12-slide deck scaled linearly, so a ratio at or under 1
means opening grows no faster than the deck); the autosave is one
``Store.save`` of the whole document, which runs on the UI thread, against one
60 Hz frame.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from pathlib import Path

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Pt

from benchmarks.common import Result, interleaved, size
from podium.core.model import Preparation

SLIDES = 200
FRAME = 1 / 60


def big_prep(slides: int = SLIDES) -> Preparation:
    from tests.helpers import make_prep

    from podium.core.roles import catalogue

    prep = make_prep("finance", "en", company="Nordvik AB")
    pool = [s for role in catalogue() for s in make_prep(role, "en", company="Nordvik AB").deck.slides]
    prep.deck.slides = [pool[i % len(pool)] for i in range(slides)]
    return prep


def raw_pptx(prep: Preparation) -> None:
    """The same slides through python-pptx's plain API: title, bullets, table, chart, notes."""
    from podium.export.pptx_writer import base_template

    prs = Presentation(str(base_template("16:9")))
    for model in prep.deck.slides:
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = model.title
        box = slide.shapes.add_textbox(Pt(48), Pt(118), Pt(864), Pt(360)).text_frame
        for block in model.blocks:
            for item in getattr(block, "items", []):
                box.add_paragraph().text = item.text
            if block.kind == "table" and block.columns:
                table = slide.shapes.add_table(
                    len(block.rows) + 1, len(block.columns), Pt(48), Pt(118), Pt(400), Pt(200)
                ).table
                for c, name in enumerate(block.columns):
                    table.cell(0, c).text = name
                for r, row in enumerate(block.rows, start=1):
                    for c, value in enumerate(row):
                        table.cell(r, c).text = value
            if block.kind == "chart" and block.categories and block.series:
                data = CategoryChartData()
                data.categories = block.categories
                for s in block.series:
                    data.add_series(s.name, s.values)
                slide.shapes.add_chart(
                    XL_CHART_TYPE.COLUMN_CLUSTERED, Pt(480), Pt(118), Pt(400), Pt(300), data
                )
            for shape in getattr(block, "shapes", []):
                slide.shapes.add_textbox(Pt(48), Pt(118), Pt(100), Pt(40)).text_frame.text = shape.text
        slide.notes_slide.notes_text_frame.text = model.notes
    prs.save(io.BytesIO())


def _export(repeat: int) -> list[Result]:
    """Against raw python-pptx at the full size, and against a quarter of the deck times four (a
    ratio at or under about 1 means the writer grows no faster than the deck)."""
    from podium.export.pptx_writer import build_presentation

    slides = size(SLIDES, 24)
    prep, quarter = big_prep(slides), big_prep(slides // 4)

    def podium(prep: Preparation = prep) -> None:
        build_presentation(prep).save(io.BytesIO())

    podium()
    raw_pptx(prep)
    t_podium, t_raw = interleaved(podium, lambda: raw_pptx(prep), repeat)
    t_whole, t_quarter = interleaved(podium, lambda: podium(quarter), repeat)
    return [
        Result(f"layout + pptx, {slides} slides", t_podium, f"raw python-pptx, {slides} slides", t_raw, target=1.2),
        Result(f"layout + pptx, {slides} slides, growth", t_whole, f"{slides // 4} slides x 4 (linear)",
               t_quarter * 4, target=1.1),
    ]  # fmt: skip


def _open_and_save(repeat: int) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from podium.core.storage.store import Store
    from podium.ui.app import create_application
    from podium.ui.window.main_window import MainWindow

    create_application()
    slides = size(SLIDES, 24)
    store = Store(Path(tempfile.mkdtemp(prefix="podium-bench-scale-")) / "bench.sqlite3")
    big, small = big_prep(slides), big_prep(12)
    store.save(big)
    store.save(small)
    window = MainWindow(store)
    window.resize(1200, 780)
    window.show()

    def opening(prep_id: str) -> float:
        window.show_library()
        QApplication.processEvents()
        start = time.perf_counter()
        window.open_preparation(prep_id)
        window.repaint()
        QApplication.processEvents()
        return time.perf_counter() - start

    opening(big.id)
    opening(small.id)
    t_big, t_small = [], []
    for _ in range(size(repeat, 1)):
        t_big.append(opening(big.id))
        t_small.append(opening(small.id))
    saves = []
    for _ in range(size(repeat * 3, 1)):
        start = time.perf_counter()
        store.save(big)
        saves.append(time.perf_counter() - start)
    window.close()
    store.close()
    linear = statistics.median(t_small) * slides / 12
    return [
        Result(f"open a {slides}-slide deck in the workspace", statistics.median(t_big),
               f"12-slide deck x {slides}/12 (linear)", linear, target=1.0),
        Result(f"autosave of a {slides}-slide preparation (UI thread)", statistics.median(saves),
               "one 60 Hz frame", FRAME),
    ]  # fmt: skip


def run(repeat: int = 5) -> list[Result]:
    return [*_export(repeat), *_open_and_save(repeat)]


if __name__ == "__main__":
    import os

    from benchmarks.common import HEADER

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(HEADER)
    for result in run():
        print(result.row())
