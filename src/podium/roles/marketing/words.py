"""Deck wording for the campaign plan, written for each language (not translated word by word)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "goal": "Business goal: {text}",
        "company_goal": "{company}'s stated goal: {text}",
        "insight": "Insight: {text}",
        "insight_missing": "Insight: [one human truth that explains behaviour and drives the plan]",
        "supports": "Supports the business goal: {text}",
        "supports_company": "Supports {company}'s goal: {text}",
        "achievable": "Achievable: {text}",
        "measured": "Measured by: {text}",
        "missing_metric": "Name the metric: which number will move?",
        "missing_target": "Add a target value: how much, from what baseline?",
        "missing_deadline": "Add a deadline: by when will it be reached?",
        "audience": "Primary audience: {text}",
        "who_label": "WHO THEY ARE",
        "need_label": "WHAT THEY NEED",
        "reach_label": "WHERE WE REACH THEM",
        "big_idea": "Big idea: {text}",
        "big_idea_missing": "Big idea: [one idea that grows straight out of the insight]",
        "key_message": "Key message: {text}",
        "key_message_missing": "Key message: [the one sentence the audience should remember]",
        "proof": "Proof: {text}",
        "cta": "Call to action: {text}",
        "budget_title": "Budget split, total {total}",
        "budget_series": "Budget",
        "channel": "Channel",
        "role": "Role",
        "amount": "Amount ({unit})",
        "share": "Share",
        "total": "Total",
        "other": "Other ({count} channels)",
        "timeline_title": "{range} · {count} phases",
        "timeline_title_one": "{range} · 1 phase",
        "left_out": "{count} not shown: check their dates",
        "more_phases": "+ {count} more phases",
        "quarter": "Q{q} {year}",
        "kpi": "KPI",
        "target": "Target",
        "measure": "Measured by",
        "frequency": "How often",
        "more_rows": "+ {count} more",
        "risk": "Risk",
        "likelihood": "Likelihood",
        "impact": "Impact",
        "mitigation": "Mitigation",
        "low": "Low",
        "medium": "Medium",
        "high": "High",
        "sum_objective": "Objective: {text}",
        "sum_idea": "Big idea: {text}",
        "sum_budget": "Investment: {total} across {count} channels",
        "sum_budget_one": "Investment: {total} in one channel",
        "sum_period": ", {range}",
        "sum_ask": "The ask: {text}",
        "sum_ask_missing": "The ask: [a decision, a budget or a next step you want today]",
        "next_steps": "Next steps:",
    },
    "sv": {
        "goal": "Affärsmål: {text}",
        "company_goal": "{company_genitive} uttalade mål: {text}",
        "insight": "Insikt: {text}",
        "insight_missing": "Insikt: [en mänsklig sanning som förklarar beteendet och bär planen]",
        "supports": "Bidrar till affärsmålet: {text}",
        "supports_company": "Bidrar till {company_genitive} mål: {text}",
        "achievable": "Realistiskt: {text}",
        "measured": "Mäts med: {text}",
        "missing_metric": "Ange mätetalet: vilket tal ska röra sig?",
        "missing_target": "Ange ett målvärde: hur mycket, och från vilken nivå?",
        "missing_deadline": "Ange när: vilket datum ska målet vara nått?",
        "audience": "Primär målgrupp: {text}",
        "who_label": "VEM",
        "need_label": "BEHÖVER",
        "reach_label": "HÄR NÅR VI DEM",
        "big_idea": "Kreativ idé: {text}",
        "big_idea_missing": "Kreativ idé: [en idé som växer direkt ur insikten]",
        "key_message": "Budskap: {text}",
        "key_message_missing": "Budskap: [den enda mening målgruppen ska minnas]",
        "proof": "Belägg: {text}",
        "cta": "Uppmaning: {text}",
        "budget_title": "Budgetfördelning, totalt {total}",
        "budget_series": "Budget",
        "channel": "Kanal",
        "role": "Roll",
        "amount": "Belopp ({unit})",
        "share": "Andel",
        "total": "Totalt",
        "other": "Övrigt ({count} kanaler)",
        "timeline_title": "{range} · {count} faser",
        "timeline_title_one": "{range} · 1 fas",
        "left_out": "{count} visas inte: kontrollera datumen",
        "more_phases": "+ {count} faser till",
        "quarter": "kv. {q} {year}",
        "kpi": "Nyckeltal",
        "target": "Mål",
        "measure": "Källa",
        "frequency": "Hur ofta",
        "more_rows": "+ {count} till",
        "risk": "Risk",
        "likelihood": "Sannolikhet",
        "impact": "Konsekvens",
        "mitigation": "Åtgärd",
        "low": "Låg",
        "medium": "Medel",
        "high": "Hög",
        "sum_objective": "Mål: {text}",
        "sum_idea": "Kreativ idé: {text}",
        "sum_budget": "Investering: {total} fördelat på {count} kanaler",
        "sum_budget_one": "Investering: {total} i en kanal",
        "sum_period": ", {range}",
        "sum_ask": "Det jag ber om: {text}",
        "sum_ask_missing": "Det jag ber om: [ett beslut, en budget eller ett nästa steg i dag]",
        "next_steps": "Nästa steg:",
    },
}


def genitive_sv(name: str) -> str:
    """Swedish genitive: 'Nordviks', but 'Nordvik AB:s' and 'Klaus' (no extra s after s, x, z)."""
    name = name.strip()
    if not name:
        return name
    if name[-1].isupper() or name[-1].isdigit():
        return f"{name}:s"
    return name if name[-1].lower() in "sxz" else f"{name}s"


def words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def say(language: str, key: str, **values: object) -> str:
    """One deck phrase in ``language`` with the values filled in."""
    if "company" in values:
        values.setdefault("company_genitive", genitive_sv(str(values["company"])))
    return words(language)[key].format(**values)
