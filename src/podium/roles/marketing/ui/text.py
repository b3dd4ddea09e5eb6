"""The campaign form's words: field labels, guidance and the findings, translated when asked for.

Everything goes through ``QCoreApplication.translate`` at call time (never at
import), so a language switch takes effect the next time the form is built.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from podium.roles.marketing.validate import Issue

# Called with the literal context so Qt's lupdate files every string under "MarketingPanel".
translate = QCoreApplication.translate


@dataclass(frozen=True)
class FieldText:
    label: str
    guidance: str
    placeholder: str = ""


def field_texts() -> dict[str, FieldText]:
    """Label, guidance on what a strong answer looks like, and an example, per brief field."""
    return {
        "presenter": FieldText(
            translate("MarketingPanel", "Your na&me"),
            translate("MarketingPanel", "Shown on the title slide, under the plan's title."),
        ),
        "goal": FieldText(
            translate("MarketingPanel", "Business &goal"),
            translate(
                "MarketingPanel",
                "The company goal this campaign serves, in the company's own words if you can "
                "(annual report, job ad). Marketing that serves the business convinces a panel.",
            ),
            translate("MarketingPanel", "Grow recurring revenue from small businesses by 20% in 2027"),
        ),
        "objective": FieldText(
            translate("MarketingPanel", "SMART &objective"),
            translate(
                "MarketingPanel",
                "One sentence that names a metric, a target value and a deadline. "
                "Podium checks all three as you type.",
            ),
            translate("MarketingPanel", "Grow trial sign-ups from 4,000 to 5,000 a month by 30 June"),
        ),
        "evidence": FieldText(
            translate("MarketingPanel", "Why it is achie&vable"),
            translate("MarketingPanel", "A past result or a benchmark that makes the target believable."),
            translate("MarketingPanel", "Last spring's campaign gave +18% on half the budget"),
        ),
        "situation": FieldText(
            translate("MarketingPanel", "&Situation"),
            translate(
                "MarketingPanel",
                "Two or three facts about the market and where the company stands, one per line, "
                "each from a source you can name.",
            ),
            translate("MarketingPanel", "Small-business software in the Nordics grows about 8% a year"),
        ),
        "insight": FieldText(
            translate("MarketingPanel", "&Insight"),
            translate(
                "MarketingPanel",
                "A human truth that explains behaviour, not a statistic. The whole plan builds on it.",
            ),
            translate("MarketingPanel", "Owners don't lack tools, they lack an evening to try them"),
        ),
        "audience": FieldText(
            translate("MarketingPanel", "Primary a&udience"),
            translate(
                "MarketingPanel", "Precise enough to buy media against: who they are, how many, where."
            ),
            translate("MarketingPanel", "Owners of Nordic firms with 5–50 staff"),
        ),
        "personas": FieldText(
            translate("MarketingPanel", "Perso&nas"),
            translate(
                "MarketingPanel",
                "Two to four people your audience is made of: what each needs and where you reach them. "
                "Say where they come from (CRM data, reviews, talks with sales).",
            ),
        ),
        "big_idea": FieldText(
            translate("MarketingPanel", "&Big idea"),
            translate(
                "MarketingPanel",
                "One idea that grows straight out of the insight. Several competing ideas weaken the plan.",
            ),
            translate("MarketingPanel", "Get your Friday back"),
        ),
        "key_message": FieldText(
            translate("MarketingPanel", "Key mess&age"),
            translate(
                "MarketingPanel",
                "The one sentence the audience should remember: short enough to say in one breath.",
            ),
            translate("MarketingPanel", "[Product] handles the admin so you can run the business"),
        ),
        "proof": FieldText(
            translate("MarketingPanel", "Proo&f"),
            translate("MarketingPanel", "Why the message is believable: a number, a customer, a test."),
            translate("MarketingPanel", "Customers save four hours a week on invoicing"),
        ),
        "call_to_action": FieldText(
            translate("MarketingPanel", "Call &to action"),
            translate("MarketingPanel", "What you ask people to do, and how easy it is."),
            translate("MarketingPanel", "Start a free 30-day trial, set up in ten minutes"),
        ),
        "channels": FieldText(
            translate("MarketingPanel", "Channels and budg&et"),
            translate(
                "MarketingPanel",
                "Fewer channels with clear roles convince more than a long list. Give each a job in the "
                "customer journey and an amount; keep a reserve to move to what works.",
            ),
        ),
        "business_case": FieldText(
            translate("MarketingPanel", "Business case"),
            translate(
                "MarketingPanel",
                "What the budget returns: how many new customers the campaign wins (from your funnel: extra "
                "trials × the share that pays), what one brings in its first year and the gross margin on it. "
                "If you know the first-year margin itself, enter it as the revenue with a gross margin of 100%. "
                "The results go to the business-case slide, the KPIs and the closing.",
            ),
        ),
        "phases": FieldText(
            translate("MarketingPanel", "Time&line"),
            translate(
                "MarketingPanel",
                "Phases or waves with real dates and an owner each, including the checkpoints where you "
                "decide (a checkpoint is a phase that starts and ends on the same day). Plan around the company's "
                "calendar: seasons, launches, holidays.",
            ),
        ),
        "experiments": FieldText(
            translate("MarketingPanel", "Test an&d learn"),
            translate(
                "MarketingPanel",
                "Two or three tests the budget can afford: what you believe, how you test it, the one metric "
                "that decides, the rule you commit to in advance (scale, change or stop) and the control group "
                "that shows it was the campaign. Example: “Friday back” beats price offers · two ad versions in "
                "paid social for four weeks · cost per trial · scale the winner if it is 15% cheaper · the current "
                "price ad on a fifth of the spend.",
            ),
        ),
        "kpis": FieldText(
            translate("MarketingPanel", "K&PIs"),
            translate(
                "MarketingPanel",
                "The outcome KPI first, then the leading indicators that warn you early; each with a "
                "target and where the number comes from.",
            ),
        ),
        "risks": FieldText(
            translate("MarketingPanel", "Ris&ks"),
            translate(
                "MarketingPanel",
                "The three or four things most likely to stop the objective, and what you would do about each.",
            ),
        ),
        "ask": FieldText(
            translate("MarketingPanel", "&Your ask"),
            translate("MarketingPanel", "The decision, budget or next step you want from the panel today."),
            translate("MarketingPanel", "Approve the budget and start creative work by 1 February"),
        ),
        "next_steps": FieldText(
            translate("MarketingPanel", "Ne&xt steps"),
            translate("MarketingPanel", "What happens in your first weeks if they say yes, one per line."),
            translate("MarketingPanel", "Test the personas with the sales team"),
        ),
    }


def case_inputs() -> dict[str, FieldText]:
    """The business case's three estimates: label, what to enter (a tooltip) and an example."""
    return {
        "customers": FieldText(
            translate("MarketingPanel", "Ne&w customers expected"),
            translate(
                "MarketingPanel",
                "Customers (or conversions) the campaign wins, e.g. 4,000 extra trials × 25%.",
            ),
            translate("MarketingPanel", "1 000"),
        ),
        "customer_value": FieldText(
            translate("MarketingPanel", "Revenue &per customer in the first year"),
            translate("MarketingPanel", "What one new customer pays in their first year."),
            translate("MarketingPanel", "3 600"),
        ),
        "gross_margin": FieldText(
            translate("MarketingPanel", "Gross &margin"),
            translate(
                "MarketingPanel", "The share of that revenue left after the cost of serving the customer."
            ),
            translate("MarketingPanel", "80"),
        ),
    }


