"""The transcription seam: an optional engine turns audio into timed words.

The engine is faster-whisper (CTranslate2) on the CPU in int8, installed as the optional
extra ``podium[transcribe]``: a Whisper base model transcribes English and Swedish at about a
tenth of real time on two cores, and CTranslate2 needs no torch. Everything else in Podium
works without it; ``status()`` says what is missing in one sentence.

The model is not bundled (about 145 MB): ``core.speech.models`` installs it once from a source
the user chooses, and this module only loads a folder that passed that check.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from podium.core.phrasebook import phrases
from podium.core.speech.audio import RECORD_RATE, SAMPLE_BYTES, Audio, AudioError
from podium.core.speech.models import installed_model
from podium.core.speech.transcript import Word

ENGINE_MODULE = "faster_whisper"
EXTRA = "podium[transcribe]"
THREADS = 2


class Engine(Protocol):
    """Anything that turns speech into timed words (tests pass their own)."""

    def __call__(self, audio: Audio, language: str) -> list[Word]: ...


@dataclass(frozen=True)
class Status:
    installed: bool  # the engine's package is importable
    model: Path | None  # an installed, checked model folder
    message: str

    @property
    def ready(self) -> bool:
        return self.installed and self.model is not None


def engine_installed() -> bool:
    return importlib.util.find_spec(ENGINE_MODULE) is not None


def status(models_dir: Path) -> Status:
    """Whether transcription can run, and if not, what the user needs, in one sentence."""
    installed = engine_installed()
    model = installed_model(models_dir)
    if not installed:
        message = (
            f"Transcription is not installed: install {EXTRA} (about 380 MB) for words, pace, "
            "fillers and talking points; speaking time and pauses work without it."
        )
    elif model is None:
        message = (
            "Transcription needs a speech model: choose a model archive, folder or download address once."
        )
    else:
        message = f"Transcription is ready with the model in {model}."
    return Status(installed, model, message)


class WhisperEngine:
    """faster-whisper over a checked model folder; loaded on first use (about a second)."""

    def __init__(self, model_dir: Path, threads: int = THREADS) -> None:
        self.model_dir = model_dir
        self.threads = threads
        self._model: Any = None

    def _load(self) -> Any:
        if self._model is None:
            from faster_whisper import WhisperModel  # the optional extra

            self._model = WhisperModel(
                str(self.model_dir), device="cpu", compute_type="int8", cpu_threads=self.threads
            )
        return self._model

    def __call__(self, audio: Audio, language: str) -> list[Word]:
        import numpy as np

        if audio.rate != RECORD_RATE:
            raise AudioError(f"Transcription takes {RECORD_RATE} Hz audio, not {audio.rate} Hz.")
        samples = np.frombuffer(audio.samples[: audio.frames * SAMPLE_BYTES], dtype="<i2").astype(np.float32)
        segments, _info = self._load().transcribe(
            samples / 32768.0,
            language=language,
            word_timestamps=True,
            # Silero's detector (shipped inside faster-whisper) skips the silences: without it
            # Whisper drops whole stretches it deems "no speech" or fills pauses with invented
            # lines, and decoding silence costs time.
            vad_filter=True,
            condition_on_previous_text=False,  # one misheard line cannot start a repeating loop
            # No retries at higher temperatures: on an unsure stretch they decode it up to five
            # more times and come back with invented words (measured on Swedish: 3.5x the time).
            temperature=0.0,
            beam_size=1,
            # Whisper leaves fillers out unless the context shows them: a prompt full of them keeps
            # them. A language's catalogue may leave it empty (Swedish: a prompt lost whole stretches).
            initial_prompt=phrases(language).say("speech.transcribe_prompt") or None,
        )
        return [
            Word(float(w.start), float(w.end), str(w.word).strip()) for s in segments for w in s.words or []
        ]


def load_engine(models_dir: Path) -> WhisperEngine | None:
    """The engine over the installed model, or None when either is missing."""
    current = status(models_dir)
    return WhisperEngine(current.model) if current.ready and current.model is not None else None
