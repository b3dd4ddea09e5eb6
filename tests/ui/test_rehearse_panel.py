"""Rehearsing as a new user would: three runs of a 10-minute deck from the main window, then the
record, history chart, per-slide table and suggestions in the Rehearse tab; a PDF deck too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QRectF, QSettings, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from podium.core.model import Preparation
from podium.core.render.layout import layout_deck
from podium.ui.common import messages
from podium.ui.common.settings import PRESENTER_PANEL
from podium.ui.rehearse.launch import SETTINGS_KEY, load_settings
from podium.ui.rehearse.panel_settings import load_panel_settings
from podium.ui.slides.painter import paint_slide
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep
from tests.ui.conftest import Dialogs, FakeClock
from tests.ui.presenter_helpers import press, use_fixed_deck

K = Qt.Key


@pytest.fixture(autouse=True)
def default_presenter_settings() -> Iterator[None]:
    for key in (SETTINGS_KEY, PRESENTER_PANEL.key):
        QSettings().remove(key)
    yield
    for key in (SETTINGS_KEY, PRESENTER_PANEL.key):
        QSettings().remove(key)


def _run(window: MainWindow, qtbot: QtBot, clock: FakeClock, factor: float, summary_extra: float) -> None:
    """One run: every slide at ``factor`` of its budget, the summary slide ``summary_extra`` s longer."""
    assert window.prep is not None
    window.present_action.trigger()
    presenter = window.presenter
    assert presenter is not None
    press(qtbot, presenter, K.Key_S)
    for slide in window.prep.deck.slides:
        if slide.backup:
            break
        clock.advance(slide.target_seconds * factor + (summary_extra if slide.key == "summary" else 0))
        press(qtbot, presenter, K.Key_Right)
    while presenter.mode == "panel":  # the panel's questions, 40 s each
        clock.advance(40)
        press(qtbot, presenter, K.Key_Right)
    assert presenter.mode == "end"
    press(qtbot, presenter, K.Key_Escape)
    assert not presenter.console.isVisible()


def _count(image: QImage, colour: str) -> int:
    return sum(
        image.pixelColor(x, y).name() == colour
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_three_runs_converge_in_the_record(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    prep = make_prep("finance", talk_minutes=10)
    prep.research["doubts"] = [
        {"doubt": "Little experience of retail", "evidence": "Two years at a retailer"}
    ]
    window.create_preparation(prep)
    use_fixed_deck(window)
    assert window.workspace is not None
    panel = window.workspace.rehearse
    assert "No rehearsals yet" in panel.summary.text()
    assert "add up to 10:00 for a 10:00 talk; 10:00 reserved for questions" in panel.plan_info.text()
    for factor in (1.3, 1.1, 1.0):
        _run(window, qtbot, clock, factor, summary_extra=25)
    runs = window.store.rehearsals(prep.id)
    assert len(runs) == 3 and all(r.completed for r in runs)
    assert [round(r.total_seconds) for r in runs] == [805, 685, 625]
    assert all(len(r.answers) == 6 for r in runs)  # five from the bank and the doubt
    assert any("retail" in a["text"] for a in runs[0].answers)
    assert "0:25 over" in panel.summary.text() and "Executive summary +0:25" in panel.summary.text()
    assert panel.trend.text() == "Last runs: 13:25, 11:25, 10:25. You are converging on the 10:00 target."
    assert "“Executive summary” ran long in 3 of the last 3 runs" in panel.suggestions.text()
    model = panel.table_model
    assert model.rowCount() == 11 and model.columnCount() == 5
    assert (
        model.index(1, 3).data() == "1:40" and model.index(1, 4).data() == "1:47"
    )  # last run; median of 2:02, 1:47, 1:40
    assert model.index(1, 3).data(Qt.ItemDataRole.ForegroundRole) is not None  # over: shown in red
    assert model.index(2, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    assert len(panel.chart.runs) == 3
    panel.chart.resize(900, 600)
    image = panel.chart.grab().toImage()
    image.save(str(tmp_path / "history.png"))
    assert _count(image, "#dc2626") > 10  # runs over the target: red points
    assert _count(image, "#dcfce7") > 50  # slides on budget: green cells


def test_settings_persist_except_the_hard_stop(window: MainWindow, qtbot: QtBot) -> None:
    window.create_preparation(make_prep("marketing"))
    assert window.workspace is not None
    panel = window.workspace.rehearse
    panel.tolerance.setValue(25)
    panel.warn.setValue(300)
    panel.start_mode.setCurrentIndex(1)
    box = panel.panel_box
    box.mode.setCurrentIndex(box.mode.findData("slides"))
    box.slides.setText("7; 3, x")
    box.slides.editingFinished.emit()
    box.after_last.setChecked(False)
    panel.video_call.setChecked(True)
    panel.hard_stop.setChecked(True)
    assert "must end 10:00 before 10:30" in panel.plan_info.text()
    settings = panel.timing_settings()
    assert (settings.tolerance_seconds, settings.warn_seconds, settings.start_on_advance) == (25, 300, False)
    assert settings.video_call and settings.hard_stop is not None
    stored = load_settings()
    assert stored.tolerance_seconds == 25 and stored.video_call and stored.hard_stop is None
    assert box.slides.text() == "3, 7"
    panel_settings = load_panel_settings()
    assert (panel_settings.interrupt, panel_settings.slides, panel_settings.after_last) == (
        "slides",
        [3, 7],
        False,
    )
    qtbot.mouseClick(box.targets_button, Qt.MouseButton.LeftButton)
    kinds = box.dialog
    assert kinds is not None and kinds.isVisible() and "Your slides" in kinds.asked["slides"].text()
    kinds.spins["slides"].setValue(75)
    kinds.asked["practical"].setChecked(False)
    assert not kinds.spins["practical"].isEnabled()
    qtbot.mouseClick(kinds.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    stored_panel = load_panel_settings()
    assert stored_panel.targets == {"slides": 75} and stored_panel.skip == ["practical"]


def test_the_old_interruption_setting_carries_over() -> None:
    QSettings().setValue(SETTINGS_KEY, '{"panel_random": 3, "panel_after_last": false}')
    settings = load_panel_settings()
    assert (settings.interrupt, settings.random_count, settings.after_last) == ("random", 3, False)


def _write_pdf(path: Path, prep: Preparation, pages: int | None = None) -> None:
    layouts = layout_deck(prep.deck, language=prep.language)[:pages]
    writer = QPdfWriter(str(path))
    size = QPageSize(QSizeF(540, 960), QPageSize.Unit.Point)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF()))
    painter = QPainter(writer)
    for i, laid in enumerate(layouts):
        if i:
            writer.newPage()
        paint_slide(painter, laid, QRectF(0, 0, writer.width(), writer.height()))
    painter.end()


def test_rehearse_a_pdf_deck(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prep = make_prep("finance", talk_minutes=10)
    window.create_preparation(prep)
    use_fixed_deck(window)
    assert window.workspace is not None
    other = make_prep("marketing")
    pdf = tmp_path / "finished-elsewhere.pdf"
    _write_pdf(pdf, other, pages=4)  # not this deck: four pages share the ten minutes evenly
    monkeypatch.setattr(messages, "ask_open_path", lambda *_a: str(pdf))
    window.workspace.rehearse.deck_button.click()  # the deck's window: what Podium read, and Start
    deck_window = window.decks.window
    assert deck_window is not None and deck_window.source.count == 4
    deck_window.present_button.click()
    presenter = window.presenter
    assert presenter is not None and presenter.count == 4
    assert presenter.recorder.plan.budgets == [150, 150, 150, 150]
    image = presenter.console.current.grab().toImage()
    assert _count(image, "#ffffff") > 100  # the page is drawn
    press(qtbot, presenter, K.Key_Right)
    clock.advance(160)
    presenter.refresh_time()
    assert presenter.console.slide_timer.text() == "This slide 2:40 / 2:30"
    press(qtbot, presenter, K.Key_Escape)
    run = window.store.rehearsals(prep.id)[-1]
    key = deck_window.source.deck.slides[1].key
    assert run.source == "pdf:finished-elsewhere.pdf" and run.slides[1].slide_key == key
    assert deck_window.source.record.runs[-1].slides[1].slide_key == key  # the deck's own history too
    deck_window.close()

    same = tmp_path / "this-deck.pdf"
    _write_pdf(same, prep)  # the same deck exported: its budgets and notes apply page by page
    window.present_deck(str(same))
    presenter = window.presenter
    assert presenter.recorder.plan.budgets == [s.target_seconds for s in prep.deck.slides]
    assert presenter.console.notes.toPlainText() == prep.deck.slides[0].notes
    press(qtbot, presenter, K.Key_Escape)


def test_a_broken_pdf_says_why(window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    window.create_preparation(make_prep("finance"))
    bad = tmp_path / "deck.pdf"
    bad.write_bytes(b"this is not a pdf")
    window.present_deck(str(bad))
    assert dialogs.errors and "deck.pdf" in dialogs.errors[-1][1] and "not a PDF" in dialogs.errors[-1][1]
    window.present_deck(str(tmp_path / "missing.pdf"))
    assert "was not found" in dialogs.errors[-1][1]
