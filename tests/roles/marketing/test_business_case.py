"""The business case: what a customer costs, what one is worth, when the budget is back; and what
a bad estimate looks like at its field. Edge cases read 'never pays back', never a division error."""

from __future__ import annotations

import math

import pytest

from podium.core.text import typeset
from podium.roles.marketing.brief import AmountError, CampaignBrief
from podium.roles.marketing.business_case import BusinessCase, business_case, parse_percent, read_inputs
from podium.roles.marketing.case_slides import case_table, kpi_rows, summary_line
from podium.roles.marketing.validate import ERROR, WARNING, describe, validate
from tests.roles.marketing.sample import brief


def _case(**changes: object) -> BusinessCase | None:
    return business_case(CampaignBrief.from_dict(brief(**changes)))


def test_the_sample_case_step_by_step() -> None:
    case = _case()
    assert case is not None
    assert (case.cost, case.customers, case.value, case.margin) == (1_200_000, 1000, 3600, 80)
    assert case.cac == 1200
    assert case.margin_per_customer == 2880
    assert case.monthly_margin == 240
    assert case.payback_months == 5.0 and case.payback_whole_months == 5
    assert case.break_even == 417  # 1,200,000 / 2,880 = 416.7: the 417th customer covers it
    assert case.first_year_margin == 2_880_000
    assert case.net_return == 1_680_000
    assert case.roi == pytest.approx(1.4)
    assert case.value_to_cac == pytest.approx(2.4)
    assert case.pays_back_in_first_year


def test_the_cost_is_the_channel_budget_total() -> None:
    channels = [{"name": "Search", "budget": "500 000"}, {"name": "Social", "budget": "1,5 mkr"}]
    case = _case(channels=channels)
    assert case is not None and case.cost == 2_000_000 and case.cac == 2000
    assert case.payback_months == pytest.approx(2000 / 240)
    assert case.payback_whole_months == 9  # 8.33 months: paid back within the ninth


def test_zero_customers_never_pays_back_without_dividing_by_zero() -> None:
    case = _case(customers="0")
    assert case is not None
    assert case.cac is None and case.payback_months is None and case.payback_whole_months is None
    assert case.value_to_cac is None
    assert not case.pays_back
    assert case.break_even == 417  # still meaningful: how many customers it would take
    assert case.roi == -1.0  # the whole budget lost


def test_zero_margin_never_pays_back_and_never_breaks_even() -> None:
    for changes in ({"gross_margin": "0"}, {"customer_value": "0"}):
        case = _case(**changes)
        assert case is not None
        assert case.cac == 1200
        assert case.payback_months is None and case.break_even is None
        assert case.value_to_cac == 0
        assert case.roi == -1.0


def test_a_slow_payback_is_not_in_the_first_year() -> None:
    case = _case(customers="300")  # CAC 4,000 against SEK 240 a month: 16.7 months
    assert case is not None
    assert case.payback_whole_months == 17 and not case.pays_back_in_first_year
    assert case.roi is not None and case.roi < 0


def test_payback_rounds_from_one_decimal_so_float_noise_does_not_add_a_month() -> None:
    case = BusinessCase(cost=1_000_000, customers=3, value=1_000_000, margin=100)  # 4.0000000001 months
    assert case.payback_whole_months == 4
    assert BusinessCase(cost=100, customers=1000, value=1200, margin=100).payback_whole_months == 1  # a day


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({"customers": ""}, "customers"),
        ({"customer_value": "lots"}, "value"),
        ({"gross_margin": "120"}, "margin"),
        ({"customers": "-5"}, "customers"),
        ({"channels": []}, "cost"),
    ],
)
def test_no_case_until_every_input_is_usable(changes: dict[str, object], missing: str) -> None:
    data = CampaignBrief.from_dict(brief(**changes))
    assert business_case(data) is None
    assert getattr(read_inputs(data), missing) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("80", 80), ("80%", 80), ("80 %", 80), ("72,5 procent", 72.5), ("72.5 percent", 72.5), ("0,7", 0.7)],
)
def test_percentages_as_people_type_them(text: str, value: float) -> None:
    assert parse_percent(text) == value


def test_a_percentage_that_is_not_one() -> None:
    for text in ("", "%", "eighty"):
        with pytest.raises(AmountError):
            parse_percent(text)


def _found(**changes: object) -> dict[str, tuple[str, str]]:
    issues = validate(CampaignBrief.from_dict(brief(**changes)))
    return {i.field: (i.code, i.severity) for i in issues}


def test_bad_estimates_are_flagged_at_their_field() -> None:
    assert _found(customers="many")["customers"] == ("case-not-number", ERROR)
    assert _found(customer_value="-3600")["customer_value"] == ("case-negative", ERROR)
    assert _found(gross_margin="180 %")["gross_margin"] == ("margin-range", ERROR)
    assert _found(customers="0")["customers"] == ("case-zero", WARNING)
    assert _found(gross_margin="0")["gross_margin"] == ("case-zero", WARNING)


def test_a_margin_written_as_a_fraction_is_questioned_not_guessed() -> None:
    issues = validate(CampaignBrief.from_dict(brief(gross_margin="0,8")))
    [issue] = [i for i in issues if i.field == "gross_margin"]
    assert (issue.code, issue.severity) == ("margin-fraction", WARNING)
    assert describe(issue) == "gross_margin: '0,8' reads as 0,8%, not as a fraction; for 80% write 80"
    assert not [
        i for i in validate(CampaignBrief.from_dict(brief(gross_margin="0,8 %"))) if i.field == "gross_margin"
    ]
    case = _case(gross_margin="0,8")
    assert case is not None and case.margin == 0.8  # used as written: the warning says what it means


