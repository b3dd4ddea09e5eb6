"""Run every benchmark and print one Markdown table.

python -m benchmarks.run            every benchmark, medians of repeated runs (a few minutes)
python -m benchmarks.run --readme   the same, and the table replaces the one in README.md's "Speed"
python -m benchmarks.run --short    each benchmark once on tiny inputs: proves that each still runs
                                    (the test suite runs this); its times mean nothing
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import sys
from pathlib import Path

from benchmarks import common
from benchmarks.common import HEADER, Result

README = Path(__file__).resolve().parents[1] / "README.md"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def load() -> str:
    """The load average over the last minute, to say how busy the machine was."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "unknown"


def measure() -> list[Result]:
    from benchmarks import (
        bench_decks,
        bench_editor,
        bench_export,
        bench_finance,
        bench_install,
        bench_marketing,
        bench_memory,
        bench_pandoc,
        bench_presenter,
        bench_research,
        bench_risk,
        bench_scaling,
        bench_speech,
        bench_startup,
    )

    results = [bench_startup.run(), bench_export.run(), *bench_presenter.run(), bench_finance.run()]
    results.append(bench_finance.run_ragged())
    results += bench_marketing.run()
    results += bench_research.run()
    results += bench_risk.run()
    results += bench_editor.run()
    results += bench_pandoc.run()
    results += bench_memory.run()
    results += bench_scaling.run()
    results += bench_decks.run()
    results += bench_speech.run(1 if common.SHORT else 3)
    results += bench_install.run()
    return results


def update_readme(text: str, intro: str, table: str) -> str:
    """``text`` with the paragraph that introduces the latest run and the table below it replaced."""
    pattern = re.compile(r"^Latest run, .*?:\n\n\| measurement .*?\n(?=\n|\Z)", re.S | re.M)
    if not pattern.search(text):
        raise SystemExit("README.md has no 'Latest run, ...:' paragraph followed by the table to replace")
    return pattern.sub(lambda _: f"{intro}\n\n{table}\n", text, count=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--short", action="store_true", help="each benchmark once on tiny inputs (no timing)")
    mode.add_argument("--readme", action="store_true", help="write the table into README.md's Speed section")
    args = parser.parse_args(argv)
    common.SHORT = args.short
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    load_before = load()
    results = measure()
    table = "\n".join([HEADER, *(result.row() for result in results)])
    print(f"Machine: {machine()}, load average {load_before} before and {load()} after\n")
    print(table)
    if args.short:
        return 0
    if args.readme:
        intro = (f"Latest run, on {machine()}, measured on {datetime.date.today().isoformat()} "
                 f"(load average {load_before} before and {load()} after; other work shared the machine):")  # fmt: skip
        README.write_text(update_readme(README.read_text(encoding="utf-8"), intro, table), encoding="utf-8")
        print(f"\nwrote the table into {README.name}")
    return 0 if all(r.target is None or r.ratio <= r.target for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
