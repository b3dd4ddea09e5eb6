"""The talk's time plan: a budget per slide, the pace against it, and the colour of the clock.

pdfpc and Pympress split the talk evenly over the pages; a real talk gives the title 20 s and
the analysis three minutes. Here each slide keeps its own target seconds, backup slides get
none, and Q&A time is reserved after the talk. Everything is plain arithmetic on seconds so the
presenter and the tests share it; the readings come from ``RehearsalRecorder`` (monotonic).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import Enum

from podium.core.model import Slide
from podium.core.phrasebook import phrases


class TimeState(Enum):
    """The clock's colour: plenty of time, close to the end, over."""

    NORMAL = "normal"
    WARNING = "warning"
    OVER = "over"


@dataclass
class TimingSettings:
    """What the user sets before a run; kept as a JSON dict in the UI's settings."""

    tolerance_seconds: int = 15  # pace within ± this reads "on plan"
    warn_seconds: int = 120  # the clock turns amber this long before the talk's end
    slide_warn_seconds: int = 10  # a slide's own timer turns amber this long before its budget
    start_on_advance: bool = True  # False: the clock starts when the console opens
    hard_stop: time | None = None  # count to this clock time (end of the whole slot, Q&A included)
    notes_points: int = 20  # speaker-notes font size
    video_call: bool = False  # audience in its own window, to share alone in a call

    def to_dict(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data["hard_stop"] = self.hard_stop.strftime("%H:%M") if self.hard_stop else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> TimingSettings:
        """Settings from stored JSON; anything missing or malformed keeps its default."""
        settings = cls()
        for name, default in cls().__dict__.items():
            value = data.get(name, default)
            if name == "hard_stop":
                settings.hard_stop = parse_clock_time(value) if isinstance(value, str) else None
            elif isinstance(default, bool):
                settings.__dict__[name] = bool(value)
            elif isinstance(default, int):
                with contextlib.suppress(TypeError, ValueError):
                    settings.__dict__[name] = max(0, int(value))  # type: ignore[call-overload]
        return settings


def parse_clock_time(text: str) -> time | None:
    """'10:30', '10.30' or '1030' as a time of day; None when it is not one."""
    cleaned = text.strip().replace(".", ":")
    if cleaned.isdigit() and len(cleaned) in (3, 4):
        cleaned = f"{cleaned[:-2]}:{cleaned[-2:]}"
    try:
        hours, minutes = (int(part) for part in cleaned.split(":"))
        return time(hours, minutes)
    except ValueError:
        return None


class TimePlan:
    """Per-slide budgets and where each slide should start, in seconds from the talk's start."""

    def __init__(self, budgets: list[int], talk_seconds: int, qa_seconds: int = 0) -> None:
        self.budgets = [max(0, b) for b in budgets]
        self.talk_seconds = talk_seconds
        self.qa_seconds = qa_seconds
        self.starts: list[int] = []
        total = 0
        for budget in self.budgets:
            self.starts.append(total)
            total += budget
        self.planned_seconds = total

    @classmethod
    def from_slides(cls, slides: list[Slide], talk_seconds: int, qa_seconds: int = 0) -> TimePlan:
        """Each slide's own target; backup slides get no time."""
        return cls([0 if s.backup else s.target_seconds for s in slides], talk_seconds, qa_seconds)

    @classmethod
    def even(cls, pages: int, talk_seconds: int, qa_seconds: int = 0) -> TimePlan:
        """An even split, for a PDF that carries no budgets; whole seconds that add up exactly."""
        if pages <= 0:
            return cls([], talk_seconds, qa_seconds)
        base, extra = divmod(talk_seconds, pages)
        return cls([base + (1 if i < extra else 0) for i in range(pages)], talk_seconds, qa_seconds)

    @property
    def mismatch_seconds(self) -> int:
        """How far the slides' budgets add up past (+) or short of (-) the talk length."""
        return self.planned_seconds - self.talk_seconds

    def budget(self, index: int) -> int:
        return self.budgets[index] if 0 <= index < len(self.budgets) else 0

    def expected_elapsed(self, index: int, slide_seconds: float) -> float:
        """Where the plan says the talk should be after ``slide_seconds`` on slide ``index``."""
        if not self.budgets:
            return 0.0
        index = max(0, min(len(self.budgets) - 1, index))
        return self.starts[index] + min(max(0.0, slide_seconds), self.budgets[index])

    def behind(self, index: int, slide_seconds: float, elapsed: float) -> float:
        """Seconds behind the plan (negative: ahead). Time within a slide's budget costs nothing."""
        return elapsed - self.expected_elapsed(index, slide_seconds)


@dataclass(frozen=True)
class Pace:
    seconds: float  # positive: behind the plan
    tolerance: int

    @property
    def on_plan(self) -> bool:
        return abs(self.seconds) <= self.tolerance

    @property
    def behind(self) -> bool:
        return self.seconds > self.tolerance

    @property
    def ahead(self) -> bool:
        return self.seconds < -self.tolerance

    def text(self, language: str = "en") -> str:
        """'12 s behind plan', '1:05 ahead of plan' or 'on plan', in the talk's language."""
        said, amount = phrases(language), _amount(abs(self.seconds))
        if self.on_plan:
            return said.say("pace.on_plan")
        return (
            said.say("pace.behind", amount=amount) if self.behind else said.say("pace.ahead", amount=amount)
        )


def _amount(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole} s" if whole < 60 else f"{whole // 60}:{whole % 60:02d}"


def talk_state(remaining: float, warn_seconds: int) -> TimeState:
    """The colour of the talk clock: amber within ``warn_seconds`` of the end, red once over."""
    if remaining < 0:
        return TimeState.OVER
    if remaining <= warn_seconds:
        return TimeState.WARNING
    return TimeState.NORMAL


def slide_state(slide_seconds: float, budget: int, warn_seconds: int) -> TimeState:
    """The colour of one slide's timer against its own budget (backup slides stay normal)."""
    if budget <= 0:
        return TimeState.NORMAL
    if slide_seconds > budget:
        return TimeState.OVER
    if slide_seconds >= budget - warn_seconds:
        return TimeState.WARNING
    return TimeState.NORMAL


def hard_stop_talk_seconds(stop: time, started_at: datetime, qa_seconds: int) -> float:
    """Seconds from ``started_at`` to the talk's end when the slot ends at ``stop`` (Q&A reserved).

    A stop time at or before the start is taken as the next day (a rehearsal at 23:50 for 00:20).
    """
    end = datetime.combine(started_at.date(), stop, tzinfo=started_at.tzinfo)
    if end <= started_at:
        end += timedelta(days=1)
    return (end - started_at).total_seconds() - qa_seconds
