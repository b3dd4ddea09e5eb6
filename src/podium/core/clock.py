"""The one place Podium reads the calendar and the wall clock.

Document content depends on the date (example plans start next month, countdowns, file
stamps), so every such read goes through here and tests set it: a result never depends on
the day or the machine. ``tests/core/test_clock.py`` fails when code elsewhere in ``src/``
calls ``date.today()``, ``datetime.now()``, ``time.time()`` or Qt's ``currentDateTime()``.

Durations on screen (the talk timer) use ``time.monotonic`` / ``QElapsedTimer`` instead,
injected where they are used: they measure how long, not what day it is.

A fixed instant comes from :func:`set_now` (in-process) or from the environment variable
``PODIUM_NOW`` (ISO 8601, local time), which child processes inherit, so a test can run the
command line on a chosen day. A fixed clock still ticks: it starts at the given instant and
moves on with the monotonic clock, so edits keep their order.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

ENV = "PODIUM_NOW"

_fixed: tuple[datetime, float] | None = None  # (instant, monotonic reading when it was set)


def _from_env() -> tuple[datetime, float] | None:
    raw = os.environ.get(ENV, "").strip()
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        return None  # a malformed override is ignored rather than breaking the app
    return _naive_local(value), time.monotonic()


def _naive_local(value: datetime) -> datetime:
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


_env_fixed = _from_env()


def now() -> datetime:
    """The local wall-clock time, naive (as ``datetime.now()`` gives)."""
    fixed = _fixed or _env_fixed
    if fixed is None:
        return datetime.now()  # the seam itself
    instant, since = fixed
    return instant + timedelta(seconds=time.monotonic() - since)


def utcnow() -> datetime:
    """The same instant, aware, in UTC: for stamps stored in files."""
    return now().astimezone(UTC)


def today() -> date:
    """The local calendar day."""
    return now().date()


def set_now(value: datetime | None) -> None:
    """Fix the clock at ``value`` (it ticks on from there); ``None`` gives the real clock back."""
    global _fixed
    _fixed = None if value is None else (_naive_local(value), time.monotonic())


@contextmanager
def fixed(value: datetime) -> Iterator[None]:
    """Within the block, the clock starts at ``value``."""
    previous = _fixed
    set_now(value)
    try:
        yield
    finally:
        globals()["_fixed"] = previous
