"""What the words of a talk say about it: fillers, the talking points said and missed, and
where the speaker read the slide aloud. Pure functions of a transcript, so every rule is tested
without a speech model.

The language's words (fillers, the words that make "like" not a filler, words too common to
mark a point) are phrasebook data under ``speech.``, never branches on the language.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from podium.core.phrasebook import phrases

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_BULLET = re.compile(r"^\s*(?:[-*•–·]|\d+[.)])\s*")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")
STEM = 5  # words agree on their first five letters: "risks"/"risk", "riskerna"/"risken"
POINT_SAID = 0.5  # a point is said when half its key words are
READ_ALOUD = 0.6  # a slide is read aloud when this share of its word triples is said in order
READ_MIN_WORDS = 8  # fewer words on a slide cannot be "read out"


@dataclass(frozen=True)
class Word:
    """One transcribed word and when it was said (seconds from the start of the recording)."""

    start: float
    end: float
    text: str


def tokens(text: str) -> list[str]:
    """The words of ``text``, lower-case, without punctuation."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def fillers(words: list[str], language: str) -> Counter[str]:
    """Filler words said, by the catalogue's name for each (``umm`` counts as ``um``).

    An entry is ``name|variant|...``, and may be two words ("you know"). A one-word filler
    after a word in ``speech.not_filler_after`` is a real word ("I like", "en typ av").
    """
    book = phrases(language)
    forms: list[tuple[tuple[str, ...], str]] = []
    for entry in book.words("speech.fillers"):
        variants = [tuple(tokens(v)) for v in entry.split("|")]
        name = " ".join(variants[0])
        forms += [(v, name) for v in variants if v]
    forms.sort(key=lambda form: -len(form[0]))  # "you know" before "you"
    guard = set(book.say("speech.not_filler_after").split())
    found: Counter[str] = Counter()
    i = 0
    while i < len(words):
        for form, name in forms:
            if tuple(words[i : i + len(form)]) == form and not (
                len(form) == 1 and i > 0 and words[i - 1] in guard
            ):
                found[name] += 1
                i += len(form)
                break
        else:
            i += 1
    return found


def _stem(word: str) -> str:
    return word[:STEM]


def talking_points(notes: str) -> list[str]:
    """The speaker notes as points: one per line or bullet, long lines split at sentences."""
    points: list[str] = []
    for line in notes.splitlines():
        line = _BULLET.sub("", line).strip()
        points += [s.strip() for s in _SENTENCE.split(line) if tokens(s)]
    return points


def key_words(point: str, language: str) -> set[str]:
    """The words that mark a point: four letters or more, not among the language's commonest."""
    common = set(phrases(language).say("speech.common_words").split())
    return {_stem(w) for w in tokens(point) if len(w) >= 4 and w not in common}


@dataclass(frozen=True)
class PointCheck:
    point: str
    said: bool
    share: float  # of its key words heard


def check_points(notes: str, spoken: list[str], language: str) -> list[PointCheck]:
    """Each talking point of ``notes`` and whether the words ``spoken`` on the slide covered it."""
    heard = {_stem(w) for w in spoken}
    checks: list[PointCheck] = []
    for point in talking_points(notes):
        keys = key_words(point, language)
        if not keys:
            continue
        share = len(keys & heard) / len(keys)
        checks.append(PointCheck(point, share >= POINT_SAID, round(share, 2)))
    return checks


def read_aloud_share(slide_text: str, spoken: list[str]) -> float:
    """How much of the slide's own text was said word for word: its word triples heard in order."""
    shown = tokens(slide_text)
    if len(shown) < READ_MIN_WORDS:
        return 0.0
    said = set(zip(spoken, spoken[1:], spoken[2:], strict=False))
    triples = list(zip(shown, shown[1:], shown[2:], strict=False))
    return round(sum(t in said for t in triples) / len(triples), 2)


def read_aloud(slide_text: str, spoken: list[str]) -> bool:
    return read_aloud_share(slide_text, spoken) >= READ_ALOUD


def words_between(words: list[Word], start: float, end: float) -> list[str]:
    """The tokens of the words whose middle falls in [start, end)."""
    out: list[str] = []
    for word in words:
        if start <= (word.start + word.end) / 2 < end:
            out += tokens(word.text)
    return out


def per_minute(count: int, seconds: float) -> float | None:
    return round(count * 60 / seconds, 1) if seconds > 0 else None
