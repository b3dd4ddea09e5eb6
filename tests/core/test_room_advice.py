"""The research brief tells the candidate what future colleagues in the room listen for, in the
deck's language, whether or not the panel has been researched yet."""

from __future__ import annotations

import pytest

from podium.core.interview.takeaway import brief_html
from podium.core.phrasebook import phrases
from podium.core.research.records import Person, Research, store_research
from tests.helpers import make_prep


@pytest.mark.parametrize(
    ("language", "heading", "advice"),
    [
        ("en", "Future colleagues in the room", "Include them: use their names"),
        ("sv", "Blivande kollegor i rummet", "Ta med dem: använd deras namn"),
    ],
)
def test_the_brief_carries_the_room_advice_after_the_panel(language: str, heading: str, advice: str) -> None:
    prep = make_prep("finance", language)
    empty = brief_html(prep)
    assert heading in empty and advice in empty
    store_research(prep, Research(people=[Person(name="Sara Lind", title="Controller")]))
    html = brief_html(prep)
    assert html.index("Sara Lind") < html.index(heading)  # the people first, then how to include them
    assert all(line in html for line in phrases(language).words("takeaway.room_advice"))
