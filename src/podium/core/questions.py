"""The panel's likely questions: a core bank for every second interview, per role, and follow-ups.

The research-and-practice work expands the bank; the presenter's panel mode deals from
``likely_questions``.
"""

from __future__ import annotations

from dataclasses import dataclass

from podium.core.model import Preparation


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    guidance: str
    target_seconds: int = 90
    behavioural: bool = False  # answer with STAR
    source: str = "core"  # core, role, doubt or deck


_CORE: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("qualities", "What qualities do you think this role needs most?",
         "Name two or three qualities, and prove each with a short example of your own."),
        ("improve", "What do you think we could do better?",
         "Pick one concrete area you observed, be constructive, and bring an idea to fix it."),
        ("career", "Where do you want your career to go?",
         "Be specific about the kind of work and responsibility you want, and how this job leads there."),
        ("why-job", "What attracts you to this particular job?",
         "Point to responsibilities in the job description and where the company is heading."),
        ("why-you", "Why should we choose you?",
         "Summarise the value you add in three points that match what the panel needs."),
    ],
    "sv": [
        ("qualities", "Vilka egenskaper tror du att den här rollen kräver mest?",
         "Nämn två eller tre egenskaper och belägg var och en med ett kort eget exempel."),
        ("improve", "Vad tycker du att vi kan göra bättre?",
         "Välj ett konkret område du själv har sett, var konstruktiv och kom med en idé som löser det."),
        ("career", "Vart vill du komma i din karriär?",
         "Var konkret om vilket slags arbete och ansvar du söker, och hur jobbet tar dig dit."),
        ("why-job", "Vad lockar dig med just det här jobbet?",
         "Peka på ansvarsområden i annonsen och på vart företaget är på väg."),
        ("why-you", "Varför ska vi välja dig?",
         "Sammanfatta i tre punkter vad du tillför, kopplat till vad panelen behöver."),
    ],
}  # fmt: skip


def core_questions(language: str) -> list[Question]:
    bank = _CORE.get(language, _CORE["en"])
    return [Question(id=f"core-{qid}", text=text, guidance=guide) for qid, text, guide in bank]


def likely_questions(prep: Preparation) -> list[Question]:
    """Every question the panel is likely to ask this candidate, in a stable order."""
    return core_questions(prep.language)
