"""A talk's speech per slide: speaking time, long pauses, the share spent speaking, and with a
transcript the words, pace and fillers.

A long pause is a silence of ``LONG_PAUSE_S`` or more between two stretches of speech: the
silence before the first word and after the last is not the speaker pausing. It belongs to the
slide it began on, so a pause across a slide change counts once.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from podium.core.speech.audio import Audio
from podium.core.speech.marks import Mark
from podium.core.speech.transcript import (
    Word,
    check_points,
    fillers,
    per_minute,
    read_aloud,
    tokens,
    words_between,
)
from podium.core.speech.vad import Segment, speech_segments

LONG_PAUSE_S = 2.0


@dataclass(frozen=True)
class SlideSpeech:
    """One stretch of the talk with one slide on screen."""

    slide: str
    start_s: float
    end_s: float
    speaking_s: float
    long_pauses: int
    words: int | None = None  # None: not transcribed
    wpm: float | None = None
    fillers: int | None = None
    filler_words: dict[str, int] = field(default_factory=dict)
    points_said: list[str] | None = None  # the speaker notes' talking points heard (None: not checked)
    points_missed: list[str] | None = None
    read_aloud: bool | None = None  # the slide's own text said word for word

    @property
    def seconds(self) -> float:
        return self.end_s - self.start_s


@dataclass(frozen=True)
class TalkSpeech:
    """The whole recording, slide by slide."""

    slides: list[SlideSpeech]
    duration_s: float
    language: str
    transcribed: bool

    @property
    def speaking_s(self) -> float:
        return round(sum(s.speaking_s for s in self.slides), 2)

    @property
    def speaking_share(self) -> float:
        """The share of the talk spent speaking (0..1)."""
        return round(self.speaking_s / self.duration_s, 3) if self.duration_s > 0 else 0.0

    @property
    def long_pauses(self) -> int:
        return sum(s.long_pauses for s in self.slides)

    def to_dict(self) -> dict[str, Any]:
        words = [s.words for s in self.slides]
        total_words = sum(w for w in words if w is not None) if self.transcribed else None
        return {
            "slides": [asdict(s) for s in self.slides],
            "duration_s": round(self.duration_s, 2),
            "speaking_s": self.speaking_s,
            "speaking_share": self.speaking_share,
            "long_pauses": self.long_pauses,
            "words": total_words,
            "wpm": per_minute(total_words, self.duration_s) if total_words is not None else None,
            "fillers": sum(s.fillers or 0 for s in self.slides) if self.transcribed else None,
            "language": self.language,
            "transcribed": self.transcribed,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TalkSpeech:
        slides = [SlideSpeech(**s) for s in data.get("slides", [])]
        return cls(slides, float(data.get("duration_s", 0)), str(data.get("language", "en")),
                   bool(data.get("transcribed", False)))  # fmt: skip


def long_pauses(segments: list[Segment]) -> list[Segment]:
    """The silences of ``LONG_PAUSE_S`` or more between speech segments."""
    return [(a[1], b[0]) for a, b in itertools.pairwise(segments) if b[0] - a[1] >= LONG_PAUSE_S]


def _overlap(segments: list[Segment], start: float, end: float) -> float:
    return sum(max(0.0, min(b, end) - max(a, start)) for a, b in segments)


def per_slide(
    segments: list[Segment],
    marks: list[Mark],
    duration_s: float,
    language: str = "en",
    words: list[Word] | None = None,
    texts: Mapping[str, tuple[str, str]] | None = None,
) -> TalkSpeech:
    """Speech segments (and words, if transcribed) cut by the slide marks.

    With words and ``texts`` (each slide key's notes and shown text, ``deck_text.slide_texts``)
    each slide also says which talking points were heard and whether it was read aloud."""
    pauses = long_pauses(segments)
    slides: list[SlideSpeech] = []
    for i, mark in enumerate(marks):
        start = mark.start_s
        end = marks[i + 1].start_s if i + 1 < len(marks) else max(duration_s, start)
        speaking = round(_overlap(segments, start, end), 2)
        count = sum(start <= p[0] < end for p in pauses)
        if words is None:
            slides.append(SlideSpeech(mark.slide, round(start, 3), round(end, 3), speaking, count))
            continue
        said = words_between(words, start, end)
        found = fillers(said, language)
        notes, shown = (texts or {}).get(mark.slide, ("", ""))
        checks = check_points(notes, said, language) if texts is not None else []
        slides.append(
            SlideSpeech(
                mark.slide, round(start, 3), round(end, 3), speaking, count,
                words=len(said), wpm=per_minute(len(said), end - start),
                fillers=sum(found.values()), filler_words=dict(found),
                points_said=[c.point for c in checks if c.said] if texts is not None else None,
                points_missed=[c.point for c in checks if not c.said] if texts is not None else None,
                read_aloud=read_aloud(shown, said) if texts is not None else None,
            )
        )  # fmt: skip
    return TalkSpeech(slides, duration_s, language, words is not None)


Transcribe = Callable[[Audio, str], list[Word]]


def analyse(
    audio: Audio,
    marks: list[Mark],
    language: str = "en",
    transcribe: Transcribe | None = None,
    check: Callable[[], None] | None = None,
    texts: Mapping[str, tuple[str, str]] | None = None,
) -> TalkSpeech:
    """Voice activity (and, given an engine, a transcript) of ``audio``, per slide of ``marks``."""
    segments = speech_segments(audio, check)
    words = transcribe(audio, language) if transcribe is not None else None
    return per_slide(segments, marks, audio.seconds, language, words, texts)


def spoken_text(words: list[Word], start: float, end: float) -> list[str]:
    """The tokens said between ``start`` and ``end`` (for talking points and read-aloud checks)."""
    return [t for w in words if start <= (w.start + w.end) / 2 < end for t in tokens(w.text)]


@dataclass(frozen=True)
class SlideTrend:
    """One slide's speech in one run, its visits added up (what the history chart plots)."""

    speaking_s: float
    long_pauses: int
    wpm: float | None
    fillers: int | None


def by_slide(speech: dict[str, Any] | None) -> dict[str, SlideTrend]:
    """A stored analysis (``TalkSpeech.to_dict()``) per slide key; empty for a run without one."""
    if not speech:
        return {}
    sums: dict[str, list[Any]] = {}
    for s in speech.get("slides", []):
        row = sums.setdefault(str(s.get("slide")), [0.0, 0, 0.0, None, None])
        row[0] += float(s.get("speaking_s") or 0)
        row[1] += int(s.get("long_pauses") or 0)
        row[2] += float(s.get("end_s", 0)) - float(s.get("start_s", 0))
        if s.get("words") is not None:
            row[3] = (row[3] or 0) + int(s["words"])
            row[4] = (row[4] or 0) + int(s.get("fillers") or 0)
    return {
        key: SlideTrend(round(r[0], 2), r[1], per_minute(r[3], r[2]) if r[3] is not None else None, r[4])
        for key, r in sums.items()
    }
