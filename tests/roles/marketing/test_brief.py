"""The brief keeps what the user typed, reads amounts as people write them, and opens whatever is stored."""

from __future__ import annotations

import pytest

from podium.core.model import Preparation
from podium.roles.marketing.brief import (
    AmountError,
    BriefFormatError,
    CampaignBrief,
    Channel,
    Phase,
    load_brief,
    parse_amount,
    store_brief,
)
from tests.roles.marketing.sample import brief


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("420000", 420_000),
        ("420 000", 420_000),
        ("420\u00a0000 kr", 420_000),
        ("SEK 420,000", 420_000),
        ("1.200.000", 1_200_000),
        ("1,200,000.50", 1_200_000.5),
        ("1.200.000,50", 1_200_000.5),
        ("1,5", 1.5),
        ("0.125", 0.125),
        ("120k", 120_000),
        ("1,2 mkr", 1_200_000),
        ("€50k", 50_000),
        ("$2.5m", 2_500_000),
        ("-5000", -5000),
        ("−5 000", -5000),
        ("60 000:-", 60_000),
    ],
)
def test_amounts_as_people_type_them(text: str, value: float) -> None:
    assert parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize(("text", "code"), [("", "empty"), ("   ", "empty"), ("kr", "empty"),
                                            ("lots", "not-number"), ("12,34,5", "not-number"),
                                            ("1e400", "not-number"), ("35%", "not-number")])  # fmt: skip
def test_amounts_that_cannot_be_read_say_why(text: str, code: str) -> None:
    with pytest.raises(AmountError) as info:
        parse_amount(text)
    assert info.value.code == code


def test_round_trip_keeps_every_value_as_typed() -> None:
    data = brief()
    data["channels"][0]["budget"] = "not yet decided"
    b = CampaignBrief.from_dict(data)
    assert b.channels[0].budget == "not yet decided"
    assert b.channels[1].budget == "300000"  # a JSON number becomes its text
    again = CampaignBrief.from_dict(b.to_dict())
    assert again == b


def test_stored_junk_never_stops_the_brief_from_opening() -> None:
    junk = {"channels": "oops", "phases": [None, 3, {"name": ["x"]}], "currency": None, "goal": 7,
            "situation": 5, "unknown": 1}  # fmt: skip
    b = CampaignBrief.from_dict(junk)
    assert b.channels == []
    assert [p.is_blank() for p in b.phases] == [True, True, False]
    assert b.goal == "7"
    assert b.currency == "SEK"
    assert CampaignBrief.from_dict(["not", "a", "dict"]) == CampaignBrief()


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"channels": {"name": "x"}}, "channels"),
        ({"channels": ["x"]}, "channels[0]"),
        ({"phases": [{"name": "a"}, {"start": ["2027"]}]}, "phases[1].start"),
        ({"goal": {"text": "x"}}, "goal"),
        ({"budget": 5}, "budget"),
    ],
)
def test_a_strict_read_names_the_key_that_is_wrong(data: dict, where: str) -> None:
    with pytest.raises(BriefFormatError) as info:
        CampaignBrief.from_dict(data, strict=True)
    assert info.value.where == where


def test_blank_rows_are_ignored_but_kept() -> None:
    b = CampaignBrief(channels=[Channel(), Channel("Search", "", "10")])
    assert len(b.channels) == 2 and b.rows("channels") == [b.channels[1]]


def test_phase_dates() -> None:
    assert Phase(start="2027-03-01", end="2027-03-15").dates() is not None
    assert Phase(start="2027-03-15", end="2027-03-01").dates() is None
    assert Phase(start="March", end="2027-03-01").dates() is None


def test_stored_in_the_preparation_role_data() -> None:
    prep = Preparation(role="marketing", company="Fakturo AB")
    assert load_brief(prep) == CampaignBrief()
    store_brief(prep, CampaignBrief.from_dict(brief()))
    assert prep.role_data["marketing"]["channels"][0]["name"] == "Paid social"
    assert Preparation.from_dict(prep.to_dict()).role_data == prep.role_data
    assert load_brief(prep).presenter == "Sara Lindqvist"
