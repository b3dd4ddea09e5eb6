"""The presenter's keys and clocks, driven by a clock the test controls: no test sleeps."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from podium.core.rehearsal.talk_timer import TalkTimer, format_clock
from podium.core.rehearsal.timeplan import TimingSettings
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep
from tests.ui.conftest import Dialogs, FakeClock
from tests.ui.presenter_helpers import fixed_prep, make_presenter, press

K = Qt.Key
LAST_TIMED = 10  # the finance deck: 11 timed slides, then one backup slide


def test_navigation_keys_powerpoint_users_know(qtbot: QtBot, clock: FakeClock) -> None:
    p = make_presenter(qtbot, clock)
    for key, expected in [
        (K.Key_Right, 1), (K.Key_Space, 2), (K.Key_PageDown, 3), (K.Key_Down, 4), (K.Key_N, 5),
        (K.Key_Return, 6), (K.Key_Enter, 7), (K.Key_Left, 6), (K.Key_PageUp, 5), (K.Key_Up, 4),
        (K.Key_Backspace, 3), (K.Key_P, 2), (K.Key_End, LAST_TIMED), (K.Key_Home, 0), (K.Key_Left, 0),
    ]:  # fmt: skip
        press(qtbot, p, key)
        assert p.index == expected, key
        assert p.audience.view.index == expected and p.console.current.index == expected
    assert p.console.next_view.index == 1


def test_number_and_enter_jump_like_powerpoint(qtbot: QtBot, clock: FakeClock) -> None:
    p = make_presenter(qtbot, clock)
    press(qtbot, p, K.Key_1, K.Key_2)
    assert p.index == 0 and "Go to slide: 12" in p.console.counter.text()
    press(qtbot, p, K.Key_Return)
    assert p.index == 11  # the backup slide, reachable by number
    press(qtbot, p, K.Key_4, K.Key_7, K.Key_Backspace, K.Key_Enter)
    assert p.index == 3  # Backspace corrected the typo; Enter did not also advance
    press(qtbot, p, K.Key_9, K.Key_Escape)
    assert p.index == 3 and p.console.isVisible()  # Esc cleared the digits, did not leave
    press(qtbot, p, K.Key_9, K.Key_9, K.Key_Return)
    assert p.index == 11  # past the end: the last slide


def test_black_and_white_screens(qtbot: QtBot, clock: FakeClock) -> None:
    p = make_presenter(qtbot, clock)
    press(qtbot, p, K.Key_Right, K.Key_B)
    assert p.audience.view.blank == "black" and "black screen" in p.console.current.caption
    assert p.audience.view.grab().toImage().pixelColor(300, 200).name() == "#000000"
    press(qtbot, p, K.Key_Period)
    assert p.audience.view.blank == ""
    press(qtbot, p, K.Key_W)
    assert p.audience.view.grab().toImage().pixelColor(10, 10).name() == "#ffffff"
    press(qtbot, p, K.Key_Comma, K.Key_Comma)
    assert p.audience.view.blank == "white"
    press(qtbot, p, K.Key_Right)  # the first key back only lifts the blank, as in PowerPoint
    assert p.audience.view.blank == "" and p.index == 1
    press(qtbot, p, K.Key_B, K.Key_Escape)
    assert p.audience.view.blank == "" and p.console.isVisible()


def test_escape_closes_overlays_first_then_leaves(qtbot: QtBot, clock: FakeClock) -> None:
    p = make_presenter(qtbot, clock)
    press(qtbot, p, K.Key_Question)
    assert p.console.help.isVisible()
    assert "Black / white screen" in " ".join(
        w.text() for w in p.console.help.findChildren(type(p.console.counter))
    )
    press(qtbot, p, K.Key_Escape)
    assert not p.console.help.isVisible() and p.console.isVisible()
    press(qtbot, p, K.Key_F1)
    assert p.console.help.isVisible()
    press(qtbot, p, K.Key_Right)  # any other key closes the help and still does its job
    assert not p.console.help.isVisible() and p.index == 1
    with qtbot.waitSignal(p.closed, timeout=1000):
        press(qtbot, p, K.Key_Escape)
    assert not p.console.isVisible() and not p.audience.isVisible()


def test_overview_grid_jumps(qtbot: QtBot, clock: FakeClock) -> None:
    p = make_presenter(qtbot, clock)
    press(qtbot, p, K.Key_O)
    grid = p.console.overview
    assert grid.isVisible() and grid.list.count() == 12 and grid.list.currentRow() == 0
    assert "(backup)" in grid.list.item(11).text()
    qtbot.keyClick(grid.list, K.Key_Right)
    qtbot.keyClick(grid.list, K.Key_Right)
    qtbot.keyClick(grid.list, K.Key_Return)
    assert not grid.isVisible() and p.index == 2
    press(qtbot, p, K.Key_Tab)
    assert grid.isVisible() and grid.list.currentRow() == 2
    qtbot.keyClick(grid.list, K.Key_Escape)
    assert not grid.isVisible() and p.index == 2


def test_clock_starts_on_the_first_advance_and_pause_survives_slide_changes(
    qtbot: QtBot, clock: FakeClock
) -> None:
    p = make_presenter(qtbot, clock)
    clock.advance(120)  # waiting for the panel to sit down
    p.refresh_time()
    assert "Waiting" in p.console.status.text() and p.console.remaining.text() == "10:00 left"
    press(qtbot, p, K.Key_Right)
    clock.advance(65)
    p.refresh_time()
    assert p.console.elapsed.text() == "Elapsed 1:05" and p.console.remaining.text() == "8:55 left"
    press(qtbot, p, K.Key_S)  # pause
    clock.advance(300)
    press(qtbot, p, K.Key_Right, K.Key_Right, K.Key_Left)
    p.refresh_time()
    assert "PAUSED" in p.console.status.text() and p.console.elapsed.text() == "Elapsed 1:05"
    assert p.recorder.slide_seconds(2) == 0
    press(qtbot, p, K.Key_Pause)  # resume with the Pause key
    clock.advance(10)
    p.refresh_time()
    assert p.console.elapsed.text() == "Elapsed 1:15" and p.recorder.slide_seconds(2) == 10
    press(qtbot, p, K.Key_R)  # reset: a new run waits for a start
    p.refresh_time()
    assert p.console.elapsed.text() == "Elapsed 0:00" and "Waiting" in p.console.status.text()
    assert "remaining 10:00" in p.status_text()


def test_start_on_demand(qtbot: QtBot, clock: FakeClock) -> None:
    p = make_presenter(qtbot, clock, settings=TimingSettings(start_on_advance=False))
    clock.advance(7)
    assert p.recorder.elapsed == 7  # started when the console opened
    press(qtbot, p, K.Key_S)
    clock.advance(5)
    press(qtbot, p, K.Key_S)
    clock.advance(3)
    assert p.recorder.elapsed == 10


def test_strip_colours_pace_and_slide_budget(qtbot: QtBot, clock: FakeClock) -> None:
    p = make_presenter(qtbot, clock, settings=TimingSettings(warn_seconds=120, tolerance_seconds=10))
    press(qtbot, p, K.Key_S)
    clock.advance(20)
    press(qtbot, p, K.Key_Right)  # 5 s early off a 25 s title: within the tolerance
    clock.advance(30)
    p.refresh_time()
    assert p.console.strip.property("state") == "normal"
    assert p.console.pace.text() == "On plan"
    assert p.console.slide_timer.text() == "This slide 0:30 / 1:15"
    clock.advance(65)  # 95 s on a 75 s slide: 20 s over, less the 5 s gained on the title
    p.refresh_time()
    assert p.console.slide_timer.property("state") == "over"
    assert p.console.pace.text() == "15 s behind plan" and p.console.pace.property("state") == "behind"
    for _ in range(9):
        press(qtbot, p, K.Key_Right)
    clock.advance(365)  # 480 s gone: two minutes left
    p.refresh_time()
    assert p.console.strip.property("state") == "warning" and p.console.remaining.text() == "2:00 left"
    clock.advance(121)
    p.refresh_time()
    assert p.console.strip.property("state") == "over" and p.console.remaining.text() == "0:01 over"


def test_hard_stop_counts_to_the_clock_time(qtbot: QtBot, clock: FakeClock) -> None:
    prep = fixed_prep(qa_minutes=5)
    # now is 09:00; the slot ends 09:20 and Q&A takes 5 minutes: the talk must end 09:15
    p = make_presenter(qtbot, clock, prep=prep, settings=TimingSettings(hard_stop=time(9, 20)))
    clock.advance(360)  # a late start: 09:06
    press(qtbot, p, K.Key_S)
    p.refresh_time()
    assert p.console.remaining.text() == "9:00 left" and p.console.pace.text() == "1:00 behind plan"
    assert "talk ends 09:15, Q&A to 09:20" in p.console.clock.text()
    press(qtbot, p, K.Key_S)
    clock.advance(60)  # paused, but the hard stop does not wait
    p.refresh_time()
    assert p.console.remaining.text() == "8:00 left"


def test_notes_font_scroll_and_guidance(qtbot: QtBot, clock: FakeClock) -> None:
    prep = fixed_prep()
    prep.deck.slides[1].notes = "\n".join(f"Point {i}: revenue grew in the core market." for i in range(80))
    p = make_presenter(qtbot, clock, prep=prep)
    changed: list[object] = []
    p.settings_changed.connect(changed.append)
    press(qtbot, p, K.Key_Right)
    assert p.console.notes.toPlainText().startswith("Point 0")
    assert p.console.notes_info.text() == "Notes ≈ 4:34 to say · budget 1:15"
    size = p.console.notes.font().pixelSize()
    press(qtbot, p, K.Key_Plus, K.Key_Plus)
    assert p.console.notes.font().pixelSize() == size + 4 and p.settings.notes_points == size + 4 and changed
    press(qtbot, p, K.Key_Minus)
    assert p.console.notes.font().pixelSize() == size + 2
    bar = p.console.notes.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    press(qtbot, p, K.Key_Down, shift=True)
    assert bar.value() > 0 and p.index == 1  # Shift+↓ scrolls the notes, it does not advance
    press(qtbot, p, K.Key_Up, shift=True)
    assert bar.value() == 0
    assert not p.console.guidance.isVisible()
    press(qtbot, p, K.Key_G)
    assert p.console.guidance.isVisible() and p.console.guidance.text() == prep.deck.slides[1].guidance
    press(qtbot, p, K.Key_Right)
    assert p.console.guidance.text() == prep.deck.slides[2].guidance


def test_backup_slides_are_skipped_at_the_end(qtbot: QtBot, clock: FakeClock) -> None:
    saved: list = []
    p = make_presenter(qtbot, clock, saved=saved)
    press(qtbot, p, K.Key_End)  # End is an advance: the clock starts
    assert p.index == LAST_TIMED and "Next: End" in p.console.next_label.text()
    clock.advance(40)
    press(qtbot, p, K.Key_Right)  # past the closing slide, not into the appendix: the talk ends
    assert p.mode == "end" and p.index == LAST_TIMED
    assert p.console.pages.currentWidget() is p.console.end_card
    assert len(saved) == 1 and saved[0].completed and saved[0].total_seconds == 40
    assert "0:40 against a target of 10:00" in p.console.end_card.summary.text()


def test_format_clock_and_talk_timer() -> None:
    assert [format_clock(s) for s in (0, 5.9, 65, 3725, -12)] == ["0:00", "0:05", "1:05", "1:02:05", "-0:12"]
    assert [format_clock(s, countdown=True) for s in (899.99, 0.2, 0, -0.5)] == [
        "15:00",
        "0:01",
        "0:00",
        "-0:00",
    ]
    clock = FakeClock()
    timer = TalkTimer(300, clock)
    timer.start()
    clock.advance(10)
    timer.pause()
    clock.advance(100)
    assert timer.elapsed == 10 and not timer.running


def test_present_from_the_main_window_saves_the_run(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    window.create_preparation(make_prep("marketing", talk_minutes=15))
    window.present_action.trigger()
    presenter = window.presenter
    assert presenter is not None and presenter.console.isVisible() and presenter.audience.isVisible()
    press(qtbot, presenter, K.Key_Right)
    clock.advance(30)
    assert presenter.index == 1 and "remaining 14:30" in presenter.status_text()
    press(qtbot, presenter, K.Key_Escape)  # stopped after 30 s: kept as an unfinished run
    assert window.prep is not None
    runs = window.store.rehearsals(window.prep.id)
    assert len(runs) == 1 and not runs[0].completed and runs[0].total_seconds == 30
    assert window.workspace is not None
    assert "Stopped before the last slide" in window.workspace.rehearse.summary.text()


def test_next_slides_are_rendered_while_the_user_talks(qtbot: QtBot, clock: FakeClock) -> None:
    p = make_presenter(qtbot, clock)
    press(qtbot, p, K.Key_Right)
    qtbot.waitUntil(lambda: not p.warmer.isActive(), timeout=5000)
    for view in (p.console.current, p.console.next_view):
        for index in (2, 3, 0):  # the next two and the previous one
            assert p.cache.has(index, *view.pixmap_size(view.slide_rect(index)))


def test_an_empty_deck_is_not_presented(window: MainWindow, dialogs: Dialogs) -> None:
    prep = make_prep("finance")
    window.create_preparation(prep)
    assert window.prep is not None
    window.prep.deck.slides.clear()
    window.present_action.trigger()
    assert window.presenter is None and dialogs.infos[-1][1] == "The deck has no slides yet."


def test_closing_the_workspace_first_still_saves_the_run(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    prep = make_prep("marketing", talk_minutes=15)
    window.create_preparation(prep)
    window.present_action.trigger()
    presenter = window.presenter
    assert presenter is not None
    press(qtbot, presenter, K.Key_Right)
    clock.advance(45)
    window.show_library()  # the workspace goes away while the console is still open
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the workspace is deleted
    press(qtbot, presenter, K.Key_Escape)
    assert [r.total_seconds for r in window.store.rehearsals(prep.id)] == [45]


def test_every_overlay_key_toggles(qtbot: QtBot, clock: FakeClock) -> None:
    p = make_presenter(qtbot, clock)
    press(qtbot, p, K.Key_Question, shift=True)  # '?' as a keyboard sends it: with Shift
    assert p.console.help.isVisible()
    press(qtbot, p, K.Key_Question, shift=True)
    assert not p.console.help.isVisible() and p.console.isVisible()
    press(qtbot, p, K.Key_O)
    assert p.console.overview.isVisible()
    qtbot.keyClick(p.console.overview.list, K.Key_O)  # the overview has the keys while it is open
    assert not p.console.overview.isVisible() and p.index == 0
    for key, colour in ((K.Key_B, "black"), (K.Key_W, "white")):
        press(qtbot, p, key)
        assert p.audience.view.blank == colour
        press(qtbot, p, key)
        assert p.audience.view.blank == "" and p.index == 0


def test_the_counter_calls_an_imported_decks_hidden_slide_hidden(qtbot: QtBot, clock: FakeClock) -> None:
    p = make_presenter(qtbot, clock)
    assert p.console.counter_text(3, 9, "hidden", "") == "Slide 4 of 9 · hidden"
    assert p.console.counter_text(3, 9, True, "") == "Slide 4 of 9 · backup"


def test_skip_plan_on_k(qtbot: QtBot, clock: FakeClock) -> None:
    """K shows which slides to drop if the panel calls time at half the talk, and which to go to."""
    prep = make_prep("project-management", talk_minutes=15)
    p = make_presenter(qtbot, clock, prep=prep)
    assert not p.console.guidance.isVisible()
    press(qtbot, p, K.Key_K)
    text = p.console.guidance.text()
    assert p.console.guidance.isVisible() and text.startswith("If the panel stops you at half time, skip ")
    keys = [s.key for s in prep.deck.slides]
    go_to = text.split(" and go straight to ")[1]
    assert f"{keys.index('recommendations') + 1}. " in go_to and f"{keys.index('closing') + 1}. " in go_to
    assert prep.deck.slides[keys.index("monitoring")].title in text.split(" and go straight to ")[0]
    press(qtbot, p, K.Key_K)
    assert not p.console.guidance.isVisible()
