"""The brief becomes the deck: slots filled from the inputs, examples kept where inputs are missing."""

from __future__ import annotations

from podium.core.deck.checks import EXAMPLE, unfinished_items
from podium.core.deck.fill import apply_role_data
from podium.core.deck.scaffold import scaffold
from podium.core.model import BulletsBlock, ChartBlock, DiagramBlock, Preparation, TableBlock
from podium.core.render.layout import layout_deck
from podium.core.text import typeset
from podium.roles.marketing.brief import CampaignBrief
from podium.roles.marketing.budget import budget_lines
from podium.roles.marketing.deck import SOURCES, blocks, restore_examples
from podium.roles.marketing.fmt import clip, money, shares
from tests.roles.marketing.sample import brief


def _prep(data: dict | None = None, language: str = "en", **kw) -> Preparation:
    prep = Preparation(role="marketing", company="Fakturo AB", language=language, **kw)
    if data is not None:
        prep.role_data["marketing"] = data
    prep.deck = scaffold(prep)
    return prep


def _slot(prep: Preparation, source: str):
    return next(b for s in prep.deck.slides for b in s.blocks if b.source == source)


def _texts(block: BulletsBlock) -> list[str]:
    return [item.text for item in block.items]


def test_every_slot_in_the_template_is_one_the_provider_knows() -> None:
    for language in ("en", "sv"):
        prep = _prep(language=language)
        # (shared slides, such as the research ones, bring their own slots and providers)
        sources = [
            b.source
            for s in prep.deck.slides
            for b in s.blocks
            if b.source and not b.source.startswith("research-")
        ]
        assert sorted(sources) == sorted(SOURCES)


def test_an_empty_brief_keeps_the_template_examples() -> None:
    prep = _prep()
    assert blocks(prep) == {}
    assert all(getattr(_slot(prep, s), "example", False) for s in SOURCES)


def test_a_full_brief_fills_every_slot_with_nothing_left_as_example() -> None:
    prep = _prep(brief())
    assert set(blocks(prep)) == set(SOURCES)
    examples = [i for i in unfinished_items(prep.deck) if i.kind == EXAMPLE]
    marketing = [
        i for i in examples if prep.deck.slides[i.slide_index].blocks[i.block_index].source in SOURCES
    ]
    assert marketing == []
    assert _texts(_slot(prep, "presenter")) == ["Sara Lindqvist"]
    assert "Insight: Owners don't lack tools, they lack an evening to try them" in _texts(
        _slot(prep, "situation")
    )
    assert isinstance(_slot(prep, "personas"), DiagramBlock)
    assert isinstance(_slot(prep, "timeline"), DiagramBlock)


def test_budget_chart_and_table_match_the_inputs() -> None:
    prep = _prep(brief())
    chart, table = _slot(prep, "budget-chart"), _slot(prep, "budget-table")
    assert isinstance(chart, ChartBlock) and chart.chart_type == "pie"
    assert chart.categories == [
        "Paid social",
        "Search",
        "Content & SEO",
        "Email & CRM",
        "Partner events",
        "Test reserve",
    ]
    assert chart.series[0].values == [420000, 300000, 180000, 120000, 120000, 60000]
    assert chart.title == "Budget split, total SEK\u00a01,200,000"
    assert isinstance(table, TableBlock)
    assert table.columns == ["Channel", "Role", "Amount (SEK)", "Share"]
    assert table.rows[0] == ["Paid social", "Reach and trials", "420,000", "35%"]
    assert table.rows[-1] == ["Total", "", "1,200,000", "100%"]


def test_shares_always_add_up_to_one_hundred() -> None:
    assert shares([1, 1, 1]) == [34, 33, 33]
    assert shares([420, 300, 180, 120, 120, 60]) == [35, 25, 15, 10, 10, 5]
    assert sum(shares([7, 13, 29, 31, 17, 3])) == 100
    assert shares([0, 0]) == [0, 0]
    assert shares([5, -3]) == [100, 0]


def test_forty_channels_become_five_and_other() -> None:
    channels = [{"name": f"Channel {n}", "budget": str(1000 * n)} for n in range(1, 41)]
    lines = budget_lines(CampaignBrief.from_dict(brief(channels=channels)), "en")
    assert [name for name, _, _ in lines] == [f"Channel {n}" for n in range(36, 41)] + ["Other (35 channels)"]
    assert sum(a for _, _, a in lines) == 1000 * sum(range(1, 41))  # nothing lost from the total
    prep = _prep(brief(channels=channels))
    assert not any(layout.overflows for layout in layout_deck(prep.deck, language="en"))


