"""``podium present``: --check reads a deck without a display; bad files get one sentence and exit 1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from podium.cli import main
from podium.cli.present import shortcut
from tests.deck_files import PageSpec, SlideSpec, beamer_like, make_pdf, make_pptx


def test_check_counts_slides_notes_hidden_slides_and_the_aspect(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pptx = make_pptx(tmp_path / "talk.pptx", [SlideSpec("A", notes="Say A"), SlideSpec("B", notes="   "),
                                              SlideSpec("C", hidden=True, notes="Only if asked")], "4:3")  # fmt: skip
    assert main(["present", "--check", str(pptx)]) == 0
    assert capsys.readouterr().out == "3 slides, 2 with notes, 1 hidden (3), 4:3\n"  # blank notes are none
    pdf = beamer_like(tmp_path / "talk.pdf")
    assert main([str(pdf), "--check"]) == 0  # podium FILE, as pdfpc and Pympress take it
    assert capsys.readouterr().out == "3 slides, 0 with notes, 5 pages with 2 overlay pages, 16:9\n"


def test_the_shortcut_only_takes_a_deck_file() -> None:
    assert shortcut(["talk.PDF"]) == ["present", "talk.PDF"]
    assert shortcut(["--data-dir", "x.pdf", "deck.pptx"]) == ["--data-dir", "x.pdf", "present", "deck.pptx"]
    assert shortcut(["list"]) == ["list"] and shortcut(["present", "a.pdf"]) == ["present", "a.pdf"]


def test_broken_files_fail_in_one_sentence_without_a_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pptx"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.pptx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    locked = make_pdf(tmp_path / "locked.pdf", [PageSpec(["x"])], password="pw")
    for path, reason in ((empty, "the file is empty"), (broken, "it is not a PowerPoint file (it may be damaged)"),
                         (locked, "it is protected by a password"), (tmp_path / "talk.key", "it is neither")):  # fmt: skip
        done = subprocess.run([sys.executable, "-m", "podium", "present", "--check", str(path)],
                              capture_output=True, text=True, timeout=60)  # fmt: skip
        assert done.returncode == 1 and done.stdout == ""
        assert (
            done.stderr.startswith(f"podium: Cannot present {path}: {reason}")
            and done.stderr.count("\n") == 1
        )
