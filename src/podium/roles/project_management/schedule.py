"""The chance of going live on the planned date, from the register's likelihoods and delays.

A Monte Carlo schedule risk analysis kept simple enough to explain in two sentences: in each
run every open risk happens or not, with the probability its likelihood level stands for on
the scale ("Likely: 50–80%" is 65%); a risk that happens delays go-live by the weeks its impact
level stands for ("Major: 4–8 weeks", drawn evenly inside the range), or by the weeks the
register's own delay column gives. Delays add up (the risks sit on one path to go-live) and the
risks are independent. "As planned" uses the scores before actions, "with the actions" the
scores after them; both use the same random draws, so an action never makes a run worse.

The runs are seeded from the inputs themselves, never the clock: the same register always gives
the same figures, and a changed likelihood or delay gives new ones.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import numpy as np

from podium.roles.project_management.quantities import (
    CURRENCIES,
    MULTIPLIERS,
    Money,
    Span,
    parse_money,
    parse_percent,
    parse_weeks,
    to_number,
)
from podium.roles.project_management.register import PlanItem, Register, Risk
from podium.roles.project_management.scales import Scales

RUNS = 10_000
DRAWS = 2_000_000  # risk-runs at most: a register of thousands gets fewer runs (never under MIN_RUNS)
MIN_RUNS = 2_000
OPEN_FACTOR = 1.5  # "> 8 weeks" is drawn between 8 and 12
DEFAULT_CHANCES = (5.0, 20.0, 40.0, 65.0, 90.0)  # percent, the midpoints of the default likelihood scale
TARGET = 0.8  # the confidence the contingency is sized for (P80)

_GO_LIVE = re.compile(
    r"go[\s-]?live|\blive\b|launch|cut[\s-]?over|driftsättning|driftstart|\bi drift\b|produktionssättning"
    r"|lansering|\binförd",
    re.IGNORECASE,
)
_BUFFER = re.compile(r"buffer|contingency|float|buffert|reserv", re.IGNORECASE)
_AFTER_GO_LIVE = re.compile(
    r"\b(after|post|efter)\b\W*(go[\s-]?live|launch|cut[\s-]?over|lansering|driftsättning|driftstart|drift"
    r"|införande)",
    re.IGNORECASE,
)
_DELAY_HEADER = re.compile(r"delay|slip|schedule|time impact|försen|förskjut|tidspåverkan|tidplan", re.I)
_COST_HEADER = re.compile(r"\bcost|financial|money|kostnad|ekonomisk|belopp", re.IGNORECASE)
_NO = {"no", "n", "none", "nej", "ingen", "0", "-", "–", "n/a"}
_YES = {"yes", "y", "ja", "j", "x"}


@dataclass(frozen=True)
class Driver:
    """One risk as the simulation sees it (``delay`` and ``cost`` are (low, high) if it happens)."""

    id: str
    title: str
    category: str
    chance: float  # 0..1, before actions
    chance_after: float
    delay: tuple[float, float] | None  # weeks; None: the register gives no delay for it
    delay_after: tuple[float, float] | None
    cost: tuple[float, float] | None  # in the currency's units
    cost_after: tuple[float, float] | None
    delay_from_column: bool  # the register's own delay column, not the impact scale

    @property
    def exposure(self) -> float:
        """Weeks of delay expected from this risk as planned (chance × mean delay)."""
        return self.chance * (sum(self.delay) / 2) if self.delay else 0.0

    @property
    def exposure_after(self) -> float:
        """Weeks of delay expected from this risk after the actions."""
        return self.chance_after * (sum(self.delay_after) / 2) if self.delay_after else 0.0


@dataclass(frozen=True)
class GoLive:
    """The date the verdict is about and the buffer the plan holds before it."""

    name: str
    day: date | None
    buffer_weeks: float
    buffer_set: bool  # the candidate stated the buffer (else it is read from the plan)
    phases_before: int  # how many phases lead into it


@dataclass(frozen=True)
class Inputs:
    drivers: tuple[Driver, ...]
    left_out: tuple[tuple[str, str], ...]  # (risk id, why): "closed", "after_go_live", "no_delay"
    go_live: GoLive
    chances: tuple[float, ...]  # per likelihood level, 0..1
    chances_read: tuple[bool, ...]  # read from the scale's words (else the default midpoint)
    level_weeks: tuple[tuple[float, float] | None, ...]  # per impact level
    level_money: tuple[tuple[float, float] | None, ...]
    currency: str
    reserve: float | None


@dataclass(frozen=True)
class Outcome:
    runs: int
    seed: int
    chance_planned: float  # on time with the plan's buffer, scores before actions
    chance_actions: float  # on time with the plan's buffer, scores after actions
    extra_weeks: int  # the buffer to add so that the actions reach TARGET
    chance_buffer: float  # on time with the actions and the extra weeks
    p50_planned: float  # weeks of delay
    p80_planned: float
    p50_after: float
    p80_after: float
    expected_planned: float
    expected_after: float
    curve_weeks: tuple[int, ...]  # weeks after the planned go-live
    curve_planned: tuple[float, ...]  # chance of being live by then
    curve_after: tuple[float, ...]
    cost_expected_after: float | None
    cost_p80_after: float | None
    cost_p80_planned: float | None


def _midpoint(span: Span | None, fallback: float) -> float:
    if span is None:
        return fallback
    hi = span.hi if span.hi is not None else 100.0
    return (span.lo + hi) / 2


def level_chances(scales: Scales) -> tuple[tuple[float, ...], tuple[bool, ...]]:
    """The probability each likelihood level stands for: the middle of its percentage range."""
    chances: list[float] = []
    read: list[bool] = []
    for level in scales.likelihood:
        span = parse_percent(level.meaning) or parse_percent(level.label)
        chances.append(_midpoint(span, DEFAULT_CHANCES[len(chances)]) / 100)
        read.append(span is not None)
    return tuple(chances), tuple(read)


def level_weeks(scales: Scales) -> tuple[tuple[float, float] | None, ...]:
    """The delay each impact level stands for, in weeks, or None when its words give none."""
    out = []
    for level in scales.impact:
        span = parse_weeks(level.meaning) or parse_weeks(level.label)
        out.append(span.bounds(OPEN_FACTOR) if span else None)
    return tuple(out)


def level_money(scales: Scales) -> tuple[tuple[tuple[float, float] | None, ...], str]:
    """The cost each impact level stands for, and the scale's currency ('' when it names none)."""
    out: list[tuple[float, float] | None] = []
    currencies: list[str] = []
    for level in scales.impact:
        money = parse_money(level.meaning) or parse_money(level.label)
        out.append(money.span.bounds(OPEN_FACTOR) if money else None)
        if money and money.currency:
            currencies.append(money.currency)
    currency = max(set(currencies), key=currencies.count) if currencies else ""
    return tuple(out), currency


