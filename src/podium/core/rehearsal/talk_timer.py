"""Talk timing from an injected monotonic clock.

The presenter only repaints on a QTimer; elapsed time always comes from the
clock, so a stalled event loop never loses seconds and tests drive time exactly.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

Clock = Callable[[], float]


class TalkTimer:
    """Elapsed talk time with pause/resume, measured on ``clock`` (seconds, monotonic)."""

    def __init__(self, total_seconds: float, clock: Clock = time.monotonic) -> None:
        self.total_seconds = total_seconds
        self._clock = clock
        self._started_at: float | None = None  # clock reading when the current run began
        self._banked = 0.0  # seconds accumulated before the current run

    @property
    def started(self) -> bool:
        return self._started_at is not None or self._banked > 0

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()

    def pause(self) -> None:
        if self._started_at is not None:
            self._banked += self._clock() - self._started_at
            self._started_at = None

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self._started_at = None
        self._banked = 0.0

    @property
    def elapsed(self) -> float:
        running = self._clock() - self._started_at if self._started_at is not None else 0.0
        return self._banked + running

    @property
    def remaining(self) -> float:
        """Seconds left of the talk; negative once over time."""
        return self.total_seconds - self.elapsed


def format_clock(seconds: float, *, countdown: bool = False) -> str:
    """'4:05', '-0:12' or '1:02:03' for a number of seconds.

    A ``countdown`` rounds up while time remains, so a fresh 15-minute talk reads 15:00, not 14:59.
    """
    sign = "-" if seconds < 0 else ""
    whole = math.ceil(seconds) if countdown and seconds > 0 else int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
