"""The run's clock: start on advance or on demand, pauses through slide changes, reset, hard stop."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from podium.core.model import Slide
from podium.core.rehearsal.recorder import RehearsalRecorder, SlideMeta
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.timeplan import TimePlan, TimeState, TimingSettings

START = datetime(2026, 11, 26, 10, 0, 0)


class Clocks:
    """A monotonic clock and a wall clock that move together, only when the test says so."""

    def __init__(self) -> None:
        self.mono = 500.0

    def __call__(self) -> float:
        return self.mono

    def wall(self) -> datetime:
        return START + timedelta(seconds=self.mono - 500.0)

    def advance(self, seconds: float) -> None:
        self.mono += seconds


SLIDES = [
    Slide("Title", key="title", target_seconds=20),
    Slide("Summary", key="summary", target_seconds=100),
    Slide("Trend", key="trend", target_seconds=120),
    Slide("Close", key="close", target_seconds=60),
    Slide("Appendix", key="appendix", target_seconds=0, backup=True),
]


def _recorder(clocks: Clocks, **settings: object) -> RehearsalRecorder:
    metas = [SlideMeta.from_slide(s, i) for i, s in enumerate(SLIDES)]
    plan = TimePlan.from_slides(SLIDES, talk_seconds=300, qa_seconds=600)
    return RehearsalRecorder(metas, plan, TimingSettings(**settings), clocks, clocks.wall)  # type: ignore[arg-type]


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


def test_clock_waits_for_the_first_advance(clocks: Clocks) -> None:
    rec = _recorder(clocks)
    clocks.advance(90)  # the audience is still arriving
    assert not rec.started and rec.elapsed == 0 and rec.remaining == 300
    rec.go_to(1)
    assert rec.started and rec.running and rec.started_at == START + timedelta(seconds=90)
    clocks.advance(30)
    assert rec.elapsed == 30 and rec.slide_seconds(1) == 30 and rec.slide_seconds(0) == 0
    # the title's 20 s were never run, so they do not count as time gained
    assert rec.pace().seconds == 0


def test_start_on_demand_when_advance_does_not_start(clocks: Clocks) -> None:
    rec = _recorder(clocks, start_on_advance=False)
    rec.go_to(1)
    assert not rec.started
    rec.go_to(0)
    rec.start()
    clocks.advance(12)
    assert rec.slide_seconds(0) == 12 and rec.elapsed == 12


def test_pause_stays_paused_through_slide_changes(clocks: Clocks) -> None:
    rec = _recorder(clocks)
    rec.go_to(1)
    clocks.advance(40)
    rec.pause()
    clocks.advance(300)  # a long pause, moving around the deck meanwhile
    rec.go_to(2)
    rec.go_to(3)
    rec.go_to(2)
    assert rec.paused and not rec.running
    assert rec.elapsed == 40 and rec.slide_seconds(2) == 0 and rec.slide_seconds(1) == 40
    rec.start()  # resume
    clocks.advance(15)
    assert rec.elapsed == 55 and rec.slide_seconds(2) == 15
    assert rec.pauses == 1 and rec.paused_seconds == 300
    rec.toggle()
    clocks.advance(5)
    rec.toggle()
    assert rec.pauses == 2 and rec.paused_seconds == 305 and rec.elapsed == 55


def test_reset_forgets_the_run(clocks: Clocks) -> None:
    rec = _recorder(clocks)
    rec.go_to(1)
    clocks.advance(50)
    rec.pause()
    rec.reset()
    assert not rec.started and rec.elapsed == 0 and rec.pauses == 0 and rec.slide_seconds(1) == 0
    assert rec.record(completed=False) is None
    rec.go_to(2)  # the next advance starts a new run
    clocks.advance(3)
    assert rec.started and rec.elapsed == 3


def test_readings_colour_and_pace_through_a_run(clocks: Clocks) -> None:
    rec = _recorder(clocks, warn_seconds=60, tolerance_seconds=10)
    rec.start()
    clocks.advance(20)
    rec.go_to(1)
    clocks.advance(80)
    r = rec.reading()
    assert r.state is TimeState.NORMAL and r.pace.on_plan and r.remaining == 200
    assert r.slide_budget == 100 and r.slide_state is TimeState.NORMAL
    clocks.advance(15)  # 95 s on a 100 s slide: amber for the slide
    assert rec.reading().slide_state is TimeState.WARNING
    clocks.advance(25)  # 120 s on the slide: 20 s behind
    r = rec.reading()
    assert r.slide_state is TimeState.OVER and r.pace.behind and r.pace.seconds == 20
    rec.go_to(2)
    clocks.advance(120)
    r = rec.reading()
    assert r.remaining == 40 and r.state is TimeState.WARNING
    rec.go_to(3)
    clocks.advance(60)
    r = rec.reading()
    assert r.state is TimeState.OVER and r.remaining == -20 and r.pace.text() == "20 s behind plan"
    assert r.talk_ends_at == START + timedelta(seconds=300)
    assert r.slot_ends_at == START + timedelta(seconds=900)


def test_hard_stop_counts_to_the_clock_time_through_pauses(clocks: Clocks) -> None:
    # The slot ends 10:17 and Q&A takes 10 minutes: the talk must end by 10:07, 420 s away.
    rec = _recorder(clocks, hard_stop=time(10, 17))
    assert rec.remaining == 420  # before the start it counts from now
    clocks.advance(180)  # started three minutes late
    rec.start()
    assert rec.remaining == 240
    # the plan needs 300 s, only 240 are left: 60 s behind from the first second
    assert rec.pace().seconds == 60
    clocks.advance(20)
    rec.pause()
    clocks.advance(30)  # a pause does not stop a hard stop
    assert rec.remaining == 190 and rec.elapsed == 20
    rec.start()
    rec.go_to(1)
    clocks.advance(100)
    rec.go_to(2)
    clocks.advance(120)
    rec.go_to(3)
    clocks.advance(60)
    assert rec.remaining == -90 and rec.pace().seconds == 90


def test_record_has_per_slide_times_and_pauses(clocks: Clocks) -> None:
    rec = _recorder(clocks)
    rec.start()
    for index, seconds in enumerate([25, 130, 100, 50]):
        rec.go_to(index)
        clocks.advance(seconds)
    rec.pause()
    clocks.advance(10)
    rec.start()
    rec.go_to(4)  # a backup slide shown during the talk counts, with no budget
    clocks.advance(8)
    rec.finish()
    clocks.advance(999)  # nothing counts after the end
    run = rec.record(completed=True)
    assert run is not None and run.completed
    assert run.total_seconds == 313 and run.target_seconds == 300
    assert [(s.slide_key, s.seconds, s.target_seconds) for s in run.slides] == [
        ("title", 25, 20), ("summary", 130, 100), ("trend", 100, 120), ("close", 50, 60), ("appendix", 8, 0),
    ]  # fmt: skip
    assert [s.slide_key for s in run.over_slides] == ["summary", "title"]
    assert run.pauses == 1 and run.paused_seconds == 10
    assert Rehearsal.from_dict(run.to_dict()) == run


def test_finish_then_back_to_the_slides_resumes(clocks: Clocks) -> None:
    rec = _recorder(clocks)
    rec.start()
    clocks.advance(10)
    rec.finish()
    assert rec.finished and not rec.running
    clocks.advance(5)
    rec.resume_talk()
    clocks.advance(5)
    assert rec.elapsed == 15 and not rec.finished and rec.pauses == 0


def test_after_the_talk_the_clock_counts_the_questions(clocks: Clocks) -> None:
    rec = _recorder(clocks, warn_seconds=120)
    rec.start()
    clocks.advance(290)
    rec.finish()
    clocks.advance(500)
    r = rec.reading()
    assert r.finished and r.elapsed == 290 and r.qa_elapsed == 500
    assert r.talk_ends_at == START + timedelta(seconds=290)  # fixed at the real end, not moving
    assert r.slot_ends_at == START + timedelta(seconds=890)
    assert r.qa_state is TimeState.WARNING  # 100 s of the 600 s Q&A left
    clocks.advance(101)
    assert rec.reading().qa_state is TimeState.OVER
