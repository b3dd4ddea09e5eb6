"""Long painting sessions do not abort: void Qt calls leave None's reference count alone.

PySide6 6.12.0's Shiboken returns None from void methods (``QPainter.setFont``, ``QWidget.update``,
``QTimer.start``…) without taking a reference. Python 3.12 made None immortal; on 3.11, which Podium
supports, None's count (about 5,000 after start-up) falls by one per call and the process aborts with
"Fatal Python error: none_dealloc" within seconds of painting a deck. pyproject.toml leaves that
release out and Podium patches nothing in the interpreter, so these tests fail on any installed
PySide6 that brings the bug back. Each runs in a child process, where an abort cannot take pytest down.
"""

from __future__ import annotations

import json
import subprocess
import sys

PAINT_A_LOT = """
import sys
import podium.ui
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication.instance() or QApplication([])
image = QImage(64, 64, QImage.Format.Format_ARGB32)
painter = QPainter(image)
font, widget = QFont("Carlito", 12), QWidget()
for _ in range(60000):  # about as many void calls as painting a dozen thumbnails twenty times
    painter.setFont(font)
    painter.fillRect(QRectF(0, 0, 4, 4), QColor("#2F6FDE"))
    widget.update()
painter.end()
print("painted", flush=True)
"""

COUNT_LOST = """
import json, sys
from PySide6.QtCore import QPointF, QRectF, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QLabel, QWidget
app = QApplication.instance() or QApplication([])
image = QImage(64, 64, QImage.Format.Format_ARGB32)
painter = QPainter(image)
font, widget, timer, label = QFont("Carlito", 12), QWidget(), QTimer(), QLabel()
pen, colour, rect = QPen(QColor("#000000")), QColor("#2F6FDE"), QRectF(0, 0, 4, 4)
calls = {
    "QPainter.setFont": lambda: painter.setFont(font),
    "QPainter.setPen": lambda: painter.setPen(pen),
    "QPainter.fillRect": lambda: painter.fillRect(rect, colour),
    "QPainter.drawLine": lambda: painter.drawLine(QPointF(0, 0), QPointF(3, 3)),
    "QWidget.update": lambda: widget.update(),
    "QTimer.start": lambda: timer.start(1000),
    "QLabel.setText": lambda: label.setText("x"),
}
lost = {}
for name, call in calls.items():
    for _ in range(100):  # warm up: first calls may fill caches that hold None
        call()
    before = sys.getrefcount(None)
    for _ in range({calls}):
        call()
    lost[name] = before - sys.getrefcount(None)
painter.end()
print(json.dumps(lost), flush=True)
"""

CALLS = 300  # per kind; all kinds together stay below None's ~5,000 references: a leak is counted


def _run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )


def test_painting_for_a_long_session_does_not_abort() -> None:
    result = _run(PAINT_A_LOT)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "painted" in result.stdout


def test_void_qt_calls_do_not_drop_references_to_none() -> None:
    """The leak itself, per kind of call: 6.12.0 loses one reference per call."""
    result = _run(COUNT_LOST.replace("{calls}", str(CALLS)))
    assert result.stdout.strip(), result.stderr[-2000:]
    lost = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(lost) == 7
    leaking = {name: count for name, count in lost.items() if count > CALLS // 10}
    assert not leaking, f"None references lost in {CALLS} calls: {leaking}"
    assert result.returncode == 0, result.stderr[-2000:]  # a leaking release aborts at exit at the latest