def section_titles() -> dict[str, str]:
    return {
        "goal": translate("MarketingPanel", "Goal and objective"),
        "situation": translate("MarketingPanel", "Situation and insight"),
        "audience": translate("MarketingPanel", "Audience"),
        "idea": translate("MarketingPanel", "Big idea and message"),
        "budget": translate("MarketingPanel", "Channel mix and budget"),
        "business": translate("MarketingPanel", "Business case"),
        "timeline": translate("MarketingPanel", "Timeline"),
        "tests": translate("MarketingPanel", "Test and learn"),
        "kpis": translate("MarketingPanel", "KPIs and risks"),
        "close": translate("MarketingPanel", "Summary and the ask"),
    }


def columns(table: str) -> list[tuple[str, str]]:
    """(field, header) of each column of a table field."""
    return {
        "personas": [
            ("name", translate("MarketingPanel", "Persona")),
            ("who", translate("MarketingPanel", "Who they are")),
            ("need", translate("MarketingPanel", "What they need")),
            ("reach", translate("MarketingPanel", "Where we reach them")),
        ],
        "channels": [
            ("name", translate("MarketingPanel", "Channel")),
            ("role", translate("MarketingPanel", "Role in the journey")),
            ("budget", translate("MarketingPanel", "Budget")),
            ("share", translate("MarketingPanel", "Share")),
        ],
        "phases": [
            ("name", translate("MarketingPanel", "Phase")),
            ("start", translate("MarketingPanel", "Start")),
            ("end", translate("MarketingPanel", "End")),
            ("activities", translate("MarketingPanel", "Key activities")),
            ("owner", translate("MarketingPanel", "Owner")),
        ],
        "experiments": [
            ("hypothesis", translate("MarketingPanel", "Hypothesis")),
            ("test", translate("MarketingPanel", "Test")),
            ("metric", translate("MarketingPanel", "Metric")),
            ("decision_rule", translate("MarketingPanel", "Decision rule")),
            ("control_group", translate("MarketingPanel", "Control group")),
        ],
        "kpis": [
            ("name", translate("MarketingPanel", "KPI")),
            ("target", translate("MarketingPanel", "Target")),
            ("measure", translate("MarketingPanel", "Measured by")),
            ("frequency", translate("MarketingPanel", "How often")),
        ],
        "risks": [
            ("risk", translate("MarketingPanel", "Risk")),
            ("likelihood", translate("MarketingPanel", "Likelihood")),
            ("impact", translate("MarketingPanel", "Impact")),
            ("mitigation", translate("MarketingPanel", "Mitigation")),
        ],
    }[table]


