"""Reading and writing the WAV files a rehearsal records: 16-bit mono PCM at a rate the voice
detector takes (8, 16, 32 or 48 kHz).

Anything else is refused with one sentence that says how to convert it, rather than converted
silently: a file of the wrong kind is usually the wrong file.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path

from podium.core.atomic import atomic_write

RATES = (8000, 16000, 32000, 48000)  # what the voice-activity detector accepts
RECORD_RATE = 16000  # what Podium records at: speech needs no more, and a minute is 1.9 MB
SAMPLE_BYTES = 2
_CONVERT = "convert it with: sox IN -r 16000 -c 1 -b 16 OUT.wav"


class AudioError(ValueError):
    """The audio cannot be analysed; the message is one sentence for the user."""


@dataclass(frozen=True)
class Audio:
    """Mono 16-bit little-endian samples and their rate."""

    samples: bytes
    rate: int

    @property
    def frames(self) -> int:
        return len(self.samples) // SAMPLE_BYTES

    @property
    def seconds(self) -> float:
        return self.frames / self.rate if self.rate else 0.0

    def cut(self, start_s: float, end_s: float) -> Audio:
        """The stretch from ``start_s`` to ``end_s`` (clamped to the recording)."""
        first = max(0, min(self.frames, round(start_s * self.rate)))
        last = max(first, min(self.frames, round(end_s * self.rate)))
        return Audio(self.samples[first * SAMPLE_BYTES : last * SAMPLE_BYTES], self.rate)


def read_wav(path: Path) -> Audio:
    """The samples of ``path``; AudioError (one sentence) for anything Podium cannot analyse."""
    try:
        with wave.open(str(path), "rb") as wav:
            channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
            frames = wav.getnframes()
            samples = wav.readframes(frames)
    except FileNotFoundError:
        raise AudioError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise AudioError(f"{path} is a folder, not a WAV recording.") from None
    except (wave.Error, EOFError) as exc:
        raise AudioError(f"{path} is not a WAV recording Podium can read ({exc}).") from None
    except OSError as exc:
        raise AudioError(f"{path} cannot be read ({exc.strerror or exc}).") from None
    if channels != 1:
        raise AudioError(f"{path} has {channels} channels; Podium analyses mono speech, so {_CONVERT}.")
    if width != SAMPLE_BYTES:
        raise AudioError(f"{path} has {8 * width}-bit samples, not 16-bit; {_CONVERT}.")
    if rate not in RATES:
        raise AudioError(
            f"{path} is sampled at {rate} Hz, which the voice detector does not take; {_CONVERT}."
        )
    if len(samples) < SAMPLE_BYTES:
        raise AudioError(f"{path} holds no sound (the recording is empty).")
    return Audio(samples[: len(samples) // SAMPLE_BYTES * SAMPLE_BYTES], rate)


def write_wav(path: Path, audio: Audio) -> Path:
    """Write ``audio`` to ``path`` atomically (the user's umask mode, never half a file)."""

    def write(tmp: Path) -> None:
        with wave.open(str(tmp), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(SAMPLE_BYTES)
            wav.setframerate(audio.rate)
            wav.writeframes(audio.samples)

    return atomic_write(path, write)
