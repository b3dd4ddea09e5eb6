"""A rehearsal's recording, cut per slide by the slide changes, and where it is kept.

While the clock runs, what the microphone hears belongs to the slide on screen; while it is
paused (or before the start) it belongs to no slide and is dropped. Each slide's sound is kept
as one WAV file (a slide shown twice gets both stretches, in order) in a folder per run under
the preparation's recordings folder, named by the run's start, so the run's record finds it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from podium.core.atomic import atomic_write
from podium.core.speech.analysis import TalkSpeech, Transcribe, analyse
from podium.core.speech.audio import RECORD_RATE, SAMPLE_BYTES, Audio, read_wav, write_wav
from podium.core.speech.marks import Mark

MANIFEST = "recording.json"


@dataclass
class SlideCutter:
    """Collects the sound of one run slide by slide; ``switch`` at every slide change or pause."""

    rate: int = RECORD_RATE
    current: int | None = None  # the slide index the sound belongs to; None: dropped
    clips: dict[int, bytearray] = field(default_factory=dict)

    def feed(self, samples: bytes) -> None:
        if self.current is not None and samples:
            self.clips.setdefault(self.current, bytearray()).extend(samples)

    def switch(self, slide: int | None) -> None:
        """From now on the sound belongs to ``slide`` (None: the clock stands, drop it)."""
        self.current = slide

    def seconds(self, slide: int) -> float:
        return len(self.clips.get(slide, b"")) / SAMPLE_BYTES / self.rate


def run_folder(prep_folder: Path, started_at: datetime) -> Path:
    return prep_folder / started_at.strftime("%Y%m%d-%H%M%S")


def clip_name(index: int) -> str:
    return f"slide-{index + 1:03d}.wav"


def save_run(prep_folder: Path, started_at: datetime, cutter: SlideCutter, keys: list[str]) -> Path | None:
    """Write each slide's clip and the manifest; None when nothing was heard."""
    clips = {i: bytes(b) for i, b in sorted(cutter.clips.items()) if len(b) >= SAMPLE_BYTES}
    if not clips:
        return None
    folder = run_folder(prep_folder, started_at)
    folder.mkdir(parents=True, exist_ok=True)
    for index, samples in clips.items():
        write_wav(folder / clip_name(index), Audio(samples, cutter.rate))
    manifest = {
        "started_at": started_at.isoformat(),
        "rate": cutter.rate,
        "slides": [
            {"index": i, "key": keys[i] if i < len(keys) else str(i + 1), "file": clip_name(i)} for i in clips
        ],
    }
    atomic_write(folder / MANIFEST, lambda tmp: tmp.write_text(json.dumps(manifest, indent=1), "utf-8"))
    return folder


@dataclass(frozen=True)
class SlideClip:
    index: int
    key: str
    path: Path


def clips(folder: Path) -> list[SlideClip]:
    """The slide clips of one run's folder, in slide order; empty when it is gone or damaged."""
    try:
        data = json.loads((folder / MANIFEST).read_text("utf-8"))
        found = [SlideClip(int(s["index"]), str(s["key"]), folder / str(s["file"])) for s in data["slides"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return [c for c in found if c.path.is_file()]


def talk_audio(found: list[SlideClip]) -> tuple[Audio, list[Mark]]:
    """The clips end to end, with a mark where each slide begins (for ``analysis.analyse``)."""
    samples = bytearray()
    marks: list[Mark] = []
    rate = RECORD_RATE
    for clip in found:
        audio = read_wav(clip.path)
        rate = audio.rate
        marks.append(Mark(clip.key, len(samples) / SAMPLE_BYTES / rate))
        samples.extend(audio.samples)
    return Audio(bytes(samples), rate), marks


def disk_usage(folder: Path) -> int:
    """Bytes kept under ``folder`` (0 when it does not exist)."""
    if not folder.is_dir():
        return 0
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def delete_recordings(folder: Path) -> None:
    """Remove every recording under ``folder``; the runs' records and analyses stay."""
    shutil.rmtree(folder, ignore_errors=True)


def analyse_run(
    folder: Path,
    language: str,
    transcribe: Transcribe | None = None,
    check: Callable[[], None] | None = None,
    texts: Mapping[str, tuple[str, str]] | None = None,
) -> TalkSpeech | None:
    """The speech of one recorded run, slide by slide; None when its clips are gone."""
    found = clips(folder)
    if not found:
        return None
    audio, marks = talk_audio(found)
    return analyse(audio, marks, language, transcribe, check, texts)
