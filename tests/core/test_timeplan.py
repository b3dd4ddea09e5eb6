"""The time plan: per-slide budgets, pace with a tolerance band, colours, hard stop."""

from __future__ import annotations

from datetime import datetime, time

from podium.core.model import Slide
from podium.core.rehearsal.timeplan import (
    Pace,
    TimePlan,
    TimeState,
    TimingSettings,
    hard_stop_talk_seconds,
    parse_clock_time,
    slide_state,
    talk_state,
)


def _slides() -> list[Slide]:
    return [
        Slide("Title", target_seconds=20),
        Slide("Analysis", target_seconds=180),
        Slide("Backup", target_seconds=90, backup=True),
        Slide("Close", target_seconds=40),
    ]


def test_budgets_are_each_slides_own_and_backup_gets_none() -> None:
    plan = TimePlan.from_slides(_slides(), talk_seconds=240, qa_seconds=600)
    assert plan.budgets == [20, 180, 0, 40]
    assert plan.starts == [0, 20, 200, 200]
    assert plan.planned_seconds == 240 and plan.mismatch_seconds == 0
    assert plan.qa_seconds == 600
    assert TimePlan.from_slides(_slides(), talk_seconds=200).mismatch_seconds == 40


def test_even_split_for_a_pdf_adds_up_exactly() -> None:
    plan = TimePlan.even(7, 600)
    assert sum(plan.budgets) == 600 and max(plan.budgets) - min(plan.budgets) <= 1
    assert TimePlan.even(0, 600).budgets == []


def test_pace_time_within_a_slides_budget_costs_nothing() -> None:
    plan = TimePlan.from_slides(_slides(), talk_seconds=240)
    # 15 s into the title: on plan exactly
    assert plan.behind(0, 15, 15) == 0
    # moved to the analysis after 10 s: 10 s ahead, and it stays 10 s ahead while within budget
    assert plan.behind(1, 0, 10) == -10
    assert plan.behind(1, 100, 110) == -10
    # 200 s on a 180 s slide: now 10 s behind, growing by the second
    assert plan.behind(1, 200, 210) == 10
    assert plan.behind(1, 201, 211) == 11


def test_pace_text_and_tolerance_band() -> None:
    assert Pace(12, 15).on_plan and Pace(12, 15).text() == "on plan"
    assert Pace(-15, 15).on_plan
    assert Pace(16, 15).behind and Pace(16, 15).text() == "16 s behind plan"
    assert Pace(-65, 15).ahead and Pace(-65, 15).text() == "1:05 ahead of plan"
    assert Pace(30, 15).text("sv") == "30 s efter plan"
    assert Pace(-30, 15).text("sv") == "30 s före plan" and Pace(0, 15).text("sv") == "enligt plan"


def test_colours_follow_the_users_thresholds() -> None:
    assert talk_state(121, 120) is TimeState.NORMAL
    assert talk_state(120, 120) is TimeState.WARNING
    assert talk_state(0, 120) is TimeState.WARNING
    assert talk_state(-0.5, 120) is TimeState.OVER
    assert talk_state(200, 300) is TimeState.WARNING  # a user who wants five minutes' warning
    assert slide_state(49, 60, 10) is TimeState.NORMAL
    assert slide_state(50, 60, 10) is TimeState.WARNING
    assert slide_state(61, 60, 10) is TimeState.OVER
    assert slide_state(500, 0, 10) is TimeState.NORMAL  # backup slides have no budget


def test_hard_stop_reserves_qa_and_wraps_past_midnight() -> None:
    start = datetime(2026, 11, 26, 10, 2, 30)
    assert hard_stop_talk_seconds(time(10, 30), start, qa_seconds=600) == 27.5 * 60 - 600
    late = datetime(2026, 11, 26, 23, 50)
    assert hard_stop_talk_seconds(time(0, 20), late, qa_seconds=0) == 30 * 60


def test_clock_time_parsing() -> None:
    assert parse_clock_time("10:30") == time(10, 30)
    assert parse_clock_time(" 9.05 ") == time(9, 5)
    assert parse_clock_time("1430") == time(14, 30)
    assert parse_clock_time("25:00") is None and parse_clock_time("soon") is None


def test_settings_round_trip_and_bad_values_keep_defaults() -> None:
    settings = TimingSettings(tolerance_seconds=20, hard_stop=time(10, 30), video_call=True, notes_points=24)
    assert TimingSettings.from_dict(settings.to_dict()) == settings
    broken = TimingSettings.from_dict({"tolerance_seconds": "lots", "warn_seconds": -5, "hard_stop": "99:99"})
    assert broken.tolerance_seconds == 15 and broken.warn_seconds == 0 and broken.hard_stop is None
