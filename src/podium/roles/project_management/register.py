"""The risk register and the plan it analyses, stored as JSON in ``prep.role_data``.

One ``Risk`` carries the PRINCE2/PMBOK register fields; inherent and residual
likelihood and impact are 1–5. A residual level left empty means "no change
planned", so the residual score falls back to the inherent one.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from podium.core.model import Preparation
from podium.roles.project_management.scales import LEVELS, Scales

ROLE_KEY = "project-management"
FORMAT_VERSION = 1
TEXT_FIELDS = ("id", "title", "cause", "event", "effect", "category", "proximity", "owner", "response",
               "mitigation", "contingency", "trigger", "status")  # fmt: skip
LEVEL_FIELDS = ("likelihood", "impact", "residual_likelihood", "residual_impact")


def clamp_level(value: Any, default: int | None) -> int | None:
    """A stored level as 1–5, or ``default`` when it is missing or unreadable."""
    try:
        level = int(value)
    except (TypeError, ValueError):
        return default
    return level if level in LEVELS else default


@dataclass
class Risk:
    id: str
    title: str = ""
    cause: str = ""
    event: str = ""
    effect: str = ""
    category: str = ""
    likelihood: int = 3
    impact: int = 3
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    proximity: str = ""
    owner: str = ""
    response: str = ""  # one of scales.RESPONSES, or the user's own word
    mitigation: str = ""
    contingency: str = ""
    trigger: str = ""
    status: str = "open"
    extra: dict[str, str] = field(default_factory=dict)  # imported columns Podium has no field for
    # What an imported register said beyond the levels: the chance (0..1), the impact in money (in the
    # register's currency; negative for an opportunity's gain) or as a delay, and whether it is an
    # opportunity rather than a threat. None where the register did not say.
    probability: float | None = None
    cost: float | None = None
    delay_days: float | None = None
    opportunity: bool = False

    @property
    def score(self) -> int:
        return self.likelihood * self.impact

    @property
    def residual_l(self) -> int:
        return self.residual_likelihood or self.likelihood

    @property
    def residual_i(self) -> int:
        return self.residual_impact or self.impact

    @property
    def residual_score(self) -> int:
        return self.residual_l * self.residual_i

    def copy(self, **changes: Any) -> Risk:
        data = self.to_dict()
        data.update(changes)
        return Risk.from_dict(data)

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["extra"] = dict(self.extra)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Risk:
        values: dict[str, Any] = {name: str(data.get(name) or "") for name in TEXT_FIELDS}
        values["status"] = values["status"] or "open"
        values["likelihood"] = clamp_level(data.get("likelihood"), 3)
        values["impact"] = clamp_level(data.get("impact"), 3)
        values["residual_likelihood"] = clamp_level(data.get("residual_likelihood"), None)
        values["residual_impact"] = clamp_level(data.get("residual_impact"), None)
        extra = data.get("extra")
        values["extra"] = {str(k): str(v) for k, v in extra.items()} if isinstance(extra, dict) else {}
        probability = _figure(data.get("probability"))
        values["probability"] = probability if probability is not None and 0 <= probability <= 1 else None
        values["cost"] = _figure(data.get("cost"))
        days = _figure(data.get("delay_days"))
        values["delay_days"] = days if days is not None and days >= 0 else None
        values["opportunity"] = data.get("opportunity") is True
        return cls(**values)


def _figure(value: Any) -> float | None:
    """A stored finite number, or None when it is missing or unreadable."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


PLAN_KINDS = ("phase", "milestone")


@dataclass
class PlanItem:
    """A phase (start to end) or a milestone (one date) of the plan under analysis."""

    name: str
    start: date
    end: date | None = None
    kind: str = "phase"

    @property
    def finish(self) -> date:
        return self.end if self.kind == "phase" and self.end else self.start

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlanItem | None:
        try:
            start = date.fromisoformat(str(data["start"]))
            end = date.fromisoformat(str(data["end"])) if data.get("end") else None
        except (KeyError, ValueError):
            return None
        kind = data.get("kind") if data.get("kind") in PLAN_KINDS else "phase"
        if end is not None and end < start:
            start, end = end, start
        return cls(str(data.get("name", "")), start, end if kind == "phase" else None, str(kind))


