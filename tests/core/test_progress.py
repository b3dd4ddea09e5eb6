"""The progress handle pure code reports through: no Qt, safe across threads, cancel ends the work."""

from __future__ import annotations

import threading

import pytest

from podium.core.errors import Cancelled
from podium.core.progress import Progress, Tracker


def test_the_latest_report_is_kept_and_a_watcher_is_woken_once_per_batch() -> None:
    woken: list[int] = []
    tracker = Tracker(on_report=lambda: woken.append(1))
    tracker.report(0.2, "Reading budget.csv")
    tracker.report(1.5)  # out of range: clamped; no message: the last one stays
    assert woken == [1]  # the watcher has not taken the first report yet: no second wake-up
    assert tracker.take() == (1.0, "Reading budget.csv")
    tracker.report(-1, "Checking")
    assert woken == [1, 1] and tracker.take() == (0.0, "Checking")


def test_cancel_from_another_thread_stops_the_work_at_its_next_report() -> None:
    tracker = Tracker()
    at_step: list[int] = []
    reached, go_on = threading.Event(), threading.Event()

    def work(progress: Progress) -> None:
        for i in range(1000):
            progress.report(i / 1000)
            at_step.append(i)
            if i == 9:
                reached.set()
                assert go_on.wait(10)

    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: _catch(work, tracker, outcome))
    worker.start()
    assert reached.wait(10)
    tracker.cancel()  # the user, on another thread
    go_on.set()
    worker.join(10)
    assert at_step == list(range(10)) and isinstance(outcome[0], Cancelled)
    assert tracker.cancelled()
    with pytest.raises(Cancelled):
        tracker.check()


def _catch(work, tracker: Tracker, outcome: list[BaseException]) -> None:  # type: ignore[no-untyped-def]
    try:
        work(tracker)
    except Cancelled as exc:
        outcome.append(exc)
