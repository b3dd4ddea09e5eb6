"""How ready the candidate is: the time left and what is still missing, area by area.

Pure data; the UI words each item in the user's language. Areas match the
workspace sections (research, deck, questions, rehearse) so every item can
take the user straight to where it is fixed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from podium.core.deck.checks import unfinished_items
from podium.core.interview.history import histories
from podium.core.interview.model import Question
from podium.core.interview.practice import unanswered
from podium.core.interview.questions import likely_questions
from podium.core.model import Preparation
from podium.core.rehearsal.runs import Rehearsal
from podium.core.research.records import research_gaps

RESEARCH, DECK, QUESTIONS, REHEARSE = "research", "deck", "questions", "rehearse"
# The questions a candidate must have a drafted answer for. The banks hold some fifty per role:
# counting all of them as "missing" would say "53 to do" to everyone and mean nothing. These are
# the ones a second interview almost always asks (the five classics), the doubts the candidate
# recorded from round one (what this panel is actually unsure about) and the questions they
# added themselves; the rest are practice material. The slides' challenges are counted apart,
# by whether they have been answered aloud (``_challenge_items``).
ESSENTIAL_CATEGORIES = ("classic",)
ESSENTIAL_SOURCES = ("doubt", "own")


def essential(questions: list[Question]) -> list[Question]:
    return [q for q in questions if q.category in ESSENTIAL_CATEGORIES or q.source in ESSENTIAL_SOURCES]


@dataclass(frozen=True)
class Missing:
    """One thing still to do. ``kind`` picks the wording; ``count``/``detail`` fill it in."""

    area: str
    kind: str
    count: int = 1
    detail: str = ""
    slide_index: int = -1  # deck items: the slide concerned
    block_index: int = -1  # deck items: the block on that slide, or -1 for the slide's title or notes


@dataclass
class Readiness:
    seconds_left: float | None  # None: no interview date; negative: the interview has passed
    items: list[Missing] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not self.items

    def by_area(self, area: str) -> list[Missing]:
        return [i for i in self.items if i.area == area]


def seconds_until(interview_at: datetime | None, now: datetime) -> float | None:
    if interview_at is None:
        return None
    if (interview_at.tzinfo is None) != (now.tzinfo is None):  # compare like with like
        interview_at = interview_at.replace(tzinfo=now.tzinfo)
    return (interview_at - now).total_seconds()


def _deck_items(prep: Preparation) -> list[Missing]:
    """One item per unfinished thing in the deck (``core.deck.checks``), each with its place."""
    return [
        Missing(DECK, u.kind, 1, slide_index=u.slide_index, block_index=u.block_index)
        for u in unfinished_items(prep.deck)
    ]


def _rehearsal_items(prep: Preparation, rehearsals: list[Rehearsal]) -> list[Missing]:
    target = prep.talk_minutes * 60
    if not rehearsals:
        return [Missing(REHEARSE, "never")]
    latest = max(rehearsals, key=lambda r: r.started_at)
    if latest.within_time and latest.total_seconds >= target * 0.6:
        return []
    if not latest.within_time:
        return [Missing(REHEARSE, "over", count=round(latest.total_seconds - latest.target_seconds))]
    # A run well under the time is a walk-through, not a rehearsal: say how long it took of how long.
    return [Missing(REHEARSE, "short", count=round(latest.total_seconds), detail=str(round(target)))]


def _challenge_items(
    questions: list[Question], prep: Preparation, rehearsals: list[Rehearsal]
) -> list[Missing]:
    """Slides whose challenge has never been answered aloud, in a panel round or a practice."""
    timed = {s.key for s in prep.deck.slides if not s.backup}
    by_slide: dict[str, list[str]] = {}
    for q in questions:
        if q.slide and q.slide in timed:
            by_slide.setdefault(q.slide, []).append(q.id)
    if not by_slide:
        return []
    found = histories(prep, rehearsals)
    open_slides = [k for k, ids in by_slide.items() if not any(found.get(i) and found[i].count for i in ids)]
    if not open_slides:
        return []
    return [Missing(REHEARSE, "challenges", len(open_slides), str(len(by_slide)))]


def readiness(prep: Preparation, rehearsals: list[Rehearsal], now: datetime) -> Readiness:
    """Everything still missing before the interview, in the order worth doing it.

    The one to-do list of a preparation: the workspace header, the Deck tab's To do list and the
    export dialog all show these items, so they always agree on the count.
    """
    items: list[Missing] = []
    gaps = research_gaps(prep)
    fields = [detail for kind, detail in gaps if kind == "company-field"]
    if fields:
        items.append(Missing(RESEARCH, "company-field", len(fields), ", ".join(fields)))
    items += [Missing(RESEARCH, kind, 1, detail) for kind, detail in gaps if kind != "company-field"]
    items += _deck_items(prep)
    questions = likely_questions(prep)
    key_questions = essential(questions)
    open_questions = unanswered(prep, key_questions)
    if open_questions:
        items.append(Missing(QUESTIONS, "unanswered", len(open_questions), str(len(key_questions))))
    items += _rehearsal_items(prep, rehearsals)
    items += _challenge_items(questions, prep, rehearsals)
    return Readiness(seconds_until(prep.interview_at, now), items)
