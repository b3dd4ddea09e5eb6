"""A challenge to every slide, from the slide's own words, in English and Swedish."""

from __future__ import annotations

import pytest

from podium.core.interview.challenges import challenges, figures, slide_challenges
from podium.core.interview.questions import deck_challenges
from podium.core.interview.slide_text import Chart, SlideContent, Table, as_shown, from_deck, shares
from podium.core.model import BulletsBlock, ChartBlock, Deck, Preparation, Series, Slide
from podium.core.roles import catalogue
from podium.core.text import typeset
from tests.helpers import make_prep

ROLES = list(catalogue())


def own(prep: Preparation) -> Preparation:
    """The scaffold's examples taken as the candidate's own content."""
    for slide in prep.deck.slides:
        for block in slide.blocks:
            for item in getattr(block, "items", []):
                item.example = False
            if not isinstance(block, BulletsBlock):
                block.example = False  # type: ignore[misc]
    return prep


def keyed(*args: object, **kw: object) -> SlideContent:
    """A slide of the preparation's own deck: its key says what it is in every language."""
    return SlideContent(*args, keyed=True, **kw)  # type: ignore[arg-type]


def ask(slide: SlideContent, language: str = "en", role: str = "") -> dict[str, str]:
    return {q.kind: q.text for q in slide_challenges(slide, language, role)}


@pytest.mark.parametrize("role", ROLES)
def test_every_slide_is_challenged_with_the_same_ids_in_both_languages(role: str) -> None:
    en, sv = own(make_prep(role, "en")), own(make_prep(role, "sv"))
    asked_en, asked_sv = deck_challenges(en), deck_challenges(sv)
    for slide in en.deck.slides:
        if slide.kind != "section":
            assert any(q.slide == slide.key for q in asked_en), f"{role}: no challenge for {slide.key}"
    assert [q.id for q in asked_en] == [q.id for q in asked_sv]
    assert all(a.text != b.text and a.guidance != b.guidance for a, b in zip(asked_en, asked_sv, strict=True))
    assert all(60 <= q.target_seconds <= 90 and q.category == "slides" for q in asked_en)
    # the slides' own words, not only the titles: most slides of a finished deck quote a figure,
    # a recommendation, a risk, a plan step or a chart
    pointed = {q.slide for q in asked_en if q.kind not in ("takeaway", "opening")}
    assert len(pointed) >= len(en.deck.slides) // 2


@pytest.mark.parametrize(
    ("language", "old", "new", "asked"),
    [
        ("en", "SEK 49.5m", "SEK 51.2m", "How sure are you of SEK 51.2m"),
        ("sv", "49,5 mkr", "51,2 mkr", "Hur säker är du på 51,2 mkr"),
    ],
)
def test_a_changed_number_changes_the_question_but_not_its_id(
    language: str, old: str, new: str, asked: str
) -> None:
    old, new, asked = (typeset(text, language) for text in (old, new, asked))  # as the deck sets figures
    prep = own(make_prep("finance", language))
    summary = next(s for s in prep.deck.slides if s.key == "summary")
    before = next(q for q in deck_challenges(prep) if q.slide == "summary" and q.kind == "figure")
    assert old in before.text
    bullets = next(b for b in summary.blocks if isinstance(b, BulletsBlock))
    bullets.items[0].text = bullets.items[0].text.replace(old, new)
    after = next(q for q in deck_challenges(prep) if q.slide == "summary" and q.kind == "figure")
    assert after.id == before.id == "challenge-summary-figure"
    assert asked in after.text and old not in after.text


def test_a_figure_in_the_action_title_is_the_one_asked_about() -> None:
    slide = keyed(4, "breakdown", "Gross margin fell 2 points in Q3 2025", lines=("North grew 4%",))
    assert ask(slide)["figure"] == (
        "You say “Gross margin fell 2 points in Q3 2025”. How sure are you of 2 points, and what else could explain it?"
    )
    sv = keyed(4, "breakdown", "Bruttomarginalen föll 2 procentenheter under tredje kvartalet")
    assert ask(sv, "sv")["figure"] == (
        "Du säger ”Bruttomarginalen föll 2 procentenheter under tredje kvartalet”. "
        "Hur säker är du på 2 procentenheter, och vad kan annars ligga bakom?"
    )
    # a finance panel asks it its own way (the role's catalogue)
    assert "a one-off, a timing effect or an error in the data" in ask(slide, "en", "finance")["figure"]


