"""A run's recording: the cut per slide, the folder it is kept in, its analysis kept with the run
in the store (surviving the recordings' deletion) and the per-slide trend the chart reads."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from podium.core.rehearsal.runs import Rehearsal, SlideTime
from podium.core.speech.analysis import by_slide
from podium.core.speech.audio import Audio, read_wav
from podium.core.speech.recording import (
    SlideCutter,
    analyse_run,
    clips,
    delete_recordings,
    disk_usage,
    run_folder,
    save_run,
    talk_audio,
)
from podium.core.storage.store import Store
from tests.helpers import make_prep
from tests.speech_audio import make_talk

START = datetime(2026, 11, 26, 9, 0)


def test_the_cut_follows_the_slide_changes_and_drops_a_paused_clock() -> None:
    cutter = SlideCutter(16000)
    cutter.feed(b"\x01\x00" * 10)  # before the start: nobody's
    cutter.switch(0)
    cutter.feed(b"\x02\x00" * 100)
    cutter.switch(1)
    cutter.feed(b"\x03\x00" * 50)
    cutter.switch(None)  # paused
    cutter.feed(b"\x04\x00" * 70)
    cutter.switch(0)  # back to the first slide
    cutter.feed(b"\x05\x00" * 20)
    assert bytes(cutter.clips[0]) == b"\x02\x00" * 100 + b"\x05\x00" * 20
    assert bytes(cutter.clips[1]) == b"\x03\x00" * 50
    assert cutter.seconds(0) == 120 / 16000


def test_a_saved_run_reads_back_is_analysed_and_its_analysis_outlives_the_recordings(tmp_path: Path) -> None:
    talk = make_talk(tmp_path / "talk", "en")
    audio = read_wav(talk.path)
    cutter = SlideCutter(audio.rate)
    marks = [m.start_s for m in talk.marks] + [audio.seconds]
    for i in range(3):
        cutter.switch(i)
        cutter.feed(audio.cut(marks[i], marks[i + 1]).samples)
    prep_folder = tmp_path / "recordings" / "prep"
    folder = save_run(prep_folder, START, cutter, ["intro", "changes", "plan"])
    assert folder == run_folder(prep_folder, START) and folder.name == "20261126-090000"
    found = clips(folder)
    assert [(c.index, c.key, c.path.name) for c in found] == [
        (0, "intro", "slide-001.wav"), (1, "changes", "slide-002.wav"), (2, "plan", "slide-003.wav"),
    ]  # fmt: skip
    joined, joined_marks = talk_audio(found)
    assert joined.samples == audio.samples and [m.slide for m in joined_marks] == ["intro", "changes", "plan"]
    assert disk_usage(prep_folder) > len(audio.samples)
    result = analyse_run(folder, "en")
    assert result is not None and [s.long_pauses for s in result.slides] == talk.long_pauses

    with Store(tmp_path / "podium.sqlite3") as store:
        prep = make_prep("finance")
        store.save(prep)
        run = Rehearsal(START, 100.0, 600, [SlideTime("intro", "Intro", 30.0, 60)])
        store.add_rehearsal(prep.id, run)
        assert store.set_rehearsal_speech(prep.id, START.isoformat(), result.to_dict())
        assert not store.set_rehearsal_speech(prep.id, "2020-01-01T00:00:00", {})
        kept = store.rehearsals(prep.id)[0]
        delete_recordings(prep_folder)
        assert not prep_folder.exists() and disk_usage(prep_folder) == 0 and clips(folder) == []
        assert store.rehearsals(prep.id)[0].speech == kept.speech == result.to_dict()
    trend = by_slide(kept.speech)
    assert trend["changes"].long_pauses == 1 and trend["intro"].wpm is None and trend["intro"].fillers is None
    assert by_slide(None) == {}


def test_nothing_heard_saves_nothing(tmp_path: Path) -> None:
    assert save_run(tmp_path, START, SlideCutter(), ["a"]) is None
    assert list(tmp_path.iterdir()) == []
    assert clips(tmp_path / "missing") == [] and analyse_run(tmp_path / "missing", "en") is None
    assert Audio(b"", 16000).seconds == 0
