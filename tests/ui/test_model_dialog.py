"""Setting up transcription: a model from a folder the user has, with progress and its hash;
a wrong hash installs nothing and says so in one sentence."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from podium import paths
from podium.core.speech.models import installed_model
from podium.ui.app import create_application
from podium.ui.rehearse.model_dialog import ModelDialog

FILES = {
    "config.json": b"{}",
    "model.bin": b"\x01" * 500_000,
    "tokenizer.json": b"{}",
    "vocabulary.json": b"[]",
}


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "whisper-base"
    folder.mkdir()
    for name, data in FILES.items():
        (folder / name).write_bytes(data)
    return folder


def _expected_hash() -> str:
    digest = hashlib.sha256()
    for name in sorted(FILES):
        digest.update(name.encode() + b"\0" + FILES[name])
    return digest.hexdigest()


def _install(dialog: ModelDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.install_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None and not dialog.install_button.isEnabled()
    assert dialog.job.wait()
    qtbot.waitUntil(lambda: dialog.job is None)


def test_install_from_a_folder_checks_the_hash(qtbot: QtBot, tmp_path: Path) -> None:
    create_application()
    dialog = ModelDialog()
    qtbot.addWidget(dialog)
    assert "needs a speech model" in dialog.state.text() or "not installed" in dialog.state.text()
    dialog.source.setText(str(_folder(tmp_path)))
    dialog.sha256.setText("f" * 64)
    _install(dialog, qtbot)
    assert "not the one given: it was not installed" in dialog.message.text()
    assert installed_model(paths.models_dir()) is None and dialog.install_button.isEnabled()
    dialog.sha256.setText(_expected_hash())
    _install(dialog, qtbot)
    assert dialog.message.text() == f"Installed and checked (SHA-256 {_expected_hash()})."
    assert installed_model(paths.models_dir()) == paths.models_dir() / "whisper"
    assert dialog.installed is not None and dialog.installed.size > 500_000


def test_the_dialog_keeps_no_layout_item_wrappers(qtbot: QtBot) -> None:
    from tests.ui.test_layout_item_wrappers import layout_item_wrappers

    create_application()
    dialog = ModelDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert layout_item_wrappers() == []
