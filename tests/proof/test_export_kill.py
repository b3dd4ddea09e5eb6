"""Kill Podium in the middle of an export: the target is the old file or the whole new one, never a part.

Three exports are killed: ``podium generate`` (CLI), the main window's Export
.pptx, and the painter's PDF export. Half of the kills land the moment anything in
the export folder changes (mid-write, the dangerous window), the rest at a
random moment. The file already at the target must survive every kill intact.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from tests.helpers import make_prep, pdf_pages
from tests.proof.kill import Victim, child_env
from tests.proof.profile import Profile

pytestmark = pytest.mark.slow


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    found = {}
    for entry in os.scandir(folder):
        try:
            stat = entry.stat()
        except FileNotFoundError:  # a temporary file renamed away under us
            continue
        found[entry.name] = (stat.st_size, stat.st_mtime_ns)
    return found


def _writing_starts(folder: Path, victim: Victim, within: float) -> bool:
    """Wait until anything in the export folder changes: the exporter has begun to write."""
    deadline = time.monotonic() + within
    before = _snapshot(folder)
    tick = threading.Event()
    while time.monotonic() < deadline and victim.proc.poll() is None:
        if _snapshot(folder) != before:
            return True
        tick.wait(0.001)
    return False


def _complete_pptx(path: Path, slides: int) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.testzip() is not None:
                return False
        return len(Presentation(str(path)).slides) == slides
    except (zipfile.BadZipFile, KeyError, ValueError):
        return False


def _complete_pdf(path: Path, pages: int) -> bool:
    try:
        return path.read_bytes().rstrip().endswith(b"%%EOF") and pdf_pages(path) == pages
    except (subprocess.CalledProcessError, StopIteration, ValueError):
        return False


def _kill_loop(
    tmp_path: Path,
    proof: Profile,
    name: str,
    target_name: str,
    start: Callable[[Path, int], Victim],
    complete: Callable[[Path, int], bool],
    expected_pages: Callable[[Victim], int],
) -> None:
    rng = proof.rng(name)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / target_name
    target.write_bytes(b"the deck the user exported yesterday\n" * 2000)
    before = target.read_bytes()
    outcomes = {"old": 0, "new": 0}
    for run in range(proof.export_kills):
        victim = start(target, run)
        if run % 2 == 0 and _writing_starts(folder, victim, within=60):
            victim.kill_after(rng.uniform(0.0, 0.03))  # mid-write
        else:
            victim.kill_after(rng.uniform(0.0, 3.0))
        context = f"{name} run {run} ({proof})"
        assert "Traceback" not in victim.stderr, f"{context}:\n{victim.stderr[-3000:]}"
        assert not any(line.startswith("ERROR") for line in victim.lines), f"{context}: {victim.lines}"
        assert target.exists(), f"{context}: the file at the target vanished"
        now = target.read_bytes()
        if now == before:
            outcomes["old"] += 1
        else:
            assert complete(target, expected_pages(victim)), f"{context}: a partial file is at the target"
            outcomes["new"] += 1
            before = now
        strays = [n for n in os.listdir(folder) if n != target.name]
        assert all(n.startswith(".") and n.endswith(".part") for n in strays), f"{context}: {strays}"
    assert outcomes["old"] + outcomes["new"] == proof.export_kills


def _gui(mode: str, tmp_path: Path) -> Callable[[Path, int], Victim]:
    env = child_env(tmp_path)

    def start(target: Path, run: int) -> Victim:
        db = tmp_path / "podium.sqlite3"
        args = [
            "-m",
            "tests.proof.crash_driver",
            "--db",
            str(db),
            "--seed",
            str(run + 1),
            "--role",
            "finance",
        ]
        return Victim([*args, "--mode", mode, "--target", str(target)], env)

    return start


def _slides_from_ready(victim: Victim) -> int:
    ready = next(line for line in victim.lines if line.startswith("READY"))
    return int(ready.split()[3])


def test_kill_during_cli_generate(tmp_path: Path, proof: Profile) -> None:
    env = child_env(tmp_path)
    slides = len(make_prep("project-management", "sv").deck.slides)

    def start(target: Path, run: int) -> Victim:
        args = ["-m", "podium", "generate", "--role", "project-management", "--language", "sv"]
        return Victim([*args, "--company", f"Nordvik {run}", "-o", str(target)], env)

    _kill_loop(tmp_path, proof, "cli", "deck.pptx", start, _complete_pptx, lambda _v: slides)


def test_kill_during_gui_pptx_export(tmp_path: Path, proof: Profile) -> None:
    _kill_loop(
        tmp_path,
        proof,
        "gui-pptx",
        "deck.pptx",
        _gui("export-pptx", tmp_path),
        _complete_pptx,
        _slides_from_ready,
    )


def test_kill_during_gui_pdf_export(tmp_path: Path, proof: Profile) -> None:
    pytest.importorskip("podium.ui.deck_export.pdf", reason="the painter's PDF export has not landed yet")
    _kill_loop(
        tmp_path,
        proof,
        "gui-pdf",
        "deck.pdf",
        _gui("export-pdf", tmp_path),
        _complete_pdf,
        _slides_from_ready,
    )
