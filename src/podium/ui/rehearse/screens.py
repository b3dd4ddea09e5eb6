"""Where the presenter's two windows go. Two screens: console and audience each full screen on
its own (swap on demand). One screen, or a video call: the console full screen and the audience
as an ordinary window kept above it (on the second screen when there is one), so it can be
shared alone in the call while the console stays private."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def screen_roles(count: int, primary: int, swapped: bool, video_call: bool) -> tuple[int, int, bool]:
    """(console screen, audience screen, full screen?) for ``count`` screens."""
    other = next((i for i in range(count) if i != primary), primary)
    if count < 2 or video_call:
        return primary, other, False
    return (other, primary, True) if swapped else (primary, other, True)


def place_windows(console: QWidget, audience: QWidget, *, swapped: bool, video_call: bool) -> bool:
    """Show both windows where they belong; True when each has a screen of its own."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    primary_index = screens.index(primary) if primary in screens else 0
    console_at, audience_at, full = screen_roles(len(screens), primary_index, swapped, video_call)
    if full:
        for window, at in ((audience, audience_at), (console, console_at)):
            window.showNormal()
            window.setScreen(screens[at])
            window.setGeometry(screens[at].geometry())
            window.showFullScreen()
        console.raise_()
        return full
    console.showNormal()
    if screens:
        console.setScreen(screens[console_at])
        console.setGeometry(screens[console_at].geometry())
    console.showFullScreen()
    on_top = Qt.WindowType.WindowStaysOnTopHint
    if not audience.windowFlags() & on_top:
        audience.setWindowFlag(on_top, True)  # above the full-screen console, ready to share
    audience.showNormal()
    if screens:  # 16:9, 40% of the screen wide, over the console's own copy of the slide (lower left)
        area = screens[audience_at].availableGeometry()
        width = round(area.width() * 0.4)
        height = round(width * 9 / 16)
        audience.setGeometry(area.x() + 24, area.bottom() - height - 96, width, height)
    audience.raise_()
    return full
