"""Where the windows go: the audience full screen on the second screen, a visible swap, and a
video-call mode whose audience window is its own window. Two screens come from Qt's offscreen
platform configured with two virtual screens, in a child process (a QApplication picks its
screens once)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from podium.core.rehearsal.timeplan import TimingSettings
from podium.ui.rehearse.screens import screen_roles
from tests.ui.conftest import FakeClock
from tests.ui.presenter_helpers import make_presenter, press

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import json
    from podium.ui.app import create_application
    app = create_application()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from podium.core.rehearsal.timeplan import TimingSettings
    from podium.ui.rehearse.launch import source_and_plan
    from podium.ui.rehearse.presenter import Presenter
    from tests.helpers import make_prep

    source, plan = source_and_plan(make_prep("finance", talk_minutes=10))
    p = Presenter(source, plan, TimingSettings(), clock=lambda: 1000.0)
    p.show()
    app.processEvents()
    where = lambda: {"console": p.console.screen().name(), "audience": p.audience.screen().name(),
                     "audience_full": p.audience.isFullScreen(), "console_full": p.console.isFullScreen(), "swap": p.console.buttons["swap"].isEnabled(),
                     "audience_size": [p.audience.width(), p.audience.height()]}
    out = [where()]
    QTest.keyClick(p.console, Qt.Key.Key_X)
    app.processEvents()
    out.append(where())
    p.console.buttons["video_call"].click()
    app.processEvents()
    out.append(where())
    print(json.dumps(out))
    p.close()
    """
)


def test_two_screens_swap_and_video_call(tmp_path: Path) -> None:
    screens = {
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
            {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        ]
    }  # fmt: skip
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    first, swapped, video = json.loads(result.stdout.strip().splitlines()[-1])
    assert first == {"console": "laptop", "audience": "projector", "audience_full": True, "console_full": True,
                     "swap": True, "audience_size": [1920, 1080]}  # fmt: skip
    assert (swapped["console"], swapped["audience"], swapped["audience_full"]) == (
        "projector",
        "laptop",
        True,
    )
    assert video["audience_full"] is False and video["swap"] is False  # its own window, to share alone
    assert video["console"] == "laptop" and video["console_full"] is True


def test_screen_roles() -> None:
    assert screen_roles(1, 0, False, False) == (0, 0, False)  # one screen: console full, audience a window
    assert screen_roles(2, 0, False, False) == (0, 1, True)
    assert screen_roles(2, 0, True, False) == (1, 0, True)
    assert screen_roles(3, 1, False, False) == (1, 0, True)
    assert screen_roles(2, 0, False, True) == (0, 1, False)  # a call: the shared window on the other screen


def test_single_screen_video_call_mode(qtbot: QtBot, clock: FakeClock) -> None:
    p = make_presenter(qtbot, clock, settings=TimingSettings(video_call=True))
    assert p.audience.isVisible() and not p.audience.isFullScreen()
    assert p.console.isFullScreen()  # the console owns the screen; the audience window sits above it
    assert p.audience.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert p.audience.windowTitle() == "Podium — audience (share this window)"
    assert p.console.isWindow() and p.audience.isWindow() and p.console.window() is not p.audience.window()
    assert not p.console.buttons["swap"].isEnabled() and p.console.buttons["video_call"].isChecked()
    # the shared window shows the slide only: no clocks, no notes
    assert p.audience.findChildren(type(p.console.notes)) == [] and p.audience.view.index == 0
    qtbot.keyClick(p.audience, Qt.Key.Key_Right)  # keys work in the shared window too
    assert p.index == 1
    press(qtbot, p, Qt.Key.Key_X)  # nothing to swap on one screen
    assert not p.swapped
