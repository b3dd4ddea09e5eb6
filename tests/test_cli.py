"""The command line works without a display and fails in one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation

from podium import __version__


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, "-m", "podium", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"podium {__version__}"


def test_roles_lists_ids_and_names() -> None:
    result = run("roles")
    ids = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert ids[:3] == ["marketing", "finance", "project-management"]
    assert "Ekonomi" in run("roles", "--language", "sv").stdout


def test_generate_swedish_finance_deck(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    result = run(
        "generate", "--role", "finance", "--company", "Nordvik AB", "--language", "sv", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    prs = Presentation(str(out))
    assert prs.slide_width > prs.slide_height
    assert "Nordvik AB" in prs.slides[0].shapes.title.text
    assert all(s.notes_slide.notes_text_frame.text.strip() for s in prs.slides)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "astronaut", "--company", "X"], "unknown role"),
        (["--role", "finance", "--company", "X", "--minutes", "0"], "1 to 180"),
        (["--role", "finance", "--company", "X", "--minutes", "ten"], "whole number"),
        (["--role", "finance", "--company", "X", "--language", "de"], "invalid choice"),
    ],
)
def test_bad_arguments_fail_in_one_line_without_a_file(tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "deck.pptx"
    result = run("generate", *args, "-o", str(out))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert not out.exists()


def test_unwritable_path_fails_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "missing" / "deck.pptx"
    result = run("generate", "--role", "finance", "--company", "X", "-o", str(out))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.parent.exists()


def test_wrong_extension_is_refused(tmp_path: Path) -> None:
    result = run("generate", "--role", "finance", "--company", "X", "-o", str(tmp_path / "deck.pdf"))
    assert result.returncode == 1 and ".pptx" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("flag", "in_notes"), [(None, False), ("--no-guidance", False), ("--guidance", True)]
)
def test_guidance_goes_into_the_notes_only_when_asked(
    tmp_path: Path, flag: str | None, in_notes: bool
) -> None:
    """The same default as the Export dialog: the notes are the script, without Podium's coaching."""
    out = tmp_path / "deck.pptx"
    args = ["generate", "--role", "marketing", "--company", "Nordvik AB", "--language", "sv", "-o", str(out)]
    result = run(*args, *([flag] if flag else []))
    assert result.returncode == 0, result.stderr
    notes = [s.notes_slide.notes_text_frame.text for s in Presentation(str(out)).slides]
    assert all(n.strip() for n in notes)  # the speaker-notes draft is there either way
    assert sum("[Podium-vägledning]" in n for n in notes) == (len(notes) if in_notes else 0)
