"""Panel mode: deal the panel's likely questions and the user's own doubts, and time each answer.

Questions come from ``questions.likely_questions`` (the bank another module grows) plus the
doubts the user noted in their research, phrased as the panel would put them
(``questions.doubt_questions``). A seeded ``random.Random`` decides the order and where a
question interrupts the talk, so a test (or a user who wants the same drill again) gets the
same deal.
"""

from __future__ import annotations

import random
from typing import Any

from podium.core.interview.questions import Question, doubt_questions, likely_questions
from podium.core.model import Preparation
from podium.core.rehearsal.talk_timer import Clock, TalkTimer
from podium.core.rehearsal.timeplan import TimeState

DEFAULT_DEAL = 5  # bank questions per round, besides every doubt


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