def level_names() -> dict[str, str]:
    return {
        "": "",
        "low": translate("MarketingPanel", "Low"),
        "medium": translate("MarketingPanel", "Medium"),
        "high": translate("MarketingPanel", "High"),
    }


def add_row_text(table: str) -> str:
    return {
        "personas": translate("MarketingPanel", "Add persona"),
        "channels": translate("MarketingPanel", "Add channel"),
        "phases": translate("MarketingPanel", "Add phase"),
        "experiments": translate("MarketingPanel", "Add test"),
        "kpis": translate("MarketingPanel", "Add KPI"),
        "risks": translate("MarketingPanel", "Add risk"),
    }[table]


def smart_part(part: str) -> str:
    return {
        "metric": translate("MarketingPanel", "metric"),
        "target": translate("MarketingPanel", "target value"),
        "deadline": translate("MarketingPanel", "deadline"),
    }[part]


def _fill(template: str, /, **values: object) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def issue_text(issue: Issue, money: str = "") -> str:
    """The finding as one translated sentence (without the row: tables show it at the cell)."""
    p = dict(issue.params)
    if issue.code == "smart-missing":
        parts = [smart_part(x) for x in p.get("missing", ())]
        return _fill(
            translate("MarketingPanel", "The objective does not name a {parts} yet."),
            parts=translate("MarketingPanel", " or a ").join(parts),
        )
    texts = {
        "too-long": translate(
            "MarketingPanel", "{length} characters: keep it under {limit} so it reads at a glance on a slide."
        ),
        "no-name": translate("MarketingPanel", "Give it a name."),
        "no-need": translate("MarketingPanel", "Say what this persona needs."),
        "budget-empty": translate("MarketingPanel", "Enter an amount."),
        "budget-not-number": translate(
            "MarketingPanel", "“{text}” is not an amount: write it like 120000 or 120 000."
        ),
        "budget-negative": translate("MarketingPanel", "A budget cannot be negative."),
        "budget-absurd": translate(
            "MarketingPanel", "{money} is far too much for one channel: check for extra zeros."
        ),
        "budget-total-zero": translate(
            "MarketingPanel", "The budgets add up to nothing: give at least one channel an amount."
        ),
        "too-many": translate(
            "MarketingPanel",
            "{count} rows: a panel can follow about {limit}. The deck groups or leaves out the rest.",
        ),
        "currency-unknown": translate("MarketingPanel", "“{text}” is not a currency code."),
        "date-empty": translate("MarketingPanel", "Pick a date."),
        "date-invalid": translate("MarketingPanel", "“{text}” is not a date."),
        "end-before-start": translate("MarketingPanel", "The phase ends before it starts."),
        "no-target": translate("MarketingPanel", "Give the KPI a target value."),
        "no-measure": translate("MarketingPanel", "Say how the KPI is measured."),
        "no-mitigation": translate("MarketingPanel", "Say what you would do about this risk."),
        "case-not-number": translate(
            "MarketingPanel", "“{text}” is not a number: write it like 1000 or 1 000."
        ),
        "case-negative": translate("MarketingPanel", "This cannot be negative."),
        "case-too-large": translate("MarketingPanel", "“{text}” is far too large: check for extra zeros."),
        "case-zero": translate("MarketingPanel", "At zero the campaign never pays back."),
        "margin-range": translate("MarketingPanel", "A gross margin is between 0 and 100%."),
        "margin-fraction": translate(
            "MarketingPanel", "“{text}” reads as {text}%, not as a fraction. For {percent}%, write {percent}."
        ),
        "case-no-budget": translate(
            "MarketingPanel",
            "The campaign's cost is the channel budgets' total: add the channels and their budgets.",
        ),
        "payback-beyond-year": translate(
            "MarketingPanel",
            "It pays back only after {months} months: beyond the first year the customer value covers, "
            "so it counts on customers staying.",
        ),
        "deadline-after-timeline": translate(
            "MarketingPanel",
            "The deadline ({deadline}) is after the timeline's last day ({end}): the slides take their dates "
            "from the timeline, so make the two agree.",
        ),
        "deadline-before-timeline": translate(
            "MarketingPanel",
            "The deadline ({deadline}) is before the timeline starts ({start}): make the two agree.",
        ),
        "no-metric": translate("MarketingPanel", "Say which number decides the test."),
        "no-rule": translate("MarketingPanel", "Say what result makes you scale, change or stop."),
    }
    shown = {k: f"{v:g}" if isinstance(v, float) else v for k, v in p.items()}  # 70.0 -> '70'
    return _fill(texts.get(issue.code, issue.code), money=money, **shown)


def row_prefix(row: int, column_title: str) -> str:
    """'Row 3, Budget: ' for a table finding listed under the table."""
    text = (
        translate("MarketingPanel", "Row {row}, {column}: ")
        if column_title
        else translate("MarketingPanel", "Row {row}: ")
    )
    return _fill(text, row=row + 1, column=column_title)
