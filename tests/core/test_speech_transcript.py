"""Fillers, talking points and read-aloud from a transcript: pure rules, in English and Swedish."""

from __future__ import annotations

from podium.core.speech.analysis import per_slide
from podium.core.speech.marks import Mark
from podium.core.speech.transcript import (
    Word,
    check_points,
    fillers,
    read_aloud,
    read_aloud_share,
    talking_points,
    tokens,
)


def test_english_fillers_count_variants_two_word_fillers_and_not_the_verb_like() -> None:
    said = tokens("Um, so I like this plan. It's, like, uh, you know, umm faster. It looks like a win.")
    assert fillers(said, "en") == {"um": 2, "like": 1, "uh": 1, "you know": 1}


def test_swedish_fillers_and_typ_as_a_real_word() -> None:
    said = tokens(
        "Eh, alltså, vi sparade typ fyra timmar. Öh, det är en typ av kö, liksom, ba snabbare. Asså."
    )
    assert fillers(said, "sv") == {"eh": 1, "alltså": 1, "typ": 1, "öh": 1, "liksom": 1, "ba": 1, "asså": 1}


NOTES_EN = """- One queue for every order, instead of three.
- The checks moved to the start of the line.
- Savings: four hundred hours a month."""

NOTES_SV = """• En enda kö för alla beställningar i stället för tre.
• Kontrollerna flyttades till början av flödet.
• Besparingen blev fyrahundra timmar i månaden."""


def test_talking_points_said_and_missed_in_both_languages() -> None:
    assert talking_points(NOTES_EN) == [
        "One queue for every order, instead of three.",
        "The checks moved to the start of the line.",
        "Savings: four hundred hours a month.",
    ]
    said = tokens("We put every order in one queue. That saved us about four hundred hours each month.")
    assert [c.said for c in check_points(NOTES_EN, said, "en")] == [True, False, True]
    sagt = tokens("Nu har vi en enda kö för beställningarna, och kontrollen ligger nu i början av flödet.")
    assert [c.said for c in check_points(NOTES_SV, sagt, "sv")] == [True, True, False]


def test_reading_the_slide_aloud_is_found_and_paraphrasing_is_not() -> None:
    slide = "Delivery time cut by a third. One queue for every order. Checks at the start of the line."
    read = tokens(
        "So. Delivery time cut by a third. One queue for every order. Checks at the start of the line."
    )
    own = tokens("We made orders wait less: a single line, and the checking happens first now.")
    assert read_aloud(slide, read) and read_aloud_share(slide, read) == 1.0
    assert not read_aloud(slide, own)
    assert read_aloud_share("Thanks", tokens("Thanks")) == 0.0  # too short to read out


def test_words_pace_and_fillers_per_slide_from_timed_words() -> None:
    words = [
        Word(0.5 + i * 0.5, 0.9 + i * 0.5, w)
        for i, w in enumerate(["um", "we", "cut", "the", "time", "uh", "by", "a", "third"])
    ]
    words += [
        Word(31.0 + i * 0.5, 31.4 + i * 0.5, w) for i, w in enumerate(["like", "you", "know", "it", "worked"])
    ]
    talk = per_slide([(0.5, 5.0), (31.0, 33.5)], [Mark("1", 0.0), Mark("2", 30.0)], 60.0, "en", words)
    first, second = talk.slides
    assert (first.words, first.wpm, first.fillers) == (9, 18.0, 2)
    assert (second.words, second.wpm, second.fillers, second.filler_words) == (
        5,
        10.0,
        2,
        {"like": 1, "you know": 1},
    )
    data = talk.to_dict()
    assert data["words"] == 14 and data["fillers"] == 4 and data["transcribed"] is True


def test_each_slide_says_its_points_heard_and_whether_it_was_read_aloud() -> None:
    from podium.core.model import Bullet, BulletsBlock, Slide
    from podium.core.speech.deck_text import slide_texts

    slides = [
        Slide(
            "Two changes",
            blocks=[
                BulletsBlock([Bullet("One queue for every order"), Bullet("Checks at the start of the line")])
            ],
            notes=NOTES_EN,
            key="changes",
        ),
        Slide("Thank you", notes="- Thank the panel.", key="end"),
    ]
    spoken = "Two changes. One queue for every order. Checks at the start of the line. Savings were four hundred hours a month."
    words = [Word(1.0 + i * 0.3, 1.2 + i * 0.3, w) for i, w in enumerate(spoken.split())]
    talk = per_slide(
        [(1.0, 8.0)], [Mark("changes", 0.0), Mark("end", 20.0)], 30.0, "en", words, slide_texts(slides)
    )
    first, last = talk.slides
    assert first.points_said == talking_points(NOTES_EN) and first.points_missed == []
    assert first.read_aloud is True
    assert last.points_said == [] and last.points_missed == ["Thank the panel."] and last.read_aloud is False
    untexted = per_slide([(1.0, 8.0)], [Mark("changes", 0.0)], 30.0, "en", words)
    assert untexted.slides[0].points_said is None and untexted.slides[0].read_aloud is None
