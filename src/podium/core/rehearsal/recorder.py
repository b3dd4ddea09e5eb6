"""Records one run through the deck: time per slide, pauses, and the readings the console shows.

Every number comes from an injected monotonic clock; the wall clock is only read to stamp the
run and to place a hard stop. Rules users of pdfpc and Pympress ask for:

- the clock starts on the first advance (or on demand), never by itself;
- a pause stays a pause while you move between slides, and time on a slide counts only while
  the clock runs;
- reset throws the run away and waits for a new start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from podium.core.clock import now as wall_now
from podium.core.model import Slide
from podium.core.rehearsal.runs import Rehearsal, SlideTime
from podium.core.rehearsal.talk_timer import Clock, TalkTimer
from podium.core.rehearsal.timeplan import (
    Pace,
    TimePlan,
    TimeState,
    TimingSettings,
    hard_stop_talk_seconds,
    slide_state,
    talk_state,
)


@dataclass(frozen=True)
class SlideMeta:
    """What the record needs to know about a slide: a deck slide or a PDF page."""

    key: str
    title: str
    target_seconds: int
    backup: bool = False

    @classmethod
    def from_slide(cls, slide: Slide, index: int) -> SlideMeta:
        return cls(slide.key or f"slide-{index + 1}", slide.title, slide.target_seconds, slide.backup)


@dataclass(frozen=True)
class Reading:
    """Everything the console shows about time, at one instant."""

    started: bool
    running: bool
    finished: bool
    elapsed: float
    remaining: float
    slide_seconds: float
    slide_budget: int
    pace: Pace
    state: TimeState
    slide_state: TimeState
    talk_ends_at: datetime | None  # when the talk must end (start + length, or the hard stop less Q&A)
    slot_ends_at: datetime | None  # talk end plus the reserved Q&A
    qa_elapsed: float = 0.0  # after the talk: time into the questions
    qa_state: TimeState = TimeState.NORMAL


class RehearsalRecorder:
    """The run's clock: per-slide seconds, pauses, pace and remaining time."""

    def __init__(
        self,
        slides: list[SlideMeta],
        plan: TimePlan,
        settings: TimingSettings,
        clock: Clock,
        wall: Callable[[], datetime] = wall_now,
    ) -> None:
        self.slides = slides
        self.plan = plan
        self.settings = settings
        self._clock = clock
        self._wall = wall
        self.index = 0
        self.reset()

    # ------------------------------------------------------------------ control

    def reset(self) -> None:
        """Forget the run; the next start (or advance) begins a new one."""
        self._talk = TalkTimer(self.plan.talk_seconds, self._clock)
        self._slide_seconds = [0.0] * len(self.slides)
        self._slide_since: float | None = None
        self.started_at: datetime | None = None
        self._started_mono = 0.0
        self._origin = 0  # plan seconds before the slide the clock started on
        self._hard_stop_talk: float | None = None
        self.pauses = 0
        self.paused_seconds = 0.0
        self._pause_began: float | None = None
        self.finished = False
        self._finished_mono = 0.0
        self.held = False  # the panel interrupted: the clock stands still until ``release``
        self.answers: list[dict[str, Any]] = []

    @property
    def started(self) -> bool:
        return self.started_at is not None

    @property
    def running(self) -> bool:
        return self._talk.running

    @property
    def paused(self) -> bool:
        return self.started and not self.running and not self.finished

    def start(self) -> None:
        """Start the run, or resume it after a pause."""
        if self.finished or self.running:
            return
        now = self._clock()
        if not self.started:
            self.started_at = self._wall()
            self._started_mono = now
            self._origin = self.plan.starts[self.index] if self.index < len(self.plan.starts) else 0
            if self.settings.hard_stop is not None:
                self._hard_stop_talk = hard_stop_talk_seconds(
                    self.settings.hard_stop, self.started_at, self.plan.qa_seconds
                )
        elif self._pause_began is not None:
            self.paused_seconds += now - self._pause_began
            self._pause_began = None
        self._talk.start()
        self._slide_since = now

    def pause(self) -> None:
        if not self.running:
            return
        self._bank()
        self._talk.pause()
        self.pauses += 1
        self._pause_began = self._clock()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def go_to(self, index: int) -> None:
        """Move to ``index``; the first move starts the clock when the user chose that."""
        if not 0 <= index < len(self.slides) or index == self.index:
            return
        self._bank()
        self.index = index
        if self.running:
            self._slide_since = self._clock()
        elif not self.started and self.settings.start_on_advance:
            self.start()

    def finish(self) -> None:
        """The talk is over (past the last slide): stop the clock without counting a pause."""
        if self._pause_began is not None:
            self.paused_seconds += self._clock() - self._pause_began
            self._pause_began = None
        self._bank()
        self._talk.pause()
        self.finished = self.started
        self._finished_mono = self._clock()

    def hold(self) -> None:
        """The panel has the floor: the talk clock stands still, and it is not counted as a pause."""
        if self.running:
            self._bank()
            self._talk.pause()
            self.held = True

    def release(self) -> None:
        """The answer is over: the talk clock runs on from where it stood."""
        if self.held:
            self.held = False
            self._talk.start()
            self._slide_since = self._clock()

    def resume_talk(self) -> None:
        """Back from the end to the slides: the run goes on."""
        if self.finished:
            self.finished = False
            self.start()

    def _bank(self) -> None:
        if self._slide_since is not None and self.running and 0 <= self.index < len(self.slides):
            self._slide_seconds[self.index] += self._clock() - self._slide_since
        self._slide_since = self._clock() if self.running else None

    # ----------------------------------------------------------------- readings

    @property
    def elapsed(self) -> float:
        """Talk time so far: the clock's time while running, pauses excluded."""
        return self._talk.elapsed

    def slide_seconds(self, index: int) -> float:
        if not 0 <= index < len(self.slides):
            return 0.0
        seconds = self._slide_seconds[index]
        if index == self.index and self.running and self._slide_since is not None:
            seconds += self._clock() - self._slide_since
        return seconds

    @property
    def remaining(self) -> float:
        """Talk seconds left; with a hard stop, to that clock time whether paused or not."""
        stop = self.settings.hard_stop
        if stop is None:
            return self.plan.talk_seconds - self.elapsed
        if self._hard_stop_talk is not None:
            return self._hard_stop_talk - (self._clock() - self._started_mono)
        return hard_stop_talk_seconds(stop, self._wall(), self.plan.qa_seconds)

    def pace(self) -> Pace:
        """Behind (+) or ahead (-) of the plan, counted from the slide the clock started on.

        With a hard stop the real time since the start counts (pauses too), and a late start
        shows as time already behind, so pace and remaining agree at the end.
        """
        slide = self.slide_seconds(self.index)
        if self.settings.hard_stop is not None and self._hard_stop_talk is not None:
            wall_elapsed = self._clock() - self._started_mono
            late = (self.plan.planned_seconds - self._origin) - self._hard_stop_talk
            seconds = self.plan.behind(self.index, slide, wall_elapsed + self._origin) + late
        elif self.started:
            seconds = self.plan.behind(self.index, slide, self.elapsed + self._origin)
        else:
            seconds = 0.0
        return Pace(seconds, self.settings.tolerance_seconds)

    def reading(self) -> Reading:
        remaining = self.remaining
        budget = self.plan.budget(self.index)
        slide = self.slide_seconds(self.index)
        talk_end = slot_end = None
        qa_elapsed = 0.0
        if self.started_at is not None and self.finished:
            talk_end = self.started_at + timedelta(seconds=self._finished_mono - self._started_mono)
            slot_end = talk_end + timedelta(seconds=self.plan.qa_seconds)
            qa_elapsed = self._clock() - self._finished_mono
        elif self.started_at is not None:
            base = self.started_at + timedelta(seconds=self._clock() - self._started_mono)
            talk_end = base + timedelta(seconds=remaining)
            slot_end = talk_end + timedelta(seconds=self.plan.qa_seconds)
        return Reading(
            started=self.started,
            running=self.running,
            finished=self.finished,
            elapsed=self.elapsed,
            remaining=remaining,
            slide_seconds=slide,
            slide_budget=budget,
            pace=self.pace(),
            state=talk_state(remaining, self.settings.warn_seconds),
            slide_state=slide_state(slide, budget, self.settings.slide_warn_seconds),
            talk_ends_at=talk_end,
            slot_ends_at=slot_end,
            qa_elapsed=qa_elapsed,
            qa_state=talk_state(self.plan.qa_seconds - qa_elapsed, self.settings.warn_seconds),
        )

    # ------------------------------------------------------------------- record

    def record(self, *, completed: bool, source: str = "deck") -> Rehearsal | None:
        """The run as a stored record; None when the clock never started."""
        if self.started_at is None:
            return None
        slides = [
            SlideTime(
                meta.key,
                meta.title,
                round(self.slide_seconds(i), 2),
                0 if meta.backup else meta.target_seconds,
            )
            for i, meta in enumerate(self.slides)
            if not meta.backup or self.slide_seconds(i) > 0
        ]
        paused = self.paused_seconds
        if self._pause_began is not None:
            paused += self._clock() - self._pause_began
        return Rehearsal(
            started_at=self.started_at,
            total_seconds=round(self.elapsed, 2),
            target_seconds=self.plan.talk_seconds,
            slides=slides,
            pauses=self.pauses,
            paused_seconds=round(paused, 2),
            answers=list(self.answers),
            tolerance_seconds=self.settings.tolerance_seconds,
            completed=completed,
            source=source,
        )
