"""Where the presenter's two windows go: the audience full screen on the second screen (swap
on demand), or, on one screen or in a video call, two ordinary windows side by side so the
audience window can be shared alone while the console stays private."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def screen_roles(count: int, primary: int, swapped: bool, video_call: bool) -> tuple[int, int, bool]:
    """(console screen, audience screen, full screen?) for ``count`` screens."""
    if count < 2 or video_call:
        return primary, primary, False
    other = next(i for i in range(count) if i != primary)
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
    else:
        area = screens[primary_index].availableGeometry() if screens else None
        audience.showNormal()
        console.showNormal()
        if area is not None:  # the console the larger, the audience beside it at 16:9
            console_w = round(area.width() * 0.62)
            console.setGeometry(area.x(), area.y(), console_w, round(area.height() * 0.9))
            audience_w = area.width() - console_w
            audience.setGeometry(area.x() + console_w, area.y(), audience_w, round(audience_w * 9 / 16))
    console.raise_()
    return full
