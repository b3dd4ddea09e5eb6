"""What the finance slides say, in one language: the stored analysis plus the helpers to phrase it.

Shared by the text blocks (``notes``) and the charts and tables (``figures``).
"""

from __future__ import annotations

from typing import Any

from podium.core.model import Bullet
from podium.roles.finance import wording as w

MAX_BULLETS = 6
MAX_TABLE_ROWS = 6


def fact(text: str) -> Bullet:
    """A line computed from the data."""
    return Bullet(text=text)


def prompt(text: str) -> Bullet:
    """A line the candidate must write: marked as an example until they do."""
    return Bullet(text=text, example=True)


class Facts:
    """One stored record (``prep.role_data['finance']``) read for one language."""

    def __init__(self, record: dict[str, Any], language: str, company: str) -> None:
        self.record = record
        self.a = record["analysis"]
        self.profile = record["profile"]
        self.choice = record["choice"]
        self.lang = language
        self.p = w.phrasebook(language)
        self.company = company
        self.measure = self.choice["measures"][0]
        self.total = self.a["totals"][self.measure]
        self.periods = self.a.get("periods")
        self.breakdown = self.a.get("breakdown")
        self.variance = self.a.get("variance")

    def amount(self, value: float, signed: bool = False) -> str:
        return w.amount(value, self.lang, signed)

    def span(self) -> str:
        period = self.profile.get("period")
        return w.span(period["start"], period["end"], self.lang) if period else ""

    def unit(self) -> str:
        return self.p.say(f"unit.{self.periods['freq']}") if self.periods else ""

    def per_unit(self) -> str:
        """'by month' / 'per månad'."""
        return self.p.say(f"by_unit.{self.periods['freq']}") if self.periods else ""

    def reference_name(self) -> str:
        v = self.variance or {}
        if v.get("kind") == "budget":
            return (
                self.p.say("label.budget")
                if v["column"].lower() == "budget"
                else w.quote(v["column"], self.lang)
            )
        if v.get("kind") == "prior":
            return w.quote(v["column"], self.lang)
        return ""

    def now_before(self) -> tuple[str, str]:
        v = self.variance or {}

        def label(keys: list[str]) -> str:
            if len(keys) == 2:
                first, last = (w.period(k, self.lang) for k in keys)
                return first if first == last else f"{first.split()[0]}–{last}"
            return w.period(keys[0], self.lang)

        return label(v.get("now_label", [""])), label(v.get("before_label", [""]))

    def variance_line(self) -> str | None:
        v = self.variance
        if not v:
            return None
        diff = self.amount(v["diff"], signed=True)
        change = w.pct(v["pct"], self.lang)
        movers = self.a.get("movers") or []
        top = movers[0] if movers else None
        extra = {"name": top["name"], "gap": self.amount(top["diff"], signed=True)} if top else {}
        if v["kind"] in ("budget", "prior"):
            key = "vs_budget" if top else "vs_budget_total"
            return self.p.say(key, reference=self.reference_name(), diff=diff, change=change, **extra)
        now, before = self.now_before()
        key = "vs_prior" if top else "vs_prior_total"
        return self.p.say(key, now=now, before=before, diff=diff, change=change, **extra)

    def number_format(self, values: list[float]) -> str:
        high = max((abs(v) for v in values), default=0)
        if high >= 1e6:
            digits = "#,##0" if high >= 1e7 else "#,##0.0"
            return self.p.say("millions_format", digits=digits)
        if high >= 100 or all(float(v).is_integer() for v in values):
            return "#,##0"
        return "#,##0.00"
