"""Run a slow function on Qt's thread pool and hear back on the UI thread.

The function gets a ``cancelled()`` callable to poll. Results and errors arrive
through queued signals, so slots always run on the UI thread; once ``cancel()``
is called the task's result is dropped even if the function finishes anyway.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Task(QObject):
    """One background job. Connect ``done``/``failed`` before calling ``start()``."""

    done = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, work: Callable[[Callable[[], bool]], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        self._cancel.set()
        self.running = False

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, pool: QThreadPool | None = None, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests and shutdown only)."""
        return (pool or QThreadPool.globalInstance()).waitForDone(msecs)

    def _finish(self, ok: bool, value: Any) -> None:  # runs on the worker thread
        if self._cancel.is_set():
            return
        self.running = False
        (self.done if ok else self.failed).emit(value)


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task  # holds the QObject alive until the work is over

    def run(self) -> None:
        try:
            result = self._task._work(self._task.cancelled)
        except Exception as exc:  # reported to the UI, never lost in the pool
            self._task._finish(False, exc)
        else:
            self._task._finish(True, result)
