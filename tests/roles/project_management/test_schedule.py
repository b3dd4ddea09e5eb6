"""The schedule simulation: its inputs read from the scales, the register and the plan, and its runs."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from podium.core.model import LANGUAGES
from podium.roles.project_management.quantities import parse_money, parse_percent, parse_weeks
from podium.roles.project_management.register import PlanItem, Register, Risk
from podium.roles.project_management.scales import Scales
from podium.roles.project_management.schedule import (
    build_inputs,
    column_delay,
    find_go_live,
    level_chances,
    level_money,
    level_weeks,
    plan_buffer,
    seed_of,
    simulate,
)

PLAN = [
    PlanItem("Design", date(2027, 1, 4), date(2027, 3, 26)),
    PlanItem("Design approved", date(2027, 3, 31), None, "milestone"),
    PlanItem("Build and test", date(2027, 4, 1), date(2027, 8, 27)),
    PlanItem("Pilot site live", date(2027, 9, 6), None, "milestone"),
    PlanItem("Rollout", date(2027, 9, 6), date(2027, 12, 17)),
    PlanItem("All sites live", date(2028, 1, 10), None, "milestone"),
    PlanItem("Legacy system off", date(2028, 3, 31), None, "milestone"),
]


@pytest.mark.parametrize(
    ("text", "weeks"),
    [("< 1 week", (0, 1)), ("1–2 weeks", (1, 2)), ("2-4 veckor", (2, 4)), ("> 8 weeks", (8, None)),
     ("10 dagar", (10 / 7, 10 / 7)), ("1–2 months", (52 / 12, 104 / 12)), ("SEK 1–3m or 2–4 weeks", (2, 4)),
     ("1–2,5 mkr eller 2–4 veckor", (2, 4)), ("Go-live moves", None)],
)  # fmt: skip
def test_weeks_are_read_from_the_words_of_either_language(text: str, weeks: tuple | None) -> None:
    span = parse_weeks(text)
    if weeks is None:
        assert span is None
        return
    assert span is not None and span.lo == pytest.approx(weeks[0])
    assert span.hi is None if weeks[1] is None else span.hi == pytest.approx(weeks[1])


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [("< SEK 0.5m or < 1 week", (0, 500_000), "SEK"), ("SEK 0.5–1m", (500_000, 1_000_000), "SEK"),
     ("1–2,5 mkr eller 2–4 veckor", (1_000_000, 2_500_000), "SEK"), ("€250k", (250_000, 250_000), "EUR"),
     ("500 000 kr", (500_000, 500_000), "SEK"), ("> SEK 5m", (5_000_000, None), "SEK")],
)  # fmt: skip
def test_money_is_read_with_its_multiplier_and_currency(text: str, amount: tuple, currency: str) -> None:
    money = parse_money(text)
    assert money is not None and (money.span.lo, money.span.hi) == amount and money.currency == currency
    assert parse_money("2–4 weeks") is None  # a bare range is not money


def test_percentages_and_their_open_ends() -> None:
    assert [(s.lo, s.hi) for s in map(parse_percent, ["< 10%", "10–30 %", "> 80%"]) if s] == [
        (0, 10), (10, 30), (80, None)
    ]  # fmt: skip
    assert parse_percent("Likely") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_default_scales_give_money_and_weeks_for_every_impact_level(language: str) -> None:
    scales = Scales.default(language)
    chances, read = level_chances(scales)
    assert chances == (0.05, 0.2, 0.4, 0.65, 0.9) and all(read)
    assert level_weeks(scales) == ((0, 1), (1, 2), (2, 4), (4, 8), (8, 12))
    money, currency = level_money(scales)
    assert currency == "SEK" and money[0] == (0, 500_000) and money[4] == (5_000_000, 7_500_000)


def test_the_go_live_is_found_in_the_plan_or_chosen() -> None:
    assert find_go_live(PLAN).name == "All sites live"  # type: ignore[union-attr]  # the last one named as live
    assert find_go_live(PLAN, "Pilot site live").name == "Pilot site live"  # type: ignore[union-attr]
    unnamed = [p for p in PLAN if "live" not in p.name]
    assert find_go_live(unnamed).name == "Legacy system off"  # type: ignore[union-attr]  # else the last milestone
    buffer, phases = plan_buffer(PLAN, find_go_live(PLAN))  # type: ignore[arg-type]
    assert phases == 3 and buffer == pytest.approx(23 / 7)  # 17 Dec to 10 Jan, the last phase's day counted


def test_a_buffer_phase_counts_as_buffer() -> None:
    plan = [*PLAN[:5], PlanItem("Contingency", date(2027, 12, 18), date(2028, 1, 9)), *PLAN[5:]]
    assert plan_buffer(plan, find_go_live(plan))[0] == pytest.approx(23 / 7)  # type: ignore[arg-type]


def test_closed_risks_and_risks_after_go_live_are_left_out() -> None:
    risks = [Risk("R1", "Vendor late", likelihood=4, impact=4), Risk("R2", "Closed one", status="closed"),
             Risk("R3", "Benefits not tracked", proximity="After go-live"),
             Risk("R4", "Efter driftsättning", proximity="Efter driftsättning"),
             Risk("R5", "Already late", likelihood=1, impact=3, status="occurred")]  # fmt: skip
    inputs = build_inputs(Register(scales=Scales.default("en")), risks, PLAN)
    assert dict(inputs.left_out) == {"R2": "closed", "R3": "after_go_live", "R4": "after_go_live"}
    occurred = next(d for d in inputs.drivers if d.id == "R5")
    assert occurred.chance == 1.0  # it has happened: an issue, not a risk


def test_a_register_column_gives_a_risk_its_own_delay() -> None:
    assert column_delay(Risk("R1", extra={"Delay (weeks)": "6"})) == 6
    assert column_delay(Risk("R1", extra={"Schedule impact (days)": "14"})) == 2
    assert column_delay(Risk("R1", extra={"Försening": "3 månader"})) == pytest.approx(13)
    assert column_delay(Risk("R1", extra={"Schedule Impact?": "No"})) == 0
    assert column_delay(Risk("R1", extra={"Schedule Impact?": "Yes"})) is None  # the impact level decides
    assert column_delay(Risk("R1", extra={"Comments": "6 weeks late last time"})) is None


def _register(likelihoods: list[int]) -> list[Risk]:
    return [
        Risk(f"R{n}", likelihood=lk, impact=4, residual_likelihood=max(1, lk - 2))
        for n, lk in enumerate(likelihoods)
    ]


def test_the_same_register_gives_the_same_runs_and_a_changed_one_new_runs() -> None:
    register = Register(scales=Scales.default("en"))
    first = build_inputs(register, _register([4, 3, 2]), PLAN)
    again = build_inputs(register, _register([4, 3, 2]), PLAN)
    assert seed_of(first) == seed_of(again)
    simulate.cache_clear()
    one = simulate(first)
    simulate.cache_clear()
    assert simulate(again) == one
    changed = build_inputs(register, _register([4, 3, 3]), PLAN)
    assert seed_of(changed) != seed_of(first)
    assert simulate(changed).chance_planned < one.chance_planned  # type: ignore[union-attr]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5), st.integers(0, 4), st.integers(0, 4)),
                min_size=1, max_size=25))  # fmt: skip
def test_the_actions_never_make_the_go_live_less_likely(levels: list[tuple[int, int, int, int]]) -> None:
    risks = [Risk(f"R{n}", likelihood=lk, impact=im, residual_likelihood=max(1, lk - dl),
                  residual_impact=max(1, im - di)) for n, (lk, im, dl, di) in enumerate(levels)]  # fmt: skip
    outcome = simulate(build_inputs(Register(scales=Scales.default("en")), risks, PLAN))
    assert outcome is not None
    assert outcome.chance_actions >= outcome.chance_planned
    assert outcome.chance_buffer >= 0.8 - 1e-9 and outcome.chance_buffer >= outcome.chance_actions
    assert list(outcome.curve_planned) == sorted(outcome.curve_planned)  # a chance by date only grows
    assert outcome.p80_after <= outcome.p80_planned + 1e-9


def test_nothing_to_simulate_without_weeks() -> None:
    scales = Scales.default("en")
    for level in scales.impact:
        level.meaning = "Serious"
    assert simulate(build_inputs(Register(scales=scales), _register([4, 4]), PLAN)) is None