def _header_unit(header: str, words: tuple[str, ...]) -> str:
    found = [w for w in words if re.search(rf"(?<![\wåäö]){re.escape(w)}(?![\wåäö])", header, re.I)]
    return found[0] if found else ""


def column_delay(risk: Risk) -> float | None:
    """Weeks of delay the register's own column gives this risk: a number ('6', '10 days'), 0 for
    'No'; None when the register has no such column or the cell says only 'Yes'."""
    for header, value in risk.extra.items():
        if not _DELAY_HEADER.search(header) or _COST_HEADER.search(header):
            continue
        text = value.strip().lower()
        if text in _NO:
            return 0.0
        if text in _YES or not text:
            return None
        unit = _header_unit(header, ("days", "dagar", "day", "dag", "months", "månader", "weeks", "veckor"))
        span = parse_weeks(value, unit or "weeks")
        if span is not None:
            return (span.lo + span.bounds(OPEN_FACTOR)[1]) / 2
    return None


def column_cost(risk: Risk) -> Money | None:
    """The cost the register's own column gives this risk ('SEK 250k', or '250' under '(kSEK)')."""
    for header, value in risk.extra.items():
        if not _COST_HEADER.search(header) or not value.strip():
            continue
        multiplier = _header_unit(header, ("ksek", "tkr", "keur", "msek", "mkr", "meur", "k", "m"))
        currency = _header_unit(header, ("sek", "kr", "eur", "€", "usd", "$", "gbp", "£"))
        code = CURRENCIES.get(currency.lower(), "") if currency else ""
        money = parse_money(value, multiplier, code)
        if money is None and re.fullmatch(r"\s*\d[\d\s.,]*", value):  # a bare number, the header says in what
            amount = to_number(value) * MULTIPLIERS.get(multiplier.lower(), 1.0)
            money = Money(Span(amount, amount, value.strip()), code)
        if money is not None:
            return money
    return None


def find_go_live(plan: list[PlanItem], chosen: str = "") -> PlanItem | None:
    """The go-live: the milestone the candidate chose, else the last milestone named like one
    ('Go-live', 'All sites live', 'Driftsättning'), else the last milestone, else the last phase."""
    if chosen:
        named = [p for p in plan if p.name == chosen]
        if named:
            return max(named, key=lambda p: p.finish)
    milestones = [p for p in plan if p.kind == "milestone"]
    live = [m for m in milestones if _GO_LIVE.search(m.name)]
    for group in (live, milestones, plan):
        if group:
            return max(group, key=lambda p: (p.finish, p.start))
    return None


