"""File ▸ Export preparation… and Import preparation…: one preparation as one ``.podium`` file.

The main window owns the two actions; this module does the work, so the window
stays small. Every failure ends in a message through ``ui.common.messages``; an import
always adds a new preparation and never replaces one in the library.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication

from podium import paths
from podium.core.storage.store import StoreError
from podium.ui.common import messages

if TYPE_CHECKING:  # for the Protocol's annotations only: the session pulls in the deck filler
    from PySide6.QtWidgets import QStatusBar, QWidget

    from podium.core.model import Preparation
    from podium.core.storage.store import Store
    from podium.ui.common.session import PreparationSession
    from podium.ui.window.library import LibraryPage

translate = QCoreApplication.translate  # literal contexts, so Qt's lupdate files every string


class PackageHost(Protocol):
    """What the two actions need of the main window (``main_window.MainWindow`` fits)."""

    session: PreparationSession | None
    store: Store
    library: LibraryPage

    def window(self) -> QWidget: ...  # the parent of the file and message dialogs

    def statusBar(self) -> QStatusBar: ...

    def show_preparation(self, prep: Preparation) -> None: ...


def suggested_name(title: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title).strip().replace(" ", "-") or "preparation"
    return stem + ".podium"


def export_current(window: PackageHost) -> None:
    """Ask where to save the open preparation as a .podium file, and write it."""
    if window.session is None:
        return
    from podium.core.storage.package import SUFFIX, PackageError, export_preparation

    window.session.flush()
    prep = window.session.prep
    path = messages.ask_save_path(
        window.window(),
        translate("PackageActions", "Export preparation"),
        suggested_name(prep.display_title),
        translate("PackageActions", "Podium preparation (*.podium)"),
    )
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_preparation(prep, target)
    except PackageError as exc:
        messages.error(window.window(), translate("PackageActions", "Export failed"), str(exc))
        return
    finally:
        QGuiApplication.restoreOverrideCursor()
    window.statusBar().showMessage(translate("PackageActions", "Exported %1").replace("%1", str(target)))


def import_file(window: PackageHost, path: str | None = None) -> None:
    """Read a .podium file into a new preparation in the library and open it."""
    from podium.core.roles import catalogue
    from podium.core.storage.package import PackageError, import_preparation

    if path is None:
        path = messages.ask_open_path(
            window.window(),
            translate("PackageActions", "Import preparation"),
            translate("PackageActions", "Podium preparation (*.podium)"),
        )
    if not path:
        return
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        prep = import_preparation(Path(path), paths.data_dir() / "assets", set(catalogue()))
    except PackageError as exc:
        messages.error(window.window(), translate("PackageActions", "Cannot import"), str(exc))
        return
    finally:
        QGuiApplication.restoreOverrideCursor()
    try:
        window.store.save(prep)
    except StoreError as exc:
        messages.error(window.window(), translate("PackageActions", "Not saved"), str(exc))
        return
    window.library.refresh()
    window.show_preparation(prep)
    window.statusBar().showMessage(
        translate("PackageActions", "Imported “%1”").replace("%1", prep.display_title)
    )


def create_actions(window: PackageHost, parent: QObject) -> tuple[QAction, QAction]:
    """The two File-menu actions; the export one is enabled only while a preparation is open."""
    export_action = QAction(translate("PackageActions", "E&xport preparation…"), parent)
    export_action.triggered.connect(lambda: export_current(window))
    import_action = QAction(translate("PackageActions", "&Import preparation…"), parent)
    import_action.triggered.connect(lambda: import_file(window))
    return export_action, import_action
