"""The skip plan in words: which slides to drop if the panel stops the talk at half time, and
which to go to (core.deck.plan.skip_plan). Shown in the Rehearse tab and, on K, in the console."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from podium.core.deck.plan import skip_plan
from podium.core.model import Deck, Slide
from podium.core.rehearsal.talk_timer import format_clock


def skip_plan_text(slides: list[Slide]) -> str:
    """One paragraph: 'If the panel stops you at half time: skip 7, 8, 9 (2:30); go to 10 …'."""
    translate = QCoreApplication.translate
    plan = skip_plan(Deck(slides=slides))
    if not plan.drop:
        return translate(
            "SkipPlan",
            "If the panel stops you at half time: nothing to skip, every slide after it is essential.",
        )

    def names(indices: list[int]) -> str:
        return ", ".join(f"{i + 1}. {slides[i].title}" for i in indices)

    text = (
        translate("SkipPlan", "If the panel stops you at half time, skip %1 (saves %2)")
        .replace("%1", names(plan.drop))
        .replace("%2", format_clock(plan.saved_seconds))
    )
    if plan.keep:
        text += translate("SkipPlan", " and go straight to %1").replace("%1", names(plan.keep))
    return text + "."
