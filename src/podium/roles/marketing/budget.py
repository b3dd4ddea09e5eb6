"""The channel mix in money: which channels count, their shares, and the chart and table that show them."""

from __future__ import annotations

from podium.core.model import ChartBlock, Series, TableBlock
from podium.core.text import format_number
from podium.roles.marketing.brief import CampaignBrief, Channel, row_amounts
from podium.roles.marketing.fmt import clip, currency_label, money, percent, shares
from podium.roles.marketing.validate import MAX_CHANNELS
from podium.roles.marketing.words import phrasebook


def usable_channels(brief: CampaignBrief) -> list[tuple[Channel, float]]:
    """The channels the deck shows, with their amounts, in the user's order."""
    return [(brief.channels[i], amount) for i, amount in row_amounts(brief).items()]


def budget_lines(brief: CampaignBrief, language: str) -> list[tuple[str, str, float]]:
    """(channel, role, amount) as the deck shows them: beyond six, the smallest become 'Other'."""
    usable = usable_channels(brief)
    lines = [(clip(c.name, 40), clip(c.role, 60), a) for c, a in usable]
    if len(lines) <= MAX_CHANNELS:
        return lines
    ranked = sorted(range(len(lines)), key=lambda i: lines[i][2], reverse=True)
    keep = set(ranked[: MAX_CHANNELS - 1])
    rest = [lines[i] for i in range(len(lines)) if i not in keep]
    other = phrasebook(language).say("other", count=len(rest))
    return [lines[i] for i in sorted(keep)] + [(other, "", sum(a for _, _, a in rest))]


def budget_blocks(brief: CampaignBrief, language: str) -> tuple[ChartBlock, TableBlock] | None:
    """The pie chart of the split and the table beside it, or None when no budget is usable yet."""
    lines = budget_lines(brief, language)
    total = sum(a for _, _, a in lines)
    if not lines or total <= 0:
        return None
    currency, said = brief.currency, phrasebook(language)
    chart = ChartBlock(
        chart_type="pie",
        categories=[name for name, _, _ in lines],
        series=[Series(said.say("budget_series"), [a for _, _, a in lines])],
        title=said.say("budget_title", total=money(total, currency, language)),
        number_format="#,##0",
    )
    with_role = any(role for _, role, _ in lines)
    unit = currency_label(currency, language)
    columns = [said.say("channel"), *([said.say("role")] if with_role else []), said.say("amount", unit=unit),
               said.say("share")]  # fmt: skip
    rows = []
    for (name, role, amount), share in zip(lines, shares([a for _, _, a in lines]), strict=True):
        rows.append([name, *([role] if with_role else []), format_number(amount, language),
                     percent(share, language)])  # fmt: skip
    rows.append([said.say("total"), *([""] if with_role else []), format_number(total, language),
                 percent(100, language)])  # fmt: skip
    return chart, TableBlock(columns=columns, rows=rows)
