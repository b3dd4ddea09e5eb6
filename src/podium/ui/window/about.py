"""Help ▸ About Podium: what it is, which version, and where the user's data lives."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QWidget

from podium import __version__, paths
from podium.ui.common import messages

translate = QCoreApplication.translate  # called with its literal context so lupdate finds every string


def about_text() -> str:
    """The About box's rich text, in the UI language."""
    built = translate("About", "Built with Qt %1 and PySide %2. Released under the MIT licence.")
    rows = [
        f"<h2>Podium {html.escape(__version__)}</h2>",
        "<p>" + translate("About", "Prepare, build and rehearse the presentation task of a second interview.") + "</p>",
        "<p>" + translate("About", "Your preparations are kept on this computer, in:")
        + f"<br><code>{html.escape(str(paths.data_dir()))}</code></p>",
        "<p>" + built.replace("%1", qVersion()).replace("%2", pyside_version) + "</p>",
        f"<p><small>{html.escape(paths.APP_ID)}</small></p>",
    ]  # fmt: skip
    return "".join(rows)


def show_about(parent: QWidget | None) -> None:
    messages.about(parent, translate("About", "About Podium"), about_text())