def test_a_tables_largest_change_is_the_figure() -> None:
    table = Table(("KPI", "Actual", "vs budget"), (("Revenue", "49.5", "−1.0%"), ("EBIT", "3.1", "−18%"),
                                                   ("Orders", "14,200", "+2%")))  # fmt: skip
    asked = ask(keyed(3, "metrics", "Key metrics", tables=(table,)))
    assert asked["figure"].startswith("You say “EBIT, vs budget: −18%”. How sure are you of −18%")


def test_recommendation_risk_and_plan_slides() -> None:
    recommend = keyed(9, "recommendations", "Recommendations", lines=("Cap discounts in South at 10%", "x"))
    assert ask(recommend)["recommendation"] == (
        "You recommend “Cap discounts in South at 10%”. What does it cost if you're wrong?"
    )
    risks = Table(("#", "Risk", "Score"), tuple((str(i), f"Risk {i}", str(25 - i)) for i in range(1, 8)))
    assert ask(keyed(6, "top-risks", "Top risks", tables=(risks,)))["risk"] == (
        "Why isn't “Risk 6” in your top five?"
    )
    assert ask(keyed(6, "top-risks", "Top risks", tables=(risks,)), "sv", "project-management")["risk"] == (
        "Varför är inte ”Risk 6” bland dina fem största risker? Vad skulle krävas för att den ska flytta upp?"
    )
    three = keyed(8, "risks", "Risks", lines=("Supplier fails", "Key person leaves", "Budget cut"))
    assert (
        ask(three)["risk"]
        == "Why is “Supplier fails” ranked above “Budget cut”? What would change the order?"
    )
    plan = Table(("Phase", "When"), (("Prepare", "February"), ("Launch", "March"), ("Evaluate", "June")))
    assert ask(keyed(7, "timeline", "Timeline", tables=(plan,)))["plan"] == (
        "What would you cut if the budget halves? Would “Evaluate” still make it?"
    )
    assert ask(keyed(7, "timeline", "Tidplan", tables=(plan,)), "sv")["plan"] == (
        "Vad skulle du stryka om budgeten halverades? Skulle ”Evaluate” finnas kvar?"
    )


def test_charts_ask_about_the_biggest_category_or_the_trend() -> None:
    pie = Chart("pie", "Budget split (%)", ("Search", "Paid social", "Events"), (30, 45, 25), percent=True)
    assert ask(keyed(6, "channels", "Channel mix", charts=(pie,)))["chart"] == (
        "Why does “Paid social” stand out in “Budget split (%)”?"
    )
    line = Chart("line", "Omsättning per månad (mkr)", ("jan", "feb", "mar"), (8.2, 8.6, 7.9))
    assert ask(keyed(5, "trend", "Trend", charts=(line,)), "sv")["chart"] == (
        "”Omsättning per månad (mkr)” går från 8,2 till 7,9. Vad driver det, och kommer det att hålla i sig?"
    )


def test_a_bridge_asks_about_its_largest_driver_not_its_totals() -> None:
    bridge = Chart("waterfall", "EBIT from budget to actual, SEK m",
                   ("Budget", "Volume", "Price, discounts", "Opex", "Actual"), (6.0, 0.1, -0.8, 0.1, 5.4))  # fmt: skip
    slide = keyed(8, "drivers", "What drives the gap", charts=(bridge,))
    assert ask(slide)["chart"].startswith(
        "In “EBIT from budget to actual, SEK m”, “Price, discounts” moves the result most."
    )
    assert "”Price, discounts” som flyttar resultatet mest" in ask(slide, "sv")["chart"]


def test_shares_are_quoted_as_the_audience_reads_them() -> None:
    """A go-live curve drawn as shares of one ("0%" format) is asked about in percent, not as 0.0-1.0."""
    prep = make_prep("project-management", "en")
    verdict = next(s for s in prep.deck.slides if s.key == "verdict")
    chart = next(b for b in verdict.blocks if isinstance(b, ChartBlock))
    chart.example = False
    chart.series[0].values = [0.03, 0.2, 0.55, 0.9]
    chart.categories = chart.categories[:4]
    content = next(s for s in from_deck(prep.deck) if s.key == "verdict")
    assert content.charts[0].values == pytest.approx((3, 20, 55, 90))
    question = ask(content, "en", "project-management")["chart"]
    assert "goes from 3% to 90%" in question and "Which risks shape that curve" in question
    assert "går från 3\u00a0% till 90\u00a0%" in ask(content, "sv", "project-management")["chart"]
    # a percent in quotes is a label, not a scale: the values stay as written
    assert shares('0.0"%"', [0.5]) is False and shares("0%", [0.5, 1.2]) is False


