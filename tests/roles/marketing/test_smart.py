"""The SMART check finds the metric, target value and deadline, and names the part that is missing."""

from __future__ import annotations

import pytest

from podium.roles.marketing.smart import check_objective


@pytest.mark.parametrize(
    ("objective", "metric", "target", "deadline"),
    [
        ("Grow trial sign-ups from 4,000 to 5,000 a month by 30 June", "trial sign-ups", "from 4,000 to 5,000", "30 June"),
        ("Increase revenue by 10% by Q4 2027", "revenue", "10%", "Q4 2027"),
        ("Sell 2,000 bikes before summer", "bikes", "2,000", "before summer"),
        ("Double newsletter subscribers within six months", "subscribers", "Double", "within six months"),
        ("Increase NPS to 45 by 2027-06-30", "NPS", "45", "2027-06-30"),
        ("Win 300 new paying accounts in the next 3 months", "accounts", "300", "in the next 3 months"),
        ("Öka antalet provkonton från 4 000 till 5 000 per månad senast 30 juni", "provkonton",
         "från 4 000 till 5 000", "30 juni"),
        ("Nå 20 % kännedom i målgruppen före årsskiftet", "kännedom", "20 %", "årsskiftet"),
        ("Öka försäljningen med 15 % under 2027", "försäljningen", "15 %", "under 2027"),
        ("Fördubbla webbtrafiken till hösten", "webbtrafiken", "Fördubbla", "till hösten"),
    ],
)  # fmt: skip
def test_a_complete_objective_names_all_three_parts(
    objective: str, metric: str, target: str, deadline: str
) -> None:
    check = check_objective(objective)
    assert (check.metric, check.target, check.deadline) == (metric, target, deadline)
    assert check.ok and check.missing == []


@pytest.mark.parametrize(
    ("objective", "missing"),
    [
        ("Raise awareness among young families", ["target", "deadline"]),
        ("Grow trial sign-ups to 5,000 a month", ["deadline"]),
        ("Grow trial sign-ups by 30 June", ["target"]),
        ("Get to 5,000 by June", ["metric"]),
        ("Launch the new brand", ["metric", "target", "deadline"]),
        ("Öka kännedomen bland småföretagare", ["target", "deadline"]),
        ("Fler provkonton senast i juni", ["target"]),
        ("", ["metric", "target", "deadline"]),
    ],
)
def test_the_missing_part_is_named(objective: str, missing: list[str]) -> None:
    assert check_objective(objective).missing == missing


def test_numbers_inside_a_date_are_not_taken_for_the_target() -> None:
    check = check_objective("Grow sign-ups by 30/6/2027")
    assert check.deadline == "30/6/2027"
    assert check.target == ""


def test_may_the_verb_is_not_a_deadline_but_may_the_month_is() -> None:
    assert check_objective("Users may grow 10%").deadline == ""
    assert check_objective("Reach 50,000 users by May").deadline == "by May"


def test_the_day_a_deadline_names() -> None:
    from datetime import date

    from podium.roles.marketing.smart import deadline_date

    assert deadline_date("2027-06-30", 2026) == date(2027, 6, 30)
    assert deadline_date("30 June 2027", 2026) == date(2027, 6, 30)
    assert deadline_date("by 30 juni", 2027) == date(2027, 6, 30)
    assert deadline_date("June 30, 2027", 2026) == date(2027, 6, 30)
    assert deadline_date("by the end of June", 2027) == date(2027, 6, 30)
    assert deadline_date("före december 2027", 2026) == date(2027, 12, 31)
    assert deadline_date("by Q2", 2027) is None and deadline_date("this summer", 2027) is None
    assert deadline_date("31 June 2027", 2027) is None  # not a day
