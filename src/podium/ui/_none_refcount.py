"""Work around PySide6 6.12.0 on Python 3.11: every void Qt call drops a reference to None.

Shiboken 6.12.0 returns ``Py_None`` from void methods (``QPainter.setFont``,
``QWidget.update``, ``QTimer.start``…) without taking a reference. Python 3.12
made None immortal, so there it is harmless; on 3.11 None's count (about 6,600
after start-up) falls by one per call and the process aborts with "Fatal Python
error: none_dealloc" within seconds of painting a deck. Podium runs on 3.11, and
the PySide6_Pdf wheel the presenter needs exists only for 6.12.0, so instead of
pinning an older Qt we give None a reference count that no session can use up
(2**40 calls). ``tests/proof/test_qt_refcount.py`` proves the fix holds and tells
when it is no longer needed.
"""

from __future__ import annotations

import ctypes
import sys

BALLAST = 1 << 40


def needed() -> bool:
    """True where None is mortal (Python before 3.12), the only place the leak can abort."""
    return sys.version_info < (3, 12)


def apply() -> None:
    """Raise None's reference count far beyond reach, once per process."""
    if not needed() or getattr(sys, "_podium_none_ballast", False):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += BALLAST
    sys._podium_none_ballast = True  # type: ignore[attr-defined]
