"""Import, profile and analyse a 1,000,000-row, 6-column CSV, against ``pandas.read_csv`` alone.

Both read the same generated file in the same run. Time is the median of
interleaved runs in this process; peak memory is measured in a fresh process
for each (the rise of its peak resident set over what the imports already
took), so one run's garbage does not count against the other.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Result, interleaved, size

ROWS = 1_000_000

_MEMORY = """
import resource, sys
import pandas
from podium.roles.finance import pipeline
def rss_mb():
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmRSS:")) / 1024
before = rss_mb()
if sys.argv[2] == "podium":
    pipeline.run(sys.argv[1], progress=lambda f: None)
else:
    pandas.read_csv(sys.argv[1])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(peak - before)
"""


def make_csv(path: Path, rows: int = ROWS) -> Path:
    """A realistic ledger: date, region, product, amount, budget, quantity (seeded, so every run is alike)."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(20261126)
    dates = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 730, rows), unit="D")
    frame = pd.DataFrame(
        {
            "date": dates.strftime("%Y-%m-%d"),
            "region": rng.choice(["North", "South", "East", "West", "Central", "Online"], rows),
            "product": rng.choice([f"P{i:03d}" for i in range(60)], rows),
            "amount": np.round(rng.gamma(2.0, 500.0, rows), 2),
            "budget": np.round(rng.gamma(2.0, 500.0, rows), 2),
            "quantity": rng.integers(1, 50, rows),
        }
    )
    frame.to_csv(path, index=False)
    return path


def peak_memory_mb(csv: Path, which: str) -> float:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY, str(csv), which], capture_output=True, text=True, check=True, env=env
    )
    return float(out.stdout.strip())


def run(repeat: int = 5) -> Result:
    import pandas as pd

    from podium.roles.finance import pipeline

    rows = size(ROWS, 2_000)
    folder = Path(tempfile.mkdtemp(prefix="podium-bench-finance-"))
    csv = make_csv(folder / "ledger.csv", rows)
    progress_calls = []

    def podium() -> None:
        record = pipeline.run(csv, progress=progress_calls.append)  # the Data panel's path, with progress
        assert record["analysis"]["rows"] == rows

    def baseline() -> None:
        pd.read_csv(csv)

    podium()
    baseline()
    t_podium, t_pandas = interleaved(podium, baseline, repeat)
    mem_podium = peak_memory_mb(csv, "podium")
    mem_pandas = peak_memory_mb(csv, "pandas")
    csv.unlink()
    folder.rmdir()
    return Result(
        f"import + profile + analyse, {rows:,} × 6 CSV (peak +{mem_podium:.0f} MB)",
        t_podium,
        f"pandas.read_csv alone (peak +{mem_pandas:.0f} MB)",
        t_pandas,
        target=1.5,
    )


def run_ragged(repeat: int = 3) -> Result:
    """The same ledger after a second system appended two fields to its last half million rows: read,
    the extra values counted and left out (a re-read with room for them), against pandas.read_csv
    of the clean file."""
    import pandas as pd

    from podium.roles.finance import pipeline

    rows = size(ROWS, 2_000)
    folder = Path(tempfile.mkdtemp(prefix="podium-bench-finance-"))
    clean = make_csv(folder / "ledger.csv", rows)
    ragged = folder / "ragged.csv"
    with clean.open(encoding="utf-8") as source, ragged.open("w", encoding="utf-8") as target:
        for n, line in enumerate(source):
            target.write(line if n <= rows // 2 else line.rstrip("\n") + ",P0042,2024-03-01\n")

    def podium() -> None:
        record = pipeline.run(ragged, progress=lambda _f: None)
        assert record["analysis"]["rows"] == rows
        assert any(n.get("code") == "note.extra_values" for n in record["profile"]["notes"])

    def baseline() -> None:
        pd.read_csv(clean)

    t_podium, t_pandas = interleaved(podium, baseline, repeat)
    for path in (clean, ragged):
        path.unlink()
    folder.rmdir()
    return Result(f"import + profile + analyse, {rows:,} × 6 CSV, half its rows 2 fields too long", t_podium,
                  "pandas.read_csv alone, clean file", t_pandas)  # fmt: skip


if __name__ == "__main__":
    from benchmarks.common import HEADER

    print(HEADER)
    print(run().row())
    print(run_ragged().row())
