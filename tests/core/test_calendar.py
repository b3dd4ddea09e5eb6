"""Every shipped scaffold fits on every day of the calendar, not only on the day CI runs.

The project-management example plan starts in the month of the interview (or today's month),
so its timeline's axis changes with the date. Each role, language, theme and aspect is laid
out with "today" set to every month of two years and the awkward days.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from podium.core import clock
from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.render.layout import SLIDE_HEIGHT, layout_deck
from podium.core.render.theme import THEMES
from podium.core.roles import catalogue

DAYS = [date(2026 + m // 12, m % 12 + 1, 15) for m in range(24)] + [
    date(2028, 2, 29),
    date(2026, 12, 31),
    date(2027, 1, 1),
]


@pytest.mark.parametrize("day", DAYS, ids=[d.isoformat() for d in DAYS])
def test_scaffolds_fit_on_every_day(day: date) -> None:
    clock.set_now(datetime(day.year, day.month, day.day, 23, 59))
    roles = sorted(catalogue())
    assert {"marketing", "finance", "project-management"} <= set(roles)
    for role in roles:
        for language in ("en", "sv"):
            for theme in sorted(THEMES):
                for aspect in ("16:9", "4:3"):
                    prep = Preparation(role=role, company="Nordvik Försäkringar och Pension AB",
                                       language=language, job_title="Senior analyst")  # fmt: skip
                    prep.deck.theme, prep.deck.aspect = theme, aspect
                    prep.deck = scaffold(prep)
                    where = (day, role, language, theme, aspect)
                    for laid in layout_deck(prep.deck, language=language, footer=prep.company):
                        assert not laid.overflows, where
                        for box in laid.boxes:
                            assert box.x >= -0.5 and box.x + box.w <= laid.width + 0.5, where
                            assert box.y + box.h <= SLIDE_HEIGHT + 0.5, where


def test_the_example_plan_follows_the_interview_date_not_the_machine() -> None:
    prep = Preparation(role="project-management", company="X", language="en",
                       interview_at=datetime(2029, 5, 20, 10, 0))  # fmt: skip
    first = scaffold(prep)
    clock.set_now(datetime(2031, 1, 1))
    assert scaffold(prep).to_dict() == first.to_dict()