def test_estimates_without_a_budget_say_where_the_cost_comes_from() -> None:
    assert _found(channels=[])["business_case"] == ("case-no-budget", WARNING)
    assert "business_case" not in _found(channels=[], customers="", customer_value="", gross_margin="")


def test_a_payback_beyond_the_first_year_is_called_out() -> None:
    issues = validate(CampaignBrief.from_dict(brief(customers="300")))
    [issue] = [i for i in issues if i.field == "business_case"]
    assert issue.code == "payback-beyond-year" and issue.param("months") == pytest.approx(16.7)


def test_the_table_writes_each_figure_beside_its_sum() -> None:
    case = _case()
    assert case is not None
    table = case_table(case, "SEK", "en")
    assert table.columns == ["Figure", "Value", "How it is calculated"]
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["Customer acquisition cost (CAC)"] == [
        "SEK\u00a01,200",
        "SEK\u00a01,200,000 budget ÷ 1,000 new customers",
    ]
    assert rows["Payback"] == ["5.0 months", "SEK\u00a01,200 CAC ÷ SEK\u00a0240 margin a month"]
    assert rows["Break-even"][0] == "417 customers"
    assert rows["Return in year one (ROI)"][0] == "+140% (SEK\u00a01,680,000)"
    assert rows["Margin to CAC"][0] == "2.4 : 1"


def test_the_swedish_table_is_written_the_swedish_way() -> None:
    case = _case()
    assert case is not None
    rows = {row[0]: row[1:] for row in case_table(case, "SEK", "sv").rows}
    assert rows["Kundanskaffningskostnad (CAC)"][0] == "1\u00a0200\u00a0kr"
    assert rows["Återbetalningstid"] == [
        "5,0 månader",
        "CAC 1\u00a0200\u00a0kr ÷ marginal 240\u00a0kr per månad",
    ]
    assert rows["Nollpunkt (break-even)"][0] == "417 kunder"
    assert rows["Avkastning år 1 (ROI)"][0] == "+140\u00a0% (1\u00a0680\u00a0000\u00a0kr)"


def test_a_case_that_never_pays_back_says_so_on_the_slide() -> None:
    case = _case(customers="0")
    assert case is not None
    rows = {row[0]: row[1:] for row in case_table(case, "EUR", "en").rows}
    assert rows["Payback"] == ["Never", "No new customers expected"]
    assert rows["Customer acquisition cost (CAC)"][0] == "–"
    assert rows["Return in year one (ROI)"][0] == "-100% (−€1,200,000)"
    assert kpi_rows(case, "EUR", "en", None) == []  # no customer target to set
    assert summary_line(case, "EUR", "en") == "Return: at these estimates the campaign does not pay back"
    margin = _case(gross_margin="0")
    assert margin is not None
    rows = {row[0]: row[1:] for row in case_table(margin, "SEK", "en").rows}
    assert rows["Payback"] == ["Never", "A customer brings no margin"]
    assert rows["Break-even"] == ["Never", "A customer brings no margin"]


def test_every_number_in_the_table_is_finite_for_odd_inputs() -> None:
    for customers, value, margin in ((1e-9, 1, 100), (1e9, 0.01, 0.01), (1, 1e9, 100)):
        case = BusinessCase(cost=1_000_000, customers=customers, value=value, margin=margin)
        for row in case_table(case, "SEK", "en").rows:
            assert "inf" not in " ".join(row) and "nan" not in " ".join(row)
        assert case.payback_months is None or math.isfinite(case.payback_months)
    zeros = "0" * 300  # typed by a cat on the keyboard: the figures are 'never', not a crash or 'inf'
    huge = business_case(CampaignBrief.from_dict(brief(
        channels=[{"name": "TV", "budget": "1" + zeros}], customers="1", customer_value="0," + zeros + "1",
    )))  # fmt: skip
    assert huge is not None and huge.break_even is None and huge.payback_months is None
    assert "inf" not in " ".join(" ".join(r) for r in case_table(huge, "SEK", "en").rows)
    assert _found(customers="1" + "0" * 13)["customers"] == ("case-too-large", ERROR)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_scaffolds_example_is_the_computed_case_for_its_example_figures(language: str) -> None:
    """SEK 1.2m budget (the budget slide's example), 4,000 extra trials × 25% trial-to-paid (the KPI
    slide's) = 1,000 customers, SEK 300 a month, 80% gross margin: the example adds up."""
    from podium.core.deck.scaffold import scaffold
    from podium.core.model import Preparation

    prep = Preparation(role="marketing", company="Fakturo AB", language=language)
    prep.deck = scaffold(prep)
    example = next(b for s in prep.deck.slides for b in s.blocks if b.source == "business-case")
    computed = case_table(
        BusinessCase(cost=1_200_000, customers=1000, value=3600, margin=80), "SEK", language
    )
    assert example.example
    # the deck typesets what it is given (no-break spaces before units)
    typeset_rows = [[typeset(cell, language) for cell in row] for row in computed.rows]
    assert (example.columns, example.rows) == (computed.columns, typeset_rows)
    kpis = next(b for s in prep.deck.slides for b in s.blocks if b.source == "kpis")
    case = BusinessCase(cost=1_200_000, customers=1000, value=3600, margin=80)
    [customers, cac] = kpi_rows(case, "SEK", language, None)
    assert kpis.rows[0][0] == customers[0] and kpis.rows[0][1].startswith(customers[1])
    assert kpis.rows[1] == cac
