"""What a rehearsal tells the user: the run against its target, and what the runs show together.

Text here is advice on the talk, so it is written in the talk's language (English or Swedish),
like the deck's guidance; the UI's own labels are translated by Qt.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from podium.core.model import Slide
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
    if language == "sv":
        verdict = (
            f"{format_clock(diff)} för långt"
            if diff > run.tolerance_seconds
            else ("inom tiden" if diff <= 0 else f"{format_clock(diff)} över, inom marginalen")
        )
        head = f"{total} mot målet {target}: {verdict}."
        if not run.completed:
            head += " Avbruten före sista bilden."
        tail = " Drog över: " if over else " Ingen bild drog märkbart över sin tid."
    else:
        verdict = (
            f"{format_clock(diff)} over"
            if diff > run.tolerance_seconds
            else ("within time" if diff <= 0 else f"{format_clock(diff)} over, within the tolerance")
        )
        head = f"{total} against a target of {target}: {verdict}."
        if not run.completed:
            head += " Stopped before the last slide."
        tail = " Ran over: " if over else " No slide ran noticeably over its budget."
    items = ", ".join(f"{s.title or s.slide_key} +{format_clock(s.over_by)}" for s in over)
    return head + tail + items + ("." if items else "")


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
    if gaps[-1] <= tolerance:
        key = "on"
    elif gaps[-1] < gaps[0]:
        key = "closer"
    else:
        key = "away"
    if language == "sv":
        words = {
            "on": f"De senaste dragningarna: {times}. Du ligger på målet {target}.",
            "closer": f"De senaste dragningarna: {times}. Du närmar dig målet {target}.",
            "away": f"De senaste dragningarna: {times}. Du kommer inte närmare målet {target}: se förslagen nedan.",
        }
    else:
        words = {
            "on": f"Last runs: {times}. You are on the {target} target.",
            "closer": f"Last runs: {times}. You are converging on the {target} target.",
            "away": f"Last runs: {times}. You are not getting closer to the {target} target: see the suggestions below.",
        }
    return words[key]


def suggestions(history: list[Rehearsal], slides: list[Slide], language: str = "en") -> list[Suggestion]:
    """Slides that keep running long across runs, and notes too long for their budget."""
    out: list[Suggestion] = []
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
            if language == "sv":
                text = (
                    f"”{title}” drog över i {len(overs)} av de senaste {len(times)} dragningarna, "
                    f"oftast med {typical} mot sina {budget}. Stryk en punkt eller flytta detaljerna "
                    "till en reservbild, eller ge bilden tid från en som blir klar i förtid."
                )
            else:
                text = (
                    f"“{title}” ran long in {len(overs)} of the last {len(times)} runs, typically "
                    f"{typical} over its {budget}. Cut a point or move the detail to a backup slide, "
                    "or give it time from a slide that finishes early."
                )
            out.append(Suggestion(slide.key, title, text))
        spoken = speaking_seconds(slide.notes, language)
        if spoken > slide.target_seconds + overrun_threshold(slide.target_seconds):
            said, budget = format_clock(spoken), format_clock(slide.target_seconds)
            if language == "sv":
                text = (
                    f"Anteckningarna till ”{title}” tar ungefär {said} att säga, men bilden har {budget}. "
                    "Korta dem till det du måste säga."
                )
            else:
                text = (
                    f"Your notes for “{title}” take about {said} to say, but the slide has {budget}. "
                    "Trim them to what you must say."
                )
            out.append(Suggestion(slide.key, title, text))
    return out
