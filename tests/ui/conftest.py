"""UI fixtures: a real store in a temp folder, a clock the test drives, message boxes recorded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from podium.core.storage.store import Store
from podium.ui.app import create_application
from podium.ui.common import messages
from podium.ui.window.main_window import MainWindow

NOW = datetime(2026, 11, 26, 9, 0)


class FakeClock:
    """A monotonic clock that only moves when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Dialogs:
    """Records message boxes and answers questions instead of showing modal dialogs."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirm_answer = True
        self.save_path = ""


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    d = Dialogs()
    monkeypatch.setattr(messages, "error", lambda _p, title, text: d.errors.append((title, text)))
    monkeypatch.setattr(messages, "info", lambda _p, title, text: d.infos.append((title, text)))
    monkeypatch.setattr(messages, "confirm", lambda *_a: d.confirm_answer)
    monkeypatch.setattr(messages, "ask_save_path", lambda *_a: d.save_path)
    return d


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    create_application()
    s = Store(tmp_path / "podium.sqlite3")
    yield s
    s.close()


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FakeClock, dialogs: Dialogs) -> Iterator[MainWindow]:
    w = MainWindow(store, clock=clock, now=lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # Close while the store is open and dialogs are still recorded: a save pending from the test's
    # last edit would otherwise run against a closed store and pop a real message box later.
    w.close()
