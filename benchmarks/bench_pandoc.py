"""``podium generate`` against pandoc turning the same deck, written as Markdown, into a .pptx, and
against a raw python-pptx script writing the same slides from JSON.

All are measured end to end as the processes a user would start, so each pays
its own start-up. The Markdown carries what pandoc can express of Podium's
deck: titles, bullets with levels, tables, chart data as tables, notes. The
script imports python-pptx alone and writes titles, bullets, tables, native
charts and notes with its plain API (as ``bench_scaling.raw_pptx`` does in process).
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Result, process_env, size
from podium.core.model import BulletsBlock, ChartBlock, DiagramBlock, Preparation, TableBlock


def _table(columns: list[str], rows: list[list[str]]) -> str:
    clean = [[cell.replace("|", "/").replace("\n", " ") for cell in row] for row in [columns, *rows]]
    lines = ["| " + " | ".join(clean[0]) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(row) + " |" for row in clean[1:]]
    return "\n".join(lines)


def deck_markdown(prep: Preparation) -> str:
    """The deck as pandoc Markdown for a slide show: one ``##`` per slide."""
    out = [f"% {prep.deck.slides[0].title if prep.deck.slides else prep.company}", ""]
    for slide in prep.deck.slides:
        out += [f"## {slide.title or ' '}", ""]
        for block in slide.blocks:
            if isinstance(block, BulletsBlock):
                out += ["  " * item.level + f"- {item.text}" for item in block.items]
            elif isinstance(block, TableBlock) and block.columns:
                out.append(_table(block.columns, block.rows))
            elif isinstance(block, ChartBlock) and block.categories:
                rows = [
                    [c, *(f"{s.values[i]:g}" for s in block.series)] for i, c in enumerate(block.categories)
                ]
                out.append(_table(["", *(s.name for s in block.series)], rows))
            elif isinstance(block, DiagramBlock):
                out += [f"- {shape.text}" for shape in block.shapes if shape.text]
            out.append("")
        if slide.notes:
            out += ["::: notes", slide.notes, ":::", ""]
    return "\n".join(out)


RAW_SCRIPT = """
import json, sys
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Pt
deck = json.load(open(sys.argv[1], encoding="utf-8"))
prs = Presentation(deck["template"])
for model in deck["slides"]:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = model["title"]
    box = slide.shapes.add_textbox(Pt(48), Pt(118), Pt(864), Pt(360)).text_frame
    for text in model["bullets"]:
        box.add_paragraph().text = text
    for table in model["tables"]:
        shape = slide.shapes.add_table(len(table["rows"]) + 1, len(table["columns"]), Pt(48), Pt(118), Pt(400), Pt(200))
        for r, row in enumerate([table["columns"], *table["rows"]]):
            for c, value in enumerate(row):
                shape.table.cell(r, c).text = value
    for chart in model["charts"]:
        data = CategoryChartData()
        data.categories = chart["categories"]
        for name, values in chart["series"]:
            data.add_series(name, values)
        slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Pt(480), Pt(118), Pt(400), Pt(300), data)
    slide.notes_slide.notes_text_frame.text = model["notes"]
prs.save(sys.argv[2])
"""


def deck_json(prep: Preparation) -> str:
    """What the raw script writes: each slide's title, bullets (diagram labels too), tables, charts, notes."""
    from podium.export.pptx_writer import base_template

    slides = []
    for slide in prep.deck.slides:
        bullets = [i.text for b in slide.blocks if isinstance(b, BulletsBlock) for i in b.items]
        bullets += [s.text for b in slide.blocks if isinstance(b, DiagramBlock) for s in b.shapes if s.text]
        tables = [{"columns": b.columns, "rows": b.rows} for b in slide.blocks
                  if isinstance(b, TableBlock) and b.columns]  # fmt: skip
        charts = [{"categories": b.categories, "series": [[s.name, s.values] for s in b.series]}
                  for b in slide.blocks if isinstance(b, ChartBlock) and b.categories and b.series]  # fmt: skip
        slides.append({"title": slide.title, "bullets": bullets, "tables": tables, "charts": charts,
                       "notes": slide.notes})  # fmt: skip
    return json.dumps({"template": str(base_template("16:9")), "slides": slides})


def run(repeat: int = 7) -> list[Result]:
    from tests.helpers import make_prep

    repeat = size(repeat, 1)
    prep = make_prep("finance", "en", company="Nordvik AB")
    folder = Path(tempfile.mkdtemp(prefix="podium-bench-pandoc-"))
    markdown, content = folder / "deck.md", folder / "deck.json"
    markdown.write_text(deck_markdown(prep), encoding="utf-8")
    content.write_text(deck_json(prep), encoding="utf-8")
    generate = [sys.executable, "-m", "podium", "generate", "--role", "finance", "--company", "Nordvik AB",
                "-o", str(folder / "podium.pptx")]  # fmt: skip
    script = [sys.executable, "-c", RAW_SCRIPT, str(content), str(folder / "raw.pptx")]
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("note: pandoc is not installed (Debian package pandoc); skipping the pandoc comparison")

    env = process_env(PODIUM_DATA_DIR=str(folder / "data"), XDG_CONFIG_HOME=str(folder / "data"))

    def call(command: list[str]) -> None:
        subprocess.run(command, check=True, capture_output=True, timeout=120, env=env)

    # One run of each, interleaved, per round: the machine's load falls on all three alike.
    times: dict[str, list[float]] = {"podium": [], "raw": [], "pandoc": []}
    commands = {"podium": generate, "raw": script, **({"pandoc": [pandoc, str(markdown), "-o",
                str(folder / "pandoc.pptx")]} if pandoc else {})}  # fmt: skip
    try:
        for command in commands.values():  # warm the OS file cache for each
            call(command)
        for _ in range(repeat):
            for name, command in commands.items():
                times[name].append(_timed(lambda command=command: call(command)))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    slides = len(prep.deck.slides)
    podium = statistics.median(times["podium"])
    results = [Result(f"podium generate, {slides}-slide deck (process)", podium,
                      f"raw python-pptx script, same {slides} slides (process)", statistics.median(times["raw"]),
                      target=1.5)]  # fmt: skip
    if pandoc:
        results.append(Result(f"podium generate, {slides}-slide deck (process)", podium,
                              "pandoc, same content from Markdown", statistics.median(times["pandoc"]),
                              target=3.0))  # fmt: skip
    return results


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


if __name__ == "__main__":
    from benchmarks.common import HEADER

    print(HEADER)
    for result in run():
        print(result.row())
