"""Recording a rehearsal from the main window: the opt-in, the run cut per slide by the slide
changes, each slide played back, the speech analysed into the record and the chart, the disk
space and deleting. The microphone is a synthetic source the test feeds; the no-microphone path
runs on the real sound library (this machine has no microphone)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from podium import paths
from podium.core.speech.audio import Audio, read_wav
from podium.core.speech.recording import clips, run_folder
from podium.ui.common import settings as ui_settings
from podium.ui.rehearse import capture
from podium.ui.rehearse.recording import prep_folder
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep
from tests.speech_audio import RATE, say, silence
from tests.ui.conftest import Dialogs, FakeClock
from tests.ui.presenter_helpers import press, use_fixed_deck

K = Qt.Key


class SyntheticCapture:
    """A microphone the test speaks into: ``speak`` queues samples, ``read`` drains them."""

    rate = RATE

    def __init__(self) -> None:
        self.pending = bytearray()
        self.started = self.stopped = False

    def speak(self, audio: Audio) -> None:
        self.pending.extend(audio.samples)

    def start(self) -> None:
        self.started = True

    def read(self) -> bytes:
        out, self.pending = bytes(self.pending), bytearray()
        return out

    def stop(self) -> None:
        self.stopped = True


class FakePlayer:
    def __init__(self) -> None:
        self.played: list[Audio] = []
        self.stops = 0

    def play(self, audio: Audio) -> None:
        self.played.append(audio)

    def stop(self) -> None:
        self.stops += 1


@pytest.fixture(autouse=True)
def recording_setting() -> Iterator[None]:
    QSettings().remove(ui_settings.RECORD_REHEARSALS.key)
    yield
    QSettings().remove(ui_settings.RECORD_REHEARSALS.key)


@pytest.fixture
def speech(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Audio]:
    from tests.speech_audio import tools

    tools()
    folder = tmp_path_factory.mktemp("speech")
    return {
        "hello": read_wav(say("Good morning, and thank you for having me today.", "en", folder / "a.wav")),
        "point": read_wav(
            say("The first change was a single queue for every order.", "en", folder / "b.wav")
        ),
        "pause": read_wav(silence(3.0, folder / "p.wav")),
        "gap": read_wav(silence(1.0, folder / "g.wav")),
    }


def test_a_recorded_run_is_cut_per_slide_played_analysed_and_deleted(
    window: MainWindow,
    qtbot: QtBot,
    clock: FakeClock,
    dialogs: Dialogs,
    speech: dict[str, Audio],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    mic = SyntheticCapture()
    monkeypatch.setattr(capture, "open_microphone", lambda: mic)
    window.create_preparation(make_prep("finance", talk_minutes=10))
    use_fixed_deck(window)
    assert window.workspace is not None and window.prep is not None
    panel = window.workspace.rehearse
    box = panel.recordings
    box.player = player = FakePlayer()
    assert not box.record.isChecked() and "No recorded rehearsals" in box.summary.text()
    box.record.setChecked(True)
    assert ui_settings.get(ui_settings.RECORD_REHEARSALS) is True

    window.present_action.trigger()
    presenter = window.presenter
    assert presenter is not None and mic.started
    mic.speak(speech["hello"])  # before the clock starts: not part of the run
    press(qtbot, presenter, K.Key_S)
    mic.speak(speech["hello"])
    mic.speak(speech["gap"])
    press(qtbot, presenter, K.Key_Right)  # slide 2: a sentence, a long pause, a sentence
    for part in ("point", "pause", "point"):
        mic.speak(speech[part])
    press(qtbot, presenter, K.Key_S)  # paused: what the microphone hears now is dropped
    mic.speak(speech["hello"])
    press(qtbot, presenter, K.Key_S)
    press(qtbot, presenter, K.Key_Left)  # back to slide 1: its clip gets this too
    mic.speak(speech["gap"])
    press(qtbot, presenter, K.Key_Right)
    clock.advance(25)
    for _ in range(9):
        press(qtbot, presenter, K.Key_Right)
        mic.speak(speech["gap"])
    clock.advance(600)
    while presenter.mode != "end":
        press(qtbot, presenter, K.Key_Right)
    press(qtbot, presenter, K.Key_Escape)
    assert mic.stopped

    run = window.store.rehearsals(window.prep.id)[-1]
    folder = run_folder(prep_folder(window.prep.id), run.started_at)
    found = clips(folder)
    assert [c.key for c in found][:2] == ["title", "summary"] and len(found) == 11
    first, second = (read_wav(c.path) for c in found[:2])
    assert first.frames == speech["hello"].frames + 2 * speech["gap"].frames
    assert second.frames == 2 * speech["point"].frames + speech["pause"].frames

    job = box.job
    assert job is not None and "analysing" in box.summary.text()
    assert job.wait()
    qtbot.waitUntil(lambda: box.job is None)
    analysed = window.store.rehearsals(window.prep.id)[-1].speech
    assert analysed is not None and analysed["long_pauses"] == 1
    summary = {s["slide"]: s for s in analysed["slides"]}
    assert summary["summary"]["speaking_s"] == pytest.approx(2 * speech["point"].seconds, rel=0.15)
    assert summary["summary"]["long_pauses"] == 1 and summary["title"]["long_pauses"] == 0
    assert "1 long pauses" in box.summary.text() or "long pause" in box.summary.text()
    assert box.table.rowCount() == 11 and box.table.item(1, 2).text() == "1"
    assert box.table.item(1, 3).text() == "–"  # no transcription here: no pace

    panel.resize(1300, 900)
    panel.grab().save(str(tmp_path / "rehearse-recordings.png"))
    box.table.selectRow(1)
    qtbot.mouseClick(box.play_button, Qt.MouseButton.LeftButton)
    assert player.played[-1].samples == second.samples
    qtbot.mouseClick(box.stop_button, Qt.MouseButton.LeftButton)
    assert player.stops == 1

    panel.measure.setCurrentIndex(panel.measure.findData("pauses"))
    chart = panel.chart
    slides = {s.key: s for s in chart.slides}
    assert chart.grid_title() == "Long pauses per slide (2 s or more)"
    assert chart.cell_text(chart.runs[-1], slides["summary"]) == "1"
    chart.resize(900, 600)
    chart.grab().save(str(tmp_path / "pauses.png"))

    assert "Recordings use" in box.space.text() and box.delete_button.isEnabled()
    dialogs.confirm_answer = False
    qtbot.mouseClick(box.delete_button, Qt.MouseButton.LeftButton)
    assert folder.is_dir()
    dialogs.confirm_answer = True
    qtbot.mouseClick(box.delete_button, Qt.MouseButton.LeftButton)
    assert not prep_folder(window.prep.id).exists()
    assert box.space.text() == "Recordings use 0.0 MB" and not box.delete_button.isEnabled()
    assert box.table.rowCount() == 0
    assert window.store.rehearsals(window.prep.id)[-1].speech == analysed  # the trend stays
    assert dialogs.errors == []


def test_without_a_microphone_the_rehearsal_runs_and_says_why(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, dialogs: Dialogs
) -> None:
    window.create_preparation(make_prep("finance", talk_minutes=10))
    use_fixed_deck(window)
    assert window.workspace is not None and window.prep is not None
    box = window.workspace.rehearse.recordings
    box.record.setChecked(True)  # the real sound library, on a machine without a microphone
    assert not box.mic.isHidden() and "timed but not recorded" in box.mic.text()
    window.present_action.trigger()
    presenter = window.presenter
    assert presenter is not None and presenter.recording is None  # type: ignore[attr-defined]
    press(qtbot, presenter, K.Key_S)
    clock.advance(30)
    press(qtbot, presenter, K.Key_Escape)
    assert len(window.store.rehearsals(window.prep.id)) == 1
    assert not (paths.recordings_dir() / window.prep.id).exists()
    assert box.job is None and dialogs.errors == []
