"""The candidate's practice of each question: a draft, STAR notes, confidence and timed attempts.

Kept in ``prep.research["practice"]`` keyed by question id, so practice survives
reordering of the bank and a deck regenerated from new data. Drill mode deals
questions at random, more often the ones the candidate is least sure of.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from podium.core.interview.questions import Question
from podium.core.model import Preparation

PRACTICE_KEY = "practice"
MAX_ATTEMPTS = 20
CONFIDENCE_LEVELS = (0, 1, 2, 3)  # not marked, shaky, getting there, confident
STAR_FIELDS = ("situation", "task", "action", "result")
TOLERANCE = 0.15  # an answer within 15% over its target still counts as within time


@dataclass
class Practice:
    answer: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    confidence: int = 0
    attempts: list[float] = field(default_factory=list)  # seconds per timed attempt, oldest first

    def to_dict(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "star": {name: getattr(self, name) for name in STAR_FIELDS},
            "confidence": self.confidence,
            "attempts": [round(a, 1) for a in self.attempts[-MAX_ATTEMPTS:]],
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
        return cls(
            answer=str(data.get("answer", "") or ""),
            confidence=confidence if confidence in CONFIDENCE_LEVELS else 0,
            attempts=attempts[-MAX_ATTEMPTS:],
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


def record_attempt(prep: Preparation, question_id: str, seconds: float) -> Practice:
    practice = load(prep, question_id)
    practice.attempts = [*practice.attempts, float(seconds)][-MAX_ATTEMPTS:]
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
