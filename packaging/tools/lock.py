"""Refresh constraints.txt: the exact version of every package Podium installs, on every platform.

    .venv/bin/python packaging/tools/lock.py              add or move only what pyproject.toml now needs
    .venv/bin/python packaging/tools/lock.py --upgrade    move every package to its newest allowed version

``run.py`` installs from constraints.txt (the app, the test and packaging extras, and the build
backend that compiles the translations), so two fresh machines get the same versions. The ranges
stay in pyproject.toml; this file holds the exact versions they resolve to. After refreshing, run
``python3 run.py check`` and commit both files together.

The resolver is uv's ``uv pip compile`` (one wheel from PyPI, installed into the running
environment at the version below): ``--universal`` writes one file with platform markers for
Linux, Windows and macOS and every Python from 3.11 up, where pip-tools' ``pip-compile`` resolves
only for the machine it runs on (a Windows PyInstaller build would find pefile and pywin32-ctypes
unpinned), and it does not lean on pip's internals.

The lower bounds in pyproject.toml are the versions the suite was run on. To run it there again:

    .venv/bin/python -m uv pip compile pyproject.toml --extra test --resolution lowest-direct \
        --only-binary :all: --python-version 3.11 -o /tmp/lowest.txt
    python3 -m venv /tmp/lowest && PIP_CONSTRAINT=/tmp/lowest.txt /tmp/lowest/bin/pip install -e '.[test]'
    QT_QPA_PLATFORM=offscreen /tmp/lowest/bin/python -m pytest
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "constraints.txt"
UV = "uv==0.13.9"  # the resolver's own version, changed on purpose only
EXTRAS = ["data", "test", "package", "transcribe"]
QT_WHEELS = re.compile(r"^(pyside6[a-z0-9_-]*|shiboken6)==([^\s;]+)", re.MULTILINE)
COMMAND = "python packaging/tools/lock.py"


def ensure_uv() -> None:
    if importlib.util.find_spec("uv") is None:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", UV], check=True)


def build_requirements() -> list[str]:
    """The build backend's requirements (hatchling, and PySide6 for lrelease): locked like the rest."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(pyproject["build-system"]["requires"])


def compile_lock(upgrade: bool) -> None:
    args = [sys.executable, "-m", "uv", "pip", "compile", "pyproject.toml", "-"]
    args += [f"--extra={extra}" for extra in EXTRAS]
    args += ["--universal", "--python-version=3.11", "--output-file", str(LOCK.name)]
    args += [f"--custom-compile-command={COMMAND}", "--quiet"]
    if upgrade:
        args.append("--upgrade")
    subprocess.run(args, input="\n".join(build_requirements()), text=True, check=True, cwd=ROOT)


def qt_versions(text: str) -> dict[str, str]:
    """Every Qt for Python wheel in the lock and its version (they must be one release)."""
    return {name: version for name, version in QT_WHEELS.findall(text)}


def main() -> int:
    ensure_uv()
    compile_lock(upgrade="--upgrade" in sys.argv[1:])
    qt = qt_versions(LOCK.read_text(encoding="utf-8"))
    releases = {version.split("+")[0] for version in qt.values()}
    if len(releases) != 1:
        print(f"error: the Qt wheels in {LOCK.name} are not one release: {qt}", file=sys.stderr)
        return 1
    print(f"wrote {LOCK.name}; Qt for Python {releases.pop()} ({', '.join(sorted(qt))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
