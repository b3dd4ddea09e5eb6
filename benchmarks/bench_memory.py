"""Idle memory: resident set of the started app against a bare Qt window, each in a fresh process.

Each child shows its window, waits for the first paint, lets the event loop idle
for a second, collects garbage and reports ``VmRSS``. Podium is measured twice:
on its library page as it starts, and with a 12-slide preparation open (the
workspace, thumbnails and preview painted).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from benchmarks.common import Result, process_env, size

CHILD = """
import gc, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
which = sys.argv[1]
if which == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    window.resize(1200, 780)
else:
    from podium import paths
    from podium.core.storage.store import Store
    from podium.ui.app import create_application
    from podium.ui.window.main_window import MainWindow
    app = create_application(["podium"])
    store = Store(paths.database_path())
    window = MainWindow(store)
    if which == "open":
        window.open_preparation(store.summaries()[0].id)

def report():
    gc.collect()
    with open("/proc/self/status") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    print(rss, flush=True)
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            QTimer.singleShot(1000, report)
        return False

spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""


@dataclass
class MemoryResult(Result):
    """A Result in megabytes: ``median`` and ``baseline`` hold MB, not seconds."""

    def row(self) -> str:
        goal = f"≤ {self.target:g}x" if self.target else ""
        verdict = "" if self.target is None else ("ok" if self.ratio <= self.target else "BIG")
        return (f"| {self.name} | {self.median:.0f} MB | {self.baseline_name} | {self.baseline:.0f} MB "
                f"| {self.ratio:.2f}x | {goal} {verdict} |")  # fmt: skip


def _rss_mb(which: str, env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, which], env=env, check=True, capture_output=True, text=True, timeout=120
    ).stdout
    return int(out.split()[-1]) / 1024


def run(repeat: int = 5) -> list[Result]:
    from tests.helpers import make_prep

    from podium.core.storage.store import Store

    data = tempfile.mkdtemp(prefix="podium-bench-memory-")
    with Store(os.path.join(data, "podium.sqlite3")) as store:
        store.save(make_prep("finance", "en", company="Nordvik AB"))
    env = {**process_env(), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PODIUM_DATA_DIR": data, "XDG_CONFIG_HOME": data}  # fmt: skip
    samples: dict[str, list[float]] = {"bare": [], "library": [], "open": []}
    for _ in range(size(repeat, 1)):
        for which, bucket in samples.items():
            bucket.append(_rss_mb(which, env))
    bare = statistics.median(samples["bare"])
    return [
        MemoryResult("idle memory after start (library)", statistics.median(samples["library"]),
                     "bare QMainWindow", bare, target=2.0),
        MemoryResult("idle memory, 12-slide preparation open", statistics.median(samples["open"]),
                     "bare QMainWindow", bare, target=1.5),
    ]  # fmt: skip


if __name__ == "__main__":
    from benchmarks.common import HEADER

    print(HEADER)
    for result in run():
        print(result.row())
