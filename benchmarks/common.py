"""Shared measuring helpers: medians of repeated runs, ratios against a baseline in the same run."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

# The short mode (``python -m benchmarks.run --short``, run by the test suite): every benchmark runs
# once on tiny inputs, so a benchmark that no longer runs fails the check; its times mean nothing.
SHORT = False


def process_env(**extra: str) -> dict[str, str]:
    """The environment for a process a benchmark starts: Podium's modules load from cached bytecode
    as in an installed copy (an environment that forbids writing bytecode would make every run
    compile Podium's sources, while the libraries it is compared with are installed compiled)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **extra}


def size(full: int, short: int) -> int:
    """``full`` in a real run, ``short`` in the short mode."""
    return short if SHORT else full


@dataclass
class Result:
    name: str
    median: float
    baseline_name: str
    baseline: float
    target: float | None = None  # the highest acceptable ratio, when the issue sets one

    @property
    def ratio(self) -> float:
        return self.median / self.baseline if self.baseline else float("inf")

    def row(self) -> str:
        goal = f"≤ {self.target:g}x" if self.target else ""
        verdict = "" if self.target is None else ("ok" if self.ratio <= self.target else "SLOW")
        return (f"| {self.name} | {self.median * 1000:.0f} ms | {self.baseline_name} | {self.baseline * 1000:.0f} ms "
                f"| {self.ratio:.2f}x | {goal} {verdict} |")  # fmt: skip


def median_time(fn: Callable[[], object], repeat: int) -> float:
    repeat = size(repeat, 1)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(a: Callable[[], object], b: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median times of ``a`` and ``b`` measured alternately, so machine load hits both alike."""
    ta, tb = [], []
    for _ in range(size(repeat, 1)):
        for fn, bucket in ((a, ta), (b, tb)):
            start = time.perf_counter()
            fn()
            bucket.append(time.perf_counter() - start)
    return statistics.median(ta), statistics.median(tb)


HEADER = "| measurement | Podium | baseline | baseline time | ratio | target |\n|---|---|---|---|---|---|"
