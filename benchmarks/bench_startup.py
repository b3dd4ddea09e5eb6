"""Cold start to the first painted main window, against a bare QApplication + QMainWindow."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from benchmarks.common import Result, interleaved, process_env

BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = F()
w.installEventFilter(f)
w.resize(1200, 780)
w.show()
app.exec()
"""


def run(repeat: int = 7) -> Result:
    data = tempfile.mkdtemp(prefix="podium-bench-")
    env = {**process_env(), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PODIUM_DATA_DIR": data, "PODIUM_QUIT_AFTER_FIRST_PAINT": "1", "XDG_CONFIG_HOME": data}  # fmt: skip

    def podium() -> None:
        subprocess.run([sys.executable, "-m", "podium"], env=env, check=True, timeout=60)

    def bare() -> None:
        subprocess.run([sys.executable, "-c", BARE], env=env, check=True, timeout=60)

    podium()  # warm the OS file cache for both, as a second launch would be
    bare()
    t_podium, t_bare = interleaved(podium, bare, repeat)
    return Result("cold start to first paint", t_podium, "bare QMainWindow", t_bare, target=2.5)
