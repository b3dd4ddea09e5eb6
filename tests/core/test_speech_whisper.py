"""Transcription with the real engine, when the optional extra and a model are installed: words per
slide within 15% of what was said, in English and Swedish.

The extra (``podium[transcribe]``) and a model are not part of the default install or of CI, so
these tests run where a developer installed both and names the model folder in
``PODIUM_WHISPER_MODEL`` (or installed it in the data folder through the app)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from podium.core.speech.analysis import analyse
from podium.core.speech.audio import read_wav
from podium.core.speech.engine import WhisperEngine, engine_installed
from tests.speech_audio import make_talk

MODEL = os.environ.get("PODIUM_WHISPER_MODEL", "")
pytestmark = pytest.mark.skipif(
    not (engine_installed() and MODEL and Path(MODEL, "model.bin").is_file()),
    reason="needs podium[transcribe] and a Whisper model folder in PODIUM_WHISPER_MODEL",
)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_words_per_slide_within_15_percent(tmp_path: Path, language: str) -> None:
    talk = make_talk(tmp_path, language)
    result = analyse(read_wav(talk.path), talk.marks, language, WhisperEngine(Path(MODEL)))
    assert result.transcribed
    for slide, words in zip(result.slides, talk.words, strict=True):
        assert slide.words == pytest.approx(words, rel=0.15), (language, slide)
        assert slide.wpm is not None and slide.fillers == 0