def plan_buffer(plan: list[PlanItem], go_live: PlanItem) -> tuple[float, int]:
    """Weeks between the end of the work that leads into go-live and go-live itself, and how many
    phases lead into it. A phase named as a buffer ('Contingency', 'Buffert') counts as buffer."""
    day = go_live.finish
    before = [
        p for p in plan
        if p.kind == "phase" and p is not go_live and p.start < day and not _BUFFER.search(p.name)
    ]  # fmt: skip
    if not before:
        return 0.0, 0
    last = max(p.finish for p in before)
    gap_days = (day - last).days - 1  # a phase runs to the end of its last day
    return max(0.0, gap_days / 7), len(before)


def resolve_go_live(register: Register, plan: list[PlanItem]) -> GoLive:
    item = find_go_live(plan, register.go_live)
    buffer, phases = plan_buffer(plan, item) if item is not None else (0.0, 0)
    if register.buffer_weeks is not None:
        buffer = register.buffer_weeks
    return GoLive(
        name=item.name if item else "",
        day=item.finish if item else None,
        buffer_weeks=buffer,
        buffer_set=register.buffer_weeks is not None,
        phases_before=phases,
    )


def _scaled(
    value: float, inherent: tuple[float, float] | None, residual: tuple[float, float] | None
) -> float:
    """A delay the register states, scaled by how much the actions shrink the impact level."""
    if not inherent or not residual or sum(inherent) <= 0:
        return value
    return value * min(1.0, sum(residual) / sum(inherent))


def build_inputs(register: Register, risks: list[Risk], plan: list[PlanItem]) -> Inputs:
    """What the simulation runs on, read from the register, its scales and the plan."""
    scales = register.scales
    chances, read = level_chances(scales)
    weeks = level_weeks(scales)
    money, currency = level_money(scales)
    drivers: list[Driver] = []
    left_out: list[tuple[str, str]] = []
    for risk in risks:
        if risk.status == "closed":
            left_out.append((risk.id, "closed"))
            continue
        if _AFTER_GO_LIVE.search(risk.proximity):
            left_out.append((risk.id, "after_go_live"))
            continue
        occurred = risk.status == "occurred"
        chance = 1.0 if occurred else chances[risk.likelihood - 1]
        chance_after = 1.0 if occurred else chances[risk.residual_l - 1]
        scale_delay, scale_after = weeks[risk.impact - 1], weeks[risk.residual_i - 1]
        stated = column_delay(risk)
        delay: tuple[float, float] | None
        delay_after: tuple[float, float] | None
        if stated is not None:
            after = _scaled(stated, scale_delay, scale_after)
            delay, delay_after = (stated, stated), (after, after)
        else:
            delay, delay_after = scale_delay, (scale_after or scale_delay) if scale_delay else None
        stated_cost = column_cost(risk)
        cost: tuple[float, float] | None
        cost_after: tuple[float, float] | None
        if stated_cost is not None:
            amount = stated_cost.span.bounds(OPEN_FACTOR)
            currency = currency or stated_cost.currency
            ratio = _scaled(1.0, money[risk.impact - 1], money[risk.residual_i - 1])
            cost, cost_after = amount, (amount[0] * ratio, amount[1] * ratio)
        else:
            cost = money[risk.impact - 1]
            cost_after = (money[risk.residual_i - 1] or cost) if cost else None
        if delay is None:
            left_out.append((risk.id, "no_delay"))
        drivers.append(Driver(risk.id, risk.title, risk.category, chance, chance_after, delay, delay_after,
                              cost, cost_after, stated is not None))  # fmt: skip
    return Inputs(
        drivers=tuple(drivers),
        left_out=tuple(left_out),
        go_live=resolve_go_live(register, plan),
        chances=chances,
        chances_read=read,
        level_weeks=weeks,
        level_money=money,
        currency=currency,
        reserve=register.reserve,
    )


def seed_of(inputs: Inputs) -> int:
    """A seed made from the inputs' content: the same register gives the same runs on any machine."""
    key = repr((runs_for(len(inputs.drivers)), [(d.chance, d.chance_after, d.delay, d.delay_after, d.cost, d.cost_after)
                       for d in inputs.drivers], inputs.go_live.buffer_weeks))  # fmt: skip
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")


def _ranges(pairs: list[tuple[float, float] | None]) -> tuple[np.ndarray, np.ndarray]:
    lo = np.array([p[0] if p else 0.0 for p in pairs], dtype=np.float32)
    hi = np.array([p[1] if p else 0.0 for p in pairs], dtype=np.float32)
    return lo, hi


