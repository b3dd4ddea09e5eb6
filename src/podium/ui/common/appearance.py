"""Light and dark palettes: follow the system unless the user picked one in the settings.

Qt 6.8+ can ask the platform for a colour scheme (``QStyleHints.setColorScheme``) and Windows,
macOS and desktops with the settings portal honour it. Where the platform has no say (a bare X
server, an old desktop) the request changes nothing, so Podium then sets the Fusion style with
its own palette. Widgets that paint themselves read the palette (``palette().color(...)``) or
use ``is_dark()``; the presenter console stays dark on purpose in both schemes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from podium.ui.common import settings, style

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark, "system": Qt.ColorScheme.Unknown}
_STATE = "podium.styleBeforePalette"  # application property, set while Podium's own palette is shown

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#E8EAED",
    QPalette.ColorRole.Base: "#17181A",
    QPalette.ColorRole.AlternateBase: "#26282B",
    QPalette.ColorRole.ToolTipBase: "#303134",
    QPalette.ColorRole.ToolTipText: "#E8EAED",
    QPalette.ColorRole.PlaceholderText: "#9AA0A6",
    QPalette.ColorRole.Text: "#E8EAED",
    QPalette.ColorRole.Button: "#2D2F31",
    QPalette.ColorRole.ButtonText: "#E8EAED",
    QPalette.ColorRole.BrightText: "#FF8A80",
    QPalette.ColorRole.Light: "#3C4043",
    QPalette.ColorRole.Midlight: "#34373A",
    QPalette.ColorRole.Mid: "#5F6368",
    QPalette.ColorRole.Dark: "#111214",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#2563EB",
    QPalette.ColorRole.HighlightedText: "#FFFFFF",
    QPalette.ColorRole.Link: "#8AB4F8",
    QPalette.ColorRole.LinkVisited: "#C58AF9",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#EFEFEF",
    QPalette.ColorRole.WindowText: "#1F1F1F",
    QPalette.ColorRole.Base: "#FFFFFF",
    QPalette.ColorRole.AlternateBase: "#F5F5F5",
    QPalette.ColorRole.ToolTipBase: "#FFFFDC",
    QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#6B7280",
    QPalette.ColorRole.Text: "#1F1F1F",
    QPalette.ColorRole.Button: "#EFEFEF",
    QPalette.ColorRole.ButtonText: "#1F1F1F",
    QPalette.ColorRole.BrightText: "#FFFFFF",
    QPalette.ColorRole.Light: "#FFFFFF",
    QPalette.ColorRole.Midlight: "#CACACA",
    QPalette.ColorRole.Mid: "#B8B8B8",
    QPalette.ColorRole.Dark: "#9F9F9F",
    QPalette.ColorRole.Shadow: "#767676",
    QPalette.ColorRole.Highlight: "#2563EB",
    QPalette.ColorRole.HighlightedText: "#FFFFFF",
    QPalette.ColorRole.Link: "#1D4ED8",
    QPalette.ColorRole.LinkVisited: "#7C3AED",
}


def palette(scheme: str) -> QPalette:
    """Podium's own palette for "light" or "dark" (disabled text dimmed in both)."""
    colours = _DARK if scheme == "dark" else _LIGHT
    pal = QPalette()
    for role, name in colours.items():
        pal.setColor(role, QColor(name))
    dim = QColor(colours[QPalette.ColorRole.PlaceholderText])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, dim)
    return pal


def system_scheme() -> str:
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def apply_color_scheme(choice: str | None = None) -> str:
    """Show ``choice`` ("system", "light", "dark"; default: the setting); the scheme now shown."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create the QApplication before choosing its colours")
    choice = choice if choice in _SCHEMES else settings.get(settings.COLOR_SCHEME)
    app.styleHints().setColorScheme(_SCHEMES[choice])  # the platform's own palette where it can
    wanted = system_scheme() if choice == "system" else choice
    original = app.property(_STATE)
    if system_scheme() == wanted:  # the platform shows it (or always did): no palette of ours
        if isinstance(original, str):
            app.setStyle(original)
            app.setPalette(app.style().standardPalette())
            app.setProperty(_STATE, None)
        style.apply(app, wanted == "dark")
        return wanted
    if not isinstance(original, str):
        app.setProperty(_STATE, app.style().name())  # to give back when the platform can show it again
    app.setStyle("Fusion")
    app.setPalette(palette(wanted))
    style.apply(app, wanted == "dark")
    return wanted


def is_dark(widget_palette: QPalette | None = None) -> bool:
    """Whether text is light on a dark window: what custom-painted widgets should adapt to."""
    pal = widget_palette or QGuiApplication.palette()
    return (
        pal.color(QPalette.ColorRole.Window).lightness()
        < pal.color(QPalette.ColorRole.WindowText).lightness()
    )


class SystemSchemeFollower(QObject):
    """Re-applies the stored choice when the desktop switches between light and dark."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.styleHints().colorSchemeChanged.connect(self._changed)

    def _changed(self, _scheme: Qt.ColorScheme) -> None:
        if settings.get(settings.COLOR_SCHEME) == "system":
            apply_color_scheme("system")


def ink(light: str, dark: str) -> QColor:
    """``light`` in the light scheme, ``dark`` in the dark one: for text a widget colours itself."""
    return QColor(dark if is_dark() else light)
