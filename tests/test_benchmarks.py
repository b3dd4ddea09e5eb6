"""The benchmark suite's short mode: every benchmark still runs (its times are not judged here;
speed targets live in benchmarks/ and ``python -m benchmarks.run`` reports them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from benchmarks.run import update_readme

ROOT = Path(__file__).resolve().parents[1]


def test_every_benchmark_runs_in_the_short_mode(isolated_data: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(isolated_data)}
    done = subprocess.run([sys.executable, "-m", "benchmarks.run", "--short"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=900)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ") and "measurement" not in line]
    names = " ".join(row.split(" | ")[0] for row in rows)
    for measure in ("cold start", "podium generate", "layout + pptx", "slide change", "idle memory",
                    "risks: import", "import + profile + analyse", "default install"):  # fmt: skip
        assert measure in names, f"no row for {measure!r} in:\n{done.stdout}"
    assert all(" ms |" in row or " MB |" in row for row in rows)


def test_the_readme_table_is_replaced_and_the_rest_kept() -> None:
    readme = (
        "# Podium\n\n## Speed\n\nLatest run, on old:\n\n| measurement | a |\n|---|---|\n| x | 1 |\n\nAfter.\n"
    )
    table = "| measurement | a |\n|---|---|\n| y | 2 |"
    updated = update_readme(readme, "Latest run, on new:", table)
    assert updated == "# Podium\n\n## Speed\n\nLatest run, on new:\n\n" + table + "\n\nAfter.\n"
    assert (
        update_readme((ROOT / "README.md").read_text(encoding="utf-8"), "Latest run, now:", table).count(
            "| measurement |"
        )
        == 1
    )
