"""The one background-job class: progress in order, a cancel that stops the work, one sentence on
failure, the result on the UI thread, and nothing reaching a widget closed while the job ran.

The work functions below are held at chosen points with ``threading.Event`` handshakes, so each
test decides exactly where the worker is when the UI acts; nothing waits on the wall clock.
"""

from __future__ import annotations

import gc
import logging
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from podium.core.errors import RoleDataError
from podium.core.progress import Progress
from podium.ui.app import create_application
from podium.ui.common import jobs
from podium.ui.common.jobs import BusyDialog, Job

HOLD = 10  # seconds a handshake may take before the test fails instead of hanging


@pytest.fixture(autouse=True)
def app() -> None:
    create_application()


def record(job: Job) -> list[tuple[Any, ...]]:
    """Every signal the job emits, in order, with the thread it arrived on."""
    heard: list[tuple[Any, ...]] = []
    ui = QThread.currentThread()
    on_ui = lambda: QThread.currentThread() is ui  # noqa: E731
    job.progressed.connect(lambda f, m: heard.append(("progressed", f, m, on_ui())))
    job.succeeded.connect(lambda v: heard.append(("succeeded", v, on_ui())))
    job.failed.connect(lambda t: heard.append(("failed", t, on_ui())))
    job.cancelled.connect(lambda: heard.append(("cancelled", on_ui())))
    job.finished.connect(lambda: heard.append(("finished", on_ui())))
    return heard


def run(qtbot: QtBot, work: Callable[[Progress], Any], **options: Any) -> list[tuple[Any, ...]]:
    job = Job(work, **options)
    heard = record(job)
    with qtbot.waitSignal(job.finished, timeout=HOLD * 1000):
        job.start()
    return heard


def test_progress_arrives_in_order_on_the_ui_thread_then_the_result(qtbot: QtBot) -> None:
    seen = [threading.Event() for _ in range(3)]

    def work(progress: Progress) -> str:
        for i, step in enumerate(("Reading", "Checking", "Writing")):
            progress.report((i + 1) / 4, step)
            assert seen[i].wait(HOLD)  # the UI has shown this step before the next one starts
        progress.report(1.0)  # no message: the last one stays
        return "deck.pptx"

    job = Job(work)
    heard = record(job)
    job.progressed.connect(lambda f, _m: seen[round(f * 4) - 1].set() if f < 1 else None)
    with qtbot.waitSignal(job.finished, timeout=HOLD * 1000):
        job.start()
        assert job.running
    assert heard == [
        ("progressed", 0.25, "Reading", True),
        ("progressed", 0.5, "Checking", True),
        ("progressed", 0.75, "Writing", True),
        ("progressed", 1.0, "Writing", True),
        ("succeeded", "deck.pptx", True),
        ("finished", True),
    ]
    assert not job.running


def test_a_flood_of_reports_arrives_as_the_latest_in_order(qtbot: QtBot) -> None:
    def work(progress: Progress) -> int:
        for i in range(1, 20001):
            progress.report(i / 20000, f"row {i}")
        return 20000

    heard = run(qtbot, work)
    fractions = [h[1] for h in heard if h[0] == "progressed"]
    assert fractions == sorted(fractions) and 1 <= len(fractions) < 20000
    assert heard[-3:] == [
        ("progressed", 1.0, "row 20000", True),
        ("succeeded", 20000, True),
        ("finished", True),
    ]


def test_cancel_stops_the_work_at_its_next_report(qtbot: QtBot) -> None:
    started, go_on = threading.Event(), threading.Event()
    reached: list[int] = []

    def work(progress: Progress) -> str:
        for i in range(100):
            progress.report(i / 100)
            reached.append(i)
            if i == 0:
                started.set()
                assert go_on.wait(HOLD)
        return "all of it"

    job = Job(work)
    heard = record(job)
    job.start()
    assert started.wait(HOLD)
    job.cancel()
    assert job.is_cancelled and job.running  # asked; the work has not stopped yet
    with qtbot.waitSignal(job.cancelled, timeout=HOLD * 1000):
        go_on.set()
    assert reached == [0]  # the report after the cancel raised: step 1 never ran
    assert [h[0] for h in heard if h[0] != "progressed"] == ["cancelled", "finished"]
    assert not job.running
    job.cancel()  # too late: nothing happens


def test_a_result_that_arrives_after_cancel_is_dropped(qtbot: QtBot) -> None:
    started, go_on = threading.Event(), threading.Event()

    def work(_progress: Progress) -> str:  # never looks at the handle
        started.set()
        assert go_on.wait(HOLD)
        return "too late"

    job = Job(work)
    heard = record(job)
    job.start()
    assert started.wait(HOLD)
    job.cancel()
    with qtbot.waitSignal(job.finished, timeout=HOLD * 1000):
        go_on.set()
    assert heard == [("cancelled", True), ("finished", True)]


def test_an_error_meant_for_the_user_is_shown_as_it_is(qtbot: QtBot) -> None:
    def work(_progress: Progress) -> None:
        raise RoleDataError("budget.csv, row 14: 'tolv' is not a number.")

    assert run(qtbot, work) == [
        ("failed", "budget.csv, row 14: 'tolv' is not a number.", True),
        ("finished", True),
    ]


