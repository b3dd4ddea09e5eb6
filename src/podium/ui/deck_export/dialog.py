"""Export dialog: what is still unfinished (one click to each), the formats, and progress with cancel.

Whether Podium's guidance goes into the pptx speaker notes is remembered between exports;
it starts off, as in ``podium generate`` (``core.model.GUIDANCE_IN_NOTES``).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from podium.core import clock
from podium.core.interview.readiness import Readiness, readiness
from podium.core.model import Preparation
from podium.ui.common import messages, settings
from podium.ui.common.jobs import Job
from podium.ui.deck_export.job import ExportPlan, export_job
from podium.ui.deck_export.send_ahead import SendAheadBox
from podium.ui.slides.todo import TodoList


def default_stem(prep: Preparation, folder: Path | None = None) -> Path:
    name = re.sub(r"[^\w\- ]+", "", f"{prep.company} {prep.role}").strip().replace(" ", "-") or "deck"
    return (folder or Path.home()) / name


class ExportDialog(QDialog):
    jump_requested = Signal(object)  # a to-do item (Missing) the user wants to fix first
    exported = Signal(list)

    def __init__(
        self, prep: Preparation, stem: Path, parent: QWidget | None = None, *, to_do: Readiness | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export deck"))
        self.prep = prep
        self.stem = stem
        self.job: Job | None = None  # the running export, if any
        self.written: list[str] = []
        self.todo = TodoList()
        # The preparation's one to-do list, as the header and the Deck tab show it.
        self.todo.refresh(to_do or readiness(prep, [], clock.now()), prep.deck)
        self.todo.activated.connect(self._jump)
        self.pptx = QCheckBox(self.tr("PowerPoint (.pptx): editable text, native charts and tables"))
        self.pdf = QCheckBox(self.tr("PDF of the slides"))
        self.handout = QCheckBox(self.tr("Handout PDF with your speaker notes"))
        self.png = QCheckBox(self.tr("PNG image of every slide"))
        for box in (self.pptx, self.pdf, self.handout):
            box.setChecked(True)
        self.guidance = QCheckBox(self.tr("Include Podium's guidance in the pptx speaker notes"))
        self.guidance.setToolTip(self.tr(
            "For rehearsing in PowerPoint. Leave it off for a file you send: the notes travel with it."))  # fmt: skip
        self.guidance.setChecked(settings.get(settings.NOTES_GUIDANCE))
        self.guidance.toggled.connect(lambda on: settings.put(settings.NOTES_GUIDANCE, on))
        self.send_ahead = SendAheadBox(prep)
        self.target = QLabel()
        self.target.setObjectName("exportTarget")
        self.target.setWordWrap(True)
        change = QPushButton(self.tr("Change…"))
        change.clicked.connect(self._choose_target)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.stem.parent)))
        )
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel)
        self.buttons.rejected.connect(self._cancel)

        todo_box = QGroupBox(self.tr("Before you export"))
        QVBoxLayout(todo_box).addWidget(self.todo)
        formats = QGroupBox(self.tr("Formats"))
        formats_layout = QVBoxLayout()  # installed on formats once filled
        for box in (self.pptx, self.pdf, self.handout, self.png, self.guidance):
            formats_layout.addWidget(box)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(change)
        formats_layout.addLayout(target_row)
        formats.setLayout(formats_layout)
        layout = QVBoxLayout()  # installed on self once filled
        layout.addWidget(todo_box, 1)
        layout.addWidget(formats)
        layout.addWidget(self.send_ahead)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_folder)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setLayout(layout)
        self._show_target()
        self.resize(640, 700)

    def formats(self) -> tuple[str, ...]:
        chosen = {"pptx": self.pptx, "pdf": self.pdf, "handout": self.handout, "png": self.png}
        return tuple(name for name, box in chosen.items() if box.isChecked())

    def _show_target(self) -> None:
        self.target.setText(
            self.tr("Into %1, named %2.*").replace("%1", str(self.stem.parent)).replace("%2", self.stem.name)
        )

    def _choose_target(self) -> None:
        path = messages.ask_save_path(self, self.tr("Export deck as"), str(self.stem) + ".pptx",
                                      self.tr("PowerPoint (*.pptx)"))  # fmt: skip
        if path:
            chosen = Path(path)
            self.stem = chosen.with_suffix("") if chosen.suffix.lower() in (".pptx", ".pdf") else chosen
            self._show_target()

    def _jump(self, item: object) -> None:
        if self.job is None:
            self.jump_requested.emit(item)
            self.reject()

    def start(self) -> None:
        formats = self.formats()
        if not formats:
            self.status.setText(self.tr("Choose at least one format."))
            return
        if not self.prep.deck.slides:
            self.status.setText(self.tr("The deck has no slides to export."))
            return
        plan = ExportPlan(self.prep, self.stem, formats, self.guidance.isChecked())
        self.job = export_job(plan, self)
        self.job.progressed.connect(self._progress)
        self.job.succeeded.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.progress.setRange(0, plan.steps())
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.job.start()

    def _progress(self, fraction: float, label: str) -> None:
        self.progress.setValue(round(fraction * self.progress.maximum()))
        self.status.setText(self.tr("Writing %1…").replace("%1", label))

    def _finished(self, written: list[str]) -> None:
        self.job, self.written = None, written
        self.progress.setValue(self.progress.maximum())
        names = "\n".join(Path(p).name for p in written)
        self.status.setText(self.tr("Exported:\n%1").replace("%1", names))
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.open_folder.setVisible(True)
        self.exported.emit(written)

    def _failed(self, text: str) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(self.tr("Export failed: %1").replace("%1", text))
        messages.error(self, self.tr("Export failed"), text)

    def _cancelled(self) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(
            self.tr("Export cancelled. Files already complete were kept; nothing was left half-written.")
        )

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            return
        self.reject()

    def done(self, result: int) -> None:
        if self.job is not None:  # closed mid-export: it stops at the next page and keeps no partial file
            self.job.cancel()
        super().done(result)
