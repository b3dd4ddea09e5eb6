"""The plan-health scorecard: what each area is rated on, and where a rating comes from."""

from __future__ import annotations

from datetime import date

from podium.core.model import Preparation
from podium.roles.project_management.analysis import analyse
from podium.roles.project_management.health import derived, ratings
from podium.roles.project_management.register import PlanItem, Register, Risk, save_register
from podium.roles.project_management.scales import Scales

PLAN = [
    PlanItem("Build", date(2027, 1, 4), date(2027, 8, 27)),
    PlanItem("Go-live", date(2027, 9, 27), None, "milestone"),
]


def _analysis(risks: list[Risk], plan: list[PlanItem] | None = None, **health: dict[str, str]):
    prep = Preparation(role="project-management", company="Nordvik AB")
    save_register(prep, Register(risks=risks, plan=PLAN if plan is None else plan, scales=Scales.default("en"),
                                 health=dict(health)))  # fmt: skip
    return analyse(prep)


def test_a_key_person_dependency_is_a_people_risk_not_an_outside_dependency() -> None:
    people = Risk("R1", "Key-person dependency", category="People", likelihood=4, impact=4, owner="PM")
    assert derived(_analysis([people]), "dependencies") is None
    vendor = Risk("R2", "Vendor fails to deliver on time", category="Commercial", likelihood=3, impact=4,
                  residual_likelihood=3, residual_impact=4, owner="Procurement")  # fmt: skip
    rating = derived(_analysis([people, vendor]), "dependencies")
    assert rating is not None and rating.rating == "red"  # it stays high (12) after the actions
    assert rating.reason == "1 dependency risk: R2 Vendor fails to deliver on time, high after the actions"


def test_a_benefits_risk_without_an_owner_is_red() -> None:
    risk = Risk("R1", "Benefits are not realised", category="Benefits", likelihood=3, impact=3)
    rating = derived(_analysis([risk]), "benefits")
    assert (
        rating is not None and rating.rating == "red" and rating.reason == "No owner for the benefits risk R1"
    )


def test_a_judgement_without_a_reason_says_so() -> None:
    risk = Risk("R1", "Vendor late", likelihood=3, impact=3, owner="Procurement")
    row = next(
        r
        for r in ratings(_analysis([risk], benefits={"rating": "green", "reason": ""}))
        if r.area == "benefits"
    )
    assert (row.rating, row.basis, row.reason) == ("green", "judgement", "My judgement (no reason given yet)")


def test_without_the_candidates_plan_the_plan_rows_are_examples() -> None:
    risk = Risk("R1", "Vendor late", likelihood=3, impact=3, owner="Procurement", trigger="Late twice")
    rows = {r.area: r.basis for r in ratings(_analysis([risk], plan=[]))}
    assert rows["schedule"] == rows["contingency"] == "example"
    assert rows["governance"] == "register"