HEALTH_RATINGS = ("green", "amber", "red")


def _number(value: Any) -> float | None:
    """A stored non-negative number, or None when it is missing or unreadable."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 0 and number == number and number != float("inf") else None


@dataclass
class Register:
    """Everything the role keeps: risks, plan items and the scales they are scored on, and the
    few things the verdict needs that no register holds: which milestone is the go-live, the
    plan's buffer and cost reserve when the candidate states them, and the candidate's own
    plan-health ratings where the data cannot give one."""

    risks: list[Risk] = field(default_factory=list)
    plan: list[PlanItem] = field(default_factory=list)
    scales: Scales = field(default_factory=lambda: Scales.default("en"))
    custom_scales: bool = False  # False: scales follow the preparation's language
    go_live: str = ""  # the milestone that is the go-live; "" = found in the plan
    buffer_weeks: float | None = None  # None: read from the plan (the gap before go-live)
    reserve: float | None = None  # the plan's cost reserve, in the impact scale's currency
    health: dict[str, dict[str, str]] = field(default_factory=dict)  # area -> {"rating", "reason"}

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "version": FORMAT_VERSION,
            "risks": [r.to_dict() for r in self.risks],
            "plan": [p.to_dict() for p in self.plan],
            "verdict": {"go_live": self.go_live, "buffer_weeks": self.buffer_weeks, "reserve": self.reserve},
            "health": {k: dict(v) for k, v in self.health.items()},
        }
        if self.custom_scales:
            data["scales"] = self.scales.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: Any, language: str) -> Register:
        if not isinstance(data, dict):
            return cls(scales=Scales.default(language))
        risks = [Risk.from_dict(r) for r in data.get("risks", []) if isinstance(r, dict)]
        plan = [p for p in (PlanItem.from_dict(d) for d in data.get("plan", []) if isinstance(d, dict)) if p]
        custom = isinstance(data.get("scales"), dict)
        raw_verdict = data.get("verdict")
        verdict: dict[str, Any] = raw_verdict if isinstance(raw_verdict, dict) else {}
        health: dict[str, dict[str, str]] = {}
        raw_health = data.get("health")
        for area, value in raw_health.items() if isinstance(raw_health, dict) else ():
            if isinstance(value, dict):
                rating = str(value.get("rating") or "")
                health[str(area)] = {
                    "rating": rating if rating in HEALTH_RATINGS else "",
                    "reason": str(value.get("reason") or ""),
                }
        return cls(
            risks,
            plan,
            Scales.from_dict(data.get("scales"), language),
            custom,
            go_live=str(verdict.get("go_live") or ""),
            buffer_weeks=_number(verdict.get("buffer_weeks")),
            reserve=_number(verdict.get("reserve")),
            health=health,
        )


def load_register(prep: Preparation) -> Register:
    return Register.from_dict(prep.role_data.get(ROLE_KEY), prep.language)


def save_register(prep: Preparation, register: Register) -> None:
    """Write the register into the preparation, keeping any other keys under the role's namespace."""
    current = prep.role_data.get(ROLE_KEY)
    data = dict(current) if isinstance(current, dict) else {}
    data.update(register.to_dict())
    if not register.custom_scales:
        data.pop("scales", None)
    prep.role_data[ROLE_KEY] = data


_DIGITS = re.compile(r"(\d+)")


def id_sort_key(risk_id: str) -> tuple[int | str, ...]:
    """Natural order: R2 before R10."""
    return tuple(int(p) if p.isdigit() else p.lower() for p in _DIGITS.split(risk_id))


def ranked(risks: list[Risk]) -> list[Risk]:
    """Highest inherent score first; ties go to the higher residual score, then the ID."""
    return sorted(risks, key=lambda r: (-r.score, -r.residual_score, id_sort_key(r.id)))


def next_id(taken: list[str] | set[str], prefix: str = "R") -> str:
    """The next free ``R<n>``, after the highest number already used with that prefix."""
    used = set(taken)
    numbers = [int(m.group(1)) for t in used if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", t))]
    n = max(numbers, default=0) + 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"
