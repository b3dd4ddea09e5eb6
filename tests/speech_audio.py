"""Talks synthesised for the speech tests: espeak-ng says each sentence, sox trims its edges,
resamples it to 16 kHz mono and joins the sentences with silences of known length.

The truth each test checks against comes from here: how long each trimmed sentence lasts and
where each silence is, so a slide's speaking time and its long pauses are known exactly.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from podium.core.speech.audio import read_wav
from podium.core.speech.marks import Mark

RATE = 16000
SENTENCES = {
    "en": [
        "Good morning, and thank you for having me today.",
        "I will show how we cut the delivery time by a third.",
        "The first change was a single queue for every order.",
        "The second change moved the checks to the start of the line.",
        "Together they saved four hundred hours a month.",
        "Here is what I would do in my first ninety days.",
    ],
    "sv": [
        "God morgon, och tack för att jag fick komma hit i dag.",
        "Jag ska visa hur vi kortade leveranstiden med en tredjedel.",
        "Den första ändringen var en enda kö för alla beställningar.",
        "Den andra ändringen flyttade kontrollerna till början av flödet.",
        "Tillsammans sparade de fyrahundra timmar i månaden.",
        "Så här skulle jag arbeta under mina första nittio dagar.",
    ],
}
# Each slide: sentence numbers, and the silences after each sentence (the last is before the next slide).
SLIDES = [
    ([0, 1], [1.0, 1.2]),  # a short pause inside: no long pause
    ([2, 3, 4], [3.0, 1.5, 0.8]),  # one long pause (3 s); 1.5 s is not long
    ([5], [0.0]),
]
LONG_PAUSES = [0, 1, 0]


@dataclass(frozen=True)
class Talk:
    path: Path
    marks: list[Mark]
    speaking: list[float]  # seconds of speech per slide
    long_pauses: list[int]
    words: list[int]


def tools() -> None:
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} (run.py check installs them from Debian)")


def _run(*args: str | Path) -> None:
    subprocess.run([str(a) for a in args], check=True, capture_output=True)


def say(text: str, language: str, target: Path) -> Path:
    """``text`` spoken by espeak-ng, edges trimmed, as 16 kHz mono 16-bit."""
    raw = target.with_suffix(".raw.wav")
    _run("espeak-ng", "-v", language, "-s", "150", "-w", raw, text)
    trim = ["silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02", "0.5%", "reverse"]
    _run("sox", raw, "-r", str(RATE), "-c", "1", "-b", "16", target, *trim)
    raw.unlink()
    return target


def silence(seconds: float, target: Path) -> Path:
    _run("sox", "-n", "-r", str(RATE), "-c", "1", "-b", "16", target, "trim", "0", f"{seconds}")
    return target


def make_talk(folder: Path, language: str, lead_in: float = 0.5) -> Talk:
    """The three-slide talk of ``SLIDES`` in ``language``; marks fall in the silence between slides."""
    tools()
    folder.mkdir(parents=True, exist_ok=True)
    parts: list[Path] = [silence(lead_in, folder / "lead.wav")]
    clock = lead_in
    marks, speaking, words = [Mark("1", 0.0)], [], []
    for n, (sentences, pauses) in enumerate(SLIDES):
        spoken = 0.0
        count = 0
        for s, pause in zip(sentences, pauses, strict=True):
            clip = say(SENTENCES[language][s], language, folder / f"s{n}-{s}.wav")
            length = read_wav(clip).seconds
            parts.append(clip)
            spoken += length
            count += len(SENTENCES[language][s].split())
            clock += length
            if pause:
                parts.append(silence(pause, folder / f"p{n}-{s}.wav"))
            if s == sentences[-1] and n + 1 < len(SLIDES):
                marks.append(Mark(str(n + 2), round(clock + pause / 2, 3)))
            clock += pause
        speaking.append(spoken)
        words.append(count)
    path = folder / f"talk-{language}.wav"
    _run("sox", *parts, path)
    return Talk(path, marks, speaking, LONG_PAUSES, words)


def marks_csv(talk: Talk, target: Path) -> Path:
    target.write_text("slide,start_s\n" + "".join(f"{m.slide},{m.start_s}\n" for m in talk.marks), "utf-8")
    return target
