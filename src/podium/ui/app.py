"""Start the desktop app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from podium import __version__, paths
from podium.core.storage.store import Store, StoreError
from podium.ui.common import messages
from podium.ui.common.icons import app_icon

QUIT_AFTER_PAINT_ENV = "PODIUM_QUIT_AFTER_FIRST_PAINT"  # used by benchmarks/ to time a cold start
FIRST_PAINT_GRAB_ENV = "PODIUM_FIRST_PAINT_GRAB"  # with the above: save the window as a PNG


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            grab = os.environ.get(FIRST_PAINT_GRAB_ENV)
            if grab and isinstance(watched, QWidget):
                QTimer.singleShot(0, lambda: watched.grab().save(grab))
            QTimer.singleShot(0, self._app.quit)
        return False


def _quit_after_first_paint(app: QApplication, window: QWidget) -> None:
    window.installEventFilter(_FirstPaint(app))


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()  # typed as the QCoreApplication it may be
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(paths.APP_ID)
    app.setWindowIcon(app_icon())
    return app


def run_gui() -> int:
    app = create_application()
    from podium.ui.common import appearance, i18n
    from podium.ui.window.main_window import MainWindow

    i18n.apply_language()
    appearance.apply_color_scheme()
    appearance.SystemSchemeFollower(app)

    try:
        store = Store(paths.database_path())
    except StoreError as exc:
        messages.error(None, "Podium", str(exc))
        return 1
    window = MainWindow(store)
    if os.environ.get(QUIT_AFTER_PAINT_ENV):
        _quit_after_first_paint(app, window)
    window.show()
    code = app.exec()
    store.close()
    return code


def run_presenter(path: Path) -> int:
    """``podium present FILE``: the presenter alone on a .pptx or PDF; runs go to the deck's record."""
    app = create_application()
    from podium.ui.common import appearance, i18n
    from podium.ui.rehearse.deck_launcher import DeckLauncher

    i18n.apply_language()
    appearance.apply_color_scheme()
    launcher = DeckLauncher(None)
    presenter = launcher.present_path(path)
    if presenter is None:
        return 1
    presenter.closed.connect(app.quit)
    return app.exec()
