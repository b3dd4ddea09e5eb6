"""Voice activity per slide on speech synthesised in English and Swedish with pauses of known length."""

from __future__ import annotations

from pathlib import Path

import pytest

from podium.core.speech.analysis import analyse, long_pauses, per_slide
from podium.core.speech.audio import Audio, AudioError, read_wav, write_wav
from podium.core.speech.marks import Mark, MarksError, format_marks, parse_marks
from podium.core.speech.vad import smooth
from tests.speech_audio import make_talk, silence, tools


@pytest.mark.parametrize("language", ["en", "sv"])
def test_speaking_time_per_slide_is_within_15_percent_and_long_pauses_are_exact(
    tmp_path: Path, language: str
) -> None:
    talk = make_talk(tmp_path, language)
    result = analyse(read_wav(talk.path), talk.marks, language)
    assert [s.slide for s in result.slides] == ["1", "2", "3"]
    for slide, truth in zip(result.slides, talk.speaking, strict=True):
        assert slide.speaking_s == pytest.approx(truth, rel=0.15), slide
    assert [s.long_pauses for s in result.slides] == talk.long_pauses
    assert result.long_pauses == 1
    assert result.speaking_share == pytest.approx(sum(talk.speaking) / result.duration_s, rel=0.15)
    assert not result.transcribed and all(s.words is None and s.fillers is None for s in result.slides)


def test_silence_is_no_speech_and_no_pause(tmp_path: Path) -> None:
    tools()
    quiet = read_wav(silence(12.0, tmp_path / "quiet.wav"))
    result = analyse(quiet, [Mark("1", 0.0)])
    assert result.speaking_s == 0 and result.long_pauses == 0 and result.speaking_share == 0


def test_a_pause_across_a_slide_change_counts_once_on_the_slide_it_began() -> None:
    segments = [(0.0, 4.0), (7.0, 9.0), (9.5, 12.0), (14.0, 15.0)]
    assert long_pauses(segments) == [(4.0, 7.0), (12.0, 14.0)]
    talk = per_slide(segments, [Mark("a", 0.0), Mark("b", 5.0)], 15.0)
    assert [s.long_pauses for s in talk.slides] == [1, 1]
    assert [s.speaking_s for s in talk.slides] == [4.0, 5.5]


def test_smoothing_bridges_gaps_between_words_and_drops_clicks() -> None:
    frames = [True] * 10 + [False] * 5 + [True] * 10 + [False] * 40 + [True] * 2 + [False] * 10
    assert smooth(frames) == [(0.0, 0.75)]  # a 0.15 s gap is speaking; a 0.06 s blip is not


def test_audio_it_cannot_analyse_gets_one_sentence(tmp_path: Path) -> None:
    tools()
    cases = {
        "text.wav": b"not a recording",
        "empty.wav": b"",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    write_wav(tmp_path / "silent.wav", Audio(b"", 16000))
    stereo = tmp_path / "stereo.wav"
    silence(1.0, tmp_path / "mono.wav")
    import subprocess

    subprocess.run(["sox", tmp_path / "mono.wav", "-c", "2", stereo], check=True)
    subprocess.run(["sox", tmp_path / "mono.wav", "-r", "22050", tmp_path / "odd.wav"], check=True)
    subprocess.run(["sox", tmp_path / "mono.wav", "-b", "8", tmp_path / "8bit.wav"], check=True)
    expected = {
        "text.wav": "is not a WAV recording",
        "empty.wav": "is not a WAV recording",
        "silent.wav": "holds no sound",
        "stereo.wav": "has 2 channels",
        "odd.wav": "sampled at 22050 Hz",
        "8bit.wav": "8-bit samples",
        "missing.wav": "does not exist",
    }
    for name, words in expected.items():
        with pytest.raises(AudioError) as caught:
            read_wav(tmp_path / name)
        message = str(caught.value)
        assert words in message and message.count(". ") == 0 and message.endswith("."), message


def test_marks_read_back_and_bad_marks_get_one_sentence() -> None:
    marks = [Mark("1", 0.0), Mark("intro", 12.5)]
    assert parse_marks(format_marks(marks)) == marks
    assert parse_marks("1,0\n2,3\n") == [Mark("1", 0.0), Mark("2", 3.0)]
    for text, words in (("1,0\n2,abc\n", "“abc”"), ("1,5\n2,3\n", "before the line above"),
                        ("slide,start_s\n", "lists no slides"), ("1\n", "no start time"),
                        ("1,-2\n", "not a time")):  # fmt: skip
        with pytest.raises(MarksError, match=words):
            parse_marks(text)