def _step(span: float) -> int:
    for step in (1, 2, 4, 8, 13, 26):
        if span / step <= 10:
            return step
    return 52


CHUNK = 128  # risks drawn at a time: memory stays small for a register of thousands


def _weigh(matrix: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Each run's weighted sum over risks; einsum sums in one fixed order on every machine, which a
    threaded BLAS product need not (and it is faster here)."""
    result: np.ndarray = np.einsum("ij,j->i", matrix, weights)
    return result


def runs_for(risks: int) -> int:
    """10,000 runs, or fewer for a register so large that its total is smooth anyway (2,000 at least)."""
    return max(MIN_RUNS, min(RUNS, DRAWS // max(1, risks)))


def _runs(inputs: Inputs, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]:
    """Weeks of delay and cost in each run, as planned and after the actions.

    A run's total is a sum over risks of (happens × (low + width × size)); written as weighted sums
    it costs a few passes over the draws, so a 200-risk register takes milliseconds.
    """
    drivers = inputs.drivers
    runs = runs_for(len(drivers))
    rng = np.random.Generator(np.random.PCG64(seed))
    has_cost = any(d.cost for d in drivers)
    delay = [np.zeros(runs), np.zeros(runs)]
    cost = [np.zeros(runs), np.zeros(runs)] if has_cost else None
    for start in range(0, len(drivers), CHUNK):
        part = drivers[start : start + CHUNK]
        happens = rng.random((runs, len(part)), dtype=np.float32)
        size = rng.random(
            (runs, len(part)), dtype=np.float32
        )  # one draw sizes delay and cost: a long slip costs more
        for n, after in enumerate((False, True)):
            odds = np.array([d.chance_after if after else d.chance for d in part], dtype=np.float32)
            occurs = (happens < odds).astype(np.float32)
            sized = occurs * size
            lo, hi = _ranges([d.delay_after if after else d.delay for d in part])
            delay[n] += _weigh(occurs, lo) + _weigh(sized, hi - lo)
            if cost is not None:
                lo, hi = _ranges([d.cost_after if after else d.cost for d in part])
                cost[n] += _weigh(occurs, lo) + _weigh(sized, hi - lo)
    return delay[0], delay[1], cost[0] if cost else None, cost[1] if cost else None


@lru_cache(maxsize=16)
def simulate(inputs: Inputs) -> Outcome | None:
    """The runs, or None when no risk has a delay (nothing to simulate: the verdict says so)."""
    if not any(d.delay for d in inputs.drivers):
        return None
    seed = seed_of(inputs)
    planned, after, cost_planned, cost_after = _runs(inputs, seed)
    buffer = inputs.go_live.buffer_weeks
    eps = 1e-9
    p80_after = float(np.quantile(after, TARGET))
    extra = max(0, math.ceil(p80_after - buffer - eps))
    p95 = float(np.quantile(planned, 0.95))
    step = _step(max(p95 - buffer, extra, 1.0) + 1)
    grid = tuple(range(0, int(max(p95 - buffer, extra)) + step + 1, step))[:12]
    return Outcome(
        runs=len(planned),
        seed=seed,
        chance_planned=float(np.mean(planned <= buffer + eps)),
        chance_actions=float(np.mean(after <= buffer + eps)),
        extra_weeks=extra,
        chance_buffer=float(np.mean(after <= buffer + extra + eps)),
        p50_planned=float(np.quantile(planned, 0.5)),
        p80_planned=float(np.quantile(planned, TARGET)),
        p50_after=float(np.quantile(after, 0.5)),
        p80_after=p80_after,
        expected_planned=float(planned.mean()),
        expected_after=float(after.mean()),
        curve_weeks=grid,
        curve_planned=tuple(float(np.mean(planned <= buffer + w + eps)) for w in grid),
        curve_after=tuple(float(np.mean(after <= buffer + w + eps)) for w in grid),
        cost_expected_after=float(cost_after.mean()) if cost_after is not None else None,
        cost_p80_after=float(np.quantile(cost_after, TARGET)) if cost_after is not None else None,
        cost_p80_planned=float(np.quantile(cost_planned, TARGET)) if cost_planned is not None else None,
    )


def money_to_hold(inputs: Inputs, outcome: Outcome) -> float | None:
    """The cost contingency: P80 of the cost after actions, less the reserve the plan already holds."""
    if outcome.cost_p80_after is None:
        return None
    return max(0.0, outcome.cost_p80_after - (inputs.reserve or 0.0))


def shifted(day: date, weeks: float) -> date:
    return day + timedelta(days=round(weeks * 7))
