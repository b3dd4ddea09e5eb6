"""How a long task reports progress and hears that the user cancelled, without knowing about Qt.

A long function takes a ``Progress`` and calls ``report(fraction, message)`` between steps;
once the user has cancelled, that call raises ``core.errors.Cancelled``, so the function
stops there and its ``atomic_write`` or transaction leaves nothing half-done. Code that cannot
report a fraction (a network read) polls ``cancelled()`` or calls ``check()``.

``Tracker`` is the one implementation: thread-safe, it is what ``ui.common.jobs.Job`` hands
the work on the worker thread, and what tests and the command line pass when nobody watches.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from podium.core.errors import Cancelled


class Progress(Protocol):
    """The handle a long function receives (see the module docstring)."""

    def report(self, fraction: float, message: str = "") -> None:
        """How far the work is (0..1) and, optionally, what it is doing now; raises Cancelled."""

    def check(self) -> None:
        """Raise Cancelled if the user cancelled; for steps that have no fraction to report."""

    def cancelled(self) -> bool:
        """Whether the user cancelled (for code that must tidy up before it raises)."""


class Tracker:
    """A ``Progress`` that remembers the latest report and can be cancelled from another thread.

    ``on_report`` runs on the reporting thread when a report arrives and no earlier one is
    waiting to be taken: a watcher is woken once per batch and reads only the latest with
    ``take()``, so a function reporting thousands of times a second cannot flood it.
    """

    def __init__(self, on_report: Callable[[], None] | None = None) -> None:
        self._on_report = on_report
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._fraction = 0.0
        self._message = ""
        self._waiting = False

    def report(self, fraction: float, message: str = "") -> None:
        self.check()
        with self._lock:
            self._fraction = min(1.0, max(0.0, float(fraction)))
            if message:
                self._message = message
            wake, self._waiting = not self._waiting, True
        if wake and self._on_report is not None:
            self._on_report()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Make the next ``report`` or ``check`` raise Cancelled (safe from any thread)."""
        self._cancel.set()

    def take(self) -> tuple[float, str]:
        """The latest fraction and message (the message stays until a report names another)."""
        with self._lock:
            self._waiting = False
            return self._fraction, self._message
