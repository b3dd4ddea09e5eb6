"""Read a register or plan file on Qt's thread pool, with a busy dialog the user can cancel.

Parsing a large workbook takes a noticeable moment (openpyxl reads 500 rows in about
0.2 s, thousands in seconds), so the file is read off the UI thread; the result comes
back through a queued signal and is dropped if the user cancelled.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 400  # quick reads never flash a dialog


class FileRead(QObject):
    """One background read; ``done`` or ``failed`` arrives on the UI thread unless cancelled."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._work = work
        self._cancelled = threading.Event()
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self.cancel)
        self.done.connect(self._close)
        self.failed.connect(self._close)

    def start(self) -> None:
        self.progress.setValue(0)
        QThreadPool.globalInstance().start(_Runner(self))

    def cancel(self) -> None:
        self._cancelled.set()
        self._close()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _close(self, *_args: object) -> None:
        self.progress.reset()
        self.progress.hide()

    def _finish(self, ok: bool, value: Any) -> None:  # on the worker thread
        if self._cancelled.is_set():
            return
        with contextlib.suppress(RuntimeError):  # the panel was closed while the file was read
            (self.done if ok else self.failed).emit(value)


class _Runner(QRunnable):
    def __init__(self, read: FileRead) -> None:
        super().__init__()
        self._read = read

    def run(self) -> None:
        try:
            value = self._read._work()
        except Exception as exc:  # reported to the user, never lost in the pool
            self._read._finish(False, exc)
        else:
            self._read._finish(True, value)
