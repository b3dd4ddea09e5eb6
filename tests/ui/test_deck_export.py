"""Exports drawn by Podium: slide PDF, handout PDF, PNGs, and the export dialog's worker, progress and cancel."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from podium.core.errors import Cancelled
from podium.core.progress import Tracker
from podium.core.render.layout import layout_deck
from podium.core.storage.store import Store
from podium.ui.app import create_application
from podium.ui.deck_export.dialog import ExportDialog
from podium.ui.deck_export.images import write_pngs
from podium.ui.deck_export.job import ExportPlan, prepare_fonts, run_export
from podium.ui.deck_export.pdf import write_handout_pdf, write_slides_pdf
from tests.helpers import make_prep, pdf_pages, pdf_text
from tests.ui.deck_helpers import open_section


def _no_leftovers(folder: Path) -> bool:
    return not list(folder.rglob("*.part"))


def test_slide_pdf_has_one_page_per_slide_at_slide_size(tmp_path: Path) -> None:
    create_application()
    prep = make_prep("marketing", "sv")
    prep.deck.aspect = "4:3"
    layouts = layout_deck(prep.deck, language="sv", footer=prep.company)
    out = write_slides_pdf(layouts, tmp_path / "deck.pdf", language="sv", title="Kampanjplan")
    assert pdf_pages(out) == len(prep.deck.slides)
    text = " ".join(pdf_text(out, 3).split())  # a title may take two lines on a 4:3 slide
    assert " ".join(prep.deck.slides[2].title.split()) in text and "Exempel:" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "720 x 540 pts" in info and "Kampanjplan" in info
    assert _no_leftovers(tmp_path)


def test_handout_carries_the_notes_and_continues_long_ones(tmp_path: Path) -> None:
    create_application()
    prep = make_prep("finance")
    prep.deck.slides[1].notes = "Opening line about the margin. " + "More detail on the drivers. " * 400
    prep.deck.slides[2].notes = ""
    layouts = layout_deck(prep.deck, language="en")
    out = write_handout_pdf(prep.deck.slides, layouts, tmp_path / "handout.pdf", language="en")
    pages = pdf_pages(out)
    assert pages < len(prep.deck.slides)  # two slides with their notes share a page
    spread = [page for page in range(1, pages + 1) if "More detail on the drivers." in pdf_text(out, page)]
    assert len(spread) >= 2  # the long notes ran onto the next page
    text = " ".join(pdf_text(out).split())
    assert "Speaker notes" in text and "Opening line about the margin." in text and "No notes yet." in text


def test_pngs_one_per_slide_and_stale_ones_removed(tmp_path: Path) -> None:
    create_application()
    prep = make_prep("project-management")
    layouts = layout_deck(prep.deck, language="en")
    folder = tmp_path / "slides"
    folder.mkdir()
    (folder / "slide-40.png").write_bytes(b"old")
    (folder / "keep-me.txt").write_text("mine")
    written = write_pngs(layouts, folder, width=800)
    assert [p.name for p in written][:2] == ["slide-01.png", "slide-02.png"]
    assert len(written) == len(prep.deck.slides) and not (folder / "slide-40.png").exists()
    assert (folder / "keep-me.txt").exists()
    image = QImage(str(written[0]))
    assert (image.width(), image.height()) == (800, 450)
    assert image.pixelColor(5, 5).name().upper() == "#2F6FDE"


def test_export_job_writes_every_format_off_the_ui_thread(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    section = open_section(qtbot, store)
    dialog = ExportDialog(section.prep, tmp_path / "nordvik", section)
    qtbot.addWidget(dialog)
    dialog.png.setChecked(True)
    steps: list[float] = []
    dialog.start()
    assert dialog.job is not None
    dialog.job.progressed.connect(lambda fraction, _label: steps.append(fraction))
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        pass
    written = [Path(p) for p in blocker.args[0]]
    assert [p.name for p in written] == [
        "nordvik.pptx",
        "nordvik.pdf",
        "nordvik-handout.pdf",
        "nordvik-slides",
    ]
    n = len(section.prep.deck.slides)
    assert len(Presentation(str(written[0])).slides) == n
    assert pdf_pages(written[1]) == n and n / 2 <= pdf_pages(written[2]) < n
    assert len(list(written[3].glob("slide-*.png"))) == n
    assert dialog.progress.value() == dialog.progress.maximum() == 1 + 3 * n
    assert steps == sorted(steps) and steps[-1] == 1.0  # the bar only moves forward, and ends full
    assert "Exported" in dialog.status.text() and _no_leftovers(tmp_path)
    # Guidance stays out of the speaker notes unless asked for.
    notes = Presentation(str(written[0])).slides[1].notes_slide.notes_text_frame.text
    assert "Podium guidance" not in notes


def test_export_works_on_a_snapshot(store: Store, tmp_path: Path) -> None:
    create_application()
    prep = make_prep("finance")
    plan = ExportPlan(prep, tmp_path / "deck", ("pptx",))
    prep.deck.slides[0].title = "Changed after pressing Export"
    run_export(plan, Tracker())
    assert Presentation(str(tmp_path / "deck.pptx")).slides[0].shapes.title.text != prep.deck.slides[0].title


def test_cancel_leaves_no_half_written_file(tmp_path: Path) -> None:
    create_application()
    prepare_fonts()
    prep = make_prep("finance")
    plan = ExportPlan(prep, tmp_path / "deck", ("pdf", "png"))
    reports: list[str] = []

    class CancelOnThirdPage(Tracker):
        def report(self, fraction: float, message: str = "") -> None:
            reports.append(message)
            if len(reports) == 3:
                self.cancel()  # the user presses Cancel while the third page is written
            super().report(fraction, message)

    with pytest.raises(Cancelled):
        run_export(plan, CancelOnThirdPage())
    assert reports == ["deck.pdf"] * 3  # stopped at once: no fourth page, no PNG
    assert not (tmp_path / "deck.pdf").exists() and not (tmp_path / "deck-slides").exists()
    assert _no_leftovers(tmp_path)


def test_failure_is_reported_in_the_dialog(qtbot: QtBot, store: Store, tmp_path: Path, dialogs) -> None:
    section = open_section(qtbot, store)
    dialog = ExportDialog(section.prep, tmp_path / "missing-folder" / "deck", section)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30000)
    assert dialogs.errors and "does not exist" in dialogs.errors[0][1]
    assert "Export failed" in dialog.status.text() and dialog.export_button.isEnabled()


def test_unfinished_item_in_the_dialog_jumps_to_it(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    section = open_section(qtbot, store)
    dialog = ExportDialog(section.prep, tmp_path / "deck", section)
    qtbot.addWidget(dialog)
    items = dialog.todo.model.items
    assert items and "in the deck" in dialog.todo.summary.text()
    target = next(i for i in items if i.slide_index == 4)
    dialog.todo.activated.connect(lambda _i: None)
    dialog.jump_requested.connect(section.go_to)
    dialog.todo.activated.emit(target)
    assert section.current_row() == 4 and not dialog.isVisible()


def test_drawn_exports_get_the_umask_mode(tmp_path: Path) -> None:
    import os
    import stat

    from podium.ui.interview.takeaway import write_cards_pdf, write_pdf

    create_application()
    prep = make_prep("finance")
    layouts = layout_deck(prep.deck, language="en", footer=prep.company)
    previous = os.umask(0o027)
    try:
        written = [
            write_slides_pdf(layouts, tmp_path / "deck.pdf"),
            write_handout_pdf(prep.deck.slides, layouts, tmp_path / "handout.pdf"),
            *write_pngs(layouts[:2], tmp_path / "png"),
            write_pdf("<h1>Brief</h1>", tmp_path / "brief.pdf"),
            write_cards_pdf(["Why us?"], tmp_path / "cards.pdf"),
        ]
    finally:
        os.umask(previous)
    assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {0o640}
