"""The panel's likely questions: a core bank for every second interview, per role, and follow-ups.

The banks are content, so they live beside the deck templates:
``templates/_shared/questions.<lang>.toml`` (the core questions and the follow-up
phrasings) and ``templates/<role>/questions.<lang>.toml`` (the role's own).
Follow-ups are built from the candidate's own material: the doubts from the
first interview (phrased as panel mode phrases them), the improvement ideas,
and the charts and proposals in the deck. The presenter's panel mode deals from
``likely_questions``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from podium import paths
from podium.core.errors import RoleError
from podium.core.model import BulletsBlock, ChartBlock, Deck, Preparation
from podium.core.phrasebook import phrases
from podium.core.roles import get_role
from podium.core.templates import read_localised

MIN_SECONDS, MAX_SECONDS = 60, 120
MAX_DECK_FOLLOWUPS = 4
_PROPOSAL_KEYS = ("recommendations",)  # slides whose first bullet is a proposal the panel will test


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    guidance: str
    target_seconds: int = 90
    behavioural: bool = False  # answer with STAR
    source: str = "core"  # core, role, doubt, idea or deck


def _shared_dir() -> Path:
    return paths.templates_dir() / "_shared"


def _bank_file(folder: Path, language: str) -> dict[str, Any]:
    return read_localised(folder, "questions", language, "the question bank", optional=True)


def _questions(data: dict[str, Any], prefix: str, source: str) -> list[Question]:
    out = []
    for raw in data.get("question", []):
        seconds = int(raw.get("seconds", 90))
        out.append(
            Question(
                id=f"{prefix}-{raw['id']}",
                text=str(raw["text"]).strip(),
                guidance=" ".join(str(raw.get("guidance", "")).split()),
                target_seconds=max(MIN_SECONDS, min(MAX_SECONDS, seconds)),
                behavioural=bool(raw.get("star", False)),
                source=source,
            )
        )
    return out


def core_questions(language: str) -> list[Question]:
    """The questions every second interview is likely to include, in ``language`` (falls back to English)."""
    return _questions(_bank_file(_shared_dir(), language), "core", "core")


def role_questions(role_id: str, language: str) -> list[Question]:
    """The role's own questions; a role without a bank simply has none."""
    try:
        folder = get_role(role_id).folder
    except RoleError:
        return []
    return _questions(_bank_file(folder, language), f"role-{role_id}", "role")


def _followup(language: str, kind: str) -> tuple[str, str]:
    entry = _bank_file(_shared_dir(), language).get("followup", {}).get(kind, {})
    return str(entry.get("text", "")).strip(), " ".join(str(entry.get("guidance", "")).split())


def _fill(template: str, values: dict[str, str]) -> str:
    """Insert the user's words; their text is data, so braces in it stay as typed."""
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split()).rstrip(".")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def idea_questions(prep: Preparation) -> list[Question]:
    """A follow-up for each improvement idea with a proposal: "how would you make it happen?"."""
    from podium.core.research.records import load_research

    text, guide = _followup(prep.language, "idea")
    out = []
    for idea in load_research(prep).ideas:
        if not idea.proposal.strip():
            continue
        values = {
            "proposal": _short(idea.proposal),
            "observation": _short(idea.observation) or "…",
            "evidence": _short(idea.evidence) or "…",
        }
        out.append(Question(f"idea-{idea.id}", _fill(text, values), _fill(guide, values), 90, source="idea"))
    return out


def deck_questions(prep: Preparation, deck: Deck | None = None) -> list[Question]:
    """Follow-ups on what the deck itself claims: its charts and its proposals (finished blocks only)."""
    deck = deck or prep.deck
    out: list[Question] = []
    for index, slide in enumerate(deck.slides):
        for b, block in enumerate(slide.blocks):
            if getattr(block, "example", False):
                continue
            qid = f"deck-{slide.key or index}-{b}"
            question = _chart_question(block, qid, prep.language) if isinstance(block, ChartBlock) else None
            if question is None and isinstance(block, BulletsBlock) and slide.key in _PROPOSAL_KEYS:
                first = next((i.text for i in block.items if i.text.strip() and not i.example), "")
                if first:
                    text, guide = _followup(prep.language, "proposal")
                    question = Question(qid, _fill(text, {"text": _short(first)}), guide, 90, source="deck")
            if question is not None:
                out.append(question)
    return out[:MAX_DECK_FOLLOWUPS]


def _chart_question(chart: ChartBlock, qid: str, language: str) -> Question | None:
    if not chart.categories or not chart.series:
        return None
    title = _short(chart.title, 60) or phrases(language).say("questions.chart")
    if chart.chart_type == "line":
        kind, values = "trend", {"title": title}
    elif chart.chart_type == "pie":  # a split of a whole: ask why the biggest slice is biggest
        values_row = chart.series[0].values
        top = chart.categories[max(range(len(values_row)), key=values_row.__getitem__)] if values_row else ""
        kind, values = (
            ("split", {"title": title, "top": _short(top, 40)}) if top else ("compare", {"title": title})
        )
    else:
        kind, values = "compare", {"title": title}
    text, guide = _followup(language, kind)
    return Question(qid, _fill(text, values), guide, 90, source="deck")


def doubt_questions(prep: Preparation) -> list[Question]:
    """The user's doubts from the first interview, as the panel would ask about them (and panel mode does)."""
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
        said = phrases(prep.language)
        text = said.say("questions.doubt", doubt=doubt)
        guide = (
            said.say("questions.doubt_evidence", evidence=evidence.strip())
            if evidence.strip()
            else said.say("questions.doubt_guidance")
        )
        out.append(Question(id=f"doubt-{ident or i}", text=text, guidance=guide, source="doubt"))
    return out


def likely_questions(prep: Preparation) -> list[Question]:
    """Every question the panel is likely to ask this candidate, in a stable order.

    Core questions first, then the role's, then follow-ups on the candidate's doubts,
    improvement ideas and deck. Ids are stable across edits so practice stays attached.
    """
    questions = [*core_questions(prep.language), *role_questions(prep.role, prep.language)]
    questions += doubt_questions(prep) + idea_questions(prep) + deck_questions(prep)
    seen: set[str] = set()
    unique = []
    for q in questions:
        if q.id not in seen:
            seen.add(q.id)
            unique.append(q)
    return unique
