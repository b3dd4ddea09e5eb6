"""Start a Podium process, read its flushed log lines as they come, and SIGKILL it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class Victim:
    """A child process whose stdout lines are collected on a thread, so the test never blocks on it."""

    def __init__(self, args: list[str], env: dict[str, str], prefix: list[str] | None = None) -> None:
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            [*(prefix or []), sys.executable, *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self.stderr = ""
        self.ready = threading.Event()
        self._out = threading.Thread(target=self._read_out, daemon=True)
        self._err = threading.Thread(target=self._read_err, daemon=True)
        self._out.start()
        self._err.start()

    def _read_out(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if not line.endswith("\n"):
                break  # the kill cut this line mid-write: half a report is no report
            self.lines.append(line.rstrip("\n"))
            if line.startswith("READY"):
                self.ready.set()

    def _read_err(self) -> None:
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()

    def kill_after(self, seconds: float) -> float:
        """SIGKILL after ``seconds`` (an event wait, not a sleep); returns the monotonic kill time."""
        threading.Event().wait(seconds)
        return self.kill()

    def kill(self) -> float:
        at = time.monotonic()
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._out.join(timeout=10)
        self._err.join(timeout=10)
        return at

    def died_early(self) -> bool:
        """True if the process ended on its own before the kill (a crash the user would see)."""
        return self.proc.returncode != -signal.SIGKILL


def child_env(tmp: Path) -> dict[str, str]:
    """Offscreen Qt, settings and data in ``tmp``: the child touches nothing of the user's."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "PODIUM_DATA_DIR": str(tmp / "data"),
        "PYTHONUNBUFFERED": "1",
    }
