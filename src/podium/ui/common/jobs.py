"""Every long task runs as a ``Job``: on Qt's thread pool, with progress, cancel and one clear outcome.

The work is a plain function of one ``core.progress.Progress``; it may report fractions and
messages, and stops at its next report (or ``check()``) once ``cancel()`` was called. The
job answers on the UI thread with ``progressed`` while it runs, then exactly one of
``succeeded(result)``, ``failed(message)`` or ``cancelled()``, then ``finished()``. A failure is
one sentence for the user: the text of an exception the work raises for users (``expected``),
or, for a bug, the caller's ``failure`` sentence with the exception's name, the traceback going
to the log and never onto the screen.

The worker thread never calls Qt on the job's behalf: it leaves its reports and its outcome in
plain Python objects, and the relay, one object on the UI thread, collects them on a short
timer while any job runs. Two reasons. Closing the widget that started a job is safe at any
moment: the relay hands a report to the job only while the job still exists, so a job whose
parent was deleted hears nothing and no callback reaches a deleted object. And PySide keeps the
GIL while it runs Qt code: a worker that connects or queues a signal waits for one of Qt's
internal signal locks while holding the GIL, and the UI thread, destroying a widget, holds such
a lock while it waits for the GIL (to ask whether Python overrides ``disconnectNotify``).
Podium's suite hung that way once, with a worker laying out a QTextDocument. So the work, too,
leaves Qt objects that have signals (QTextDocument, QSvgRenderer) to the UI thread; painting
on a QImage or QPdfWriter is fine.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from podium.core.errors import Cancelled, ExportError, RoleDataError, RoleError
from podium.core.progress import Progress, Tracker

log = logging.getLogger(__name__)

Work = Callable[[Progress], Any]
USER_ERRORS: tuple[type[BaseException], ...] = (ExportError, RoleDataError, RoleError)
SHOW_AFTER_MS = 400  # a busy dialog appears only when the work takes longer than this
COLLECT_MS = 15  # how often the relay collects reports while a job runs (a frame is 16 ms)

_runs: set[_Run] = set()  # work on the pool now, for shutdown()
_runs_lock = threading.Lock()


class Job(QObject):
    """One long task. Connect the signals, then ``start()``; a job runs once and deletes itself after.

    Give the widget that shows the outcome as ``parent``: when it is deleted, so is the job,
    and the work's outcome goes nowhere. ``expected`` are the exception types whose text is
    meant for the user; ``failure`` is the sentence shown for any other exception, with
    ``%1`` standing for its name and text; ``explain`` may turn an exception into a sentence
    of its own (or return None to leave it to the rules above).
    """

    progressed = Signal(float, str)  # fraction done (0..1), what the work says it is doing ("" = nothing)
    succeeded = Signal(object)  # what the work returned
    failed = Signal(str)  # one sentence for the user
    cancelled = Signal()  # the work stopped after cancel(), or finished but its result was dropped
    finished = Signal()  # after each of the three above

    def __init__(
        self,
        work: Work,
        parent: QObject | None = None,
        *,
        expected: tuple[type[BaseException], ...] = USER_ERRORS,
        failure: str = "",
        explain: Callable[[BaseException], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._errors = _Errors(expected, failure, explain)
        self._run: _Run | None = None
        self._running = False

    @property
    def running(self) -> bool:
        """Started and its outcome not yet delivered."""
        return self._running

    @property
    def is_cancelled(self) -> bool:
        return self._run is not None and self._run.tracker.cancelled()

    def start(self, pool: QThreadPool | None = None) -> Job:
        """Queue the work on ``pool`` (Qt's global pool by default); returns the job itself."""
        if self._run is not None:
            raise RuntimeError("a Job runs once; make a new one")
        relay = _relay()
        self._run = run = _Run(self, self._errors)
        self._running = True
        with _runs_lock:
            _runs.add(run)
        relay.watch(run)
        (pool or QThreadPool.globalInstance()).start(_Runner(run, self._work))
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next report or check; ``cancelled`` follows when it has."""
        if self._run is not None and self._running:
            self._run.tracker.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the work has returned (shutdown and tests); the outcome still arrives queued."""
        return self._run is None or self._run.returned.wait(msecs / 1000)

    # ------------------------------------------------ the UI thread, from the relay

    def _progress(self, fraction: float, message: str) -> None:
        if self._running and not self.is_cancelled:
            self.progressed.emit(fraction, message)

    def _outcome(self, kind: str, value: Any) -> None:
        self._running = False
        if kind == "succeeded":
            self.succeeded.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()
        self.deleteLater()  # a job runs once; its Python-side state (running, wait()) stays readable


class _Errors:
    """How a job's exceptions read to the user (see ``Job``)."""

    def __init__(
        self,
        expected: tuple[type[BaseException], ...],
        failure: str,
        explain: Callable[[BaseException], str | None] | None,
    ) -> None:
        self.expected, self.failure, self.explain = expected, failure, explain

    def message(self, exc: BaseException) -> str:
        return failure_message(exc, expected=self.expected, failure=self.failure, explain=self.explain)


def failure_message(
    exc: BaseException,
    *,
    expected: tuple[type[BaseException], ...] = USER_ERRORS,
    failure: str = "",
    explain: Callable[[BaseException], str | None] | None = None,
) -> str:
    """The one sentence the user reads for ``exc`` (the rules of ``Job``); a bug's traceback goes
    to the log. For the few tasks short enough to stay on the UI thread."""
    if explain is not None and (text := explain(exc)):
        return text
    if isinstance(exc, expected):
        return str(exc)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "Job",
            "There was not enough memory to finish. Close other programs, or try something smaller.",
        )
    log.error("a task failed", exc_info=(type(exc), exc, exc.__traceback__))
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    template = failure or QCoreApplication.translate(
        "Job", "Podium could not finish this: %1. The details are in Podium's log."
    )
    return template.replace("%1", detail)


