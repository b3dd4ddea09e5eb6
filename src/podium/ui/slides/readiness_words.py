"""What a to-do item outside the deck says, in the UI language (research, questions, rehearsal)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from podium.core.interview.readiness import Missing

translate = QCoreApplication.translate  # literal contexts, so Qt's lupdate files every string


def duration(seconds: int) -> str:
    """'36 s', '4 min 10 s', '10 min': how long a run took, as a person says it."""
    minutes, rest = divmod(max(0, int(seconds)), 60)
    if not minutes:
        return translate("Readiness", "%1 s").replace("%1", str(rest))
    if not rest:
        return translate("Readiness", "%1 min").replace("%1", str(minutes))
    return translate("Readiness", "%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(rest))


_FIELDS = {  # marked for lupdate here, translated when shown
    "website": QT_TRANSLATE_NOOP("Readiness", "website"), "industry": QT_TRANSLATE_NOOP("Readiness", "industry"),
    "offering": QT_TRANSLATE_NOOP("Readiness", "what it sells"), "mission": QT_TRANSLATE_NOOP("Readiness", "mission"),
    "goals": QT_TRANSLATE_NOOP("Readiness", "goals"), "department": QT_TRANSLATE_NOOP("Readiness", "department"),
}  # fmt: skip


def describe_missing(item: Missing) -> str:
    """One missing thing in the user's words."""
    n = str(item.count)
    if item.kind == "company-field":
        names = ", ".join(
            translate("Readiness", str(_FIELDS.get(f.strip(), f.strip()))) for f in item.detail.split(",")
        )
        return translate("Readiness", "Company research: %1").replace("%1", names)
    texts: dict[str, Callable[[], str]] = {
        "competitors": lambda: translate("Readiness", "No competitors noted"),
        "culture": lambda: translate("Readiness", "Culture and values not noted"),
        "news": lambda: translate("Readiness", "No recent news noted"),
        "people": lambda: translate("Readiness", "Nobody on the panel noted yet"),
        "ideas": lambda: translate("Readiness", "No ideas for what they could do better"),
        "doubts": lambda: translate("Readiness", "Doubts from the first interview not noted"),
        "doubt-evidence": lambda: translate("Readiness", "No evidence yet for the doubt “%1”").replace(
            "%1", item.detail
        ),
        "questions": lambda: translate("Readiness", "No questions to ask them"),
        "example": lambda: translate("Readiness", "%1 example texts still in the deck").replace("%1", n),
        "empty": lambda: translate("Readiness", "%1 empty blocks in the deck").replace("%1", n),
        "no-notes": lambda: translate("Readiness", "%1 slides without speaker notes").replace("%1", n),
        "unanswered": lambda: (
            translate("Readiness", "%1 of %2 key questions without an answer")
            .replace("%1", n)
            .replace("%2", item.detail)
        ),
        "challenges": lambda: (
            translate("Readiness", "%1 of %2 slides whose challenge you have not answered aloud yet")
            .replace("%1", n)
            .replace("%2", item.detail)
        ),
        "never": lambda: translate("Readiness", "Not rehearsed yet"),
        "over": lambda: translate("Readiness", "Last rehearsal ran %1 s over the time").replace("%1", n),
        "short": lambda: (
            translate("Readiness", "Last rehearsal took %1 of a %2 talk: rehearse at full length")
            .replace("%1", duration(item.count))
            .replace("%2", duration(int(item.detail or 0)))
        ),
    }
    make = texts.get(item.kind)
    return make() if make else item.kind
