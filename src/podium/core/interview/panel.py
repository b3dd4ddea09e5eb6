"""Panel mode: who asks what, when the panel interrupts, and how each answer is timed and rated.

- ``deal`` makes a run's ``Hand``: each slide's challenges and a pile of the rest (the user's
  doubts, the banks, every challenge), all weakest first (``history.weakest_first``). An
  interruption on a slide asks that slide's weakest challenge; the round after the last slide
  takes from the top of the pile.
- ``Interruptions`` decides when the panel breaks in: at a random moment on some slides, on the
  slides the user chose, or about every N minutes of talk. A seeded ``random.Random`` draws the
  moments, so a test (or a user who wants the same drill again) gets the same run.
- ``PanelRound`` times each answer on the presenter's monotonic clock against its target (per
  category, ``PanelSettings.targets``), then waits for the user's 1-5 rating before the next.

The talk clock holds while the candidate answers (``RehearsalRecorder.hold``); that is the
presenter's part.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from podium.core.interview.history import histories, weakest_first
from podium.core.interview.model import DOUBTS, MAX_SECONDS, MIN_SECONDS, Question
from podium.core.interview.practice import RATINGS
from podium.core.interview.questions import likely_questions
from podium.core.model import Preparation
from podium.core.phrasebook import phrases
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.talk_timer import Clock, TalkTimer
from podium.core.rehearsal.timeplan import TimeState

DEFAULT_DEAL = 5  # questions in the round after the last slide, besides every doubt of the user's
OFF, RANDOM, SLIDES, EVERY = "off", "random", "slides", "every"
MODES = (OFF, RANDOM, SLIDES, EVERY)
MOMENT = (0.25, 0.75)  # an interruption comes between a quarter and three quarters into the slide
MIN_MOMENT = 5.0  # but never in its first five seconds
JITTER = 0.2  # "about every N minutes": each gap is N minutes ± 20%
PROBE = "core-probe-"  # the banks' generic doubts; the user's own doubts replace them in a round
COACH_STEPS = ("acknowledge", "clarify", "evidence", "concede", "bridge")


@dataclass
class PanelSettings:
    """How the panel behaves in a rehearsal; kept as JSON in the UI's settings."""

    after_last: bool = True  # a round of questions after the last slide
    interrupt: str = OFF  # off, random, slides (the chosen ones) or every (about every N minutes)
    random_count: int = 2  # random: interrupt on this many slides
    slides: list[int] = field(default_factory=list)  # slides: these slide numbers (1-based)
    every_minutes: int = 3  # every: about this often, in minutes of talk
    targets: dict[str, int] = field(default_factory=dict)  # category -> answer target in seconds
    skip: list[str] = field(default_factory=list)  # categories the panel does not ask (a new one is asked)

    def to_dict(self) -> dict[str, object]:
        return {"after_last": self.after_last, "interrupt": self.interrupt, "random_count": self.random_count,
                "slides": list(self.slides), "every_minutes": self.every_minutes,
                "targets": dict(self.targets), "skip": list(self.skip)}  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PanelSettings:
        """Settings from stored JSON; anything missing or malformed keeps its default."""
        s = cls()
        s.after_last = bool(data.get("after_last", s.after_last))
        s.interrupt = (
            str(data.get("interrupt", s.interrupt)) if data.get("interrupt") in MODES else s.interrupt
        )
        with contextlib.suppress(TypeError, ValueError):
            s.random_count = max(0, min(10, int(data.get("random_count", s.random_count))))
        with contextlib.suppress(TypeError, ValueError):
            s.every_minutes = max(1, min(60, int(data.get("every_minutes", s.every_minutes))))
        raw = data.get("slides")
        s.slides = (
            sorted({int(n) for n in raw if isinstance(n, int) and n > 0}) if isinstance(raw, list) else []
        )
        skip = data.get("skip")
        s.skip = sorted({str(k) for k in skip if isinstance(k, str)}) if isinstance(skip, list) else []
        targets = data.get("targets")
        for key, value in targets.items() if isinstance(targets, dict) else ():
            if isinstance(value, int) and not isinstance(value, bool):
                s.targets[str(key)] = max(MIN_SECONDS // 2, min(MAX_SECONDS * 2, value))
        return s

    def target(self, question: Question) -> int:
        """The answer's target: the user's for its category, else the question's own."""
        return self.targets.get(question.category, question.target_seconds)


def parse_slides(text: str) -> list[int]:
    """'3, 7 9' or '3;7' as slide numbers; anything else in the text is ignored."""
    numbers = set()
    for part in text.replace(";", " ").replace(",", " ").split():
        with contextlib.suppress(ValueError):
            if int(part) > 0:
                numbers.add(int(part))
    return sorted(numbers)


# ------------------------------------------------------------------------------------ the deal


class Hand:
    """One run's questions: each slide's challenges and the pile, weakest first; each asked once."""

    def __init__(
        self, pile: Iterable[Question] = (), by_slide: dict[str, list[Question]] | None = None
    ) -> None:
        self.pile = list(pile)
        self.by_slide = {k: list(v) for k, v in (by_slide or {}).items()}
        self.asked: set[str] = set()

    def take(self, slide_key: str | None = None) -> Question | None:
        """The slide's weakest challenge not yet asked, else the top of the pile; None when empty."""
        for q in self.by_slide.get(slide_key or "", []):
            if q.id not in self.asked:
                return self._ask(q)
        for q in self.pile:
            if q.id not in self.asked:
                return self._ask(q)
        return None

    def _ask(self, q: Question) -> Question:
        self.asked.add(q.id)
        return q

    def rest(self) -> list[Question]:
        """The pile's questions not yet asked, in order (the round after the last slide)."""
        rest = [q for q in self.pile if q.id not in self.asked]
        self.asked |= {q.id for q in rest}
        return rest

    def __bool__(self) -> bool:
        return any(q.id not in self.asked for q in self.pile)

    def __len__(self) -> int:
        return sum(q.id not in self.asked for q in self.pile)


def as_hand(dealt: Hand | Iterable[Question]) -> Hand:
    return dealt if isinstance(dealt, Hand) else Hand(dealt)


def deal(
    prep: Preparation,
    rng: random.Random,
    count: int = DEFAULT_DEAL,
    rehearsals: Iterable[Rehearsal] = (),
    settings: PanelSettings | None = None,
) -> Hand:
    """This run's hand: the user's doubts first (or one of the banks' generic probes when they
    recorded none), then the ``count`` weakest of everything else; and every slide's challenges.
    Categories the user left out (``settings.skip``) are not asked."""
    settings = settings or PanelSettings()
    found = histories(prep, rehearsals)
    questions = [_timed(q, settings) for q in likely_questions(prep) if q.category not in settings.skip]
    doubts = [q for q in questions if q.source == "doubt"]
    probes = [q for q in questions if q.id.startswith(PROBE)]
    others = [q for q in questions if q.source != "doubt" and q.category != DOUBTS]
    pile = weakest_first(doubts, found, rng) or weakest_first(probes, found, rng)[:1]
    pile += weakest_first(others, found, rng)[:count]
    by_slide: dict[str, list[Question]] = {}
    for q in weakest_first([q for q in questions if q.slide], found, rng):
        by_slide.setdefault(q.slide, []).append(q)
    return Hand(pile, by_slide)


def _timed(question: Question, settings: PanelSettings) -> Question:
    target = settings.target(question)
    return question if target == question.target_seconds else replace(question, target_seconds=target)


# ---------------------------------------------------------------------------- interruptions


class Interruptions:
    """When the panel breaks in: planned from the settings, then checked against the talk's clocks.

    ``budgets`` are the slides' planned seconds (0 for a backup slide, which is never
    interrupted). A planned slide is interrupted once, at its moment; "about every N minutes"
    counts talk time, which stands still while the candidate answers.
    """

    def __init__(self, settings: PanelSettings, budgets: list[int], rng: random.Random) -> None:
        self.settings = settings
        self.moments: dict[int, float] = {}  # slide index -> seconds into the slide
        self.next_at: float | None = None  # every: talk seconds of the next interruption
        self._rng = rng
        timed = [i for i, b in enumerate(budgets) if b > 0]
        chosen: list[int] = []
        if settings.interrupt == RANDOM:
            middle = timed[1:-1]  # never the opening or the closing slide
            chosen = sorted(rng.sample(middle, min(settings.random_count, len(middle))))
        elif settings.interrupt == SLIDES:
            chosen = [n - 1 for n in settings.slides if 0 < n <= len(budgets)]
        for i in chosen:
            budget = budgets[i] or 60
            self.moments[i] = max(MIN_MOMENT, rng.uniform(*MOMENT) * budget)
        if settings.interrupt == EVERY:
            self.next_at = self._gap()
        self.done: set[int] = set()

    def _gap(self) -> float:
        minutes = self.settings.every_minutes * 60
        return self._rng.uniform(1 - JITTER, 1 + JITTER) * minutes

    def due(self, index: int, slide_seconds: float, talk_seconds: float) -> bool:
        """True once, when the panel should interrupt now."""
        moment = self.moments.get(index)
        if moment is not None and index not in self.done and slide_seconds >= moment:
            self.done.add(index)
            return True
        if self.next_at is not None and talk_seconds >= self.next_at:
            self.next_at = talk_seconds + self._gap()
            return True
        return False

    def reset(self) -> None:
        """A new run: every planned slide may interrupt again."""
        self.done.clear()
        if self.settings.interrupt == EVERY:
            self.next_at = self._gap()


# --------------------------------------------------------------------------------- the round


class PanelRound:
    """Questions put one at a time: each answer timed on the presenter's clock, then rated 1-5.

    ``phase`` is ``answer`` while the candidate speaks and ``rate`` once they said they are done
    (the coaching is shown then); ``rate(n)`` or ``skip()`` moves on.
    """

    def __init__(
        self,
        questions: list[Question],
        clock: Clock,
        *,
        at_slide: int | None = None,
        slide_key: str = "",
    ) -> None:
        self.questions = questions
        self.position = 0
        self.at_slide = at_slide  # None: the round after the last slide
        self.slide_key = slide_key
        self.answers: list[dict[str, Any]] = []
        self.phase = "answer"
        self.timer = TalkTimer(self.current.target_seconds if questions else 0, clock)
        self.timer.start()

    @property
    def current(self) -> Question:
        return self.questions[min(self.position, len(self.questions) - 1)]

    @property
    def done(self) -> bool:
        return self.position >= len(self.questions)

    @property
    def answer_seconds(self) -> float:
        return self.timer.elapsed

    @property
    def last(self) -> dict[str, Any] | None:
        return self.answers[-1] if self.answers else None

    def state(self, warn_seconds: int = 15) -> TimeState:
        target = self.current.target_seconds
        if self.answer_seconds > target:
            return TimeState.OVER
        if self.answer_seconds >= target - warn_seconds:
            return TimeState.WARNING
        return TimeState.NORMAL

    def pause(self) -> None:
        self.timer.pause()

    def resume(self) -> None:
        if self.phase == "answer":
            self.timer.start()

    def answered(self) -> None:
        """The candidate has finished: stop the clock, record the answer, show the coaching."""
        if self.done or self.phase != "answer":
            return
        self.timer.pause()
        q = self.current
        self.answers.append(
            {
                "id": q.id,
                "text": q.text,
                "source": q.source,
                "category": q.category,
                "kind": q.kind,
                "slide": q.slide,
                "seconds": round(self.timer.elapsed, 2),
                "target_seconds": q.target_seconds,
                "at_slide": self.at_slide,
                "rating": 0,
            }
        )
        self.phase = "rate"

    def rate(self, rating: int) -> bool:
        """The candidate's verdict on the answer just given; False when no question is left."""
        if self.phase == "rate" and rating in RATINGS and self.answers:
            self.answers[-1]["rating"] = rating
        return self.skip()

    def skip(self) -> bool:
        """On to the next question without a rating; False when none is left."""
        if self.phase == "answer":
            self.answered()
        self.position += 1
        self.phase = "answer"
        self.timer.reset()
        if self.done:
            return False
        self.timer.total_seconds = self.current.target_seconds
        self.timer.start()
        return True

    def stop(self) -> None:
        """End the round now: an answer in progress is kept, unrated."""
        if not self.done and self.phase == "answer":
            self.answered()
        self.position = len(self.questions)


def coaching(language: str) -> tuple[str, list[str]]:
    """The heading and the five steps of handling a challenge, in the deck's language."""
    said = phrases(language)
    return said.say("coach.heading"), [said.say(f"coach.{step}") for step in COACH_STEPS]
