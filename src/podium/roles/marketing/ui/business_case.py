"""The business-case calculator in the Campaign tab: three estimates in, the results beside them, live.

The cost is not typed: it is the channel budget's total, shown above the estimates, so the
business case and the budget slide can never disagree. The editors belong to the panel like
every other field of the brief (stored at each keystroke, one undo step per field, findings
under the field); this widget lays them out and shows what they add up to, with the sum behind
each result so the candidate can say how they got it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from podium.core.text import format_number
from podium.roles.marketing.brief import CampaignBrief, row_amounts
from podium.roles.marketing.business_case import BusinessCase, business_case, has_inputs
from podium.roles.marketing.case_slides import signed_percent
from podium.roles.marketing.fmt import currency_label, decimal, money, rate
from podium.roles.marketing.ui.text import case_inputs, translate
from podium.ui.common import style

INPUTS = ("customers", "customer_value", "gross_margin")
RESULTS = ("cac", "margin", "payback", "break_even", "roi", "ratio")


class CaseCalculator(QWidget):
    """The estimates' editors with their findings, and a grid of results (figure, value, how)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("businessCase")
        self.editors: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        self.units: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.hows: dict[str, QLabel] = {}
        self.cost = QLabel()
        self.cost.setObjectName("caseCost")
        self.status = QLabel()
        self.status.setObjectName("caseStatus")
        self.status.setWordWrap(True)

        inputs = QGridLayout()
        inputs.setContentsMargins(0, 0, 0, 0)
        inputs.setHorizontalSpacing(8)
        inputs.addWidget(
            QLabel(translate("MarketingPanel", "Campaign cost:")), 0, 0, Qt.AlignmentFlag.AlignRight
        )
        inputs.addWidget(self.cost, 0, 1, 1, 2)
        for row, (key, text) in enumerate(case_inputs().items(), start=1):
            editor = QLineEdit()
            editor.setObjectName(f"{key}Edit")
            editor.setPlaceholderText(text.placeholder)
            editor.setToolTip(text.guidance)
            editor.setMaximumWidth(160)
            label = QLabel(text.label)
            label.setBuddy(editor)
            unit = QLabel()
            message = QLabel()
            message.setObjectName(f"{key}Message")
            message.setWordWrap(True)
            message.setTextFormat(Qt.TextFormat.RichText)
            message.hide()
            self.editors[key], self.messages[key], self.units[key] = editor, message, unit
            inputs.addWidget(label, 2 * row - 1, 0, Qt.AlignmentFlag.AlignRight)
            inputs.addWidget(editor, 2 * row - 1, 1)
            inputs.addWidget(unit, 2 * row - 1, 2)
            inputs.addWidget(message, 2 * row, 1, 1, 3)
        inputs.setColumnStretch(3, 1)

        results = QGridLayout()
        results.setContentsMargins(0, 6, 0, 0)
        results.setHorizontalSpacing(14)
        for row, key in enumerate(RESULTS):
            name = QLabel(self._name(key))
            value = QLabel()
            value.setObjectName(f"case_{key}")
            style.mark(value, "strong")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            how = QLabel()
            how.setObjectName(f"case_{key}_how")
            style.mark(how, "hint")
            self.values[key], self.hows[key] = value, how
            results.addWidget(name, row, 0)
            results.addWidget(value, row, 1)
            results.addWidget(how, row, 2)
        results.setColumnStretch(2, 1)
        self.results = QWidget()
        self.results.setObjectName("caseResults")
        self.results.setLayout(results)

        column = QVBoxLayout()  # installed on self once filled
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(inputs)
        self.setLayout(column)
        column.addWidget(self.status)
        column.addWidget(self.results)

    @staticmethod
    def _name(key: str) -> str:
        return {
            "cac": translate("MarketingPanel", "Customer acquisition cost (CAC)"),
            "margin": translate("MarketingPanel", "First-year margin per customer"),
            "payback": translate("MarketingPanel", "Payback"),
            "break_even": translate("MarketingPanel", "Break-even"),
            "roi": translate("MarketingPanel", "Return in year one (ROI)"),
            "ratio": translate("MarketingPanel", "Margin to CAC"),
        }[key]

    def show_case(self, brief: CampaignBrief, language: str) -> None:
        """Recompute from ``brief`` and show it; amounts are written as the deck writes them."""
        currency = brief.currency
        amounts = row_amounts(brief)
        total = sum(amounts.values())
        self.cost.setText(
            translate("MarketingPanel", "%1, the channel budgets' total").replace(
                "%1", money(total, currency, language)
            )
            if amounts and total > 0
            else translate("MarketingPanel", "add the channel budgets above: their total is the cost")
        )
        unit = currency_label(currency, language)
        self.units["customer_value"].setText(translate("MarketingPanel", "%1 a year").replace("%1", unit))
        self.units["gross_margin"].setText("%")
        self.units["customers"].setText(translate("MarketingPanel", "customers"))
        case = business_case(brief)
        if case is None:
            self.results.hide()
            self.status.setText(
                translate("MarketingPanel", "Fill in the three estimates to see what the campaign returns.")
                if not has_inputs(brief) or total > 0
                else ""
            )
            self.status.setVisible(bool(self.status.text()))
            return
        self.status.hide()
        self.results.show()
        for key, (value, how) in _results(case, currency, language).items():
            self.values[key].setText(value)
            self.hows[key].setText(how)


