"""Scoring, banding, ranking and storage of the register."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from podium.core.model import Preparation
from podium.roles.project_management.library import pull, starter_library
from podium.roles.project_management.register import (
    ROLE_KEY,
    PlanItem,
    Register,
    Risk,
    load_register,
    next_id,
    ranked,
    save_register,
)
from podium.roles.project_management.scales import (
    RESPONSES,
    Scales,
    check_floors,
    parse_response,
    parse_status,
)


def test_score_is_likelihood_times_impact_and_residual_falls_back_to_inherent() -> None:
    risk = Risk("R1", likelihood=4, impact=5)
    assert risk.score == 20
    assert risk.residual_score == 20  # nothing planned yet: residual = inherent
    risk.residual_likelihood = 2
    assert (risk.residual_l, risk.residual_i, risk.residual_score) == (2, 5, 10)


@pytest.mark.parametrize(
    ("score", "band"),
    [(1, "low"), (4, "low"), (5, "medium"), (9, "medium"), (10, "high"), (15, "high"), (16, "very_high"),
     (25, "very_high")],
)  # fmt: skip
def test_default_bands(score: int, band: str) -> None:
    assert Scales.default("en").band(score) == band


def test_bands_follow_custom_floors_and_ranges_tile_1_to_25() -> None:
    scales = Scales.default("sv")
    scales.floors = (8, 15, 20)
    assert [scales.band(s) for s in (6, 8, 12, 15, 16, 20)] == ["low", "medium", "medium", "high", "high",
                                                                "very_high"]  # fmt: skip
    ranges = [scales.band_range(b) for b in ("low", "medium", "high", "very_high")]
    assert ranges == [(1, 7), (8, 14), (15, 19), (20, 25)]


@given(st.tuples(st.integers(-5, 30), st.integers(-5, 30), st.integers(-5, 30)))
def test_every_score_gets_exactly_one_band_when_floors_are_valid(floors: tuple[int, int, int]) -> None:
    if check_floors(floors) is not None:
        return
    scales = Scales.default("en")
    scales.floors = floors
    bands = [scales.band(s) for s in range(1, 26)]
    order = ["low", "medium", "high", "very_high"]
    assert [order.index(b) for b in bands] == sorted(order.index(b) for b in bands)  # never goes down
    assert set(bands) == set(order)


def test_bad_floors_are_explained() -> None:
    assert check_floors((10, 5, 16)) is not None
    assert check_floors((1, 5, 16)) is not None
    assert check_floors((5, 10, 16)) is None


def test_scale_words_in_both_languages() -> None:
    en, sv = Scales.default("en"), Scales.default("sv")
    assert [en.likelihood_label(n) for n in (1, 5)] == ["Rare", "Almost certain"]
    assert [en.impact_label(n) for n in (1, 5)] == ["Insignificant", "Extreme"]
    assert sv.likelihood_label(4) == "Trolig" and sv.impact_label(5) == "Mycket allvarlig"
    assert en.level_from_word("trolig", "likelihood") == 4  # a Swedish word read in an English register
    assert sv.level_from_word("Major", "impact") == 4


def test_response_and_status_words_from_registers() -> None:
    assert parse_response("Mitigate") == "reduce"
    assert parse_response("Minska") == "reduce"
    assert parse_response("Överför") == "transfer"
    assert parse_response("reservplan") == "fallback"
    assert parse_response("pray") is None
    assert parse_status("Bevakas") == "monitoring"
    assert set(RESPONSES) == {"avoid", "reduce", "transfer", "accept", "share", "fallback"}


def test_ranked_orders_by_score_then_residual_then_natural_id() -> None:
    risks = [Risk("R10", likelihood=3, impact=4), Risk("R2", likelihood=4, impact=3),
             Risk("R3", likelihood=2, impact=2), Risk("R1", likelihood=4, impact=3, residual_likelihood=1),
             Risk("R4", likelihood=5, impact=5)]  # fmt: skip
    assert [r.id for r in ranked(risks)] == ["R4", "R2", "R10", "R1", "R3"]


def test_next_id_continues_after_the_highest_number() -> None:
    assert next_id([]) == "R1"
    assert next_id(["R1", "R7", "X99", "R3"]) == "R8"


def test_register_round_trips_through_json_and_keeps_other_keys() -> None:
    prep = Preparation(role="project-management", company="X", language="sv")
    prep.role_data[ROLE_KEY] = {"notes_from_other_feature": "keep me"}
    from datetime import date

    register = Register(
        risks=[
            Risk("R1", "Datamigrering", likelihood=4, impact=5, residual_impact=3, extra={"Kommentar": "x"})
        ],
        plan=[
            PlanItem("Design", date(2027, 1, 1), date(2027, 3, 31)),
            PlanItem("Pilot", date(2027, 6, 1), None, "milestone"),
        ],
        scales=Scales.default("sv"),
    )
    save_register(prep, register)
    restored = Preparation.from_dict(json.loads(json.dumps(prep.to_dict())))
    again = load_register(restored)
    assert again.risks == register.risks
    assert again.plan == register.plan
    assert restored.role_data[ROLE_KEY]["notes_from_other_feature"] == "keep me"
    assert "scales" not in restored.role_data[ROLE_KEY]  # defaults follow the language until customised


def test_damaged_stored_values_are_clamped_not_fatal() -> None:
    risk = Risk.from_dict({"id": "R1", "likelihood": 9, "impact": "x", "residual_likelihood": 0})
    assert (risk.likelihood, risk.impact, risk.residual_likelihood) == (3, 3, None)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_starter_library_covers_transformation_risks_in_both_languages(language: str) -> None:
    library = starter_library(language)
    keys = {entry.key for entry in library}
    for needed in ("stakeholder-resistance", "benefits-not-realised", "key-person", "data-migration",
                   "scope-creep", "vendor-delivery", "change-fatigue", "regulatory", "budget", "parallel-running"):  # fmt: skip
        assert needed in keys
    for entry in library:
        r = entry.risk
        assert r.title and r.cause and r.event and r.effect and r.mitigation and r.contingency and r.trigger
        assert r.response in RESPONSES
        assert r.residual_score <= r.score
    assert keys == {entry.key for entry in starter_library("sv" if language == "en" else "en")}


def test_library_texts_differ_between_languages() -> None:
    en = {e.key: e.risk for e in starter_library("en")}
    sv = {e.key: e.risk for e in starter_library("sv")}
    assert all(en[k].title != sv[k].title and en[k].cause != sv[k].cause for k in en)


def test_pulling_from_the_library_gives_fresh_ids() -> None:
    pulled = pull(list(starter_library("en")[:3]), ["R1", "R2"])
    assert [r.id for r in pulled] == ["R3", "R4", "R5"]
    assert pulled[0].title == starter_library("en")[0].risk.title
