"""Podium's guidance in the speaker notes: one default everywhere, the opposite one click away and
remembered; and the Export dialog's advice for a deck sent ahead, with its cover note."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from podium.cli import build_parser
from podium.core.model import GUIDANCE_IN_NOTES
from podium.core.storage.store import Store
from podium.export.pptx_writer import build_presentation, write_pptx
from podium.ui.common import settings
from podium.ui.deck_export.dialog import ExportDialog
from podium.ui.deck_export.job import ExportPlan
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep
from tests.ui.conftest import Dialogs

GUIDANCE_MARK = "[Podium guidance]"


@pytest.fixture(autouse=True)
def clean_settings(store: Store) -> Iterator[None]:
    """Each test starts from the defaults, and leaves no choice behind for the next test file."""
    QSettings().clear()
    yield
    QSettings().clear()


def _notes(pptx: Path) -> list[str]:
    return [s.notes_slide.notes_text_frame.text for s in Presentation(str(pptx)).slides]


def test_the_command_line_the_dialog_and_the_writer_share_one_default(tmp_path: Path) -> None:
    """Guidance stays out of the notes: they are the script read while presenting, and they
    travel with a .pptx the panel asked for in advance."""
    assert GUIDANCE_IN_NOTES is False
    generate = build_parser().parse_args(["generate", "--role", "finance", "--company", "X", "-o", "d.pptx"])
    assert generate.guidance is GUIDANCE_IN_NOTES
    assert settings.get(settings.NOTES_GUIDANCE) is GUIDANCE_IN_NOTES
    assert ExportPlan(make_prep(), tmp_path / "deck").include_guidance is GUIDANCE_IN_NOTES
    for writer in (write_pptx, build_presentation):
        assert inspect.signature(writer).parameters["include_guidance"].default is GUIDANCE_IN_NOTES


def test_the_dialog_starts_with_guidance_off_and_remembers_the_choice(qtbot: QtBot, tmp_path: Path) -> None:
    first = ExportDialog(make_prep(), tmp_path / "deck")
    qtbot.addWidget(first)
    assert not first.guidance.isChecked()
    first.guidance.setChecked(True)
    assert settings.get(settings.NOTES_GUIDANCE) is True
    second = ExportDialog(make_prep(), tmp_path / "deck")
    qtbot.addWidget(second)
    assert second.guidance.isChecked()  # a candidate who rehearses from PowerPoint's notes keeps it
    second.guidance.setChecked(False)
    assert settings.get(settings.NOTES_GUIDANCE) is False


@pytest.mark.parametrize("include", [False, True])
def test_the_exported_pptx_follows_the_checkbox(qtbot: QtBot, tmp_path: Path, include: bool) -> None:
    prep = make_prep("project-management")
    dialog = ExportDialog(prep, tmp_path / "deck")
    qtbot.addWidget(dialog)
    for box in (dialog.pdf, dialog.handout, dialog.png):
        box.setChecked(False)
    dialog.guidance.setChecked(include)
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start()
    notes = _notes(tmp_path / "deck.pptx")
    assert notes[1].startswith(prep.deck.slides[1].notes)
    assert all((GUIDANCE_MARK in n) is include for n in notes)


@pytest.mark.parametrize("include", [False, True])
def test_ctrl_e_follows_the_choice_made_in_the_dialog(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path, include: bool
) -> None:
    settings.put(settings.NOTES_GUIDANCE, include)
    window.create_preparation(make_prep("marketing"))
    dialogs.save_path = str(tmp_path / "plan.pptx")
    window.export_action.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "plan.pptx").exists(), timeout=60000)
    assert all((GUIDANCE_MARK in n) is include for n in _notes(tmp_path / "plan.pptx"))


@pytest.mark.parametrize(
    ("language", "when", "expected"),
    [
        (
            "en",
            datetime(2026, 12, 3, 10, 0),
            "Attached is my presentation for the interview on 3 December 2026, as a PDF",
        ),
        (
            "sv",
            datetime(2026, 12, 3, 10, 0),
            "Bifogar min presentation inför intervjun den 3 december 2026 som pdf",
        ),
        ("sv", None, "Bifogar min presentation som pdf – samma version som jag kommer att visa."),
    ],
)
def test_the_cover_note_is_in_the_decks_language_and_copied_in_one_click(
    qtbot: QtBot, tmp_path: Path, language: str, when: datetime | None, expected: str
) -> None:
    dialog = ExportDialog(make_prep(language=language, interview_at=when), tmp_path / "deck")
    qtbot.addWidget(dialog)
    box = dialog.send_ahead
    assert box.note.text().startswith(expected)
    assert "PDF" in box.advice.text() and ".pptx" in box.advice.text()  # what to send, in the UI's language
    box.copy.click()
    assert QGuiApplication.clipboard().text() == box.note.text()
