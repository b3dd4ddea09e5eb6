"""One reading of a preparation's register that the blocks, the action titles and the notes share.

Until the candidate has risks (or a plan) the analysis runs on the starter library's first
risks (or an example plan), and says so: everything built from it is marked as an example.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from podium.core import clock
from podium.core.model import Preparation
from podium.core.text import format_number, percent, short_date
from podium.roles.project_management.library import pull, starter_library
from podium.roles.project_management.register import ROLE_KEY, PlanItem, Register, Risk, load_register, ranked
from podium.roles.project_management.schedule import Inputs, Outcome, build_inputs, simulate
from podium.roles.project_management.texts import EXAMPLE_PLAN, texts

EXAMPLE_RISKS = 8
HEAVY = ("high", "very_high")


def example_risks(language: str) -> list[Risk]:
    """The first entries of the starter library, numbered R1..: the example until the user has risks."""
    return pull(list(starter_library(language)[:EXAMPLE_RISKS]), [])


def example_plan(language: str, anchor: date) -> list[PlanItem]:
    def month(offset: int) -> date:
        index = anchor.year * 12 + anchor.month - 1 + offset
        return date(index // 12, index % 12 + 1, 1)

    names = texts(language).words("example_plan")
    return [
        PlanItem(name, month(start), month(end) if end else None, kind)
        for name, (kind, start, end) in zip(names, EXAMPLE_PLAN, strict=True)
    ]


@dataclass(frozen=True)
class Analysis:
    language: str
    register: Register
    risks: list[Risk]  # ranked, highest score first
    example: bool  # the risks are the starter library's, not the candidate's
    plan: list[PlanItem]
    example_plan: bool
    inputs: Inputs
    outcome: Outcome | None  # None: no risk has a delay, so there is nothing to simulate
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)  # derived once per analysis

    def weeks(self, value: float, *, up: bool = True) -> str:
        """'6 weeks' / '6 veckor' in whole weeks: a delay or a buffer to add rounds up (it is planned
        in whole weeks); a buffer the plan already holds rounds to the nearest (``up=False``)."""
        count = max(0, math.ceil(value - 1e-9) if up else round(value))
        return texts(self.language).say("weeks", count=count)

    def chance(self, value: float) -> str:
        """A probability as a panel should hear it: to the nearest 5 points, 'under 5%', 'over 95%'."""
        t = texts(self.language)
        if value < 0.05:
            return t.say("chance.under", pct=percent("5", self.language))
        if value > 0.95:
            return t.say("chance.over", pct=percent("95", self.language))
        return percent(str(round(value * 20) * 5), self.language)

    def heavy(self, risks: list[Risk], *, residual: bool) -> int:
        """How many of ``risks`` score high or very high, before the actions or after them."""
        scales = self.register.scales
        return sum(1 for r in risks if scales.band(r.residual_score if residual else r.score) in HEAVY)

    def share(self, value: float) -> str:
        """A share of a whole, in whole percent: '48%' / '48 %'."""
        return percent(str(round(value * 100)), self.language)

    def day(self, value: date) -> str:
        return short_date(value, self.language, year=True)

    def millions(self, amount: float, currency: str) -> str:
        """'SEK 2.4m' / '2,4 mkr': contingency amounts in millions of the scale's currency."""
        said = texts(self.language)
        table = said.group("millions")
        pattern_key = currency if currency in table else "other" if currency else "none"
        number = format_number(amount / 1e6, self.language, 1)
        return said.say(f"millions.{pattern_key}", number=number, code=currency)


_last: list[tuple[str, Analysis]] = []  # the last analysis and what it was made from


def forget() -> None:
    """Drop the kept analysis and simulations, so the next figures are computed afresh."""
    _last.clear()
    simulate.cache_clear()


def analyse(prep: Preparation) -> Analysis:
    """The analysis of ``prep``'s register and plan. One refill asks for it three times (blocks,
    titles, notes), so the last one is kept and reused while the role's data, the language and
    the interview month are the same."""
    anchor = (prep.interview_at.date() if prep.interview_at else clock.today()).replace(day=1)
    key = json.dumps(
        [prep.role_data.get(ROLE_KEY), prep.language, anchor.isoformat()], sort_keys=True, default=str
    )
    if _last and _last[0][0] == key:
        return _last[0][1]
    register = load_register(prep)
    language = prep.language
    threats = [r for r in register.risks if not r.opportunity]  # opportunities stay in the register
    example = not threats
    risks = ranked(threats or example_risks(language))
    plan = register.plan or example_plan(language, anchor)
    inputs = build_inputs(register, risks, plan)
    analysis = Analysis(language, register, risks, example, plan, not register.plan, inputs, simulate(inputs))
    _last[:] = [(key, analysis)]
    return analysis
