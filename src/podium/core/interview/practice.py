"""The candidate's practice of each question: a draft, STAR notes, confidence and timed attempts.

Kept in ``prep.research["practice"]`` keyed by question id, so practice survives
reordering of the bank and a deck regenerated from new data. Each spoken answer is logged
with when it was given, its target and the user's 1-5 rating (``Answer``), so
``history`` can bring the weakest back first. Drill mode deals questions at random, more
often the ones the candidate is least sure of.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from podium.core.interview.model import Question
from podium.core.model import Preparation

PRACTICE_KEY = "practice"
MAX_ATTEMPTS = 20
CONFIDENCE_LEVELS = (0, 1, 2, 3)  # not marked, shaky, getting there, confident
STAR_FIELDS = ("situation", "task", "action", "result")
TOLERANCE = 0.15  # an answer within 15% over its target still counts as within time
RATINGS = (1, 2, 3, 4, 5)  # the user's own verdict on an answer: 1 lost, 5 nailed it


@dataclass(frozen=True)
class Answer:
    """One answer said aloud against the clock."""

    seconds: float
    target_seconds: int = 0
    rating: int = 0  # 1-5, 0: not rated
    at: str = ""  # ISO date and time; "" for an attempt from before answers were dated
    where: str = "drill"  # drill (the Questions tab), panel (the presenter), review (the Rehearse tab)

    def to_dict(self) -> dict[str, Any]:
        return {"seconds": round(self.seconds, 1), "target": self.target_seconds, "rating": self.rating,
                "at": self.at, "where": self.where}  # fmt: skip

    @classmethod
    def from_dict(cls, data: Any) -> Answer | None:
        if not isinstance(data, dict):
            return None
        try:
            seconds = max(0.0, float(data.get("seconds", 0)))
            target = max(0, int(data.get("target", 0)))
            rating = int(data.get("rating", 0))
        except (TypeError, ValueError):
            return None
        return cls(seconds, target, rating if rating in RATINGS else 0, str(data.get("at", "") or ""),
                   str(data.get("where", "drill") or "drill"))  # fmt: skip

    @property
    def when(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.at).replace(tzinfo=None) if self.at else None
        except ValueError:
            return None


@dataclass
class Practice:
    answer: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    confidence: int = 0
    attempts: list[float] = field(default_factory=list)  # seconds per timed attempt, oldest first
    log: list[Answer] = field(default_factory=list)  # the same attempts, dated and rated

    def to_dict(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "star": {name: getattr(self, name) for name in STAR_FIELDS},
            "confidence": self.confidence,
            "attempts": [round(a, 1) for a in self.attempts[-MAX_ATTEMPTS:]],
            "log": [a.to_dict() for a in self.log[-MAX_ATTEMPTS:]],
        }

    @classmethod
    def from_dict(cls, data: Any) -> Practice:
        data = data if isinstance(data, dict) else {}
        star = data.get("star") if isinstance(data.get("star"), dict) else {}
        try:
            confidence = int(data.get("confidence", 0))
        except (TypeError, ValueError):
            confidence = 0
        attempts = []
        for a in data.get("attempts", []) if isinstance(data.get("attempts"), list) else []:
            try:
                attempts.append(max(0.0, float(a)))
            except (TypeError, ValueError):
                continue
        log = [Answer.from_dict(a) for a in data.get("log", [])] if isinstance(data.get("log"), list) else []
        return cls(
            answer=str(data.get("answer", "") or ""),
            confidence=confidence if confidence in CONFIDENCE_LEVELS else 0,
            attempts=attempts[-MAX_ATTEMPTS:],
            log=[a for a in log if a is not None][-MAX_ATTEMPTS:],
            **{name: str(star.get(name, "") or "") for name in STAR_FIELDS},
        )

    @property
    def star_text(self) -> str:
        return "\n".join(getattr(self, n) for n in STAR_FIELDS if getattr(self, n).strip())

    def answered(self, question: Question) -> bool:
        """A draft exists: free text, or for a behavioural question at least the action and the result."""
        if self.answer.strip():
            return True
        return question.behavioural and bool(self.action.strip() and self.result.strip())

    def within_time(self, question: Question) -> bool:
        """The last timed attempt landed within the target (with a little tolerance)."""
        return bool(self.attempts) and self.attempts[-1] <= question.target_seconds * (1 + TOLERANCE)

    @property
    def best(self) -> float | None:
        return min(self.attempts) if self.attempts else None


def practice_of(prep: Preparation) -> dict[str, Practice]:
    raw = prep.research.get(PRACTICE_KEY)
    raw = raw if isinstance(raw, dict) else {}
    return {str(k): Practice.from_dict(v) for k, v in raw.items()}


def load(prep: Preparation, question_id: str) -> Practice:
    raw = prep.research.get(PRACTICE_KEY)
    return Practice.from_dict(raw.get(question_id) if isinstance(raw, dict) else None)


def save(prep: Preparation, question_id: str, practice: Practice) -> None:
    raw = prep.research.get(PRACTICE_KEY)
    if not isinstance(raw, dict):
        raw = prep.research[PRACTICE_KEY] = {}
    raw[question_id] = practice.to_dict()


def record_attempt(
    prep: Preparation,
    question_id: str,
    seconds: float,
    *,
    target: int = 0,
    at: datetime | None = None,
    where: str = "drill",
    rating: int = 0,
) -> Practice:
    """Log one spoken answer (``at`` from ``core.clock``; the caller passes it so tests fix it)."""
    practice = load(prep, question_id)
    practice.attempts = [*practice.attempts, float(seconds)][-MAX_ATTEMPTS:]
    stamp = at.isoformat(timespec="seconds") if at else ""
    answer = Answer(float(seconds), target, rating if rating in RATINGS else 0, stamp, where)
    practice.log = [*practice.log, answer][-MAX_ATTEMPTS:]
    save(prep, question_id, practice)
    return practice


def rate_last(prep: Preparation, question_id: str, rating: int) -> Practice:
    """The user's 1-5 verdict on their latest answer to ``question_id``."""
    practice = load(prep, question_id)
    if practice.log and rating in RATINGS:
        practice.log = [*practice.log[:-1], replace(practice.log[-1], rating=rating)]
        save(prep, question_id, practice)
    return practice


def unanswered(prep: Preparation, questions: list[Question]) -> list[Question]:
    done = practice_of(prep)
    return [q for q in questions if not done.get(q.id, Practice()).answered(q)]


def deal(
    questions: list[Question], practice: dict[str, Practice], rng: random.Random, last_id: str = ""
) -> Question | None:
    """A random question, weighted toward low confidence; never the same one twice in a row."""
    pool = [q for q in questions if q.id != last_id] or list(questions)
    if not pool:
        return None
    weights = []
    for q in pool:
        p = practice.get(q.id, Practice())
        weights.append({0: 3.0, 1: 4.0, 2: 2.0, 3: 1.0}[p.confidence])
    return rng.choices(pool, weights=weights, k=1)[0]
