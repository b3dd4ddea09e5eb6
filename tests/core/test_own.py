"""The user's own questions, rewordings and hidden questions, stored with the preparation."""

from __future__ import annotations

from podium.core.interview.own import OwnQuestion, QuestionEdits, load_edits, store_edits
from podium.core.interview.questions import likely_questions
from podium.core.model import Preparation
from tests.helpers import make_prep


def test_edits_travel_with_the_preparation_and_apply_in_its_language() -> None:
    prep = make_prep("marketing", "sv")
    edits = (
        QuestionEdits()
        .add(OwnQuestion("own-1", "Varför just Oslo?", "motivation", 75))
        .reword("core-why-you", "Vad gör dig till rätt person för oss?")
        .hide("core-salary")
    )
    store_edits(prep, edits)
    again = Preparation.from_dict(prep.to_dict())
    assert load_edits(again) == edits
    questions = {q.id: q for q in likely_questions(again, hidden=True)}
    assert (
        questions["core-why-you"].text == "Vad gör dig till rätt person för oss?"
        and questions["core-why-you"].edited
    )
    assert questions["core-salary"].hidden and "core-salary" not in {q.id for q in likely_questions(again)}
    mine = questions["own-1"]
    assert (mine.source, mine.category, mine.target_seconds) == ("own", "motivation", 75)
    assert mine.guidance.startswith("Din egen fråga")  # coached in the deck's language


def test_rewording_back_showing_again_and_removing() -> None:
    edits = QuestionEdits().reword("core-career", "Where will you be in five years?").hide("core-career")
    assert edits.reword("core-career", "  ").wording == {}  # empty: Podium's wording again
    assert edits.hide("core-career", False).hidden == frozenset()
    mine = QuestionEdits().add(OwnQuestion("own-2", "Old", "pressure", 90))
    changed = mine.reword("own-2", "New wording", category="doubts", seconds=200)
    assert changed.added == (OwnQuestion("own-2", "New wording", "doubts", 120),)  # held to 60-120 s
    assert changed.remove("own-2").added == ()


def test_damaged_edits_load_as_nothing_lost_of_what_is_readable() -> None:
    prep = make_prep("finance")
    prep.research["question_edits"] = {
        "added": [
            {"id": "own-ok", "text": "Fine?", "seconds": "x"},
            {"text": ""},
            "junk",
            {"id": "bad", "text": "Y?"},
        ],
        "wording": {"core-career": "  ", "core-why-you": "Why you?"},
        "hidden": "core-salary",
    }
    edits = load_edits(prep)
    assert [q.text for q in edits.added] == ["Fine?", "Y?"] and edits.added[0].seconds == 90
    assert edits.added[1].id.startswith("own-")  # an id Podium did not make is replaced
    assert edits.wording == {"core-why-you": "Why you?"} and edits.hidden == frozenset()
    assert load_edits(make_prep("finance")) == QuestionEdits()
