"""Deck editor: one keystroke to a repainted preview, and the PDF export against LibreOffice.

Latency: a real key press goes into the slide title (and into the bullet list) of a
12-slide deck in the Deck tab; the clock stops when the preview has painted the new
text. Median and 95th percentile, each against one 60 Hz frame.

PDF: Podium paints the 12 slides into a PDF with its own painter (layout included);
LibreOffice converts the same deck's pptx (``soffice --headless --convert-to pdf``,
its start-up included, as a user or script would run it). Measured alternately in the
same run; the issue aims for Podium at least 5x faster (ratio at most 0.2).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, interleaved, size

FRAME = 1 / 60


def _twelve_slides():
    from podium.core.deck.scaffold import scaffold
    from podium.core.model import Preparation

    prep = Preparation(role="finance", company="Nordvik AB", language="en")
    prep.deck = scaffold(prep)
    prep.deck.slides = (prep.deck.slides * 2)[:12]
    return prep


def _keystroke_latencies(widget_name: str, presses: int) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from podium.core.storage.store import Store
    from podium.ui.app import create_application
    from podium.ui.common.session import PreparationSession
    from podium.ui.deck_editor.section import DeckSection

    create_application()
    folder = Path(tempfile.mkdtemp(prefix="podium-bench-"))
    store = Store(folder / "bench.sqlite3")
    prep = _twelve_slides()
    store.save(prep)
    section = DeckSection(PreparationSession(store, prep))
    section.resize(1400, 820)
    section.show()
    section.select(1)
    for _ in range(5):
        QApplication.processEvents()
    target = section.form.title if widget_name == "title" else section.form.panels[0].editor
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    times = []
    for i in range(presses):
        painted = section.preview.paints
        start = time.perf_counter()
        QTest.keyClick(target, "abcdefghij"[i % 10])  # letters: a trailing space changes nothing to draw
        while section.preview.paints == painted and time.perf_counter() - start < 5:
            QApplication.processEvents()
        times.append(time.perf_counter() - start)
    section.close()
    section.deleteLater()
    QApplication.processEvents()
    store.close()
    shutil.rmtree(folder, ignore_errors=True)
    return times


def _pdf_versus_office(repeat: int) -> tuple[float, float] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    from podium.core.render.layout import layout_deck
    from podium.export.pptx_writer import write_pptx
    from podium.ui.deck_export.job import prepare_fonts
    from podium.ui.deck_export.pdf import write_slides_pdf

    prepare_fonts()
    prep = _twelve_slides()
    folder = Path(tempfile.mkdtemp(prefix="podium-bench-pdf-"))
    pptx = write_pptx(prep, folder / "deck.pptx")
    profile = folder / "lo-profile"
    command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(folder / "office"), str(pptx)]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=300)  # first run creates the profile

    def podium() -> None:
        layouts = layout_deck(prep.deck, language=prep.language, brand=prep.brand_color, footer=prep.company)
        write_slides_pdf(layouts, folder / "podium.pdf", language=prep.language)

    def office() -> None:
        subprocess.run(command, check=True, capture_output=True, timeout=300)

    podium()
    try:
        return interleaved(podium, office, repeat)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(presses: int = 120, repeat: int = 5) -> list[Result]:
    presses = size(presses, 3)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = []
    for widget, label in (("title", "slide title"), ("bullets", "bullet list")):
        times = _keystroke_latencies(widget, presses)
        p95 = statistics.quantiles(times, n=20)[18]
        results.append(Result(f"keystroke in the {label} to repainted preview, median", statistics.median(times),
                              "one 60 Hz frame", FRAME, target=1.0))  # fmt: skip
        results.append(Result(f"keystroke in the {label} to repainted preview, 95th pct", p95,
                              "one 60 Hz frame", FRAME, target=2.0))  # fmt: skip
    pdf = _pdf_versus_office(repeat)
    if pdf is not None:
        results.append(Result("PDF of a 12-slide deck (Podium painter)", pdf[0],
                              "LibreOffice pptx -> pdf, same deck", pdf[1], target=0.2))  # fmt: skip
    return results


if __name__ == "__main__":
    from benchmarks.common import HEADER

    print(HEADER)
    for result in run():
        print(result.row())
