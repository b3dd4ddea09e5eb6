"""The user's path through the main window: create, see thumbnails, edit notes, export, delete."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton, QWizard
from pytestqt.qtbot import QtBot

from podium.core.storage.store import Store
from podium.export.pptx_writer import build_presentation
from podium.ui.common.jobs import BusyDialog, Job
from podium.ui.deck_export import job as export_job_module
from podium.ui.window.main_window import MainWindow
from podium.ui.window.wizard import NewPreparationWizard
from tests.helpers import make_prep
from tests.ui.conftest import NOW, Dialogs


def _fill_wizard(qtbot: QtBot, wizard: NewPreparationWizard, role_row: int, company: str) -> None:
    wizard.role_page.roles.setCurrentRow(role_row)
    wizard.next()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # company is required
    qtbot.keyClicks(wizard.details_page.company, company)
    wizard.details_page.job_title.setText("Controller")
    wizard.details_page.talk_minutes.setValue(10)
    wizard.details_page.language.setCurrentIndex(wizard.details_page.language.findData("sv"))
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_wizard_builds_the_preparation(qtbot: QtBot) -> None:
    wizard = NewPreparationWizard(now=NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_wizard(qtbot, wizard, 1, "Nordvik AB")
    prep = wizard.preparation()
    assert (prep.role, prep.company, prep.job_title, prep.language) == (
        "finance",
        "Nordvik AB",
        "Controller",
        "sv",
    )
    assert prep.talk_minutes == 10 and prep.qa_minutes == 10
    assert prep.interview_at is not None and prep.interview_at.date() > NOW.date()


def test_create_shows_thumbnails_drawn_from_the_layout(window: MainWindow, store: Store) -> None:
    window.create_preparation(make_prep("marketing", company="Nordvik AB"))
    assert window.pages.currentWidget() is window.workspace
    model = window.workspace.deck.model
    assert model.rowCount() == len(window.prep.deck.slides) >= 8
    thumb = model.data(model.index(0), Qt.ItemDataRole.DecorationRole).toImage()
    assert thumb.width() > 100
    # The title slide is painted in the theme's accent colour, not left blank.
    assert thumb.pixelColor(5, 5).name().upper() == "#2F6FDE"
    assert len(store) == 1


def test_preview_image_matches_the_selected_slide(window: MainWindow, qtbot: QtBot) -> None:
    window.create_preparation(make_prep("finance"))
    deck = window.workspace.deck
    deck.slide_list.setCurrentIndex(deck.model.index(2))
    assert deck.guidance.text() == window.prep.deck.slides[2].guidance
    image: QImage = deck.preview.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 17)
        for y in range(0, image.height(), 17)
    }
    assert len(colours) > 3  # something was drawn


def test_notes_edit_is_saved_within_a_second(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    window.create_preparation(make_prep("finance"))
    deck = window.workspace.deck
    deck.slide_list.setCurrentIndex(deck.model.index(1))
    deck.notes.setPlainText("Open with the answer: margin fell 2 points.")
    other = sqlite3.connect(store.path)

    def saved() -> None:
        (document,) = other.execute("SELECT document FROM preparations").fetchone()
        assert "margin fell 2 points" in document

    qtbot.waitUntil(saved, timeout=1000)


def _press_ctrl_e(qtbot: QtBot, window: MainWindow) -> Job:
    """Press Ctrl+E on the window as the user does; the export job it started."""
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    job = window.pptx_export
    assert job is not None and job.running
    return job


def test_ctrl_e_writes_the_deck_in_the_background(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path
) -> None:
    window.create_preparation(make_prep("project-management", "sv"))
    dialogs.save_path = str(tmp_path / "risk")  # no suffix: .pptx is added
    job = _press_ctrl_e(qtbot, window)
    assert not window.export_action.isEnabled()  # one export at a time
    with qtbot.waitSignal(job.succeeded, timeout=30000):
        pass
    out = tmp_path / "risk.pptx"
    deck = window.prep.deck
    slides = Presentation(str(out)).slides
    assert len(slides) == len(deck.slides) and slides[0].shapes.title.text == deck.slides[0].title
    notes = slides[1].notes_slide.notes_text_frame.text
    assert notes == deck.slides[1].notes  # the script alone: guidance when asked (test_export_guidance)
    assert "risk.pptx" in window.statusBar().currentMessage() and not dialogs.errors
    assert window.export_action.isEnabled() and window.pptx_export is None
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


@pytest.fixture
def held_export(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """Hold the real pptx export while it builds the deck: (it is building, let it go on)."""
    building, release = threading.Event(), threading.Event()

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        building.set()
        release.wait(30)
        return build_presentation(*args, **kwargs)

    monkeypatch.setattr(export_job_module, "build_presentation", held)
    yield building, release
    release.set()  # a failed test never leaves a worker waiting


def test_the_window_keeps_working_while_ctrl_e_exports(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path, held_export
) -> None:
    building, release = held_export
    window.create_preparation(make_prep("finance"))
    dialogs.save_path = str(tmp_path / "deck.pptx")
    job = _press_ctrl_e(qtbot, window)
    assert building.wait(10)
    heard: list[bool] = []
    QTimer.singleShot(0, lambda: heard.append(job.running))  # queued behind the key press
    qtbot.waitUntil(lambda: heard != [])
    assert heard == [True]  # the event loop ran while the export was still writing
    busy = window.findChild(BusyDialog)
    qtbot.waitUntil(busy.isVisible)  # a slow export shows its progress, with Cancel
    assert busy.labelText() == "Writing deck.pptx…" and busy.windowTitle() == "Export deck"
    assert busy.grab().save(str(tmp_path / "busy.png"))
    with qtbot.waitSignal(job.succeeded, timeout=30000):
        release.set()
    assert not busy.isVisible()
    assert len(Presentation(str(tmp_path / "deck.pptx")).slides) == len(window.prep.deck.slides)


def test_cancelling_ctrl_e_keeps_the_old_file(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path, held_export
) -> None:
    building, release = held_export
    window.create_preparation(make_prep("finance"))
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "deck.pptx"
    target.write_bytes(b"yesterday's deck")
    dialogs.save_path = str(target)
    job = _press_ctrl_e(qtbot, window)
    assert building.wait(10)
    busy = window.findChild(BusyDialog)
    qtbot.waitUntil(busy.isVisible)
    qtbot.mouseClick(busy.findChild(QPushButton), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(job.cancelled, timeout=30000):
        release.set()
    assert target.read_bytes() == b"yesterday's deck" and list(folder.iterdir()) == [target]
    assert "Export cancelled" in window.statusBar().currentMessage() and not dialogs.errors
    assert window.export_action.isEnabled()


def test_export_failure_is_reported(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path
) -> None:
    window.create_preparation(make_prep())
    dialogs.save_path = str(tmp_path / "no-such-folder" / "deck.pptx")
    window.export_pptx()
    with qtbot.waitSignal(window.pptx_export.failed, timeout=30000):
        pass
    assert dialogs.errors == [("Export failed", f"folder does not exist: {tmp_path / 'no-such-folder'}")]


def test_library_open_rename_delete(window: MainWindow, dialogs: Dialogs, qtbot: QtBot, monkeypatch) -> None:
    window.create_preparation(make_prep("finance", company="Alpha AB"))
    window.create_preparation(make_prep("marketing", company="Beta AB"))
    window.show_library()
    library = window.library
    assert library.model.rowCount() == 2
    monkeypatch.setattr(
        "podium.ui.window.library.QInputDialog.getText", lambda *a, **k: ("Beta — final round", True)
    )
    library.view.setCurrentIndex(library.model.index(0))
    library.rename_current()
    assert library.model.summary(0).title == "Beta — final round"
    dialogs.confirm_answer = False
    library.delete_current()
    assert library.model.rowCount() == 2
    dialogs.confirm_answer = True
    library.delete_current()
    assert library.model.rowCount() == 1
    library.view.setCurrentIndex(library.model.index(0))
    qtbot.keyClick(library.view, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.workspace and window.prep.company == "Alpha AB"


def test_a_save_due_after_the_store_closed_shows_no_dialog(
    window: MainWindow, store: Store, dialogs: Dialogs
) -> None:
    window.create_preparation(make_prep("finance"))
    window.session.edited()
    store.close()
    assert window.session.save_now() is False
    assert dialogs.errors == []
