"""What the finance slides say, in one language: the stored analysis plus the helpers to phrase it.

Shared by the text blocks (``notes``), the charts and tables (``figures``) and the action
titles (``headlines``): one scale and unit word for every amount (``money``), one sign
convention for favourable and unfavourable (``conventions``), one name for a blank category.
The variance against budget and the change on the prior period are kept apart: ``budget`` is
only ever the budget comparison, ``prior`` only ever a prior period's.
"""

from __future__ import annotations

from typing import Any

from podium.core.model import Bullet
from podium.roles.finance import wording as w
from podium.roles.finance.conventions import increase_good
from podium.roles.finance.money import Money

MAX_BULLETS = 6
MAX_TABLE_ROWS = 6
PRIOR_KINDS = ("prior", "year_on_year", "period_on_period")


def fact(text: str) -> Bullet:
    """A line computed from the data (starting with a capital: 'Jun 2024 …', though Swedish
    writes month names in lower case)."""
    return Bullet(text=w.sentence(text))


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
        v = self.variance or {}
        self.budget: dict[str, Any] | None = self.variance if v.get("kind") == "budget" else None
        self.prior: dict[str, Any] | None = (
            self.variance if v.get("kind") in PRIOR_KINDS else self.a.get("change")
        )
        self.convention = record.get("convention") or {"kind": "revenue", "guessed": True}
        unit = record.get("unit") or {"currency": "SEK", "scale": 1.0}
        reference = (self.budget or self.prior or {}).get("reference", self.total)
        self.increase_good = increase_good(self.convention["kind"], reference)
        amounts = [self.total, *[self.a["totals"][m] for m in self.choice["measures"]]]
        amounts += [c["reference"] for c in (self.budget, self.prior) if c]
        self.money = Money.for_amounts(amounts, language, unit["currency"], float(unit["scale"]))

    # ------------------------------------------------------------------ amounts

    def amount(self, value: float, signed: bool = False) -> str:
        """An amount in a sentence, in the deck's one scale: 'SEK 974k' / '974 tkr'."""
        return self.money.amount(value, signed)

    def number(self, value: float, signed: bool = False) -> str:
        """An amount in a table cell under a header that names the unit: '974'."""
        return self.money.number(value, signed)

    def unit(self) -> str:
        return self.money.unit()

    def good(self, diff: float) -> bool:
        """Whether a difference (actual minus reference) is favourable under the sign convention."""
        return diff == 0 or (diff > 0) == self.increase_good

    def verdict(self, diff: float) -> str:
        """'favourable' / 'unfavourable' ('gynnsam' / 'ogynnsam')."""
        return self.p.say("verdict.good" if self.good(diff) else "verdict.bad")

    def verdict_label(self, diff: float) -> str:
        """'Favourable' / 'Gynnsam': a table cell's."""
        return self.p.say("label.favourable" if self.good(diff) else "label.unfavourable")

    def tone(self, diff: float) -> str:
        return "" if diff == 0 else ("good" if self.good(diff) else "bad")

    # ------------------------------------------------------------------ names

    def name(self, item: dict[str, Any]) -> str:
        """A category as the deck writes it: its blank cells are 'Not stated', never '(blank)'."""
        return self.p.say("label.not_stated") if item.get("blank") else str(item["name"])

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

    def prior_labels(self) -> tuple[str, str]:
        """(now, before) of the prior-period comparison: ('Jan–Jun 2024', 'Jan–Jun 2023'),
        ('Jun 2024 (to 21 Jun)', 'May 2024'), or the actual and the prior-year column's name."""
        c = self.prior or {}
        if c.get("kind") == "prior":
            return self.p.say("label.actual"), str(c["column"])
        now_keys = c.get("now_label", [""])
        return self.period_label(now_keys[-1], self.label(now_keys)), self.label(c.get("before_label", [""]))

    def period_label(self, key: str, text: str | None = None) -> str:
        """A period as written, saying so when the data stops before its end ('Jun 2024 (to 21 Jun)'):
        a part of a month against a whole one is not a like-for-like change."""
        text = text if text is not None else w.period(key, self.lang)
        partial = (self.periods or {}).get("partial")
        if partial and partial["key"] == key:
            return self.p.say("label.partial", period=text, day=w.day_of(partial["through"], self.lang))
        return text

    def label(self, keys: list[str]) -> str:
        """A period or a range of periods, written as the data is dated: 'Jan–Jun 2024'."""
        return w.periods_label(keys, self.lang)

    def span(self) -> str:
        """The data's period as its dates are kept: months for monthly data, days for daily data."""
        return w.data_span(self.profile.get("period"), self.lang)

    def unit_name(self) -> str:
        return self.p.say(f"unit.{self.periods['freq']}") if self.periods else ""

    def per_unit(self) -> str:
        """'by month' / 'per månad'."""
        return self.p.say(f"by_unit.{self.periods['freq']}") if self.periods else ""

    # ------------------------------------------------------------------ statements

    def shares(
        self, steps: list[dict[str, Any]], gap: float, parts: list[float] | None = None
    ) -> list[tuple[str, float | None]]:
        """How each step of a bridge relates to the gap, stated only where it is true.

        ('gap', share) when every step pulls the way the gap goes (the shares add up to 100 %);
        ('side', share) when steps pull both ways: a share of the steps on the gap's side (of the
        favourable variances, say), since a share of a net gap would exceed 100 % or mislead;
        ('against', None) for a step pulling the other way; ('net', None) for 'other', whose
        categories may pull both ways. ``parts`` are the contributions one by one (every
        category's gap), so 'other' does not hide a category on the gap's side.
        """
        values = [s["value"] for s in steps]
        every = parts if parts is not None else values  # the categories inside 'other' count one by one
        same = [v for v in every if v and (v > 0) == (gap > 0)]
        mixed = any(v and (v > 0) != (gap > 0) for v in every)
        out: list[tuple[str, float | None]] = []
        for step, v in zip(steps, values, strict=True):
            if step["kind"] == "other":
                out.append(("net", None))  # several categories netted: no share, no verdict
            elif not gap or not v:
                out.append(("none", None))
            elif (v > 0) != (gap > 0):
                out.append(("against", None))
            elif mixed:
                out.append(("side", v / sum(same) * 100))
            else:
                out.append(("gap", v / gap * 100))
        return out

    def step_name(self, step: dict[str, Any], short: bool = True) -> str:
        """A bridge step: a category ('Söder', 'Not stated', 'Other (3)') or a driver ('Price')."""
        kind = step["kind"]
        if kind == "category":
            return self.name(step)
        if kind == "other":
            return self.p.say("label.other", n=step["count"])
        return self.p.say(f"driver.{kind}" if short else f"driver_long.{kind}")

    def bridge_ends(self) -> tuple[str, str]:
        """The bridge's first and last bars: ('Budget', 'Actual') or the two periods."""
        bridge = self.bridge()
        if bridge and bridge["reference"] == "budget":
            return self.p.say("label.budget_bar"), self.p.say("label.actual")
        now, before = self.prior_labels()
        return before, now

    def bridge(self) -> dict[str, Any] | None:
        """The bridge of the comparison the deck leads with: budget, else the prior period; only
        when it has drivers to show (price, volume and mix, or categories)."""
        for comparison in (self.budget, self.prior):
            bridge = (comparison or {}).get("bridge")
            if bridge:
                return bridge if bridge["method"] in ("pvm", "category") and bridge["steps"] else None
        return None

    def periods_said(self, count: int) -> str:
        """'6 months', '1 quarter' / '6 månader', '1 kvartal'."""
        return self.p.say(f"periods.{self.periods['freq']}", count=count)
