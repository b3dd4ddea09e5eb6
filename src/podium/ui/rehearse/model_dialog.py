"""Setting up transcription once: where the speech model comes from, with progress and a hash check.

The user chooses the source: a download address (with the SHA-256 its page gives) or an
archive or folder they already have. Podium never fetches anything on its own; the install
runs as a Job (``core.speech.models.install_model``) and can be cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from podium import paths
from podium.core.speech.engine import EXTRA, Status, status
from podium.core.speech.models import Installed, ModelError, install_model
from podium.ui.common import messages
from podium.ui.common.jobs import Job

translate = QCoreApplication.translate  # a literal context, so Qt's lupdate files every string


def status_text(current: Status) -> str:
    """What transcription needs, in the UI language."""
    if not current.installed:
        return translate(
            "Transcription",
            "Transcription is not installed: install %1 (about 380 MB) for words, pace, filler words and "
            "talking points. Speaking time and pauses work without it.",
        ).replace("%1", EXTRA)
    if current.model is None:
        return translate(
            "Transcription",
            "Transcription needs a speech model: set it up once from a download, an archive or a folder.",
        )
    return translate("Transcription", "Transcription is ready (model in %1).").replace(
        "%1", str(current.model)
    )


class ModelDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up transcription"))
        self.setObjectName("modelDialog")
        self.job: Job | None = None
        self.installed: Installed | None = None
        explain = QLabel(
            self.tr(
                "Words, pace, filler words and talking points need a Whisper speech model for CTranslate2 "
                "(the “base” size, about 145 MB, handles English and Swedish). Podium installs it once from "
                "a source you choose and checks its SHA-256; nothing leaves this computer."
            )
        )
        explain.setWordWrap(True)
        self.state = QLabel(status_text(status(paths.models_dir())))
        self.state.setObjectName("modelState")
        self.state.setWordWrap(True)
        self.source = QLineEdit()
        self.source.setObjectName("modelSource")
        self.source.setPlaceholderText(self.tr("https://… or a .tar.gz/.zip file or a model folder"))
        self.sha256 = QLineEdit()
        self.sha256.setObjectName("modelHash")
        self.sha256.setPlaceholderText(self.tr("64 hexadecimal characters (needed for a download)"))
        file_button = QPushButton(self.tr("Archive…"))
        file_button.clicked.connect(self._choose_file)
        folder_button = QPushButton(self.tr("Folder…"))
        folder_button.clicked.connect(self._choose_folder)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("modelMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.install_button = self.buttons.addButton(
            self.tr("Install"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.install_button.setObjectName("installModel")
        self.install_button.clicked.connect(self.install)
        self.buttons.rejected.connect(self.reject)
        # Each nested layout joins its parent before it gets any item (no layout-item wrappers survive).
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.state)
        form = QFormLayout()
        layout.addLayout(form)
        source_row = QHBoxLayout()
        form.addRow(self.tr("Model from"), source_row)
        source_row.addWidget(self.source, 1)
        source_row.addWidget(file_button)
        source_row.addWidget(folder_button)
        form.addRow(self.tr("SHA-256"), self.sha256)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _choose_file(self) -> None:
        path = messages.ask_open_path(
            self, self.tr("Model archive"), self.tr("Archives (*.tar.gz *.tgz *.tar *.zip)")
        )
        if path:
            self.source.setText(path)

    def _choose_folder(self) -> None:
        path = messages.ask_folder(self, self.tr("Model folder"))
        if path:
            self.source.setText(path)

    def install(self) -> None:
        if self.job is not None:
            return
        source, digest = self.source.text(), self.sha256.text()
        target = paths.models_dir()
        self.progress.setValue(0)
        self.progress.show()
        self.message.setText("")
        self.install_button.setEnabled(False)
        self.job = Job(lambda progress: install_model(source, target, progress, digest or None), self,
                       expected=(ModelError,), failure=self.tr("The model could not be installed: %1"))  # fmt: skip
        self.job.progressed.connect(lambda fraction, _text: self.progress.setValue(round(fraction * 1000)))
        self.job.succeeded.connect(self._installed)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(lambda: self.message.setText(self.tr("Cancelled: nothing was installed.")))
        self.job.finished.connect(self._done)
        self.job.start()

    def _installed(self, installed: Installed) -> None:
        self.installed = installed
        self.message.setText(self.tr("Installed and checked (SHA-256 %1).").replace("%1", installed.sha256))
        self.state.setText(status_text(status(paths.models_dir())))

    def _failed(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #B91C1C;")

    def _done(self) -> None:
        self.job = None
        self.progress.hide()
        self.install_button.setEnabled(True)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()
