"""One question the panel may ask, wherever it comes from: a bank, the deck, the research or the user.

Kept apart from the modules that build questions (``questions``, ``challenges``, ``own``) so each
of them can name the type without importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_SECONDS, MAX_SECONDS = 60, 120  # a spoken answer: long enough to give evidence, short enough to stop
SLIDES = "slides"  # the category of the challenges built from the deck (the banks' own are in their TOML)
DOUBTS = "doubts"  # the banks' category for the doubts from round one; the user's own doubts join it


@dataclass(frozen=True)
class Question:
    """A question and its coaching; ``id`` is stable, so practice stays attached when wording changes."""

    id: str
    text: str
    guidance: str
    target_seconds: int = 90
    behavioural: bool = False  # answer with STAR
    source: str = "core"  # core, role, doubt, idea, deck (a slide's challenge) or own (the user's)
    category: str = ""  # a key of the banks' [category.*] tables, or SLIDES
    slide: str = ""  # a challenge: the key of the slide it is about
    kind: str = ""  # a challenge: figure, recommendation, risk, plan, chart, takeaway or opening
    edited: bool = False  # the user rewrote Podium's wording
    hidden: bool = False  # the user hid it: kept, but left out of practice, panel rounds and readiness


@dataclass(frozen=True)
class Category:
    """A group of questions, named in the deck's language (the banks' ``[category.*]`` tables)."""

    key: str
    name: str
    description: str = ""
