"""Where in a recording someone speaks: WebRTC's voice-activity detector, smoothed.

Why WebRTC's detector: it is a 40 kB wheel (webrtcvad-wheels) with nothing to download and
runs a 15-minute talk in about a second on one core, where Silero's detector needs
onnxruntime (tens of MB). It decides per 30 ms frame; a talk is more than frames, so the
decisions are smoothed: gaps between words shorter than ``BRIDGE_S`` are part of speaking, and
blips shorter than ``MIN_SPEECH_S`` (a click, a cough) are not.
"""

from __future__ import annotations

from collections.abc import Callable

import webrtcvad

from podium.core.speech.audio import SAMPLE_BYTES, Audio

FRAME_MS = 30
AGGRESSIVENESS = 2  # 0 (lets most through) .. 3 (strictest); 2 holds on a laptop microphone's hiss
BRIDGE_S = 0.35  # a silence shorter than this between words is still speaking
MIN_SPEECH_S = 0.12  # a sound shorter than this is not speech

Segment = tuple[float, float]  # start and end, seconds from the start of the recording


def frame_decisions(audio: Audio, check: Callable[[], None] | None = None) -> list[bool]:
    """Speech or not for each 30 ms frame; ``check`` is called now and then (to hear a cancel)."""
    vad = webrtcvad.Vad(AGGRESSIVENESS)
    step = audio.rate * FRAME_MS // 1000 * SAMPLE_BYTES
    samples = audio.samples
    decisions: list[bool] = []
    for n, offset in enumerate(range(0, len(samples) - step + 1, step)):
        if check is not None and n % 2000 == 0:
            check()
        decisions.append(bool(vad.is_speech(samples[offset : offset + step], audio.rate)))
    return decisions


def smooth(decisions: list[bool], frame_s: float = FRAME_MS / 1000) -> list[Segment]:
    """Frame decisions as speech segments: short gaps bridged, short blips dropped."""
    runs: list[list[float]] = []
    start: int | None = None
    for i, speech in enumerate([*decisions, False]):
        if speech and start is None:
            start = i
        elif not speech and start is not None:
            runs.append([start * frame_s, i * frame_s])
            start = None
    merged: list[list[float]] = []
    for run in runs:
        if merged and run[0] - merged[-1][1] < BRIDGE_S:
            merged[-1][1] = run[1]
        else:
            merged.append(run)
    return [(round(a, 3), round(b, 3)) for a, b in merged if b - a >= MIN_SPEECH_S]


def speech_segments(audio: Audio, check: Callable[[], None] | None = None) -> list[Segment]:
    """Where ``audio`` holds speech, as (start, end) seconds."""
    return smooth(frame_decisions(audio, check))
