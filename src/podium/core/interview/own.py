"""The user's own changes to the panel's questions: questions they add, wordings they rewrite, and
questions they hide.

Kept in ``prep.research["question_edits"]``, beside the practice, so they travel with the
preparation. Nothing of Podium's is ever deleted: a hidden question comes back when it is shown
again, and a rewritten one when the user's wording is removed. Every change is a pure function
of the edits, so the Questions tab can undo it by putting the previous value back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from podium.core.interview.model import MAX_SECONDS, MIN_SECONDS, Question
from podium.core.model import Preparation
from podium.core.phrasebook import phrases

EDITS_KEY = "question_edits"
OWN_PREFIX = "own-"
DEFAULT_CATEGORY = "pressure"


@dataclass(frozen=True)
class OwnQuestion:
    """A question the user added: one they expect from this panel that no bank has."""

    id: str
    text: str
    category: str = DEFAULT_CATEGORY
    seconds: int = 90

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "category": self.category, "seconds": self.seconds}

    @classmethod
    def from_dict(cls, data: Any) -> OwnQuestion | None:
        if not isinstance(data, dict) or not str(data.get("text", "")).strip():
            return None
        try:
            seconds = int(data.get("seconds", 90))
        except (TypeError, ValueError):
            seconds = 90
        ident = str(data.get("id") or "")
        return cls(
            id=ident if ident.startswith(OWN_PREFIX) else new_id(),
            text=str(data["text"]).strip(),
            category=str(data.get("category") or DEFAULT_CATEGORY),
            seconds=max(MIN_SECONDS, min(MAX_SECONDS, seconds)),
        )


def new_id() -> str:
    return OWN_PREFIX + uuid.uuid4().hex[:10]


@dataclass(frozen=True)
class QuestionEdits:
    added: tuple[OwnQuestion, ...] = ()
    wording: dict[str, str] = field(default_factory=dict)  # question id -> the user's wording
    hidden: frozenset[str] = frozenset()

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": [q.to_dict() for q in self.added],
            "wording": dict(self.wording),
            "hidden": sorted(self.hidden),
        }

    @classmethod
    def from_dict(cls, data: Any) -> QuestionEdits:
        data = data if isinstance(data, dict) else {}
        raw = data.get("added") if isinstance(data.get("added"), list) else []
        added = [OwnQuestion.from_dict(q) for q in raw]
        wording = data.get("wording") if isinstance(data.get("wording"), dict) else {}
        hidden = data.get("hidden") if isinstance(data.get("hidden"), list) else []
        return cls(
            added=tuple(q for q in added if q is not None),
            wording={str(k): str(v).strip() for k, v in wording.items() if str(v).strip()},
            hidden=frozenset(str(h) for h in hidden),
        )

    # Each change returns new edits; the caller stores them (and keeps the old ones to undo).

    def add(self, question: OwnQuestion) -> QuestionEdits:
        return replace(self, added=(*self.added, question))

    def reword(self, question_id: str, text: str, *, category: str = "", seconds: int = 0) -> QuestionEdits:
        """The user's wording for ``question_id``; their own question is changed in place (its
        category and target too), and an empty ``text`` for one of Podium's gives Podium's back."""
        text = " ".join(text.split())
        if question_id.startswith(OWN_PREFIX):
            added = tuple(
                replace(
                    q,
                    text=text or q.text,
                    category=category or q.category,
                    seconds=max(MIN_SECONDS, min(MAX_SECONDS, seconds)) if seconds else q.seconds,
                )
                if q.id == question_id
                else q
                for q in self.added
            )
            return replace(self, added=added)
        wording = {k: v for k, v in self.wording.items() if k != question_id}
        if text:
            wording[question_id] = text
        return replace(self, wording=wording)

    def hide(self, question_id: str, hidden: bool = True) -> QuestionEdits:
        ids = self.hidden | {question_id} if hidden else self.hidden - {question_id}
        return replace(self, hidden=frozenset(ids))

    def remove(self, question_id: str) -> QuestionEdits:
        """Take away one of the user's own questions (Podium's are hidden, never removed)."""
        return replace(self, added=tuple(q for q in self.added if q.id != question_id))


def load_edits(prep: Preparation) -> QuestionEdits:
    return QuestionEdits.from_dict(prep.research.get(EDITS_KEY))


def store_edits(prep: Preparation, edits: QuestionEdits) -> None:
    prep.research[EDITS_KEY] = edits.to_dict()


def apply(questions: list[Question], edits: QuestionEdits, language: str) -> list[Question]:
    """``questions`` with the user's wording and hidden marks, then the user's own questions."""
    out = []
    for q in questions:
        text = edits.wording.get(q.id)
        if text and text != q.text:
            q = replace(q, text=text, edited=True)
        if q.id in edits.hidden:
            q = replace(q, hidden=True)
        out.append(q)
    guidance = phrases(language).say("questions.own_guidance")
    for own in edits.added:
        out.append(
            Question(
                id=own.id,
                text=own.text,
                guidance=guidance,
                target_seconds=own.seconds,
                source="own",
                category=own.category,
                hidden=own.id in edits.hidden,
            )
        )
    return out
