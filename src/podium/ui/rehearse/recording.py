"""Recording a rehearsal: the microphone, cut per slide by the presenter's slide changes.

Attached to a presenter only when the user chose to record and a microphone opened; the
presenter knows nothing of it beyond its ``slide_shown`` and ``recorded`` signals. What is heard
is drained from the capture at every slide change, so everything before the change belongs to
the slide before it; a paused clock drops the sound. When the run is recorded the clips are
written beside the preparation (``core.speech.recording``).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from podium import paths
from podium.core.errors import ExportError
from podium.core.rehearsal.runs import Rehearsal
from podium.core.speech.recording import SlideCutter, save_run
from podium.ui.common import messages
from podium.ui.common import settings as ui_settings
from podium.ui.rehearse import capture as audio
from podium.ui.rehearse.presenter import Presenter

DRAIN_MS = 500  # how often the capture's queue is emptied between slide changes


def prep_folder(prep_id: str) -> Path:
    return paths.recordings_dir() / prep_id


class RunRecording(QObject):
    saved = Signal(object)  # the run's folder, after its clips were written

    def __init__(self, presenter: Presenter, capture: audio.Capture, folder: Path) -> None:
        super().__init__(presenter)
        self.presenter = presenter
        self.capture = capture
        self.folder = folder
        self.cutter = SlideCutter(capture.rate)
        self._run: datetime | None = None
        self.last_folder: Path | None = None
        capture.start()
        presenter.slide_shown.connect(self._shown)
        presenter.recorded.connect(self._recorded)
        presenter.closed.connect(self.stop)
        self._drain_timer = QTimer(self)
        self._drain_timer.setInterval(DRAIN_MS)
        self._drain_timer.timeout.connect(self._drain)
        self._drain_timer.start()
        self._shown(presenter.index, presenter.recorder.running)

    def _drain(self) -> None:
        self.cutter.feed(self.capture.read())

    def _shown(self, index: int, running: bool) -> None:
        self._drain()
        started = self.presenter.recorder.started_at
        if started != self._run:  # a new run (the first start, or after a reset): forget the old sound
            self._run = started
            self.cutter = SlideCutter(self.capture.rate)
        self.cutter.switch(index if running else None)

    def _recorded(self, record: Rehearsal) -> None:
        self._drain()
        self.cutter.switch(None)
        keys = [meta.key for meta in self.presenter.source.metas]
        try:
            self.last_folder = save_run(self.folder, record.started_at, self.cutter, keys)
        except ExportError as exc:
            messages.error(self.presenter.console, self.tr("Recording not saved"), str(exc))
            return
        self.cutter = SlideCutter(self.capture.rate)
        if self.last_folder is not None:
            self.saved.emit(self.last_folder)

    def stop(self) -> None:
        self._drain_timer.stop()
        self.capture.stop()


def recording_wanted() -> bool:
    return ui_settings.get(ui_settings.RECORD_REHEARSALS)


def attach(presenter: Presenter, prep_id: str) -> RunRecording | None:
    """Record the presenter's runs when the user chose to and a microphone opens; else None."""
    if not recording_wanted():
        return None
    try:
        capture = audio.open_microphone()
    except audio.AudioUnavailable:
        return None  # the Rehearse tab says why; the rehearsal runs as before
    return RunRecording(presenter, capture, prep_folder(prep_id))
