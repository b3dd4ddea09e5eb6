"""The Rehearse tab's recordings: the opt-in to record (shown with the other settings), each slide of a recorded run with its
speaking time, long pauses, pace and fillers and a button to hear it, the disk space the
recordings take and one action to delete them.

A run's recording is analysed once, in the background, after it is saved; the analysis is kept
with the run in the store, so deleting the recordings keeps the trends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from podium import paths
from podium.core.progress import Progress
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.talk_timer import format_clock
from podium.core.speech.analysis import SlideSpeech, TalkSpeech
from podium.core.speech.audio import AudioError, read_wav
from podium.core.speech.deck_text import slide_texts
from podium.core.speech.engine import load_engine, status
from podium.core.speech.recording import (
    SlideClip,
    analyse_run,
    clips,
    delete_recordings,
    disk_usage,
    run_folder,
)
from podium.core.storage.store import StoreError
from podium.ui.common import messages
from podium.ui.common import settings as ui_settings
from podium.ui.common.jobs import Job
from podium.ui.common.session import PreparationSession
from podium.ui.rehearse import capture as audio
from podium.ui.rehearse.model_dialog import ModelDialog, status_text
from podium.ui.rehearse.recording import prep_folder


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


class RecordingsBox(QWidget):
    analysed = Signal()  # a run's analysis was saved: the history and chart can show it

    def __init__(
        self,
        session: PreparationSession,
        player: audio.Player | None = None,
        microphone: Callable[[], str] = audio.microphone_status,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordings")
        self.session = session
        self.player = player or audio.SpeakerPlayer()
        self._microphone = microphone
        self.job: Job | None = None
        self.run: Rehearsal | None = None
        self.clips: list[SlideClip] = []
        self._runs: list[Rehearsal] = []
        self.record = QCheckBox(self.tr("Record my voice while rehearsing"))
        self.record.setObjectName("recordRehearsals")
        self.record.setToolTip(
            self.tr("The microphone is recorded per slide and kept on this computer with the preparation.")
        )
        self.record.setChecked(ui_settings.get(ui_settings.RECORD_REHEARSALS))
        self.record.toggled.connect(self._record_toggled)
        self.mic = QLabel()
        self.mic.setObjectName("microphoneStatus")
        self.mic.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("speechSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("slideRecordings")
        self.table.setAccessibleName(self.tr("Recorded slides"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Slide"),
                self.tr("Speaking"),
                self.tr("Long pauses"),
                self.tr("Words/min"),
                self.tr("Fillers"),
                self.tr("Talking points"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.play())
        self.play_button = QPushButton(self.tr("Play slide"))
        self.play_button.setObjectName("playSlide")
        self.play_button.clicked.connect(self.play)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopPlaying")
        self.stop_button.clicked.connect(self.stop)
        self.space = QLabel()
        self.space.setObjectName("recordingSpace")
        self.delete_button = QPushButton(self.tr("Delete recordings…"))
        self.delete_button.setObjectName("deleteRecordings")
        self.delete_button.clicked.connect(self.delete)
        self.transcription = QLabel()
        self.transcription.setObjectName("transcriptionStatus")
        self.transcription.setWordWrap(True)
        self.transcription.setStyleSheet("color: palette(placeholder-text);")
        self.setup_button = QPushButton(self.tr("Set up transcription…"))
        self.setup_button.setObjectName("setupTranscription")
        self.setup_button.clicked.connect(self.set_up_transcription)
        self.again_button = QPushButton(self.tr("Analyse again"))
        self.again_button.setObjectName("analyseAgain")
        self.again_button.setToolTip(
            self.tr("Analyse the shown recording again, with transcription if it is set up now.")
        )
        self.again_button.clicked.connect(lambda: self.run is not None and self.analyse(self.run))
        self.model_dialog: ModelDialog | None = None
        # Each nested layout joins its parent before it gets any item (tests/ui/test_layout_item_wrappers.py).
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        buttons.addWidget(self.play_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.space)
        buttons.addWidget(self.delete_button)
        transcription_row = QHBoxLayout()
        layout.addLayout(transcription_row)
        transcription_row.addWidget(self.transcription, 1)
        transcription_row.addWidget(self.again_button)
        transcription_row.addWidget(self.setup_button)

    # ------------------------------------------------------------------ state

    def _record_toggled(self, on: bool) -> None:
        ui_settings.put(ui_settings.RECORD_REHEARSALS, on)
        self._show_microphone()

    def _show_microphone(self) -> None:
        problem = self._microphone() if self.record.isChecked() else ""
        self.mic.setVisible(bool(problem))
        if problem:
            self.mic.setText(self.tr("No microphone can be used, so rehearsals are timed but not recorded (%1).")
                             .replace("%1", problem))  # fmt: skip

    def refresh(self, runs: list[Rehearsal]) -> None:
        """Show the latest recorded run, analysing it first if it has not been."""
        prep = self.session.prep
        folder = prep_folder(prep.id)
        self._runs = runs
        self._show_microphone()
        self.run, self.clips = None, []
        for run in reversed(runs):
            found = clips(run_folder(folder, run.started_at))
            if found:
                self.run, self.clips = run, found
                break
        size = disk_usage(folder)
        self.space.setText(self.tr("Recordings use %1").replace("%1", megabytes(size)))
        self.delete_button.setEnabled(size > 0)
        current = status(paths.models_dir())
        self.transcription.setText(status_text(current))
        self.setup_button.setEnabled(current.installed)
        self.again_button.setEnabled(self.run is not None)
        self._fill()
        if self.run is not None and self.run.speech is None and self.job is None:
            self.analyse(self.run)

    def _fill(self) -> None:
        run = self.run
        self.table.setRowCount(0)
        self.play_button.setEnabled(False)
        if run is None:
            self.summary.setText(self.tr("No recorded rehearsals."))
            return
        titles = {s.slide_key: s.title for s in run.slides}
        speech = TalkSpeech.from_dict(run.speech) if run.speech else None
        rows = {s.slide: s for s in speech.slides} if speech else {}
        when = run.started_at.strftime("%Y-%m-%d %H:%M")
        if speech is None:
            self.summary.setText(self.tr("Recording of %1: analysing…").replace("%1", when))
        else:
            text = (
                self.tr("Recording of %1: speaking %2 of the talk; long pauses (2 s or more): %3.")
                .replace("%1", when)
                .replace("%2", f"{speech.speaking_share:.0%}")
                .replace("%3", str(speech.long_pauses))
            )
            self.summary.setText(text)
        self.table.setRowCount(len(self.clips))
        for r, clip in enumerate(self.clips):
            s = rows.get(clip.key)
            cells = [
                f"{clip.index + 1}. {titles.get(clip.key, clip.key)}",
                format_clock(s.speaking_s) if s else "…",
                str(s.long_pauses) if s else "…",
                "–" if s is None or s.wpm is None else f"{s.wpm:.0f}",
                "–" if s is None or s.fillers is None else str(s.fillers),
                self._points(s),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 5 and s is not None and s.points_missed:
                    item.setToolTip(
                        self.tr("Not heard:") + "\n" + "\n".join(f"• {p}" for p in s.points_missed)
                    )
                self.table.setItem(r, c, item)
        if self.clips:
            self.table.selectRow(0)

    def _points(self, s: SlideSpeech | None) -> str:
        if s is None or s.points_said is None or s.points_missed is None:
            return "–"
        total = len(s.points_said) + len(s.points_missed)
        text = (
            self.tr("%1 of %2 said").replace("%1", str(len(s.points_said))).replace("%2", str(total))
            if total
            else ""
        )
        if s.read_aloud:
            text = (text + " · " if text else "") + self.tr("read aloud")
        return text or "–"

    def _selection_changed(self) -> None:
        self.play_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    # ---------------------------------------------------------------- actions

    def play(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self.clips:
            return
        clip = self.clips[rows[0].row()]
        try:
            self.player.play(read_wav(clip.path))
        except (AudioError, audio.AudioUnavailable) as exc:
            messages.error(self, self.tr("Cannot play the recording"), str(exc))

    def stop(self) -> None:
        self.player.stop()

    def delete(self) -> None:
        folder = prep_folder(self.session.prep.id)
        size = disk_usage(folder)
        if size == 0:
            return
        question = self.tr(
            "Delete every recording of this preparation (%1)? The rehearsals' times and analyses stay."
        ).replace("%1", megabytes(size))
        if not messages.confirm(self, self.tr("Delete recordings"), question):
            return
        self.player.stop()
        delete_recordings(folder)
        self.refresh([])

    def analyse(self, run: Rehearsal) -> None:
        prep = self.session.prep
        folder = run_folder(prep_folder(prep.id), run.started_at)
        language = prep.language
        engine = load_engine(paths.models_dir())
        texts = slide_texts(prep.deck.slides)

        def work(progress: Progress) -> TalkSpeech | None:
            progress.report(0.0, self.tr("Analysing the recording"))
            return analyse_run(folder, language, engine, progress.check, texts)

        self.job = Job(
            work, self, expected=(AudioError,), failure=self.tr("The recording could not be analysed: %1")
        )
        self.job.succeeded.connect(lambda talk: self._analysed(run, talk))
        self.job.failed.connect(self.summary.setText)
        self.job.finished.connect(self._job_done)
        self.job.start()

    def set_up_transcription(self) -> None:
        self.model_dialog = ModelDialog(self)
        self.model_dialog.finished.connect(lambda _result: self.refresh(self._runs))
        self.model_dialog.open()

    def _job_done(self) -> None:
        self.job = None

    def _analysed(self, run: Rehearsal, talk: TalkSpeech | None) -> None:
        if talk is None:
            return
        try:
            self.session.store.set_rehearsal_speech(
                self.session.prep.id, run.started_at.isoformat(), talk.to_dict()
            )
        except StoreError as exc:
            self.summary.setText(str(exc))
            return
        run.speech = talk.to_dict()
        self._fill()
        self.analysed.emit()
