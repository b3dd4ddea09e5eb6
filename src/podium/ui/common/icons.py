"""Podium's icons, drawn from SVG so they stay crisp at any screen scale."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from podium import paths


def app_icon() -> QIcon:
    """The application icon: the desktop's installed icon when there is one, else the bundled SVG."""
    svg = paths.icons_dir() / f"{paths.APP_ID}.svg"
    return QIcon.fromTheme(paths.APP_ID, QIcon(str(svg)))