def test_a_bug_becomes_one_sentence_and_its_traceback_goes_to_the_log(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def find_column(table: dict[str, int]) -> int:
        return table["Amount"]

    heard = run(qtbot, lambda _p: find_column({}), failure="Podium could not read the file: %1")
    assert heard == [
        ("failed", "Podium could not read the file: KeyError: 'Amount'", True),
        ("finished", True),
    ]
    (entry,) = [r for r in caplog.records if r.name == jobs.__name__]
    assert entry.levelno == logging.ERROR and entry.exc_info is not None
    assert "find_column" in caplog.text and "Traceback" in caplog.text  # the details, for a bug report


def test_the_default_sentence_and_the_callers_own_words(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def bug(_progress: Progress) -> None:
        raise ZeroDivisionError

    (failed, _finished) = run(qtbot, bug)
    assert failed[1] == "Podium could not finish this: ZeroDivisionError. The details are in Podium's log."

    def out_of_memory(_progress: Progress) -> None:
        raise MemoryError

    (failed, _finished) = run(qtbot, out_of_memory)
    assert failed[1].startswith("There was not enough memory to finish.")
    explain = lambda e: "The data set does not fit in memory." if isinstance(e, MemoryError) else None  # noqa: E731
    (failed, _finished) = run(qtbot, out_of_memory, explain=explain)
    assert failed[1] == "The data set does not fit in memory."
    (failed, _finished) = run(qtbot, lambda _p: int("x"), expected=(ValueError,))
    assert failed[1] == "invalid literal for int() with base 10: 'x'"


def test_closing_the_widget_mid_job_reaches_nothing_and_crashes_nothing(qtbot: QtBot) -> None:
    started, go_on = threading.Event(), threading.Event()

    def work(progress: Progress) -> str:
        progress.report(0.5, "half")
        started.set()
        assert go_on.wait(HOLD)
        progress.report(0.9, "almost")  # reported after the widget is gone
        return "result"

    panel = QWidget()
    panel.show()
    job = Job(work, panel)
    deleted = False
    calls: list[str] = []

    def touch(what: str) -> None:  # what a real callback does: touch its widget
        calls.append(what)
        panel.setWindowTitle(what)
        if deleted:
            pytest.fail(f"{what} reached a deleted widget")

    job.progressed.connect(lambda _f, _m: touch("progressed"))
    job.succeeded.connect(lambda _v: touch("succeeded"))
    job.finished.connect(lambda: touch("finished"))
    job.start()
    assert started.wait(HOLD)
    with qtbot.waitSignal(panel.destroyed):
        panel.close()
        panel.deleteLater()  # the user closed the tab while its job ran
    deleted = True
    go_on.set()
    assert job.wait(HOLD * 1000)  # the outcome is in; a job started now is answered after it
    after = Job(lambda _p: None)
    with qtbot.waitSignal(after.finished, timeout=HOLD * 1000):
        after.start()
    assert "succeeded" not in calls and "finished" not in calls


def test_a_job_nobody_keeps_still_logs_a_bug(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    started, go_on = threading.Event(), threading.Event()

    def work(_progress: Progress) -> None:
        started.set()
        assert go_on.wait(HOLD)
        raise RuntimeError("lost in the pool")

    job = Job(work).start()
    assert started.wait(HOLD)
    gone = weakref.ref(job)
    del job
    gc.collect()
    assert gone() is None  # the job is gone; its work is not
    go_on.set()
    assert jobs.wait_idle(HOLD * 1000)
    after = Job(lambda _p: None)  # answered after the lost job's outcome, which is in
    with qtbot.waitSignal(after.finished, timeout=HOLD * 1000):
        after.start()
    assert "lost in the pool" in caplog.text


def test_shutdown_cancels_running_work_and_waits_for_it(qtbot: QtBot) -> None:
    started = threading.Event()
    stopped: list[str] = []

    def endless(progress: Progress) -> None:
        started.set()
        try:
            while True:
                progress.report(0.5)
        finally:
            stopped.append("stopped")

    job = Job(endless)
    job.start()
    assert started.wait(HOLD)
    with qtbot.waitSignal(job.cancelled, timeout=HOLD * 1000):
        assert jobs.shutdown(HOLD * 1000)  # what the application does as it quits
        assert stopped == ["stopped"]


def test_a_job_runs_once() -> None:
    job = Job(lambda _p: None).start()
    with pytest.raises(RuntimeError, match="runs once"):
        job.start()
    assert job.wait(HOLD * 1000)


def test_the_busy_dialog_follows_the_job_and_cancels_it(qtbot: QtBot, tmp_path: Path) -> None:
    panel = QWidget()
    qtbot.addWidget(panel)
    panel.show()
    shown, go_on = threading.Event(), threading.Event()

    def work(progress: Progress) -> None:
        progress.report(0.4, "page 4 of 10")
        assert shown.wait(HOLD)
        go_on.wait(HOLD)
        progress.report(0.5)  # cancelled meanwhile: raises

    job = Job(work, panel)
    busy = BusyDialog(job, "Writing brief.pdf …", panel, title="Research brief")
    assert busy.maximum() == 0  # busy, until the first fraction arrives
    job.progressed.connect(lambda _f, _m: shown.set())
    job.start()
    qtbot.waitUntil(lambda: busy.value() == 400)
    qtbot.waitUntil(busy.isVisible)  # the work takes longer than a moment: the dialog appears
    assert busy.labelText() == "Writing brief.pdf …" and busy.windowTitle() == "Research brief"
    assert busy.grab().save(str(tmp_path / "busy.png"))
    qtbot.mouseClick(busy.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert job.is_cancelled and not busy.isVisible()
    with qtbot.waitSignal(busy.destroyed, timeout=HOLD * 1000):
        go_on.set()  # the work stops at its next report; the dialog goes with the job