def test_unusable_budgets_are_left_out_not_guessed() -> None:
    channels = [{"name": "Search", "budget": "100"}, {"name": "Social", "budget": "-50"},
                {"name": "TV", "budget": "lots"}]  # fmt: skip
    chart = blocks(_prep(brief(channels=channels)))["budget-chart"]
    assert chart.categories == ["Search"]


def test_a_partial_brief_marks_what_is_missing_as_example() -> None:
    prep = _prep({"objective": "Grow trial sign-ups to 5,000 a month", "goal": "Grow revenue"})
    situation, objective = _slot(prep, "situation"), _slot(prep, "objective")
    assert situation.items[-1].example and situation.items[-1].text.startswith("Insight: [")
    assert objective.items[0].text == "Grow trial sign-ups to 5,000 a month"
    assert [i.text for i in objective.items if i.example] == ["Add a deadline: by when will it be reached?"]
    assert _slot(prep, "summary").items[-1].example  # no ask yet
    assert _slot(prep, "budget-chart").example  # no channels: still the template's example


def test_company_research_flows_in_without_the_research_panel() -> None:
    research = {"company": {"goals": "Double the number of small-business customers by 2028\nEnter Finland"}}
    prep = _prep({"objective": "Grow trial sign-ups to 5,000 a month by June"}, research=research,
                 brand_color="#0F766E")  # fmt: skip
    situation = _texts(_slot(prep, "situation"))
    assert "Fakturo AB's stated goal: Double the number of small-business customers by 2028" in situation
    objective = _texts(_slot(prep, "objective"))
    assert "Supports Fakturo AB's goal: Double the number of small-business customers by 2028" in objective
    timeline_prep = _prep(brief(), brand_color="#0F766E")
    bars = [
        s for s in _slot(timeline_prep, "timeline").shapes if s.fill and s.fill != "#F3F5F8" and s.h < 0.2
    ]
    assert bars and all(s.fill == "#0F766E" for s in bars if not s.text)


def test_research_in_an_unexpected_shape_is_ignored() -> None:
    for research in (
        {"company": "Fakturo"},
        {"company": {"goals": 5}},
        {"company": {"goals": [{"text": "A"}, 3]}},
    ):
        prep = _prep({"goal": "Grow"}, research=research)
        assert _slot(prep, "situation").items[0].text == "Business goal: Grow"


def test_swedish_deck_writes_money_shares_and_dates_the_swedish_way() -> None:
    prep = _prep(brief(), language="sv")
    chart, table = _slot(prep, "budget-chart"), _slot(prep, "budget-table")
    assert chart.title == "Budgetfördelning, totalt 1\u00a0200\u00a0000\u00a0kr"
    assert table.columns == ["Kanal", "Roll", "Belopp (kr)", "Andel"]
    assert table.rows[0][2:] == ["420\u00a0000", "35\u00a0%"]
    assert _slot(prep, "timeline").title == typeset("1 feb – 30 jun 2027 · 5 faser", "sv")
    risks = _slot(prep, "risks")
    assert risks.columns == ["Risk", "Sannolikhet", "Konsekvens", "Åtgärd"]
    assert risks.rows[0][1:3] == ["Medel", "Hög"]
    assert typeset(
        "Investering: 1\u00a0200\u00a0000\u00a0kr fördelat på 6 kanaler, 1 feb – 30 jun 2027", "sv"
    ) in _texts(_slot(prep, "summary"))
    assert money(1500, "EUR", "en") == "€1,500" and money(1500, "EUR", "sv") == "1\u00a0500\u00a0euro"


def test_an_essay_in_the_key_message_is_cut_on_the_slide_but_kept_in_the_brief() -> None:
    essay = "We help owners " + "really " * 300 + "run the business"
    prep = _prep(brief(key_message=essay))
    [line] = [t for t in _texts(_slot(prep, "big-idea")) if t.startswith("Key message")]
    assert line.endswith("…") and len(line) < 200
    assert prep.role_data["marketing"]["key_message"] == essay
    assert not any(layout.overflows for layout in layout_deck(prep.deck, language="en"))


def test_clip() -> None:
    assert clip("  short   text ", 20) == "short text"
    assert clip("one two three four five", 12) == "one two…"


def test_clearing_inputs_puts_the_examples_back() -> None:
    prep = _prep(brief())
    assert not _slot(prep, "budget-chart").example
    prep.role_data["marketing"]["channels"] = []
    apply_role_data(prep)
    assert not _slot(prep, "budget-chart").example  # fill alone never removes a filled slot...
    restore_examples(prep, {"budget-chart", "budget-table"})
    assert _slot(prep, "budget-chart").example and _slot(prep, "budget-table").example  # ...the panel does
    assert _slot(prep, "budget-chart").source == "budget-chart"
