"""After a run and across runs: the summary, the trend, suggestions, notes' speaking time."""

from __future__ import annotations

from datetime import datetime, timedelta

from podium.core.model import Slide
from podium.core.rehearsal.review import run_summary, slide_series, suggestions, trend_text
from podium.core.rehearsal.runs import Rehearsal, SlideTime
from podium.core.rehearsal.speaking import speaking_seconds, word_count

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