class _Run:
    """One run of a job: what the worker thread and the UI thread share, plain Python only."""

    def __init__(self, job: Job, errors: _Errors) -> None:
        self.job = weakref.ref(job)
        self.news = False  # a report waits to be collected (set by the worker, cleared by the relay)
        self.tracker = Tracker(on_report=self._reported)
        self.errors = errors
        self.returned = threading.Event()  # the work is over and ok/value hold its outcome
        self.delivered = False
        self.ok = False
        self.value: Any = None

    def _reported(self) -> None:  # the worker thread
        self.news = True

    def live_job(self) -> Job | None:
        job = self.job()
        return job if job is not None and shiboken6.isValid(job) else None

    def deliver_progress(self) -> None:
        self.news = False
        fraction, message = self.tracker.take()
        job = self.live_job()
        if job is not None:
            job._progress(fraction, message)

    def deliver_outcome(self) -> None:
        self.delivered = True
        value, self.value = self.value, None  # drop the exception's frames once handled
        if self.ok:
            kind, payload = "succeeded", value
        elif isinstance(value, Cancelled):
            kind, payload = "cancelled", None
        else:  # worded (and a bug logged) even when nobody is left to tell, or the user cancelled
            kind, payload = "failed", self.errors.message(value)
        if self.tracker.cancelled():
            kind, payload = "cancelled", None  # what the work did after the cancel is not wanted
        job = self.live_job()
        if job is not None:
            job._outcome(kind, payload)


class _Relay(QObject):
    """Collects the runs' reports and outcomes on the UI thread; lives as long as the application."""

    def __init__(self) -> None:
        super().__init__()
        self._watched: list[_Run] = []
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_MS)
        self._timer.timeout.connect(self._collect)

    def watch(self, run: _Run) -> None:
        self._watched.append(run)
        self._timer.start()

    def _collect(self) -> None:
        # A slot below may process events (a modal progress dialog does) and so run this again:
        # each step checks that the run's outcome has not been delivered meanwhile.
        for run in list(self._watched):
            over = run.returned.is_set()  # read first: the reports before it are all in by then
            if run.news and not run.delivered:
                run.deliver_progress()
            if over and not run.delivered:
                run.deliver_outcome()
        self._watched = [run for run in self._watched if not run.delivered]
        if not self._watched:
            self._timer.stop()


_the_relay: _Relay | None = None


def _relay() -> _Relay:
    global _the_relay
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("start jobs from the UI thread of a running Qt application")
    if _the_relay is None:
        _the_relay = _Relay()
        app.aboutToQuit.connect(shutdown)
    return _the_relay


class _Runner(QRunnable):
    def __init__(self, run: _Run, work: Work) -> None:
        super().__init__()
        self._run, self._work = run, work

    def run(self) -> None:  # the worker thread: plain Python only, no Qt call (see the module docstring)
        run = self._run
        try:
            run.tracker.check()  # cancelled while it waited for a thread
            run.value, run.ok = self._work(run.tracker), True
        except BaseException as exc:  # every outcome reaches the UI thread; none dies in the pool
            run.value = exc
        finally:
            run.returned.set()
            with _runs_lock:
                _runs.discard(run)


def shutdown(msecs: int = 5000) -> bool:
    """Cancel every job still running and wait for its work to stop (the application is quitting)."""
    with _runs_lock:
        running = list(_runs)
    for run in running:
        run.tracker.cancel()
    return wait_idle(msecs)


def wait_idle(msecs: int = 30000) -> bool:
    """Block until no job's work is running; the relay delivers each outcome at its next collection."""
    with _runs_lock:
        running = list(_runs)
    return all(run.returned.wait(msecs / 1000) for run in running)


class BusyDialog(QProgressDialog):
    """The window-modal progress dialog of one job: it appears only if the job takes a moment
    (``SHOW_AFTER_MS``), follows the job's progress, cancels it with Cancel or Esc, and closes
    itself (and is deleted) when the job is over."""

    def __init__(self, job: Job, label: str, parent: QWidget, *, title: str = "") -> None:
        super().__init__(label, QCoreApplication.translate("Job", "Cancel"), 0, 0, parent)
        self.setObjectName("busyDialog")
        if title:
            self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.canceled.connect(job.cancel)
        job.progressed.connect(self._progressed)
        job.finished.connect(self._over)
        self.setValue(0)  # starts the clock after which the dialog shows itself

    def _progressed(self, fraction: float, _message: str) -> None:
        if self.maximum() == 0:  # busy until the first fraction arrives
            self.setRange(0, 1000)
        self.setValue(max(1, round(fraction * 1000)))

    def _over(self) -> None:
        self.reset()
        self.hide()
        self.deleteLater()
