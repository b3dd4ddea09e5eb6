"""One seam for the calendar: tests set the day, and no other code reads the machine's clock."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import podium
from podium.core import clock

SRC = Path(podium.__file__).resolve().parent
SEAM = SRC / "core" / "clock.py"

# attribute reads that give the machine's date or time, by the name they are read from
FORBIDDEN = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("time", "ctime"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QTime", "currentTime"),
}


def direct_clock_reads(path: Path, root: Path = SRC) -> list[str]:
    """Each ``datetime.now`` / ``date.today`` / ... in ``path``, called or passed on, as 'file:line'."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and (node.value.id, node.attr) in FORBIDDEN
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno} {node.value.id}.{node.attr}")
        if isinstance(node, ast.ImportFrom) and node.module in {"time", "datetime"}:
            names = {alias.name for alias in node.names}
            if node.module == "time" and names & {"time", "time_ns", "localtime", "gmtime", "ctime"}:
                found.append(f"{path.relative_to(root)}:{node.lineno} from time import ...")
    return found


def test_no_code_reads_the_machine_clock_except_the_seam() -> None:
    offenders = [
        hit for path in sorted(SRC.rglob("*.py")) if path != SEAM for hit in direct_clock_reads(path)
    ]
    assert offenders == [], "read the date and time through podium.core.clock: " + ", ".join(offenders)


def test_the_scan_finds_a_direct_call(tmp_path: Path) -> None:
    # the guard above must be able to fail
    sample = tmp_path / "probe.py"
    sample.write_text("from datetime import date, datetime\nx = date.today()\ny = datetime.now\n")
    assert len(direct_clock_reads(sample, tmp_path)) == 2


def test_the_suite_runs_on_a_fixed_day() -> None:
    from tests.conftest import TEST_NOW

    assert clock.today() == TEST_NOW.date()
    assert abs((clock.now() - TEST_NOW).total_seconds()) < 60


def test_a_fixed_clock_still_ticks_forward() -> None:
    first = clock.now()
    second = clock.now()
    assert second >= first


def test_set_now_moves_every_reader() -> None:
    with clock.fixed(datetime(2028, 2, 29, 23, 0)):
        assert clock.today() == date(2028, 2, 29)
        assert clock.utcnow().tzinfo is not None
    from tests.conftest import TEST_NOW

    assert clock.today() == TEST_NOW.date()


def test_child_processes_read_the_day_from_the_environment() -> None:
    env = {**os.environ, clock.ENV: "2031-07-04T08:15:00"}
    out = subprocess.run(
        [sys.executable, "-c", "from podium.core import clock; print(clock.today().isoformat())"],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert out.stdout.strip() == "2031-07-04"


def test_a_malformed_override_falls_back_to_the_real_clock() -> None:
    env = {**os.environ, clock.ENV: "next tuesday"}
    out = subprocess.run(
        [sys.executable, "-c", "from podium.core import clock; print(clock.today().year)"],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert int(out.stdout) >= 2024
