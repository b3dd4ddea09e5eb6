"""Written files get the mode a plain ``open()`` gives under the user's umask, never mkstemp's 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from podium.core.atomic import atomic_write, current_umask
from podium.core.storage.package import export_preparation
from podium.export.pptx_writer import write_pptx
from podium.roles.project_management.analysis import example_risks
from podium.roles.project_management.exporter import export_register
from podium.roles.project_management.scales import Scales
from tests.helpers import make_prep

UMASKS = [0o022, 0o027, 0o002, 0o077]


@pytest.fixture(params=UMASKS, ids=[f"umask{m:03o}" for m in UMASKS])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def writers() -> dict[str, Callable[[Path], object]]:
    prep = make_prep("project-management")
    return {
        "deck.pptx": lambda p: write_pptx(prep, p),
        "prep.podium": lambda p: export_preparation(prep, p),
        "register.csv": lambda p: export_register(p, example_risks("en"), [], Scales.default("en"), "en"),
        "register.xlsx": lambda p: export_register(p, example_risks("sv"), [], Scales.default("sv"), "sv"),
    }


@pytest.mark.parametrize("name", sorted(writers()))
def test_new_files_get_the_umask_mode(tmp_path: Path, umask: int, name: str) -> None:
    target = tmp_path / name
    writers()[name](target)
    assert mode(target) == 0o666 & ~umask
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no temporary file is left"


def test_the_umask_is_read_without_changing_it(umask: int) -> None:
    assert current_umask() == umask
    assert current_umask() == umask


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "shared.pptx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write(target, lambda tmp: tmp.write_bytes(b"new"))
    assert target.read_bytes() == b"new" and mode(target) == 0o640
