"""Reading and analysing a data set on Qt's thread pool, with progress and a cancel that stops the work.

The work function receives a ``progress(fraction)`` callable; once the user
cancels, the next call raises ``Cancelled`` inside the work, so a long read
stops where it is. Results and errors come back through queued signals, so
slots run on the UI thread, and a cancelled job's result is never delivered.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from podium.core.errors import RoleDataError
from podium.roles.finance.reader import Cancelled


class DataJob(QObject):
    """One background job. Connect the signals, then ``start()``."""

    progress = Signal(float)  # 0..1
    done = Signal(object)
    failed = Signal(str)  # a message for the user
    cancelled = Signal()

    def __init__(self, work: Callable[[Callable[[float], None]], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self, quiet: bool = False) -> None:
        """Stop the work at its next progress report; ``cancelled`` is emitted at once unless ``quiet``."""
        if self._cancel.is_set():
            return
        self._cancel.set()
        if not quiet:
            self.cancelled.emit()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, fraction: float) -> None:  # called on the worker thread
        if self._cancel.is_set():
            raise Cancelled
        with contextlib.suppress(RuntimeError):  # the panel was closed meanwhile
            self.progress.emit(fraction)

    def _finish(self, signal: Any, value: Any) -> None:  # on the worker thread
        if self._cancel.is_set():
            return
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class _Runner(QRunnable):
    def __init__(self, job: DataJob) -> None:
        super().__init__()
        self._job = job  # keeps the QObject alive until the work is over

    def run(self) -> None:
        job = self._job
        try:
            value = job._work(job.report)
        except Cancelled:
            return
        except RoleDataError as exc:
            job._finish(job.failed, str(exc))
        except MemoryError:
            job._finish(
                job.failed,
                QCoreApplication.translate(
                    "DataJob", "The data set does not fit in memory. Import a smaller extract."
                ),
            )
        except Exception as exc:  # never lost in the pool: the user hears what went wrong
            job._finish(
                job.failed,
                QCoreApplication.translate("DataJob", "Podium could not read the data set: %1").replace(
                    "%1", f"{type(exc).__name__}: {exc}"
                ),
            )
        else:
            job._finish(job.done, value)