def test_a_long_line_keeps_the_figure_and_its_end_whole() -> None:
    line = "Riskvärde, Datamigreringen klarar inte kvalitetskraven: 20 mycket hög → 8 medel efter åtgärder"
    quoted = ask(keyed(4, "deep-dive", "Fördjupning", lines=(line,)), "sv")["figure"].split("”")[1]
    assert quoted == "…Datamigreringen klarar inte kvalitetskraven: 20 mycket hög → 8 medel efter åtgärder"
    tail = "Test: två annonsversioner " + "i betald social " * 4 + "under 4 veckor"
    quoted = ask(keyed(5, "experiments", "Tester", lines=(tail,)), "sv")["figure"].split("”")[1]
    assert quoted.startswith("…") and quoted.endswith("under 4 veckor") and len(quoted) <= 90


@pytest.mark.parametrize(
    ("language", "line", "figure"),
    [
        ("en", "Discounts in South: average discount up from 8% to 15%", "15%"),
        ("sv", "Rabatter i Syd: snittrabatten har ökat från 8 % till 15 %", "15 %"),
        ("sv", "Från 4 000 till 5 000 nya provkonton i månaden senast 30 juni", "5 000"),
        ("en", "Margin 12%, from 3 stores to 5 next year", "12%"),  # the line's claim comes first
    ],
)
def test_a_change_is_asked_about_where_it_ended(language: str, line: str, figure: str) -> None:
    asked = ask(keyed(8, "drivers", "Drivers", lines=(line,)), language)["figure"]
    assert {"en": f"How sure are you of {figure},", "sv": f"Hur säker är du på {figure},"}[language] in asked


def test_title_section_and_keyless_slides() -> None:
    title = keyed(1, "title", "Nordvik AB: campaign plan", lines=("Anna Berg",), kind="title")
    assert list(ask(title)) == ["opening"]  # the plan in its title is not a plan slide
    assert slide_challenges(keyed(2, "part", "Part two", kind="section"), "en") == []
    assert list(ask(keyed(5, "situation", "Situation and insight"))) == ["takeaway"]
    # an imported deck has no keys: its titles say what a slide is, in the deck's language
    imported = SlideContent(7, "slide-7", "Våra rekommendationer", lines=("Sänk rabatterna",))
    assert (
        ask(imported, "sv")["recommendation"]
        == "Du rekommenderar ”Sänk rabatterna”. Vad kostar det om du har fel?"
    )
    assert slide_challenges(imported, "sv")[0].id == "challenge-slide-7-recommendation"


def test_figures_are_not_years_dates_or_standards() -> None:
    assert figures("Revenue grew 12% to SEK 4.2m in 2025", "en") == ["12%", "SEK 4.2m"]
    assert figures("Go-live on 30 June, review 1 Jan", "en") == []
    assert figures("ISO 31000 method, 8 risks in 6 categories", "en") == ["8 risks", "6"]
    assert figures("EBIT −3.4 vs budget, Q3 only", "en") == ["−3.4"]
    assert figures("Från 4 000 till 5 000 provkonton senast 30 juni (+25 %)", "sv") == [
        "4 000",
        "5 000",
        "+25 %",
    ]


def test_example_content_is_not_quoted_and_a_long_point_is_cut_on_a_word() -> None:
    slide = Slide("Plan", key="plan", blocks=[BulletsBlock()])
    assert from_deck(Deck([slide]))[0].empty
    long = "The migration of 14,200 customer records " + "and their history " * 8 + "finishes in March"
    asked = ask(keyed(3, "data", "Data", lines=(long,)))["figure"]
    quoted = asked.split("“")[1].split("”")[0]
    assert len(quoted) <= 90 and quoted.endswith("…") and "14,200" in quoted
    assert challenges([], "en") == []


def test_a_chart_in_thousands_is_quoted_in_thousands() -> None:
    """A finance chart stores sums in SEK and writes them in thousands ('#,##0,'): the panel quotes
    what the audience reads on the axis, from the deck and from the written file alike."""
    prep = make_prep("finance", "sv")
    block = ChartBlock(chart_type="line", categories=["jan", "feb"], title="Belopp per månad, tkr",
                       series=[Series("Belopp", [146374.7, 154966.5])], number_format="#,##0,")  # fmt: skip
    prep.deck.slides[4].blocks = [block]
    content = from_deck(prep.deck)[4]
    assert content.charts[0].values == pytest.approx((146.3747, 154.9665))
    assert "går från 146,4 till 155,0" in ask(content, "sv")["chart"]
    assert as_shown("#,##0,,", [2_500_000.0]) == (2.5,) and as_shown('#,##0" kr"', [12.0]) == (12.0,)
