"""Run every benchmark and print one Markdown table: ``python -m benchmarks.run``."""

from __future__ import annotations

import os
import platform
import sys

from benchmarks import (
    bench_decks,
    bench_editor,
    bench_export,
    bench_finance,
    bench_marketing,
    bench_memory,
    bench_pandoc,
    bench_presenter,
    bench_research,
    bench_risk,
    bench_scaling,
    bench_startup,
)
from benchmarks.common import HEADER


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = [bench_startup.run(), bench_export.run(), *bench_presenter.run(), bench_finance.run()]
    results.append(bench_finance.run_ragged())
    results += bench_marketing.run()
    results += bench_research.run()
    results += bench_risk.run()
    results += bench_editor.run()
    results += [r for r in [bench_pandoc.run()] if r is not None]
    results += bench_memory.run()
    results += bench_scaling.run()
    results += bench_decks.run()
    print(f"Machine: {machine()}\n")
    print(HEADER)
    for result in results:
        print(result.row())
    return 0 if all(r.target is None or r.ratio <= r.target for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
