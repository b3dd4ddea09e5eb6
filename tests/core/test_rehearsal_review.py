"""After a run and across runs: the summary, the trend, suggestions, notes' speaking time."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from podium.core.interview.panel import PanelRound, deal, interruption_points
from podium.core.interview.questions import doubt_questions
from podium.core.model import Slide
from podium.core.rehearsal.review import run_summary, slide_series, suggestions, trend_text
from podium.core.rehearsal.runs import Rehearsal, SlideTime
from podium.core.rehearsal.speaking import speaking_seconds, word_count
from podium.core.rehearsal.timeplan import TimeState
from tests.helpers import make_prep

SLIDES = [
    Slide("Summary", key="summary", target_seconds=60),
    Slide("Trend", key="trend", target_seconds=120),
    Slide("Spare", key="spare", target_seconds=0, backup=True),
]


def _run(day: int, summary: float, trend: float, *, completed: bool = True) -> Rehearsal:
    return Rehearsal(
        started_at=datetime(2026, 11, 20) + timedelta(days=day),
        total_seconds=summary + trend,
        target_seconds=180,
        slides=[SlideTime("summary", "Summary", summary, 60), SlideTime("trend", "Trend", trend, 120)],
        tolerance_seconds=10,
        completed=completed,
    )


def test_run_summary_names_the_slides_that_ran_over() -> None:
    text = run_summary(_run(0, 95, 120))
    assert text == "3:35 against a target of 3:00: 0:35 over. Ran over: Summary +0:35."
    assert "inom tiden" in run_summary(_run(0, 50, 120), "sv")
    assert "Ingen bild drog märkbart över" in run_summary(_run(0, 50, 120), "sv")
    assert "Stopped before the last slide" in run_summary(_run(0, 50, 20, completed=False))


def test_trend_says_whether_runs_converge() -> None:
    history = [_run(0, 110, 160), _run(1, 90, 140), _run(2, 70, 125)]
    assert trend_text(history) == "Last runs: 4:30, 3:50, 3:15. You are converging on the 3:00 target."
    assert "på målet" in trend_text([*history, _run(3, 62, 121)], "sv")
    assert "not getting closer" in trend_text([_run(0, 60, 125), _run(1, 90, 150)])
    assert trend_text([_run(0, 60, 120)]) == ""


def test_suggestion_for_a_slide_that_keeps_running_long() -> None:
    history = [_run(0, 95, 118), _run(1, 50, 130), _run(2, 88, 121), _run(3, 90, 120)]
    found = suggestions(history, SLIDES)
    assert len(found) == 1 and found[0].slide_key == "summary"
    # the last three complete runs: over twice (by 28 s and 30 s), the median overrun is 0:29
    assert "ran long in 2 of the last 3 runs, typically 0:29 over its 1:00" in found[0].text
    assert "drog över i 2 av de senaste 3" in suggestions(history, SLIDES, "sv")[0].text
    # a single long run is not a habit; slides that run 5 s over are within the band
    assert suggestions([_run(0, 95, 125)], SLIDES) == []
    assert suggestions([_run(0, 65, 125), _run(1, 66, 126)], SLIDES) == []


def test_notes_too_long_for_their_budget() -> None:
    slides = [Slide("Summary", key="summary", target_seconds=30, notes=" ".join(["word"] * 140))]
    found = suggestions([], slides)
    assert len(found) == 1 and "take about 1:00 to say, but the slide has 0:30" in found[0].text


def test_speaking_estimate_per_language() -> None:
    assert word_count("Revenue grew 12% — well ahead of plan; it's the core-market's doing.") == 11
    assert speaking_seconds(" ".join(["ord"] * 120), "sv") == 60
    assert speaking_seconds(" ".join(["word"] * 70), "en") == 30
    assert speaking_seconds("") == 0


def test_series_for_the_history_chart() -> None:
    series = slide_series([_run(0, 90, 130), _run(1, 70, 125)], ["summary", "trend", "spare"])
    assert series == {"summary": [90, 70], "trend": [130, 125], "spare": [None, None]}


def test_panel_deals_the_bank_and_every_doubt() -> None:
    prep = make_prep("finance", language="sv")
    prep.research["doubts"] = [
        {"doubt": "Har hon tillräcklig erfarenhet av koncernredovisning?", "evidence": "Ledde bokslutet 2024", "id": "d1"},
        {"doubt": "  ", "id": "empty"},
        "Kan han leda utan mandat?",
        42,
    ]  # fmt: skip
    doubts = doubt_questions(prep)
    assert [q.id for q in doubts] == ["doubt-d1", "doubt-2"]
    assert doubts[0].text.startswith("Vi undrar fortfarande") and "koncernredovisning" in doubts[0].text
    assert doubts[0].guidance == "Ditt belägg: Ledde bokslutet 2024"
    hand = deal(prep, random.Random(7), count=3)
    assert len(hand) == 5 and {"doubt-d1", "doubt-2"} <= {q.id for q in hand}
    assert deal(prep, random.Random(7), count=3) == hand  # the same seed deals the same hand
    prep.research["doubts"] = "not a list"
    assert doubt_questions(prep) == []


def test_interruptions_never_on_the_first_or_last_slide() -> None:
    for seed in range(20):
        points = interruption_points([0, 1, 2, 3, 5], 2, random.Random(seed))
        assert len(points) == 2 and points <= {1, 2, 3}
    assert interruption_points([0, 1], 3, random.Random(1)) == set()


def test_panel_round_times_each_answer() -> None:
    now = [0.0]
    prep = make_prep("marketing")
    hand = deal(prep, random.Random(1), count=2)
    panel = PanelRound(hand, lambda: now[0], at_slide=None)
    target = hand[0].target_seconds  # the bank's targets run from 60 to 120 s
    now[0] += target - 50
    assert panel.state(15) is TimeState.NORMAL
    now[0] += 40  # 10 s of the answer's target left
    assert panel.state(15) is TimeState.WARNING
    panel.pause()
    now[0] += 100  # paused: the answer clock waits
    panel.resume()
    now[0] += 20
    assert panel.state(15) is TimeState.OVER
    assert panel.answered() is True
    now[0] += 30
    assert panel.answered() is False and panel.done
    assert [a["seconds"] for a in panel.answers] == [target + 10, 30]
    assert panel.answers[0]["text"] == hand[0].text and panel.answers[0]["at_slide"] is None
