"""Action titles: a panel member who reads only the titles knows the plan, in either language; a
title the brief cannot state keeps the example or a plain heading, and the user's own title wins."""

from __future__ import annotations

import pytest

from podium.core.deck.fill import apply_role_data
from podium.core.deck.scaffold import scaffold
from podium.core.deck.slots import DETACHED
from podium.core.model import Preparation
from podium.core.render.layout import layout_deck
from podium.core.render.title_fit import title_fits as fits
from podium.core.text import typeset
from podium.roles.marketing.deck import restore_examples
from podium.roles.marketing.titles import SLOTS, titles
from tests.roles.marketing.sample import brief

CONTENT = ("situation", "objective", "audience", "big-idea", "channels", "business-case", "timeline",
           "experiments", "kpis", "risks", "closing")  # fmt: skip


def _prep(data: dict | None = None, language: str = "en", **kw) -> Preparation:
    prep = Preparation(role="marketing", company="Fakturo AB", language=language, **kw)
    if data is not None:
        prep.role_data["marketing"] = data
    prep.deck = scaffold(prep)
    return prep


def _titles(prep: Preparation) -> dict[str, str]:
    return {s.key: s.title for s in prep.deck.slides}


def _typeset(titles: dict[str, str], language: str) -> dict[str, str]:
    """The titles as the deck sets them (no-break spaces before units, en dashes)."""
    return {key: typeset(title, language) for key, title in titles.items()}


def test_every_content_slide_has_a_title_slot_the_provider_knows() -> None:
    for language in ("en", "sv"):
        prep = _prep(language=language)
        slots = {s.key: s.title_source for s in prep.deck.slides if s.kind in ("content", "closing")}
        slots.pop("opportunities", None)  # the shared research slide, not the campaign plan's
        assert set(slots) == set(CONTENT)
        assert set(slots.values()) == set(SLOTS)


def test_the_sample_brief_reads_as_a_plan_in_its_titles() -> None:
    assert _titles(_prep(brief())) == _typeset(
        {
            "title": "Fakturo AB: campaign plan",
            "situation": "Owners don't lack tools, they lack an evening to try them",
            "objective": "Grow trial sign-ups from 4,000 to 5,000 a month by 30 June 2027",
            "audience": "2 personas to win: Busy owner and Accountant",
            "big-idea": "One idea carries the campaign: “Get your Friday back”",
            "channels": "Paid social and Search carry 60% of the SEK\u00a01.2m budget",
            "business-case": "The campaign pays back within 5 months and returns +140% in year one",
            "timeline": "5 phases, 1 Feb to 30 Jun 2027, decision on 30 Apr",
            "experiments": "2 tests with control groups decide where the budget moves",
            "kpis": "Success: 1,000 new customers by 30 Jun 2027, at a CAC of at most SEK\u00a01,200",
            "risks": "Biggest risk: Creative doesn't land. Answer: Test three",
            "closing": "SEK\u00a01.2m wins 1,000 new customers and pays back within 5 months",
        },
        "en",
    )


def test_the_swedish_titles_are_written_in_swedish() -> None:
    titles = _titles(_prep(brief(), language="sv"))
    assert titles["channels"] == typeset(
        "Paid social och Search står för 60\u00a0% av budgeten på 1,2\u00a0mkr", "sv"
    )
    assert titles["business-case"] == typeset(
        "Kampanjen betalar sig inom 5 månader och ger +140\u00a0% första året", "sv"
    )
    assert titles["timeline"] == typeset("5 faser, 1 feb till 30 jun 2027, beslut den 30 apr", "sv")
    assert titles["kpis"] == typeset(
        "Målet: 1\u00a0000 nya kunder senast 30 jun 2027, till en CAC på högst 1\u00a0200\u00a0kr", "sv"
    )
    assert titles["closing"] == typeset(
        "1,2\u00a0mkr ger 1\u00a0000 nya kunder och betalar sig inom 5 månader", "sv"
    )
    assert titles["experiments"] == typeset("2 tester med kontrollgrupp avgör vart budgeten flyttas", "sv")


def test_an_empty_brief_keeps_the_example_titles() -> None:
    prep = _prep()
    assert titles(prep) == {}
    for key in CONTENT:
        title = next(s.title for s in prep.deck.slides if s.key == key)
        assert title.startswith("Example: "), key
    sv = _prep(language="sv")
    assert all(s.title.startswith("Exempel: ") for s in sv.deck.slides if s.key in CONTENT)


def test_a_slide_filled_without_a_conclusion_gets_its_plain_heading() -> None:
    prep = _prep({"situation": ["Nordic small-business software grows about 8% a year"]})
    assert _titles(prep)["situation"] == "Situation and insight"  # no insight yet: no invented conclusion
    assert _titles(prep)["channels"].startswith("Example: ")  # the budget is not filled: still the example
    sv = _prep({"situation": ["Marknaden växer"]}, language="sv")
    assert _titles(sv)["situation"] == "Läget och insikten"


