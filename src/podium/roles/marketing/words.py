"""Deck wording for the campaign plan, written for each language (not translated word by word).

The words are the role's phrasebook, ``templates/marketing/phrases.<lang>.toml``.
"""

from __future__ import annotations

from podium.core.phrasebook import Phrasebook, phrases

ROLE = "marketing"


def phrasebook(language: str) -> Phrasebook:
    """The marketing role's phrases in ``language``."""
    return phrases(language, ROLE)


def genitive_sv(name: str) -> str:
    """Swedish genitive: 'Nordviks', but 'Nordvik AB:s' and 'Klaus' (no extra s after s, x, z)."""
    name = name.strip()
    if not name:
        return name
    if name[-1].isupper() or name[-1].isdigit():
        return f"{name}:s"
    return name if name[-1].lower() in "sxz" else f"{name}s"


def company_values(company: str) -> dict[str, str]:
    """The company as a phrase can name it: ``{company}``, and ``{company_genitive}`` for Swedish."""
    return {"company": company, "company_genitive": genitive_sv(company)}
