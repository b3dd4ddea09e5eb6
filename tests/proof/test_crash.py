"""Kill a real, editing Podium process at random moments: every edit older than a second survives.

The driver (``crash_driver.py``) types into speaker notes through the real widget
and renames slides through the session, logging each applied edit with its
monotonic time. After each SIGKILL the database must pass ``PRAGMA
integrity_check``, open in a new ``Store``, and hold every edit made more than one
second before the kill. Each role gets its own file, killed again and again, so
recovery after a crash is itself crashed into.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

from podium.core.roles import catalogue
from podium.core.storage.store import Store
from tests.proof.kill import Victim, child_env
from tests.proof.profile import Profile

pytestmark = pytest.mark.slow

SAVE_GRACE = 1.0  # the promise: an edit is on disk within a second
TITLE_SEQ = re.compile(r" \[(\d+)\]$")


class Expected:
    """What must be in one database: note tokens per slide, and the lowest title number per slide."""

    def __init__(self) -> None:
        self.notes: dict[int, set[str]] = defaultdict(set)
        self.titles: dict[int, int] = {}
        self.prep_id = ""

    def learn(self, lines: list[str], killed_at: float) -> list[str]:
        """Take the edits older than the grace period; return any error lines the user would have seen."""
        errors = []
        for line in lines:
            kind, _, rest = line.partition(" ")
            if kind == "READY":
                self.prep_id = rest.split()[1]
            elif kind == "ERROR":
                errors.append(rest)
            elif kind in ("NOTE", "TITLE"):
                t, row, value = rest.split()
                if float(t) >= killed_at - SAVE_GRACE:
                    continue
                if kind == "NOTE":
                    self.notes[int(row)].add(value)
                else:
                    self.titles[int(row)] = max(self.titles.get(int(row), 0), int(value))
        return errors


def _check_database(db: Path, expected: Expected, context: str) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", context
    finally:
        conn.close()
    with Store(db) as store:
        prep = store.load(expected.prep_id)
    for row, tokens in expected.notes.items():
        stored = set(prep.deck.slides[row].notes.split())
        missing = sorted(tokens - stored)
        assert not missing, f"{context}: notes of slide {row} lost {missing[:5]} ({len(missing)} edits)"
    for row, seq in expected.titles.items():
        match = TITLE_SEQ.search(prep.deck.slides[row].title)
        assert match and int(match.group(1)) >= seq, (
            f"{context}: title of slide {row} is {prep.deck.slides[row].title!r}, edit {seq} was lost"
        )


def test_sigkill_while_editing_loses_no_edit_older_than_a_second(tmp_path: Path, proof: Profile) -> None:
    rng = proof.rng("edit")
    roles = list(catalogue())
    expected = {role: Expected() for role in roles}
    env = child_env(tmp_path)
    checked = 0
    for run in range(proof.kills):
        role = roles[run % len(roles)]
        db = tmp_path / f"{role}.sqlite3"
        victim = Victim(
            ["-m", "tests.proof.crash_driver", "--db", str(db), "--seed", str(run + 1), "--role", role], env
        )
        if rng.random() < 0.15:  # now and then, mid start-up or mid-creation of the preparation
            killed_at = victim.kill_after(rng.uniform(0.05, 1.5))
        else:
            assert victim.ready.wait(120), f"driver never became ready: {victim.stderr[-2000:]}"
            killed_at = victim.kill_after(rng.uniform(0.0, 3.0))
        context = f"run {run} ({role}, {proof})"
        assert not victim.died_early(), f"{context}: the app died on its own:\n{victim.stderr[-3000:]}"
        assert "Traceback" not in victim.stderr, (
            f"{context}: an exception reached Qt:\n{victim.stderr[-3000:]}"
        )
        errors = expected[role].learn(victim.lines, killed_at)
        assert not errors, f"{context}: the user saw {errors}"
        if expected[role].prep_id:
            _check_database(db, expected[role], context)
            checked += 1
    assert checked >= proof.kills // 2, "too few runs got far enough to check anything"
    edits = sum(len(t) for e in expected.values() for t in e.notes.values())
    assert edits > 0, "no edit was old enough to check: the driver is not editing"
