"""The business case on the slides: its own table, the KPIs it sets and the return the closing asks for.

Each figure is written beside the sum that makes it, in the deck's currency and language, so the
candidate can answer "how did you get that?" by pointing at the slide.
"""

from __future__ import annotations

from datetime import date

from podium.core.model import TableBlock
from podium.core.phrasebook import Phrasebook
from podium.core.text import format_number, short_date
from podium.core.text import percent as percent_sign
from podium.roles.marketing.business_case import BusinessCase
from podium.roles.marketing.fmt import decimal, money, rate
from podium.roles.marketing.words import phrasebook

NONE = "–"


class _Writer:
    """Money, counts and phrases in one deck's currency and language."""

    def __init__(self, currency: str, language: str) -> None:
        self.currency, self.language = currency, language
        self.said: Phrasebook = phrasebook(language)

    def cash(self, value: float) -> str:
        return money(value, self.currency, self.language)

    def count(self, value: float) -> str:
        return format_number(value, self.language)

    def say(self, key: str, /, *, count: int | None = None, **values: object) -> str:
        return self.said.say(key, count=count, **values)


def case_table(case: BusinessCase, currency: str, language: str) -> TableBlock:
    """Figure, value and how it is calculated: CAC, margin per customer, payback, break-even, return, ratio."""
    w = _Writer(currency, language)
    cac, margin = case.cac, case.margin_per_customer
    no_customers, no_margin, never = w.say("case.no_customers"), w.say("case.no_margin"), w.say("case.never")
    rows: list[list[str]] = []

    if cac is None:
        rows.append([w.say("case.cac"), NONE, no_customers])
    else:
        how = w.say("case.cac_how", cost=w.cash(case.cost), customers=w.count(case.customers))
        rows.append([w.say("case.cac"), w.cash(cac), how])

    gross = rate(case.margin, language)
    rows.append(
        [
            w.say("case.margin"),
            w.cash(margin),
            w.say("case.margin_how", value=w.cash(case.value), margin=gross),
        ]
    )

    months = case.payback_months
    if months is None or cac is None:
        rows.append([w.say("case.payback"), never, no_customers if cac is None else no_margin])
    else:
        how = w.say("case.payback_how", cac=w.cash(cac), monthly=w.cash(case.monthly_margin))
        rows.append([w.say("case.payback"), w.say("case.months", months=decimal(months, language)), how])

    even = case.break_even
    if even is None:
        rows.append([w.say("case.break_even"), never, no_margin])
    else:
        value = w.say("case.customers", count=even, number=w.count(even))
        how = w.say("case.break_even_how", cost=w.cash(case.cost), margin=w.cash(margin))
        rows.append([w.say("case.break_even"), value, how])

    value = w.say(
        "case.roi_value", percent=signed_percent(case.roi or 0.0, language), net=w.cash(case.net_return)
    )
    how = w.say("case.roi_how", total=w.cash(case.first_year_margin), cost=w.cash(case.cost))
    rows.append([w.say("case.roi"), value, how])

    ratio = case.value_to_cac
    if ratio is None or cac is None:
        rows.append([w.say("case.ratio"), NONE, no_customers if cac is None else no_margin])
    else:
        how = w.say("case.ratio_how", margin=w.cash(margin), cac=w.cash(cac))
        rows.append([w.say("case.ratio"), w.say("case.ratio_value", ratio=decimal(ratio, language)), how])
    return TableBlock(columns=[w.say("case.figure"), w.say("case.value"), w.say("case.how")], rows=rows)


def signed_percent(fraction: float, language: str) -> str:
    """+140% / −20%: a return always says which way it goes."""
    number = format_number(fraction * 100, language)
    return percent_sign(number if fraction < 0 else "+" + number, language)


def kpi_rows(case: BusinessCase, currency: str, language: str, end: date | None) -> list[list[str]]:
    """The two KPIs the business case sets (KPI, target, measured by, how often): the customers it
    counts on by the campaign's last day, and the most winning one may cost."""
    cac = case.cac
    if case.customers <= 0 or cac is None:
        return []
    w = _Writer(currency, language)
    number = w.count(case.customers)
    target = (
        w.say("kpi_case.customers_by", number=number, date=short_date(end, language, year=True))
        if end
        else number
    )
    monthly = w.say("kpi_case.monthly")
    return [
        [w.say("kpi_case.customers"), target, w.say("kpi_case.customers_measure"), monthly],
        [
            w.say("kpi_case.cac"),
            w.say("kpi_case.cac_target", cac=w.cash(cac)),
            w.say("kpi_case.cac_measure"),
            monthly,
        ],
    ]


def summary_line(case: BusinessCase, currency: str, language: str) -> str:
    """The closing's return line: the customers, when the budget is back and the first-year return."""
    w = _Writer(currency, language)
    months = case.payback_whole_months
    if months is None or case.customers <= 0:
        return w.say("sum_return_never")
    roi = signed_percent(case.roi or 0.0, language)
    return w.say("sum_return", count=months, customers=w.count(case.customers), roi=roi)
