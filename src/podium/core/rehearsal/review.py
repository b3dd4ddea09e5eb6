"""What a rehearsal tells the user: the run against its target, and what the runs show together.

Text here is advice on the talk, so it is written in the talk's language (the shared
phrasebook's ``review`` phrases), like the deck's guidance; the UI's own labels are translated by Qt.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from podium.core.model import Slide
from podium.core.phrasebook import phrases
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.speaking import speaking_seconds
from podium.core.rehearsal.talk_timer import format_clock

RECENT_RUNS = 3  # a slide "keeps running long" when it ran over in most of the last three runs


def overrun_threshold(budget: int) -> float:
    """How far past its budget a slide must run to count as long: 10 s, or 15% of a long slide."""
    return max(10.0, budget * 0.15)


@dataclass(frozen=True)
class Suggestion:
    slide_key: str
    title: str
    text: str


def run_summary(run: Rehearsal, language: str = "en") -> str:
    """'10:32 against 10:00: 0:32 over. Ran over: Key metrics +0:25, …' in the talk's language."""
    diff = run.total_seconds - run.target_seconds
    total, target = format_clock(run.total_seconds), format_clock(run.target_seconds)
    over = [s for s in run.over_slides if s.over_by > overrun_threshold(s.target_seconds)]
    said = phrases(language)
    if diff > run.tolerance_seconds:
        verdict = said.say("review.over", over=format_clock(diff))
    elif diff <= 0:
        verdict = said.say("review.within_time")
    else:
        verdict = said.say("review.within_tolerance", over=format_clock(diff))
    parts = [said.say("review.against", total=total, target=target, verdict=verdict)]
    if not run.completed:
        parts.append(said.say("review.stopped"))
    if over:
        slides = [
            said.say("review.slide_over", slide=s.title or s.slide_key, over=format_clock(s.over_by))
            for s in over
        ]
        parts.append(said.say("review.ran_over", slides=", ".join(slides)))
    else:
        parts.append(said.say("review.none_over"))
    return " ".join(parts)


def totals(history: list[Rehearsal]) -> list[float]:
    return [run.total_seconds for run in history]


def slide_series(history: list[Rehearsal], keys: list[str]) -> dict[str, list[float | None]]:
    """Each slide's seconds in every run (None where a run never reached it), for the chart."""
    series: dict[str, list[float | None]] = {key: [] for key in keys}
    for run in history:
        by_key = {s.slide_key: s.seconds for s in run.slides}
        for key in keys:
            series[key].append(by_key.get(key))
    return series


def trend_text(history: list[Rehearsal], language: str = "en") -> str:
    """How the last complete runs move against the target: converging, steady or drifting."""
    runs = [r for r in history if r.completed][-RECENT_RUNS:]
    if len(runs) < 2:
        return ""
    gaps = [abs(r.total_seconds - r.target_seconds) for r in runs]
    times = ", ".join(format_clock(r.total_seconds) for r in runs)
    target = format_clock(runs[-1].target_seconds)
    tolerance = runs[-1].tolerance_seconds
    said = phrases(language)
    if gaps[-1] <= tolerance:
        return said.say("review.on_target", times=times, target=target)
    if gaps[-1] < gaps[0]:
        return said.say("review.closer", times=times, target=target)
    return said.say("review.away", times=times, target=target)


def suggestions(history: list[Rehearsal], slides: list[Slide], language: str = "en") -> list[Suggestion]:
    """Slides that keep running long across runs, and notes too long for their budget."""
    out: list[Suggestion] = []
    said = phrases(language)
    runs = [r for r in history if r.completed][-RECENT_RUNS:]
    for slide in slides:
        if slide.backup or slide.target_seconds <= 0:
            continue
        title = slide.title or slide.key
        times = [s.seconds for r in runs for s in r.slides if s.slide_key == slide.key]
        overs = [
            t - slide.target_seconds
            for t in times
            if t - slide.target_seconds > overrun_threshold(slide.target_seconds)
        ]
        if len(times) >= 2 and len(overs) >= 2 and len(overs) * 2 > len(times):
            typical = format_clock(statistics.median(overs))
            budget = format_clock(slide.target_seconds)
            text = said.say(
                "review.runs_long",
                title=title,
                over=len(overs),
                runs=len(times),
                typical=typical,
                budget=budget,
            )
            out.append(Suggestion(slide.key, title, text))
        spoken = speaking_seconds(slide.notes, language)
        if spoken > slide.target_seconds + overrun_threshold(slide.target_seconds):
            budget = format_clock(slide.target_seconds)
            text = said.say("review.notes_long", title=title, spoken=format_clock(spoken), budget=budget)
            out.append(Suggestion(slide.key, title, text))
    return out
