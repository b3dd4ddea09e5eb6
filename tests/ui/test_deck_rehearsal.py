"""Rehearsing a deck finished elsewhere: a Beamer-like PDF with overlays and pdfpc notes, a .pptx
rendered through LibreOffice (or shown as an outline without it), the deck's window, and the menus."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from podium.core.interview.panel import PanelSettings
from podium.core.rehearsal.decks import office
from podium.core.rehearsal.decks.record import DeckRecords
from podium.core.rehearsal.timeplan import TimingSettings
from podium.ui.common import messages
from podium.ui.common import settings as ui_settings
from podium.ui.rehearse.deck_launcher import DeckLauncher
from podium.ui.rehearse.panel_settings import save_panel_settings
from podium.ui.window.main_window import MainWindow
from tests.deck_files import SlideSpec, beamer_like, make_pptx
from tests.ui.conftest import Dialogs, FakeClock
from tests.ui.presenter_helpers import press

K = Qt.Key
SETTINGS = TimingSettings()


@pytest.fixture(autouse=True)
def no_round_after_the_last_slide() -> Iterator[None]:
    """These tests are about the deck, not the panel: the talk ends at its last slide."""
    save_panel_settings(PanelSettings(after_last=False))
    yield
    ui_settings.reset(ui_settings.PRESENTER_PANEL)


def _launcher(tmp_path: Path, clock: FakeClock) -> DeckLauncher:
    return DeckLauncher(None, clock=clock, records=DeckRecords(tmp_path / "records"))


def _colour_share(image: QImage, colour: str) -> float:
    from PySide6.QtGui import QColor

    target = QColor(colour).rgb()
    hits = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixel(x, y) == target
    )
    return hits / max(1, (image.width() // 4) * (image.height() // 4))


def test_overlays_step_within_one_timed_slide_with_pdfpc_notes(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    pdf = beamer_like(tmp_path / "talk.pdf")
    pages = [{"idx": 1, "label": "2", "overlay": 0, "note": "Build it up slowly."}]
    (tmp_path / "talk.pdfpc").write_text(json.dumps({"pages": pages}), encoding="utf-8")
    launcher = _launcher(tmp_path, clock)
    presenter = launcher.present_path(pdf, settings=SETTINGS)
    assert presenter is not None and presenter.count == 3
    source = presenter.source
    assert presenter.recorder.plan.budgets == [200, 200, 200]  # 10 minutes over three slides
    press(qtbot, presenter, K.Key_Right)  # onto the frame with three overlays
    assert presenter.console.notes.toPlainText() == "Build it up slowly."
    pages_seen = [source.page(1)]
    for _ in range(2):
        clock.advance(30)
        press(qtbot, presenter, K.Key_Right)
        pages_seen.append(source.page(1))
    assert pages_seen == [1, 2, 3] and presenter.index == 1  # one slide, three steps
    presenter.refresh_time()
    assert presenter.console.slide_timer.text() == "This slide 1:00 / 3:20"
    press(qtbot, presenter, K.Key_Left)
    assert source.page(1) == 2 and presenter.index == 1
    press(qtbot, presenter, K.Key_Right)
    press(qtbot, presenter, K.Key_Right)
    assert presenter.index == 2
    press(qtbot, presenter, K.Key_Left)  # back onto the frame: its last overlay, as it was left
    assert presenter.index == 1 and source.page(1) == 3
    press(qtbot, presenter, K.Key_Escape)
    runs = launcher.records.for_deck(source.deck).runs
    assert len(runs) == 1 and runs[0].source == "pdf:talk.pdf"
    assert [s.slide_key for s in runs[0].slides] == [s.key for s in source.deck.slides]


def test_a_pptx_without_libreoffice_rehearses_from_its_outline(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(office.SOFFICE_ENV, "")
    path = make_pptx(tmp_path / "talk.pptx", [SlideSpec("Opening", "Why now", "Smile."),
                                              SlideSpec("Spare", hidden=True), SlideSpec("Close")])  # fmt: skip
    launcher = _launcher(tmp_path, clock)
    window = launcher.open_window(path)
    assert window is not None
    source = window.source
    assert source.state == "outline" and "LibreOffice is not installed" in window.status.text()
    assert window.info.text() == "3 slides, 1 with notes · hidden: 2 · 16:9"
    assert source.plan.budgets == [300, 0, 300]  # the hidden slide has no time
    window.present_button.click()
    presenter = launcher.presenter
    assert presenter is not None
    presenter.console.resize(1280, 720)
    image = presenter.console.current.grab().toImage()
    assert _colour_share(image, "#F8FAFC") > 0.2  # the outline card is drawn
    press(qtbot, presenter, K.Key_Right)
    assert presenter.index == 2  # the hidden slide is skipped, as in PowerPoint
    clock.advance(25)
    press(qtbot, presenter, K.Key_Escape)
    window.refresh()
    assert len(source.record.runs) == 1
    window.close()


@pytest.mark.office
def test_a_pptx_renders_through_libreoffice_and_is_cached(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, soffice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(office.SOFFICE_ENV, soffice)
    path = make_pptx(tmp_path / "talk.pptx", [SlideSpec("Opening", "Why now"), SlideSpec("Spare", hidden=True),
                                              SlideSpec("Close")], "4:3")  # fmt: skip
    launcher = _launcher(tmp_path, clock)
    presenter = launcher.present_path(path, settings=SETTINGS)
    assert presenter is not None and presenter.source.state == "rendering"
    qtbot.waitUntil(lambda: presenter.source.state == "pictures", timeout=120_000)
    assert presenter.source.aspect(0) == pytest.approx(4 / 3, rel=0.01)
    assert presenter.source.page(1) == 1  # hidden slides are rendered too: pages match slides
    presenter.console.resize(1280, 720)
    image = presenter.console.current.grab().toImage()
    assert _colour_share(image, "#FFFFFF") > 0.2
    presenter.close()
    again = launcher.present_path(path, settings=SETTINGS)  # same bytes: straight from the cache
    assert again is not None and again.source.state == "pictures"
    again.close()


def test_budgets_and_notes_typed_in_the_deck_window_reach_the_presenter(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(office.SOFFICE_ENV, "")
    path = make_pptx(tmp_path / "talk.pptx", [SlideSpec("One"), SlideSpec("Two"), SlideSpec("Three")])
    launcher = _launcher(tmp_path, clock)
    window = launcher.open_window(path)
    assert window is not None
    window.model.setData(window.model.index(0, 2), "1:00")
    assert window.source.plan.budgets == [60, 270, 270]
    window.table.selectRow(1)
    window.notes.setPlainText("Typed here")
    window.present_button.click()
    presenter = launcher.presenter
    assert presenter is not None and presenter.recorder.plan.budgets == [60, 270, 270]
    press(qtbot, presenter, K.Key_Right)
    assert presenter.console.notes.toPlainText() == "Typed here"
    presenter.close()
    window.close()
    reopened = DeckRecords(tmp_path / "records").for_deck(window.source.deck)
    assert reopened.notes[window.source.deck.slides[1].key] == "Typed here"


def test_rehearse_a_deck_from_the_menu_and_the_library_without_a_preparation(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = beamer_like(tmp_path / "talk.pdf")
    monkeypatch.setattr(messages, "ask_open_path", lambda *_a: str(pdf))
    assert window.menus is not None and window.menus.rehearse_deck.isEnabled()
    window.library.deck_button.click()
    assert window.decks.window is not None and window.decks.window.source.count == 3
    window.decks.window.close()
    empty = tmp_path / "empty.pptx"
    empty.write_bytes(b"")
    monkeypatch.setattr(messages, "ask_open_path", lambda *_a: str(empty))
    window.menus.rehearse_deck.trigger()
    assert dialogs.errors[-1][1] == f"Cannot present {empty}: the file is empty."
