"""Each question's record of practice, and the order that brings the weakest back first.

An answer is said aloud in three places: the Questions tab's timer (logged in the practice,
``practice.Answer``), the presenter's panel mode (kept in the rehearsal record's ``answers``) and
the Rehearse tab's review. ``histories`` puts them together per question id, oldest first.

``weakest_first`` orders questions by how badly they go, in this order of importance:

1. **rated low**: the latest rating is 1 or 2 (of 5); the lower, the earlier, then the further
   over its target;
2. **over time**: the latest answer ran more than 15% past its target; the further, the earlier;
3. **never practised**: not yet said aloud (shuffled by the caller's random source, so two rounds
   do not open with the same question; in bank order without one);
4. **the rest**: a lower latest rating first (unrated counts as 3), then the longest since it was
   practised.

So a question that went badly comes back before one never tried, and one that went well waits
until everything else has had its turn.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from podium.core.interview.model import Question
from podium.core.interview.practice import TOLERANCE, Answer, practice_of
from podium.core.model import Preparation
from podium.core.rehearsal.runs import Rehearsal

LOW = 2  # a latest rating of 2 or less: the answer went badly
UNRATED = 3  # an unrated answer counts as middling
_NEVER = datetime.min


@dataclass
class History:
    """Every spoken answer to one question, oldest first."""

    answers: list[Answer] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.answers)

    @property
    def last(self) -> Answer | None:
        return self.answers[-1] if self.answers else None

    @property
    def rating(self) -> int:
        """The latest rating given (0: never rated)."""
        return next((a.rating for a in reversed(self.answers) if a.rating), 0)

    @property
    def ratings(self) -> list[int]:
        return [a.rating for a in self.answers if a.rating]

    @property
    def times(self) -> list[float]:
        return [a.seconds for a in self.answers]

    @property
    def when(self) -> datetime | None:
        return max((a.when for a in self.answers if a.when), default=None)

    def over(self, target: int) -> float:
        """How far past ``target`` the latest answer ran, as a fraction of it (0: within time)."""
        last = self.last
        if last is None:
            return 0.0
        goal = last.target_seconds or target
        if goal <= 0 or last.seconds <= goal * (1 + TOLERANCE):
            return 0.0
        return last.seconds / goal - 1


def _panel_answers(rehearsals: Iterable[Rehearsal]) -> Iterable[tuple[str, Answer]]:
    for run in rehearsals:
        for raw in run.answers:
            if not isinstance(raw, dict) or not raw.get("id"):
                continue
            try:
                seconds = float(raw.get("seconds", 0))
                target = int(raw.get("target_seconds", 0))
                rating = int(raw.get("rating", 0) or 0)
            except (TypeError, ValueError):
                continue
            at = run.started_at.isoformat(timespec="seconds")
            yield str(raw["id"]), Answer(seconds, target, rating if 1 <= rating <= 5 else 0, at, "panel")


def histories(prep: Preparation, rehearsals: Iterable[Rehearsal] = ()) -> dict[str, History]:
    """Each question id's answers from the Questions tab, panel rounds and reviews, oldest first."""
    found: dict[str, list[Answer]] = {}
    for qid, practice in practice_of(prep).items():
        log = practice.log or [
            Answer(s) for s in practice.attempts
        ]  # attempts from before answers were dated
        found.setdefault(qid, []).extend(log)
    for qid, answer in _panel_answers(rehearsals):
        found.setdefault(qid, []).append(answer)
    return {
        qid: History(sorted(answers, key=lambda a: a.when or _NEVER))  # undated ones are the oldest
        for qid, answers in found.items()
    }


def weakness(question: Question, history: History | None) -> tuple[int, float, float]:
    """The sort key of ``weakest_first``: (band, then what orders the band), smaller is weaker."""
    if history is None or not history.count:
        return (2, 0.0, 0.0)
    over = history.over(question.target_seconds)
    rating = history.rating
    if rating and rating <= LOW:
        return (0, rating, -over)
    if over > 0:
        return (1, -over, 0.0)
    when = history.when
    return (3, rating or UNRATED, when.timestamp() if when else float("-inf"))


def weakest_first(
    questions: Iterable[Question], found: dict[str, History], rng: random.Random | None = None
) -> list[Question]:
    """``questions`` with the weakest first (see the module docstring for the order)."""
    listed = list(questions)
    shuffle = list(range(len(listed)))
    if rng is not None:
        rng.shuffle(shuffle)
    order = {q.id: i for q, i in zip(listed, shuffle, strict=True)}
    return sorted(listed, key=lambda q: (*weakness(q, found.get(q.id)), order[q.id]))
