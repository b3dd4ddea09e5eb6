"""``podium rehearse analyse``: per-slide JSON of a synthesised talk; bad audio gets one sentence and exit 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from podium.cli import main
from tests.speech_audio import make_talk, marks_csv, silence, tools


def test_json_per_slide_in_swedish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    talk = make_talk(tmp_path, "sv")
    marks = marks_csv(talk, tmp_path / "marks.csv")
    args = ["rehearse", "analyse", str(talk.path), "--marks", str(marks), "--language", "sv", "--json"]
    assert main([*args, "--no-transcribe"]) == 0
    data = json.loads(capsys.readouterr().out)
    slides = data["slides"]
    assert [s["slide"] for s in slides] == ["1", "2", "3"]
    assert [s["start_s"] for s in slides] == [m.start_s for m in talk.marks]
    assert slides[-1]["end_s"] == pytest.approx(data["duration_s"], abs=0.01)
    for slide, truth in zip(slides, talk.speaking, strict=True):
        assert set(slide) >= {
            "slide",
            "start_s",
            "end_s",
            "speaking_s",
            "long_pauses",
            "words",
            "wpm",
            "fillers",
        }
        assert slide["speaking_s"] == pytest.approx(truth, rel=0.15)
        assert slide["words"] is None and slide["wpm"] is None and slide["fillers"] is None
    assert [s["long_pauses"] for s in slides] == talk.long_pauses
    assert data["long_pauses"] == 1 and data["language"] == "sv" and data["transcribed"] is False
    assert 0.5 < data["speaking_share"] < 0.9


def test_the_table_without_marks_is_one_slide(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    talk = make_talk(tmp_path, "en")
    assert main(["rehearse", "analyse", str(talk.path), "--no-transcribe"]) == 0
    out = capsys.readouterr().out
    assert "1 long pause(s)" in out and len(out.splitlines()) == 3


def test_bad_audio_and_marks_fail_in_one_sentence_with_exit_1(tmp_path: Path) -> None:
    tools()
    (tmp_path / "notes.wav").write_text("hello", "utf-8")
    (tmp_path / "empty.wav").write_bytes(b"")
    mono = silence(1.0, tmp_path / "mono.wav")
    subprocess.run(["sox", mono, "-r", "11025", tmp_path / "rate.wav"], check=True)
    subprocess.run(["sox", mono, "-c", "2", tmp_path / "stereo.wav"], check=True)
    (tmp_path / "late.csv").write_text("1,0\n2,30\n", "utf-8")
    cases = [
        (["notes.wav"], "is not a WAV recording"),
        (["empty.wav"], "is not a WAV recording"),
        (["rate.wav"], "sampled at 11025 Hz"),
        (["stereo.wav"], "has 2 channels"),
        (["mono.wav", "--marks", "late.csv"], "ends at 1.0 s"),
        (["mono.wav", "--marks", "none.csv"], "does not exist"),
    ]
    for args, words in cases:
        run = subprocess.run(
            [sys.executable, "-m", "podium", "rehearse", "analyse", *args],
            cwd=tmp_path, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert run.returncode == 1, (args, run.stderr)
        assert run.stdout == "" and "Traceback" not in run.stderr
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], (args, run.stderr)
