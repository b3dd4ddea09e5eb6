"""The campaign's business case: what a customer costs to win, what one is worth, and when it pays back.

The panel's first question about a budget is "what does it return?". The inputs are the
candidate's own estimates (new customers, first-year revenue per customer, gross margin); the
cost is the channel budget's total, so the two can never disagree. Everything here is plain
arithmetic that the slide shows step by step, so each figure survives "how did you get that?".

Payback is counted from when the customers are won: the acquisition cost per customer divided
by the margin one customer brings in a month. An input that makes a figure meaningless (no
customers, no margin) gives ``None``, "never pays back", not a division error.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from podium.roles.marketing.brief import AmountError, CampaignBrief, parse_amount, row_amounts

MONTHS_IN_YEAR = 12
MAX_ESTIMATE = 1e12  # customers or revenue per customer beyond this are a typo; their products would overflow
_PERCENT_WORDS = re.compile(r"\s*(%|procent|percent|pct\.?)\s*$", re.IGNORECASE)


def parse_percent(text: str) -> float:
    """A percentage as typed: '70', '70%', '70 %', '72,5 procent' -> 70.0 / 72.5.

    Raises ``AmountError`` ('empty' or 'not-number'); the range is checked by validation.
    """
    value = _PERCENT_WORDS.sub("", str(text).strip())
    if not value.strip():
        raise AmountError("empty")
    return parse_amount(value)


def has_percent_sign(text: str) -> bool:
    """'0,7 %' says percent outright; '0.7' alone may be a fraction meant as 70%."""
    return bool(_PERCENT_WORDS.search(str(text).strip()))


@dataclass(frozen=True)
class CaseInputs:
    """The business case's inputs as numbers; ``None`` where the brief has none or an unusable one."""

    cost: float | None  # the channel budget's total
    customers: float | None
    value: float | None  # revenue per customer in the first year
    margin: float | None  # gross margin, percent


def _number(text: str, reader: Callable[[str], float] = parse_amount) -> float | None:
    try:
        return reader(text)
    except AmountError:
        return None


def read_inputs(brief: CampaignBrief) -> CaseInputs:
    """The inputs Podium can use: readable, not negative, and a margin within 0–100%."""
    amounts = row_amounts(brief)
    cost = sum(amounts.values()) if amounts else None
    customers = _number(brief.customers)
    value = _number(brief.customer_value)
    margin = _number(brief.gross_margin, parse_percent)
    return CaseInputs(
        cost=cost,
        customers=customers if customers is not None and 0 <= customers <= MAX_ESTIMATE else None,
        value=value if value is not None and 0 <= value <= MAX_ESTIMATE else None,
        margin=margin if margin is not None and 0 <= margin <= 100 else None,
    )


@dataclass(frozen=True)
class BusinessCase:
    """The results, computed from the inputs the slide shows beside them."""

    cost: float
    customers: float
    value: float  # first-year revenue per customer
    margin: float  # gross margin, percent

    @property
    def cac(self) -> float | None:
        """Customer acquisition cost: the budget spread over the customers it wins (None: no customers)."""
        return self.cost / self.customers if self.customers > 0 else None

    @property
    def margin_per_customer(self) -> float:
        """What one customer leaves after the cost of serving them, in their first year."""
        return self.value * self.margin / 100

    @property
    def monthly_margin(self) -> float:
        return self.margin_per_customer / MONTHS_IN_YEAR

    @property
    def payback_months(self) -> float | None:
        """Months of one customer's margin that pay for winning them; None when it never pays back."""
        cac = self.cac
        if cac is None or self.monthly_margin <= 0:
            return None
        return _finite(cac / self.monthly_margin)

    @property
    def payback_whole_months(self) -> int | None:
        """The payback as a title says it, 'within N months': rounded up from one decimal, at least 1."""
        months = self.payback_months
        if months is None:
            return None
        return max(1, math.ceil(round(months, 1)))

    @property
    def break_even(self) -> int | None:
        """Customers needed for their first-year margin to cover the budget; None when a customer brings none."""
        if self.margin_per_customer <= 0:
            return None
        customers = _finite(self.cost / self.margin_per_customer)
        return math.ceil(round(customers, 6)) if customers is not None else None

    @property
    def first_year_margin(self) -> float:
        """The margin all the campaign's customers bring in their first year."""
        return self.customers * self.margin_per_customer

    @property
    def net_return(self) -> float:
        """First-year margin less the budget: what the campaign returns beyond its cost."""
        return self.first_year_margin - self.cost

    @property
    def roi(self) -> float | None:
        """The return on the budget in its first year, as a fraction (1.4 = +140%); None without a budget."""
        return _finite(self.net_return / self.cost) if self.cost > 0 else None

    @property
    def value_to_cac(self) -> float | None:
        """First-year margin per customer against what winning one costs (2.4 means 2.4 : 1)."""
        cac = self.cac
        return _finite(self.margin_per_customer / cac) if cac else None

    @property
    def pays_back(self) -> bool:
        return self.payback_months is not None

    @property
    def pays_back_in_first_year(self) -> bool:
        months = self.payback_months
        return months is not None and round(months, 1) <= MONTHS_IN_YEAR


def _finite(value: float) -> float | None:
    """A result too large to write (a typo of many zeros divided by a tiny margin) is no result."""
    return value if math.isfinite(value) else None


def business_case(brief: CampaignBrief) -> BusinessCase | None:
    """The business case once the budget and all three estimates are usable, else None."""
    inputs = read_inputs(brief)
    if inputs.cost is None or inputs.cost <= 0:
        return None
    if inputs.customers is None or inputs.value is None or inputs.margin is None:
        return None
    return BusinessCase(inputs.cost, inputs.customers, inputs.value, inputs.margin)


def has_inputs(brief: CampaignBrief) -> bool:
    """True once the candidate has started on the business case (any of its fields typed)."""
    return any(text.strip() for text in (brief.customers, brief.customer_value, brief.gross_margin))
