"""An imported 50-slide .pptx: the first slide on screen after opening, with the render cache warm
(target: within 2 s) and cold (target: LibreOffice's own conversion time plus 10%, measured in the
same run as the baseline); then slide changes from the cache at 1920x1080 against one 60 Hz frame."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_presenter import FRAME, FrameResult
from benchmarks.common import Result, size

SLIDES = 50


def run(repeat: int = 3, changes: int = 60) -> list[Result]:
    slides, repeat, changes = size(SLIDES, 3), size(repeat, 1), size(changes, 2)
    from podium.ui.app import create_application

    app = create_application()
    from tests.deck_files import make_many

    from podium.core.rehearsal.decks import office
    from podium.core.rehearsal.decks.record import DeckRecords
    from podium.core.rehearsal.timeplan import TimingSettings
    from podium.ui.rehearse.deck_launcher import DeckLauncher

    soffice = office.find_soffice()
    if soffice is None:
        return []
    work = Path(tempfile.mkdtemp(prefix="bench-decks-"))
    os.environ["PODIUM_DATA_DIR"] = str(work / "data")
    deck = make_many(work / "talk.pptx", slides)
    settings = TimingSettings()

    def first_slide_on_screen() -> float:
        """Open to the first slide's pixels on the audience screen, pictures included."""
        launcher = DeckLauncher(None, records=DeckRecords(work / "records"))
        start = time.perf_counter()
        presenter = launcher.present_path(deck, settings=settings)
        assert presenter is not None
        presenter.audience.resize(1920, 1080)
        while presenter.source.state == "rendering":
            app.processEvents()
            time.sleep(0.005)
        presenter.audience.view.repaint()
        elapsed = time.perf_counter() - start
        assert presenter.source.state == "pictures"
        presenter.close()
        app.processEvents()
        return elapsed

    def plain_conversion(target: Path) -> float:
        """LibreOffice alone, as Podium calls it (its own profile, hidden slides too)."""
        start = time.perf_counter()
        office.convert(deck, f"baseline-{target.name}", target, soffice)
        return time.perf_counter() - start

    cold, baseline = [], []
    for n in range(repeat):
        for folder in (work / "data" / "cache" / "decks",):
            for pdf in folder.glob("*.pdf") if folder.is_dir() else []:
                pdf.unlink()
        baseline.append(plain_conversion(work / f"base{n}"))
        cold.append(first_slide_on_screen())
    warm = [first_slide_on_screen() for _ in range(repeat)]

    launcher = DeckLauncher(None, records=DeckRecords(work / "records"))
    presenter = launcher.present_path(deck, settings=settings)
    assert presenter is not None
    console, audience = presenter.console, presenter.audience
    console.resize(1920, 1080)
    audience.resize(1920, 1080)
    console.show()
    audience.show()
    app.processEvents()
    times = []
    for n in range(changes + 5):
        while presenter.warmer.isActive():
            app.processEvents()
        start = time.perf_counter()
        presenter.go_to(presenter.index + (1 if (n // (slides - 1)) % 2 == 0 else -1))
        console.current.repaint()
        console.next_view.repaint()
        audience.view.repaint()
        if n >= 5:
            times.append(time.perf_counter() - start)
    presenter.close()
    app.processEvents()
    return [
        Result(f"imported {slides}-slide pptx, first slide on screen, cache warm", statistics.median(warm),
               "2 s", 2.0, target=1.0),
        Result(f"imported {slides}-slide pptx, first slide on screen, cache cold", statistics.median(cold),
               "LibreOffice's conversion alone", statistics.median(baseline), target=1.1),
        FrameResult("imported pptx slide change, console + audience 1920x1080 (median)", statistics.median(times),
                    "one 60 Hz frame", FRAME, target=1.0),
    ]  # fmt: skip


if __name__ == "__main__":
    from benchmarks.common import HEADER

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(HEADER)
    for result in run():
        print(result.row())
