"""Small frictions a new user met, each fixed: dates, the library's order, the last folder, true
readiness words, and a data set replaced only after asking."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from podium.core.interview.readiness import REHEARSE, readiness
from podium.core.rehearsal.runs import Rehearsal
from podium.core.storage.store import Store
from podium.roles.finance.pipeline import KEY
from podium.ui.common import i18n, messages, settings
from podium.ui.slides.readiness_words import describe_missing
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep
from tests.roles.finance.samples import ledger_rows, sales_rows, write_sales_ledger, write_swedish_csv
from tests.ui.conftest import NOW, Dialogs
from tests.ui.test_finance_panel import idle, import_file, make_panel


def test_dates_read_as_the_ui_language_writes_them(qtbot: QtBot, window: MainWindow) -> None:
    moment = datetime(2026, 12, 9, 10, 0)
    assert i18n.moment_text(moment) == "9 Dec 2026, 10:00"
    i18n.apply_language("sv")
    try:
        assert i18n.moment_text(moment) == "9 dec 2026, 10:00"
    finally:
        i18n.apply_language("en")


def test_the_library_lists_upcoming_interviews_soonest_first_and_past_ones_apart(window: MainWindow) -> None:
    store = window.store
    for title, days in (("Later", 30), ("Soon", 2), ("Gone", -5), ("Long gone", -40)):
        prep = make_prep("marketing", interview_at=NOW + timedelta(days=days))
        prep.title = title
        store.save(prep)
    window.show_library()
    model = window.library.model
    titles = [
        (model.summary(r).title if model.summary(r) else "—")
        for r in range(model.rowCount())  # type: ignore[union-attr]
    ]
    assert titles == ["Soon", "Later", "—", "Gone", "Long gone"]
    heading = model.index(2)
    assert model.data(heading) == "Past interviews"
    assert not model.flags(heading) & Qt.ItemFlag.ItemIsSelectable  # a heading, not a preparation
    assert model.data(model.index(0)).split("\n")[1].endswith("28 Nov 2026, 09:00")


def test_file_dialogs_open_in_the_last_folder_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: list[str] = []
    chosen = tmp_path / "exports" / "deck.pptx"
    chosen.parent.mkdir()

    def fake_save(_parent, _title, start, _filter):
        seen.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    settings.reset(settings.LAST_FOLDER)
    messages.ask_save_path(None, "Save", "brief.pdf", "PDF (*.pdf)")
    assert Path(seen[0]) == Path.home() / "brief.pdf"  # never the app's own folder
    messages.ask_save_path(None, "Save", "brief.pdf", "PDF (*.pdf)")
    assert Path(seen[1]) == chosen.parent / "brief.pdf"
    assert settings.get(settings.LAST_FOLDER) == str(chosen.parent)


def test_a_quick_run_through_is_not_called_a_run_that_stopped_short() -> None:
    prep = make_prep("finance")
    target = prep.talk_minutes * 60
    state = readiness(prep, [Rehearsal(NOW - timedelta(hours=1), 36, target)], NOW)
    item = state.by_area(REHEARSE)[0]
    words = describe_missing(item)
    assert words == f"Last rehearsal took 36 s of a {prep.talk_minutes} min talk: rehearse at full length"
    assert "short of a full run" not in words


def test_a_second_data_import_asks_first_and_undo_brings_the_first_back(
    qtbot: QtBot, store: Store, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    panel = make_panel(qtbot, store)
    answer = [""]
    monkeypatch.setattr(messages, "ask_open_path", lambda *_a: answer[0])
    asked: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda _p, _t, text: asked.append(text) or dialogs.confirm_answer
    )
    import_file(qtbot, panel, answer, write_swedish_csv(tmp_path / "first.csv", ledger_rows()))
    assert asked == [] and panel.prep.role_data[KEY]["source"]["name"] == "first.csv"
    second = write_sales_ledger(tmp_path / "second.csv", sales_rows())
    dialogs.confirm_answer = False
    import_file(qtbot, panel, answer, second)
    assert len(asked) == 1 and "first.csv" in asked[0] and "second.csv" in asked[0]
    assert panel.prep.role_data[KEY]["source"]["name"] == "first.csv"  # refused: nothing replaced
    dialogs.confirm_answer = True
    import_file(qtbot, panel, answer, second)
    assert panel.prep.role_data[KEY]["source"]["name"] == "second.csv"
    panel.undo_stack.undo()
    idle(qtbot, panel)
    assert panel.prep.role_data[KEY]["source"]["name"] == "first.csv"
