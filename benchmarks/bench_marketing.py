"""The campaign brief refilling the deck after an edit, against laying out the same deck alone.

A redraw lays the deck out anyway; the brief's share is building the slots
(SMART check, budget, Gantt, persona cards) and putting them in place. The
per-keystroke work of the Campaign tab (check the brief, refill the slots; the
redraw waits until typing pauses) is timed against one 60 Hz frame.
"""

from __future__ import annotations

from benchmarks.common import Result, interleaved, median_time
from podium.core.deck.fill import apply_role_data
from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.render.layout import layout_deck
from podium.roles.marketing.brief import CampaignBrief
from podium.roles.marketing.deck import blocks
from podium.roles.marketing.validate import validate

BRIEF = {
    "presenter": "Sara Lindqvist",
    "goal": "Grow recurring revenue from small businesses by 20% in 2027",
    "objective": "Grow trial sign-ups from 4,000 to 5,000 a month by 30 June 2027",
    "situation": ["Nordic small-business software grows about 8% a year"] * 3,
    "insight": "Owners don't lack tools, they lack an evening to try them",
    "audience": "Owners of Nordic firms with 5–50 staff",
    "personas": [{"name": f"Persona {i}", "who": "Runs a firm", "need": "Less admin", "reach": "LinkedIn"}
                 for i in range(3)],
    "big_idea": "Get your Friday back",
    "key_message": "Fakturo does the invoicing so you can run the business",
    "channels": [{"name": f"Channel {i}", "role": "Reach", "budget": f"{100 + i} 000"} for i in range(6)],
    "customers": "1 000", "customer_value": "3 600", "gross_margin": "80 %",
    "experiments": [{"hypothesis": "Friday beats price", "test": "Two ads", "metric": "Cost per trial",
                     "decision_rule": "Scale if 15% cheaper", "control_group": "Price ad"}] * 3,
    "phases": [{"name": f"Phase {i}", "start": f"2027-0{i + 1}-01", "end": f"2027-0{i + 1}-25",
                "activities": "Creative, landing page", "owner": "Marketing"} for i in range(6)],
    "kpis": [{"name": "Trial sign-ups", "target": "5,000", "measure": "Web analytics", "frequency": "Weekly"}] * 4,
    "risks": [{"risk": "Creative doesn't land", "likelihood": "medium", "impact": "high",
               "mitigation": "Test three versions"}] * 4,
    "ask": "Approve the budget",
    "next_steps": ["Test the personas with sales"],
}  # fmt: skip


def run(repeat: int = 30) -> list[Result]:
    prep = Preparation(role="marketing", company="Fakturo AB")
    prep.role_data["marketing"] = BRIEF
    prep.deck = scaffold(prep)

    def refill() -> None:
        apply_role_data(prep)
        layout_deck(prep.deck, language="en")

    def layout_only() -> None:
        layout_deck(prep.deck, language="en")

    refill_time, layout_time = interleaved(refill, layout_only, repeat)
    brief = CampaignBrief.from_dict(BRIEF)

    def keystroke() -> None:  # what the Campaign tab does on every edit (the redraw waits for a pause)
        validate(brief)
        blocks(prep)
        apply_role_data(prep)

    check = median_time(keystroke, repeat)
    return [
        Result(
            "marketing: refill the deck from the brief + layout",
            refill_time,
            "layout alone",
            layout_time,
            target=2.0,
        ),
        Result(
            "marketing: per keystroke: check the brief, refill the slots",
            check,
            "16 ms frame",
            1 / 60,
            target=1.0,
        ),
    ]
