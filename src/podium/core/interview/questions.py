"""The panel's likely questions: a core bank for every second interview, per role, and follow-ups.

The banks are content, so they live beside the deck templates:
``templates/_shared/questions.<lang>.toml`` (the core questions, their ``[category.*]`` and the
follow-up phrasings) and ``templates/<role>/questions.<lang>.toml`` (the role's own). Beside
them come the candidate's own material: the doubts from the first interview (phrased as the
panel would put them), the improvement ideas, a challenge to every slide of the deck
(``challenges``) and the questions the user added, rewrote or hid (``own``). The Questions tab,
panel mode and the cue cards all read ``likely_questions``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from podium import paths
from podium.core.errors import RoleError
from podium.core.interview import own
from podium.core.interview.challenges import challenges
from podium.core.interview.model import DOUBTS, MAX_SECONDS, MIN_SECONDS, SLIDES, Category, Question
from podium.core.interview.slide_text import from_deck
from podium.core.model import Deck, Preparation
from podium.core.phrasebook import phrases
from podium.core.roles import get_role
from podium.core.templates import read_localised

__all__ = ["MAX_SECONDS", "MIN_SECONDS", "Category", "Question", "categories", "likely_questions"]

IDEAS = "classic"  # an idea follows up "what could we do better?", one of the five classics


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
                category=str(raw.get("category", "")),
            )
        )
    return out


def categories(language: str) -> list[Category]:
    """Every category in the order the banks document them, then the slides' challenges."""
    documented = _bank_file(_shared_dir(), language).get("category", {})
    out = [
        Category(
            str(key), str(entry.get("name", key)).strip(), " ".join(str(entry.get("description", "")).split())
        )
        for key, entry in documented.items()
        if isinstance(entry, dict)
    ]
    said = phrases(language)
    out.append(Category(SLIDES, said.say("challenge.category"), said.say("challenge.category_description")))
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
        out.append(
            Question(
                f"idea-{idea.id}",
                _fill(text, values),
                _fill(guide, values),
                90,
                source="idea",
                category=IDEAS,
            )
        )
    return out


def deck_challenges(prep: Preparation, deck: Deck | None = None) -> list[Question]:
    """A challenge to every slide of the deck, from the slide's own words, in the deck's language."""
    return challenges(from_deck(deck or prep.deck), prep.language, prep.role)


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
        out.append(
            Question(id=f"doubt-{ident or i}", text=text, guidance=guide, source="doubt", category=DOUBTS)
        )
    return out


def podium_questions(prep: Preparation) -> list[Question]:
    """Podium's questions for this candidate, in Podium's words: core questions first, then the
    role's, the candidate's doubts and improvement ideas, and a challenge to every slide."""
    questions = [*core_questions(prep.language), *role_questions(prep.role, prep.language)]
    questions += doubt_questions(prep) + idea_questions(prep) + deck_challenges(prep)
    seen: set[str] = set()
    unique = []
    for q in questions:
        if q.id not in seen:
            seen.add(q.id)
            unique.append(q)
    return unique


def likely_questions(prep: Preparation, *, hidden: bool = False) -> list[Question]:
    """Every question the panel is likely to ask this candidate, in a stable order.

    Podium's (``podium_questions``) with the user's wording in place of Podium's, then the
    user's own. Ids are stable across edits so practice stays attached. Hidden questions are left
    out unless ``hidden`` (the Questions tab lists them, to show again).
    """
    edited = own.apply(podium_questions(prep), own.load_edits(prep), prep.language)
    return edited if hidden else [q for q in edited if not q.hidden]
