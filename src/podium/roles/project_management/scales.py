"""The 1–5 scales, the score bands and the response and status words, in the deck's language.

A score is likelihood × impact (1–25). Bands are set by the lowest score of Medium, High and
Very high, so a user can match their employer's matrix without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from podium.core.model import LANGUAGES
from podium.roles.project_management.texts import texts

LEVELS = (1, 2, 3, 4, 5)
BANDS = ("low", "medium", "high", "very_high")
DEFAULT_BAND_FLOORS = (5, 10, 16)  # Medium from 5, High from 10, Very high from 16
BAND_COLORS = {"low": "#A9D8A0", "medium": "#F6E27F", "high": "#F4A259", "very_high": "#D94B4B"}

RESPONSES = ("avoid", "reduce", "transfer", "accept", "share", "fallback")
# Words people write in registers, mapped to the six PRINCE2/PMBOK responses.
_RESPONSE_WORDS = {
    "avoid": ("avoid", "avoidance", "eliminate", "undvik", "undvika", "eliminera"),
    "reduce": ("reduce", "mitigate", "mitigation", "minska", "minimera", "reducera", "begränsa", "lindra"),
    "transfer": ("transfer", "insure", "överför", "överföra", "försäkra"),
    "accept": ("accept", "retain", "tolerate", "acceptera", "godta", "behålla"),
    "share": ("share", "dela"),
    "fallback": ("fallback", "contingency", "reservplan", "beredskap"),
}
STATUSES = ("open", "monitoring", "closed", "occurred")
_STATUS_WORDS = {
    "open": ("open", "new", "active", "öppen", "ny", "aktiv"),
    "monitoring": ("monitoring", "monitor", "watch", "bevakas", "bevaka", "bevakning", "följs upp"),
    "closed": ("closed", "close", "done", "stängd", "avslutad", "stängd risk"),
    "occurred": ("occurred", "issue", "realised", "realized", "inträffad", "inträffat", "ärende"),
}


def band_name(band: str, language: str) -> str:
    return texts(language).group("band").get(band, band)


def response_name(key: str, language: str) -> str:
    """The response in the reader's language; text that is not one of the six stays as typed."""
    return texts(language).group("response").get(key, key)


def status_name(key: str, language: str) -> str:
    return texts(language).group("status").get(key, key)


def default_levels(axis: str, language: str) -> list[tuple[str, str]]:
    """The default scale of ``axis`` ('likelihood' or 'impact'): (label, meaning) from level 1 up."""
    said = texts(language)
    if axis == "likelihood":
        labels, meanings = said.words("likelihood_scale.labels"), said.words("likelihood_scale.meanings")
    else:
        labels, meanings = said.words("impact_scale.labels"), said.words("impact_scale.meanings")
    return list(zip(labels, meanings, strict=True))


def _match_word(text: str, words: dict[str, tuple[str, ...]]) -> str | None:
    value = " ".join(text.strip().lower().split())
    for key, options in words.items():
        if value == key or value in options:
            return key
    return None


def parse_response(text: str) -> str | None:
    """'Mitigate', 'Minska' -> 'reduce'; None when the word is not a known response."""
    return _match_word(text, _RESPONSE_WORDS)


def parse_status(text: str) -> str | None:
    return _match_word(text, _STATUS_WORDS)


@dataclass
class Level:
    label: str
    meaning: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"label": self.label, "meaning": self.meaning}


def _levels(raw: Any, default: list[tuple[str, str]]) -> list[Level]:
    levels = [Level(label, meaning) for label, meaning in default]
    if isinstance(raw, list):
        for i, item in enumerate(raw[:5]):
            if isinstance(item, dict):
                levels[i] = Level(str(item.get("label", "")) or levels[i].label, str(item.get("meaning", "")))
    return levels


@dataclass
class Scales:
    """Word labels for both scales and the band floors; defaults follow the deck's language."""

    likelihood: list[Level] = field(default_factory=list)
    impact: list[Level] = field(default_factory=list)
    floors: tuple[int, int, int] = DEFAULT_BAND_FLOORS

    @classmethod
    def default(cls, language: str) -> Scales:
        return cls(
            _levels(None, default_levels("likelihood", language)),
            _levels(None, default_levels("impact", language)),
            DEFAULT_BAND_FLOORS,
        )

    @classmethod
    def from_dict(cls, data: Any, language: str) -> Scales:
        if not isinstance(data, dict):
            return cls.default(language)
        floors = data.get("bands", DEFAULT_BAND_FLOORS)
        try:
            parsed = tuple(int(v) for v in floors)
            valid = check_floors(parsed) is None
        except (TypeError, ValueError):
            valid = False
        return cls(
            _levels(data.get("likelihood"), default_levels("likelihood", language)),
            _levels(data.get("impact"), default_levels("impact", language)),
            parsed if valid else DEFAULT_BAND_FLOORS,  # type: ignore[arg-type]
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "likelihood": [lv.to_dict() for lv in self.likelihood],
            "impact": [lv.to_dict() for lv in self.impact],
            "bands": list(self.floors),
        }

    def band(self, score: int) -> str:
        """The band a score (1–25) falls in."""
        medium, high, very_high = self.floors
        if score >= very_high:
            return "very_high"
        if score >= high:
            return "high"
        if score >= medium:
            return "medium"
        return "low"

    def band_range(self, band: str) -> tuple[int, int]:
        """Lowest and highest score of ``band``."""
        bounds = (1, *self.floors, 26)
        i = BANDS.index(band)
        return bounds[i], bounds[i + 1] - 1

    def likelihood_label(self, level: int) -> str:
        return self.likelihood[level - 1].label

    def impact_label(self, level: int) -> str:
        return self.impact[level - 1].label

    def level_from_word(self, text: str, axis: str) -> int | None:
        """A scale word ('Likely', 'Trolig') read back as its level, in either language."""
        value = text.strip().lower()
        own = self.likelihood if axis == "likelihood" else self.impact
        tables = [[lv.label for lv in own]]
        tables += [[label for label, _ in default_levels(axis, language)] for language in LANGUAGES]
        for labels in tables:
            for i, label in enumerate(labels):
                if value == label.lower():
                    return i + 1
        return None


def check_floors(floors: tuple[int, ...]) -> str | None:
    """Why these band floors are unusable, or None when they are fine (2 ≤ medium < high < very high ≤ 25)."""
    if len(floors) != 3:
        return "three band floors are needed (medium, high, very high)"
    medium, high, very_high = floors
    if not 2 <= medium < high < very_high <= 25:
        return "band floors must rise: 2 ≤ medium < high < very high ≤ 25"
    return None