def _results(case: BusinessCase, currency: str, language: str) -> dict[str, tuple[str, str]]:
    """(value, how it is calculated) for each result, in the UI's words and the deck's number format."""

    def cash(value: float) -> str:
        return money(value, currency, language)

    def fill(text: str, *values: str) -> str:
        for n, value in enumerate(values, start=1):
            text = text.replace(f"%{n}", value)
        return text

    never = translate("MarketingPanel", "Never")
    no_customers = translate("MarketingPanel", "no new customers expected")
    no_margin = translate("MarketingPanel", "a customer brings no margin")
    cac, margin = case.cac, case.margin_per_customer
    out: dict[str, tuple[str, str]] = {}
    if cac is None:
        out["cac"] = ("–", no_customers)
    else:
        customers = format_number(case.customers, language)
        out["cac"] = (
            cash(cac),
            fill(translate("MarketingPanel", "%1 ÷ %2 new customers"), cash(case.cost), customers),
        )
    gross = rate(case.margin, language)
    out["margin"] = (
        cash(margin),
        fill(translate("MarketingPanel", "%1 revenue × %2 gross margin"), cash(case.value), gross),
    )
    months = case.payback_months
    if months is None or cac is None:
        out["payback"] = (never, no_customers if cac is None else no_margin)
    else:
        value = fill(translate("MarketingPanel", "%1 months"), decimal(months, language))
        how = fill(
            translate("MarketingPanel", "%1 CAC ÷ %2 margin a month"), cash(cac), cash(case.monthly_margin)
        )
        out["payback"] = (value, how)
    even = case.break_even
    if even is None:
        out["break_even"] = (never, no_margin)
    else:
        value = fill(translate("MarketingPanel", "%1 customers"), format_number(even, language))
        out["break_even"] = (
            value,
            fill(translate("MarketingPanel", "%1 ÷ %2 per customer"), cash(case.cost), cash(margin)),
        )
    roi = signed_percent(case.roi or 0.0, language)
    how = fill(
        translate("MarketingPanel", "(%1 margin − %2) ÷ %2"), cash(case.first_year_margin), cash(case.cost)
    )
    out["roi"] = (f"{roi} ({cash(case.net_return)})", how)
    ratio = case.value_to_cac
    if ratio is None or cac is None:
        out["ratio"] = ("–", no_customers if cac is None else no_margin)
    else:
        out["ratio"] = (f"{decimal(ratio, language)} : 1", f"{cash(margin)} ÷ {cash(cac)}")
    return out
