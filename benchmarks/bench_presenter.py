"""Slide change in the presenter console: the key press, then the current and next slides painted
at 1920x1080, against one 60 Hz frame (16.7 ms). Median and 95th percentile over many changes
through a real deck (charts, tables, text), forward and back."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

from benchmarks.common import Result, size

FRAME = 1 / 60


@dataclass
class FrameResult(Result):
    """A Result shown in milliseconds with a decimal: these are a few ms, not seconds."""

    def row(self) -> str:
        goal = f"≤ {self.target:g}x" if self.target else ""
        verdict = "" if self.target is None else ("ok" if self.ratio <= self.target else "SLOW")
        return (f"| {self.name} | {self.median * 1000:.1f} ms | {self.baseline_name} | {self.baseline * 1000:.1f} ms "
                f"| {self.ratio:.2f}x | {goal} {verdict} |")  # fmt: skip


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(changes: int = 120) -> list[Result]:
    changes, warm = size(changes, 2), size(10, 1)
    from podium.ui.app import create_application

    app = create_application()
    from podium.core.deck.scaffold import scaffold
    from podium.core.interview.panel import PanelSettings
    from podium.core.model import Preparation
    from podium.core.rehearsal.timeplan import TimingSettings
    from podium.ui.rehearse.launch import source_and_plan
    from podium.ui.rehearse.presenter import Presenter

    prep = Preparation(role="finance", company="Nordvik AB", language="en", talk_minutes=10)
    prep.deck = scaffold(prep)
    source, plan = source_and_plan(prep)
    presenter = Presenter(
        source, plan, TimingSettings(), clock=time.monotonic, panel=PanelSettings(after_last=False)
    )
    console, audience = presenter.console, presenter.audience
    console.resize(1920, 1080)
    audience.resize(1920, 1080)
    console.show()
    audience.show()
    app.processEvents()
    last = max(i for i, m in enumerate(source.metas) if not m.backup)

    def changes_timed(idle: bool) -> tuple[list[float], list[float]]:
        console_times: list[float] = []
        both_times: list[float] = []
        for n in range(changes + warm):
            if idle:  # the presenter talks between changes: the next slides are rendered meanwhile
                while presenter.warmer.isActive():
                    app.processEvents()
            else:
                presenter.cache._pixmaps.clear()
            forward = (n // last) % 2 == 0
            start = time.perf_counter()
            presenter.go_to(presenter.index + (1 if forward else -1))
            console.current.repaint()
            console.next_view.repaint()
            middle = time.perf_counter()
            audience.view.repaint()
            end = time.perf_counter()
            if n >= warm:  # the first changes warm the font and glyph caches
                console_times.append(middle - start)
                both_times.append(end - start)
        return console_times, both_times

    rows: list[Result] = []
    for label, idle in (("", True), (", nothing pre-rendered", False)):
        console_times, both_times = changes_timed(idle)
        for name, times in (("console current+next", console_times), ("console + audience", both_times)):
            for stat, value in (("median", statistics.median(times)), ("95th pct", _percentile(times, 0.95))):
                rows.append(
                    FrameResult(f"slide change, {name} 1920x1080{label} ({stat})", value, "one 60 Hz frame", FRAME,
                                target=1.0)
                )  # fmt: skip
    presenter.close()
    app.processEvents()
    return rows


if __name__ == "__main__":
    import os

    from benchmarks.common import HEADER

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(HEADER)
    for result in run():
        print(result.row())
