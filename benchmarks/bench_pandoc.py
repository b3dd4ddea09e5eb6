"""``podium generate`` against pandoc turning the same deck, written as Markdown, into a .pptx.

Both are measured end to end as the processes a user would start, so both pay
their own start-up. The Markdown carries what pandoc can express of Podium's
deck: titles, bullets with levels, tables, chart data as tables, notes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Result, interleaved
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


def run(repeat: int = 7) -> Result | None:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("note: pandoc is not installed (Debian package pandoc); skipping the pandoc comparison")
        return None
    from tests.helpers import make_prep

    prep = make_prep("finance", "en", company="Nordvik AB")
    folder = Path(tempfile.mkdtemp(prefix="podium-bench-pandoc-"))
    markdown = folder / "deck.md"
    markdown.write_text(deck_markdown(prep), encoding="utf-8")
    generate = [sys.executable, "-m", "podium", "generate", "--role", "finance", "--company", "Nordvik AB",
                "-o", str(folder / "podium.pptx")]  # fmt: skip
    convert = [pandoc, str(markdown), "-o", str(folder / "pandoc.pptx")]

    def podium() -> None:
        subprocess.run(generate, check=True, capture_output=True, timeout=120)

    def peer() -> None:
        subprocess.run(convert, check=True, capture_output=True, timeout=120)

    podium()
    peer()
    try:
        t_podium, t_pandoc = interleaved(podium, peer, repeat)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    slides = len(prep.deck.slides)
    return Result(f"podium generate, {slides}-slide deck (process)", t_podium,
                  "pandoc, same content from Markdown", t_pandoc)  # fmt: skip


if __name__ == "__main__":
    from benchmarks.common import HEADER

    result = run()
    print(HEADER)
    if result is not None:
        print(result.row())
