"""A rehearsal run: how long the talk and each slide took, against the plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class SlideTime:
    slide_key: str
    title: str
    seconds: float
    target_seconds: int

    @property
    def over_by(self) -> float:
        return self.seconds - self.target_seconds


@dataclass
class Rehearsal:
    """One run through the deck; stored in the store's ``rehearsals`` table."""

    started_at: datetime
    total_seconds: float
    target_seconds: int
    slides: list[SlideTime] = field(default_factory=list)
    pauses: int = 0
    paused_seconds: float = 0.0
    answers: list[dict[str, Any]] = field(default_factory=list)  # panel-mode questions and their times
    tolerance_seconds: int = 30
    completed: bool = True  # False: stopped before the last slide
    source: str = "deck"  # "deck", or "pdf:<file name>" for a deck rehearsed from a PDF
    speech: dict[str, Any] | None = None  # core.speech.analysis.TalkSpeech.to_dict() of its recording

    @property
    def over_slides(self) -> list[SlideTime]:
        """The timed slides that ran past their budget, longest overrun first."""
        over = [s for s in self.slides if s.target_seconds > 0 and s.over_by > 0]
        return sorted(over, key=lambda s: -s.over_by)

    @property
    def within_time(self) -> bool:
        return self.total_seconds <= self.target_seconds + self.tolerance_seconds

    def to_dict(self) -> dict[str, Any]:
        return {
            "started_at": self.started_at.isoformat(),
            "total_seconds": self.total_seconds,
            "target_seconds": self.target_seconds,
            "slides": [s.__dict__ for s in self.slides],
            "pauses": self.pauses,
            "paused_seconds": self.paused_seconds,
            "answers": self.answers,
            "tolerance_seconds": self.tolerance_seconds,
            "completed": self.completed,
            "source": self.source,
            **({"speech": self.speech} if self.speech is not None else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rehearsal:
        return cls(
            started_at=datetime.fromisoformat(data["started_at"]),
            total_seconds=float(data.get("total_seconds", 0)),
            target_seconds=int(data.get("target_seconds", 0)),
            slides=[SlideTime(**s) for s in data.get("slides", [])],
            pauses=int(data.get("pauses", 0)),
            paused_seconds=float(data.get("paused_seconds", 0)),
            answers=list(data.get("answers", [])),
            tolerance_seconds=int(data.get("tolerance_seconds", 30)),
            completed=bool(data.get("completed", True)),
            source=str(data.get("source", "deck")),
            speech=data["speech"] if isinstance(data.get("speech"), dict) else None,
        )
