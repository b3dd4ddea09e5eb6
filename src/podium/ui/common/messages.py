"""The one seam through which the UI shows message boxes; tests replace these functions.

File dialogs open in the folder the user last opened or saved in (stored in the settings
schema), never in the folder the app happened to start from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from podium.ui.common import settings


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def about(parent: QWidget | None, title: str, text: str) -> None:
    """The About box: rich text beside the application's icon."""
    QMessageBox.about(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str:
    """The path the user chose to save to, or '' when they cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, start_path(suggested), file_filter)
    remember_folder(path)
    return path


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> str:
    """The file the user chose to open, or '' when they cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, start_path(""), file_filter)
    remember_folder(path)
    return path


def start_path(suggested: str) -> str:
    """Where a file dialog opens: ``suggested`` as given when it names a folder, else the suggested
    file name in the last folder used (or the home folder the first time)."""
    if suggested and Path(suggested).parent != Path("."):
        return suggested
    folder = settings.get(settings.LAST_FOLDER)
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return str(base / suggested) if suggested else str(base)


def remember_folder(path: str) -> None:
    """Keep the folder of a chosen file for the next dialog."""
    if path:
        settings.put(settings.LAST_FOLDER, str(Path(path).parent))


def ask_folder(parent: QWidget | None, title: str) -> str:
    """The folder the user chose (opening in the last folder used), or '' when they cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path = QFileDialog.getExistingDirectory(parent, title, start_path(""))
    if path:
        settings.put(settings.LAST_FOLDER, path)
    return path
