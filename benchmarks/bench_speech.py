"""Speech: voice activity over a 15-minute recording (target: under 10 s on two cores) and, when
the transcription extra and a model are installed, transcription's real-time factor (target:
0.3 or better on two cores).

The recording is synthesised (espeak-ng and sox, as the tests do): sentences in English and
Swedish with pauses, repeated to 15 minutes. The voice-activity row compares the time against
the 10-second budget (ratio ≤ 1); the transcription row against the audio's own length, so the
ratio is the real-time factor. The model is the one installed in the app, or the folder
``PODIUM_WHISPER_MODEL`` names. Run alone with ``python -m benchmarks.bench_speech``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.common import HEADER, Result, median_time
from podium import paths
from podium.core.speech.analysis import analyse
from podium.core.speech.audio import Audio, read_wav
from podium.core.speech.engine import WhisperEngine, engine_installed
from podium.core.speech.marks import Mark
from podium.core.speech.models import installed_model
from podium.core.speech.transcript import tokens

MINUTES = 15
VAD_BUDGET_S = 10.0
RTF_TARGET = 0.3
LANGUAGES = ("en", "sv")


def _talk(folder: Path, language: str) -> tuple[Audio, int]:
    """The six sentences of the speech tests with short and long pauses; its audio and words."""
    from tests.speech_audio import SENTENCES, say, silence

    gap = read_wav(silence(1.0, folder / "gap.wav")).samples
    pause = read_wav(silence(3.0, folder / "pause.wav")).samples
    samples = bytearray()
    for n, text in enumerate(SENTENCES[language]):
        samples += read_wav(say(text, language, folder / f"{language}{n}.wav")).samples
        samples += pause if n % 3 == 2 else gap
    return Audio(bytes(samples), 16000), sum(len(t.split()) for t in SENTENCES[language])


def _model() -> Path | None:
    named = os.environ.get("PODIUM_WHISPER_MODEL")
    return Path(named) if named else installed_model(paths.models_dir())


def run(repeat: int = 3) -> list[Result]:
    if not (shutil.which("espeak-ng") and shutil.which("sox")):
        print("bench_speech: needs espeak-ng and sox (run.py check installs them)", file=sys.stderr)
        return []
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        block, _words = _talk(Path(tmp), "en")
        sv_block, _ = _talk(Path(tmp), "sv")
        unit = block.samples + sv_block.samples
        seconds = len(unit) / 2 / block.rate
        long = Audio(unit * int(MINUTES * 60 / seconds + 1), block.rate).cut(0, MINUTES * 60)
        marks = [Mark(str(n + 1), n * 60.0) for n in range(MINUTES)]
        vad = median_time(lambda: analyse(long, marks), repeat)
        results.append(Result(f"voice activity, {MINUTES}-min recording", vad, "budget", VAD_BUDGET_S, 1.0))
        model = _model()
        if not engine_installed() or model is None:
            print(
                "bench_speech: transcription not measured (install podium[transcribe] and a model)",
                file=sys.stderr,
            )
            return results
        engine = WhisperEngine(model)
        for language in LANGUAGES:
            talk, words = _talk(Path(tmp), language)
            minute = Audio(talk.samples * int(60 / talk.seconds + 1), talk.rate).cut(0, 60)
            engine(minute.cut(0, 5), language)  # load the model outside the timing
            said: list[int] = []

            def transcribe(minute: Audio = minute, language: str = language, said: list[int] = said) -> None:
                said.append(sum(len(tokens(w.text)) for w in engine(minute, language)))

            took = median_time(transcribe, repeat)
            expected = words * minute.seconds / talk.seconds
            heard = ", ".join(map(str, said))
            print(
                f"bench_speech: {language} words heard per run {heard}, of about {expected:.0f}",
                file=sys.stderr,
            )
            results.append(
                Result(f"transcription ({language}), 60 s", took, "audio length", minute.seconds, RTF_TARGET)
            )
    return results


if __name__ == "__main__":
    print(HEADER)
    rows = run()
    for row in rows:
        print(row.row())
    sys.exit(0 if all(r.target is None or r.ratio <= r.target for r in rows) else 1)
