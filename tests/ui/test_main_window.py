"""The user's path through the main window: create, see thumbnails, edit notes, export, delete."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pptx import Presentation
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from podium.core.storage.store import Store
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


def test_export_writes_the_deck(window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    window.create_preparation(make_prep("project-management", "sv"))
    dialogs.save_path = str(tmp_path / "risk")
    window.export_action.trigger()
    out = tmp_path / "risk.pptx"
    assert out.exists() and not dialogs.errors
    assert len(Presentation(str(out)).slides) == len(window.prep.deck.slides)
    assert "risk.pptx" in window.statusBar().currentMessage()


def test_export_failure_is_reported(window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    window.create_preparation(make_prep())
    dialogs.save_path = str(tmp_path / "no-such-folder" / "deck.pptx")
    window.export_pptx()
    assert dialogs.errors and "does not exist" in dialogs.errors[0][1]


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
