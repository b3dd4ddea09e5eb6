"""Whatever lands in the stored brief (hand edits, old versions, junk), the deck still builds and lays out."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.render.layout import layout_deck
from podium.roles.marketing.brief import CampaignBrief
from podium.roles.marketing.business_case import business_case
from podium.roles.marketing.case_slides import case_table
from podium.roles.marketing.deck import blocks, context, filled_sources
from podium.roles.marketing.validate import validate

_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["2027-02-30", "2027-03-01", "-5 000", "1,2 mkr", "lots", "\x00\ufffe", "{{ 7*7 }}"]),
)
_json = st.recursive(
    _scalar,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
_row = st.dictionaries(
    st.sampled_from(["name", "who", "need", "reach", "role", "budget", "start", "end", "activities", "owner",
                     "target", "measure", "frequency", "risk", "likelihood", "impact", "mitigation",
                     "hypothesis", "test", "metric", "decision_rule", "control_group"]),
    _json,
    max_size=6,
)  # fmt: skip
_brief = st.fixed_dictionaries(
    {},
    optional={
        "objective": _json,
        "key_message": _json,
        "currency": _json,
        "situation": _json,
        "channels": st.lists(_row, max_size=12) | _json,
        "phases": st.lists(_row, max_size=12) | _json,
        "personas": st.lists(_row, max_size=6),
        "kpis": st.lists(_row, max_size=10),
        "risks": st.lists(_row, max_size=10),
        "experiments": st.lists(_row, max_size=6) | _json,
        "customers": _json,
        "customer_value": _json,
        "gross_margin": _json,
    },
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_brief, language=st.sampled_from(["en", "sv"]))
def test_any_stored_brief_builds_a_deck(data: dict, language: str) -> None:
    brief = CampaignBrief.from_dict(data)
    validate(brief)
    prep = Preparation(role="marketing", company="Fakturo AB", language=language)
    prep.role_data["marketing"] = data
    prep.deck = scaffold(prep)
    layout_deck(prep.deck, language=language)
    assert filled_sources(context(prep)) == set(blocks(prep))  # the titles' shortcut agrees with the slots


_day = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


@settings(max_examples=60, deadline=None)
@given(
    spans=st.lists(st.tuples(_day, _day), min_size=1, max_size=12),
    amounts=st.lists(
        st.floats(min_value=-1e6, max_value=1e12) | st.text(max_size=12), min_size=1, max_size=45
    ),
)
def test_any_dates_and_amounts_give_a_deck_that_lays_out(spans, amounts) -> None:
    data = {
        "phases": [
            {"name": f"P{i}", "start": a.isoformat(), "end": b.isoformat()} for i, (a, b) in enumerate(spans)
        ],
        "channels": [{"name": f"C{i}", "budget": str(x)} for i, x in enumerate(amounts)],
    }
    prep = Preparation(role="marketing", company="Fakturo AB")
    prep.role_data["marketing"] = data
    prep.deck = scaffold(prep)
    timeline = next(b for s in prep.deck.slides for b in s.blocks if b.source == "timeline")
    assert (
        len(getattr(timeline, "shapes", [])) < 200
    )  # a century-long plan is ticked by years, not by quarter
    layout_deck(prep.deck, language="en")


_estimate = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.sampled_from(["", "0", "0,5", "1e308", "1 000 000 000 000", "100 %", "99,99", "-0", "1,2 mkr"]),
)


@settings(max_examples=150, deadline=None)
@given(customers=_estimate, value=_estimate, margin=_estimate, budget=_estimate)
def test_any_estimates_give_finite_figures_or_none(
    customers: str, value: str, margin: str, budget: str
) -> None:
    """Whatever is typed, the business case is finite numbers, 'never' or nothing: never inf, nan or a crash."""
    brief = CampaignBrief.from_dict({"channels": [{"name": "Search", "budget": budget}], "customers": customers,
                                     "customer_value": value, "gross_margin": margin})  # fmt: skip
    validate(brief)
    case = business_case(brief)
    if case is None:
        return
    for row in case_table(case, "SEK", "en").rows:
        text = " ".join(row).lower()
        assert "inf" not in text and "nan" not in text, row
