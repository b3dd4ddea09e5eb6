"""Panel mode: deal the panel's likely questions and the user's own doubts, and time each answer.

Questions come from ``questions.likely_questions`` (the bank another module grows) plus the
doubts the user noted in their research, phrased as the panel would put them. A seeded
``random.Random`` decides the order and where a question interrupts the talk, so a test (or a
user who wants the same drill again) gets the same deal.
"""

from __future__ import annotations

import random
from typing import Any

from podium.core.interview.questions import Question, likely_questions
from podium.core.model import Preparation
from podium.core.rehearsal.talk_timer import Clock, TalkTimer
from podium.core.rehearsal.timeplan import TimeState

DEFAULT_DEAL = 5  # bank questions per round, besides every doubt


def doubt_questions(prep: Preparation) -> list[Question]:
    """The user's doubts from the first interview, as the panel would ask about them."""
    out = []
    raw = prep.research.get("doubts", []) if isinstance(prep.research, dict) else []
    for i, item in enumerate(raw if isinstance(raw, list) else []):
        if isinstance(item, str):
            doubt, evidence, ident = item, "", ""
        elif isinstance(item, dict):
            doubt = str(item.get("doubt") or item.get("text") or "")
            evidence, ident = str(item.get("evidence") or ""), str(item.get("id") or "")
        else:
            continue
        doubt = doubt.strip().rstrip(".?")
        if not doubt:
            continue
        if prep.language == "sv":
            text = f"Vi undrar fortfarande över en sak: {doubt}. Vad säger du om det?"
            guide = (
                f"Ditt belägg: {evidence.strip()}"
                if evidence.strip()
                else ("Bekräfta farhågan lugnt och svara med belägg: ett exempel, en siffra, ett resultat.")
            )
        else:
            text = f"One thing still makes us hesitate: {doubt}. What would you say to that?"
            guide = (
                f"Your evidence: {evidence.strip()}"
                if evidence.strip()
                else (
                    "Acknowledge the concern calmly, then answer it with evidence: an example, a number, a result."
                )
            )
        out.append(Question(id=f"doubt-{ident or i}", text=text, guidance=guide, source="doubt"))
    return out


def deal(prep: Preparation, rng: random.Random, count: int = DEFAULT_DEAL) -> list[Question]:
    """Every doubt plus ``count`` questions from the bank, shuffled."""
    doubts = doubt_questions(prep)
    seen = {q.text for q in doubts}
    bank = [q for q in likely_questions(prep) if q.text not in seen]
    hand = doubts + rng.sample(bank, min(count, len(bank)))
    rng.shuffle(hand)
    return hand


def interruption_points(timed: list[int], count: int, rng: random.Random) -> set[int]:
    """Slides (indexes) where a question interrupts the talk: never the first or the last."""
    middle = timed[1:-1]
    return set(rng.sample(middle, min(count, len(middle))))


class PanelRound:
    """Questions dealt one at a time; each answer timed on the presenter's clock."""

    def __init__(self, questions: list[Question], clock: Clock, *, at_slide: int | None = None) -> None:
        self.questions = questions
        self.position = 0
        self.at_slide = at_slide  # None: the round after the last slide
        self.answers: list[dict[str, Any]] = []
        self._clock = clock
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
        self.timer.start()

    def answered(self) -> bool:
        """Record the current answer and deal the next question; False when none are left."""
        if self.done:
            return False
        question = self.current
        self.answers.append(
            {
                "id": question.id,
                "text": question.text,
                "source": question.source,
                "seconds": round(self.timer.elapsed, 2),
                "target_seconds": question.target_seconds,
                "at_slide": self.at_slide,
            }
        )
        self.position += 1
        self.timer.reset()
        if self.done:
            return False
        self.timer.total_seconds = self.current.target_seconds
        self.timer.start()
        return True
