"""The microphone and the speaker behind a small seam, so a rehearsal records where there is a
microphone and runs as before where there is none.

Why sounddevice: a 100 kB wheel over PortAudio (Debian's libportaudio2; its macOS and Windows
wheels bundle it), 2.3 MB installed with cffi. QtMultimedia would do the same from the 175 MB
PySide6-Addons wheel. Tests pass their own ``Capture`` (a synthetic source) and ``Player``.
"""

from __future__ import annotations

import contextlib
import queue
from typing import Any, Protocol

from podium.core.speech.audio import RECORD_RATE, Audio


class Capture(Protocol):
    rate: int

    def start(self) -> None: ...

    def read(self) -> bytes:
        """Everything heard since the last read (never blocks)."""
        ...

    def stop(self) -> None: ...


class Player(Protocol):
    def play(self, audio: Audio) -> None: ...

    def stop(self) -> None: ...


class AudioUnavailable(RuntimeError):
    """No microphone or speaker can be used; the message is one sentence for the user."""


def _sounddevice() -> Any:
    try:
        import sounddevice
    except OSError as exc:  # the PortAudio library is missing
        raise AudioUnavailable(f"Sound is not available on this computer ({exc}).") from None
    return sounddevice


class MicrophoneCapture:
    """The default input device at 16 kHz mono, 16-bit; PortAudio's thread fills a queue."""

    def __init__(self, rate: int = RECORD_RATE) -> None:
        sd = _sounddevice()
        try:
            sd.query_devices(kind="input")
            sd.check_input_settings(samplerate=rate, channels=1, dtype="int16")
        except (sd.PortAudioError, ValueError) as exc:
            raise AudioUnavailable(f"No microphone can be used ({exc}).") from None
        self.rate = rate
        self._chunks: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._stream = sd.RawInputStream(
            samplerate=rate, channels=1, dtype="int16", callback=self._heard, blocksize=rate // 10
        )

    def _heard(self, data: Any, _frames: int, _time: Any, _status: Any) -> None:  # PortAudio's thread
        self._chunks.put(bytes(data))

    def start(self) -> None:
        self._stream.start()

    def read(self) -> bytes:
        parts = []
        while True:
            try:
                parts.append(self._chunks.get_nowait())
            except queue.Empty:
                return b"".join(parts)

    def stop(self) -> None:
        self._stream.stop()
        self._stream.close()


class SpeakerPlayer:
    """Plays a clip on the default output device."""

    def play(self, audio: Audio) -> None:
        import numpy as np

        sd = _sounddevice()
        try:
            sd.play(np.frombuffer(audio.samples, dtype="<i2"), audio.rate)
        except (sd.PortAudioError, ValueError) as exc:
            raise AudioUnavailable(
                f"The recording cannot be played: no speaker can be used ({exc})."
            ) from None

    def stop(self) -> None:
        with contextlib.suppress(AudioUnavailable):
            _sounddevice().stop()


def open_microphone() -> Capture:
    """The microphone, or AudioUnavailable saying why not."""
    return MicrophoneCapture()


def microphone_status() -> str:
    """Empty when a microphone can be used, else the sound library's reason (for a sentence around it)."""
    try:
        import sounddevice as sd
    except OSError as exc:  # the PortAudio library is missing
        return str(exc)
    try:
        sd.query_devices(kind="input")
    except Exception as exc:  # PortAudioError, ValueError: no default input device
        return str(exc)
    return ""
