"""A realistic campaign brief, shared by the marketing tests."""

from __future__ import annotations

import copy
from typing import Any

BRIEF: dict[str, Any] = {
    "presenter": "Sara Lindqvist",
    "goal": "Grow recurring revenue from small businesses by 20% in 2027",
    "objective": "Grow trial sign-ups from 4,000 to 5,000 a month by 30 June 2027",
    "evidence": "last spring's campaign gave +18% on half this budget",
    "situation": [
        "Nordic small-business software grows about 8% a year",
        "Fakturo is well known, but trial sign-ups have been flat at 4,000 a month",
    ],
    "insight": "Owners don't lack tools, they lack an evening to try them",
    "audience": "Owners of Nordic firms with 5–50 staff who still invoice by hand",
    "personas": [
        {"name": "Busy owner", "who": "Runs a 12-person firm", "need": "Less admin", "reach": "LinkedIn"},
        {"name": "Accountant", "who": "Advises 30+ clients", "need": "Clean data", "reach": "Partner events"},
    ],
    "big_idea": "Get your Friday back",
    "key_message": "Fakturo does the invoicing so you can run the business",
    "proof": "customers save four hours a week",
    "call_to_action": "start a free 30-day trial",
    "currency": "SEK",
    "channels": [
        {"name": "Paid social", "role": "Reach and trials", "budget": "420 000"},
        {"name": "Search", "role": "Capture demand", "budget": 300000},
        {"name": "Content & SEO", "role": "Proof", "budget": "180,000"},
        {"name": "Email & CRM", "role": "Convert trials", "budget": "120k"},
        {"name": "Partner events", "role": "Trust", "budget": "120000"},
        {"name": "Test reserve", "role": "Move to winners", "budget": "60000"},
    ],
    # 4,000 extra trials at a 25% trial-to-paid rate; SEK 300 a month; 80% gross margin:
    # CAC SEK 1,200, payback 5.0 months, break-even 417 customers, +140% in year one.
    "customers": "1 000",
    "customer_value": "3 600",
    "gross_margin": "80 %",
    "phases": [
        {
            "name": "Prepare",
            "start": "2027-02-01",
            "end": "2027-02-28",
            "activities": "Creative",
            "owner": "Marketing",
        },
        {
            "name": "Launch",
            "start": "2027-03-01",
            "end": "2027-03-15",
            "activities": "Go live",
            "owner": "Digital",
        },
        {
            "name": "Optimise",
            "start": "2027-03-16",
            "end": "2027-05-31",
            "activities": "Tests",
            "owner": "Digital",
        },
        {"name": "Go/no-go", "start": "2027-04-30", "end": "2027-04-30", "activities": "Move the reserve"},
        {
            "name": "Evaluate",
            "start": "2027-06-01",
            "end": "2027-06-30",
            "activities": "Results",
            "owner": "Marketing",
        },
    ],
    "experiments": [
        {
            "hypothesis": "“Friday back” beats price offers",
            "test": "Two ad versions, paid social, 4 weeks",
            "metric": "Cost per trial",
            "decision_rule": "Scale the winner if 15% cheaper",
            "control_group": "Current price ad",
        },
        {
            "hypothesis": "A setup video lifts conversion",
            "test": "Video in the welcome email",
            "metric": "Trial-to-paid rate",
            "decision_rule": "Roll out at +3 points",
            "control_group": "Half of new trials",
        },
    ],
    "kpis": [
        {
            "name": "Trial sign-ups",
            "target": "5,000 / month",
            "measure": "Web analytics",
            "frequency": "Weekly",
        },
        {"name": "Trial-to-paid rate", "target": "25%", "measure": "CRM", "frequency": "Monthly"},
    ],
    "risks": [
        {
            "risk": "Creative doesn't land",
            "likelihood": "medium",
            "impact": "high",
            "mitigation": "Test three",
        },
        {
            "risk": "Cost per click rises",
            "likelihood": "high",
            "impact": "medium",
            "mitigation": "Shift reserve",
        },
    ],
    "ask": "approve SEK 1.2m and a creative start on 1 February",
    "next_steps": ["Test the personas with sales in week 1"],
}


def brief(**changes: Any) -> dict[str, Any]:
    """A fresh copy of the sample brief with some fields changed."""
    data = copy.deepcopy(BRIEF)
    data.update(changes)
    return data
