"""The candidate's homework on the company, kept in ``Preparation.research``.

Everything here is plain data with tolerant ``from_dict``: a hand-edited or
older document never stops the preparation from opening. Records that other
code refers to (doubts, ideas) carry a stable ``id`` so answers practised for a
follow-up question stay attached when the list is reordered.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

from podium import paths
from podium.core.atomic import atomic_write
from podium.core.model import Preparation

RESEARCH_VERSION = 1
_SECTIONS = ("company", "news", "people", "ideas", "doubts", "questions")


def short_id() -> str:
    return uuid.uuid4().hex[:10]


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


T = TypeVar("T")


def _record(cls: type[T], data: Any) -> T:
    """A dataclass from a dict, keeping only known string fields; junk becomes empty text."""
    if not isinstance(data, dict):
        data = {}
    values = {f.name: _text(data.get(f.name, "")) for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**values)


@dataclass
class Company:
    website: str = ""
    industry: str = ""
    offering: str = ""  # what it sells
    mission: str = ""
    size: str = ""
    goals: str = ""  # operational goals, one per line
    department: str = ""  # the department and how it fits
    competitors: str = ""  # one per line
    culture: str = ""  # culture and values
    logo: str = ""  # path of the accepted logo (PNG) in the data folder

    @property
    def goal_list(self) -> list[str]:
        return lines(self.goals)

    @property
    def competitor_list(self) -> list[str]:
        return lines(self.competitors)


@dataclass
class NewsItem:
    date: str = ""  # as the user typed it; ISO dates sort best
    headline: str = ""
    url: str = ""
    note: str = ""  # why it matters for the role


@dataclass
class Person:
    name: str = ""
    title: str = ""
    interest: str = ""  # their interest in the role
    notes: str = ""
    ask: str = ""  # what to ask them
    url: str = ""  # a profile page


@dataclass
class Idea:
    """Something the company could do better: what you saw, how you know, what you propose."""

    observation: str = ""
    evidence: str = ""
    proposal: str = ""
    id: str = ""

    def __post_init__(self) -> None:
        self.id = self.id or short_id()


@dataclass
class Doubt:
    """A doubt from the first interview and the evidence that answers it."""

    doubt: str = ""
    evidence: str = ""
    id: str = ""

    def __post_init__(self) -> None:
        self.id = self.id or short_id()


@dataclass
class AskQuestion:
    """A question the candidate will ask the panel."""

    text: str = ""
    who: str = ""


@dataclass
class Research:
    company: Company = field(default_factory=Company)
    news: list[NewsItem] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    ideas: list[Idea] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)
    questions: list[AskQuestion] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": RESEARCH_VERSION,
            "company": asdict(self.company),
            "news": [asdict(n) for n in self.news],
            "people": [asdict(p) for p in self.people],
            "ideas": [asdict(i) for i in self.ideas],
            "doubts": [asdict(d) for d in self.doubts],
            "questions": [asdict(q) for q in self.questions],
        }

    @classmethod
    def from_dict(cls, data: Any) -> Research:
        data = data if isinstance(data, dict) else {}

        def items(key: str, kind: type[T]) -> list[T]:
            raw = data.get(key)
            return [_record(kind, r) for r in raw] if isinstance(raw, list) else []

        return cls(
            company=_record(Company, data.get("company")),
            news=items("news", NewsItem),
            people=items("people", Person),
            ideas=items("ideas", Idea),
            doubts=items("doubts", Doubt),
            questions=items("questions", AskQuestion),
        )

    @property
    def answered_doubts(self) -> list[Doubt]:
        return [d for d in self.doubts if d.doubt.strip() and d.evidence.strip()]

    @property
    def usable_ideas(self) -> list[Idea]:
        return [i for i in self.ideas if i.observation.strip() or i.proposal.strip()]


def lines(text: str) -> list[str]:
    """Non-empty lines with list markers ("- ", "• ", "* ") stripped."""
    out = []
    for line in text.splitlines():
        line = line.strip().lstrip("-•*").strip()
        if line:
            out.append(line)
    return out


def load_research(prep: Preparation) -> Research:
    return Research.from_dict(prep.research)


def store_research(prep: Preparation, research: Research) -> None:
    """Write ``research`` into the preparation, keeping keys other features keep there (practice)."""
    prep.research.update(research.to_dict())


def save_logo(prep: Preparation, research: Research, png: bytes) -> Path:
    """Keep an accepted logo in Podium's data folder and show it on the slides.

    The file is named after the preparation and the image's hash, so accepting the same
    logo twice writes nothing new and a different logo never overwrites one still in use.
    """
    folder = paths.data_dir() / "logos"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{prep.id}-{hashlib.sha256(png).hexdigest()[:12]}.png"
    if not target.exists():
        atomic_write(target, lambda tmp: tmp.write_bytes(png))
    research.company.logo = prep.deck.logo = str(target)
    return target


# ------------------------------------------------------------------------- gaps

# What a candidate should know before a second interview; each gap names the section to fill.
COMPANY_FIELDS = ("website", "industry", "offering", "mission", "goals", "department")


def research_gaps(prep: Preparation) -> list[tuple[str, str]]:
    """(kind, detail) pairs for what is still missing, in the order the panel would probe it.

    Kinds: ``company-field`` (detail: the field name), ``people``, ``news``, ``competitors``,
    ``culture``, ``ideas``, ``doubts``, ``doubt-evidence`` (detail: the doubt), ``questions``.
    """
    research = load_research(prep)
    gaps: list[tuple[str, str]] = []
    company = research.company
    gaps += [("company-field", name) for name in COMPANY_FIELDS if not getattr(company, name).strip()]
    if not company.competitor_list:
        gaps.append(("competitors", ""))
    if not company.culture.strip():
        gaps.append(("culture", ""))
    if not any(n.headline.strip() for n in research.news):
        gaps.append(("news", ""))
    if not any(p.name.strip() for p in research.people):
        gaps.append(("people", ""))
    if not research.usable_ideas:
        gaps.append(("ideas", ""))
    if not any(d.doubt.strip() for d in research.doubts):
        gaps.append(("doubts", ""))
    gaps += [
        ("doubt-evidence", d.doubt) for d in research.doubts if d.doubt.strip() and not d.evidence.strip()
    ]
    if not any(q.text.strip() for q in research.questions):
        gaps.append(("questions", ""))
    return gaps
