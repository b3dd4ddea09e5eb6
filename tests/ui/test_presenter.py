"""The presenter's keys and timer, driven by a clock the test controls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from podium.core.layout import layout_deck
from podium.core.talk_timer import TalkTimer, format_clock
from podium.ui.main_window import MainWindow
from podium.ui.presenter import PresenterWindow
from tests.helpers import make_prep
from tests.ui.conftest import FakeClock


def _presenter(qtbot: QtBot, clock: FakeClock) -> PresenterWindow:
    prep = make_prep("finance", talk_minutes=10)
    window = PresenterWindow(layout_deck(prep.deck, language="en"), talk_seconds=600, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_navigation_keys(qtbot: QtBot, clock: FakeClock) -> None:
    w = _presenter(qtbot, clock)
    last = len(w.layouts) - 1
    for key, expected in [
        (Qt.Key.Key_Right, 1), (Qt.Key.Key_Space, 2), (Qt.Key.Key_PageDown, 3), (Qt.Key.Key_Down, 4),
        (Qt.Key.Key_Left, 3), (Qt.Key.Key_PageUp, 2), (Qt.Key.Key_Up, 1), (Qt.Key.Key_End, last),
        (Qt.Key.Key_Right, last), (Qt.Key.Key_Home, 0), (Qt.Key.Key_Left, 0),
    ]:  # fmt: skip
        qtbot.keyClick(w, key)
        assert w.index == expected, key


def test_escape_closes(qtbot: QtBot, clock: FakeClock) -> None:
    w = _presenter(qtbot, clock)
    with qtbot.waitSignal(w.closed, timeout=1000):
        qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert not w.isVisible()


def test_timer_counts_from_the_clock(qtbot: QtBot, clock: FakeClock) -> None:
    w = _presenter(qtbot, clock)
    clock.advance(65)
    assert w.timer.elapsed == 65
    assert "elapsed 1:05" in w.status_text() and "remaining 8:55" in w.status_text()
    clock.advance(600)
    assert "remaining -1:05" in w.status_text()


def test_timer_pause_and_reset() -> None:
    clock = FakeClock()
    timer = TalkTimer(300, clock)
    assert not timer.started
    timer.start()
    clock.advance(10)
    timer.pause()
    clock.advance(100)
    assert timer.elapsed == 10 and not timer.running
    timer.toggle()
    clock.advance(5)
    assert timer.elapsed == 15 and timer.remaining == 285
    timer.reset()
    assert timer.elapsed == 0 and not timer.started


def test_format_clock() -> None:
    assert [format_clock(s) for s in (0, 5.9, 65, 3725, -12)] == ["0:00", "0:05", "1:05", "1:02:05", "-0:12"]
    assert [format_clock(s, countdown=True) for s in (899.99, 0.2, 0, -0.5)] == [
        "15:00",
        "0:01",
        "0:00",
        "-0:00",
    ]


def test_present_from_the_main_window(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    window.create_preparation(make_prep("marketing", talk_minutes=15))
    window.present_action.trigger()
    presenter = window.presenter
    assert presenter is not None and presenter.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    clock.advance(30)
    assert presenter.index == 1 and "remaining 14:30" in presenter.status_text()
    image = presenter.grab().toImage()
    assert image.width() > 0