def test_a_business_case_that_never_pays_back_says_so_in_its_title() -> None:
    titles = _titles(_prep(brief(gross_margin="0")))
    assert titles["business-case"] == typeset("At these estimates the campaign never pays back", "en")
    assert titles["closing"] == typeset("SEK\u00a01.2m for 1,000 new customers", "en")
    slow = _titles(_prep(brief(customers="300")))
    assert slow["business-case"] == typeset(
        "The campaign pays back only after 17 months, beyond its first year", "en"
    )
    none = _titles(_prep(brief(customers="0")))
    assert none["closing"] == typeset("The ask: SEK\u00a01.2m across 6 channels", "en")
    assert none["kpis"] == typeset(
        "Trial sign-ups: 5,000 / month decides success", "en"
    )  # the case sets no target


def test_one_channel_or_a_dominant_one() -> None:
    one = _titles(_prep(brief(channels=[{"name": "Search", "budget": "250000"}])))
    assert one["channels"] == "The whole SEK\u00a0250,000 budget goes to Search"
    big = [{"name": "TV", "budget": "900000"}, {"name": "Search", "budget": "100000"}]
    assert _titles(_prep(brief(channels=big)))["channels"] == "TV carries 90% of the SEK\u00a01m budget"


def test_a_long_objective_is_titled_by_its_smart_parts() -> None:
    objective = (
        "Working closely with sales and the product team, grow trial sign-ups from 4,000 to 5,000 "
        "a month by 30 June 2027 among small businesses in the Nordics"
    )
    title = _titles(_prep(brief(objective=objective)))["objective"]
    assert title == "Grow trial sign-ups from 4,000 to 5,000 a month by 30 June 2027"
    assert fits(title)
    rambling = (
        "By 30 June 2027, together with sales, product, customer success and our partners in every Nordic "
        "market, grow trial sign-ups to 5,000 a month"
    )
    assert _titles(_prep(brief(objective=rambling)))["objective"] == "SMART objective"  # no half sentence


def test_the_users_own_title_survives_a_change_in_the_brief() -> None:
    prep = _prep(brief())
    slide = next(s for s in prep.deck.slides if s.key == "business-case")
    slide.title, slide.title_source = "Paid back before the summer", DETACHED + slide.title_source
    prep.role_data["marketing"]["customers"] = "2000"
    apply_role_data(prep)
    assert slide.title == "Paid back before the summer"
    closing = next(s for s in prep.deck.slides if s.key == "closing")
    assert closing.title == typeset(
        "SEK\u00a01.2m wins 2,000 new customers and pays back within 3 months", "en"
    )


def test_emptying_a_part_of_the_brief_puts_its_example_title_back() -> None:
    prep = _prep(brief())
    prep.role_data["marketing"]["channels"] = []
    restore_examples(prep, {"budget-chart", "budget-table", "business-case"})
    apply_role_data(prep)
    titles = _titles(prep)
    assert titles["channels"] == "Example: Paid social and search carry 60% of the SEK 1.2m budget"
    assert titles["business-case"].startswith("Example: ")


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_titles_fit_in_every_theme_at_4_3_beside_a_logo(language: str, tmp_path) -> None:
    """The narrowest title box there is; the scaffold's examples and the titles Podium writes must fit it."""
    from PIL import Image

    from podium.core.render.theme import THEMES

    logo = tmp_path / "logo.png"
    Image.new("RGB", (240, 80), "#0B6E4F").save(logo)
    full_close = brief(
        next_steps=["Test the personas with the sales team in the first week of March",
                    "Set up tracking and a clean baseline before launch day", "Brief the agency on three routes"],
        ask="approve SEK 1.2m and a creative start on 1 February so we can go live on 1 March",
    )  # fmt: skip
    long_names = brief(
        personas=[{"name": "Redovisningskonsulten", "need": "Ordning"}, {"name": "Den stressade ägaren", "need": "Tid"},
                  {"name": "Kontorschefen på ett mellanstort bolag", "need": "Enkelhet"}],
        customers="12 345", customer_value="123 456", gross_margin="77,5",
    )  # fmt: skip
    for data in (None, brief(), brief(customers="300", gross_margin="0,7"), full_close, long_names):
        for theme in THEMES:
            prep = _prep(data, language=language)
            prep.deck.theme, prep.deck.aspect, prep.deck.logo = theme, "4:3", str(logo)
            laid = layout_deck(prep.deck, language=language, footer="Nordvik Försäkringar AB")
            assert not [prep.deck.slides[i].key for i, s in enumerate(laid) if s.overflows], (theme, data)


def test_the_titles_shortcut_knows_which_slots_the_brief_fills() -> None:
    from podium.roles.marketing.deck import blocks, context, filled_sources

    research = {"company": {"goals": ["Double small-business customers by 2028"]}}
    for data, kw in (
        ({}, {}),
        ({}, {"research": research}),
        ({"goal": "Double small-business customers by 2028"}, {"research": research}),
        ({"audience": "Owners"}, {}),
        ({"next_steps": ["Call sales"]}, {}),
        (
            {
                "channels": [{"name": "Search", "budget": "0"}],
                "customers": "5",
                "customer_value": "1",
                "gross_margin": "1",
            },
            {},
        ),
        (brief(customers="0"), {}),
        (brief(), {}),
    ):
        prep = _prep(data, **kw)
        assert filled_sources(context(prep)) == set(blocks(prep)), data
