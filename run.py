#!/usr/bin/env python3
"""Podium's two developer commands, needing nothing but Python 3.11+:

    python3 run.py          set everything up and start the app
    python3 run.py check    set everything up and run every check (lint, format, types, all tests offscreen)

Both create ``.venv`` beside this file and install Podium into it, every package at the version
constraints.txt names (``packaging/tools/lock.py`` refreshes it; a changed file gives a fresh
``.venv``, so nothing from an older lock lingers). ``check`` also installs the
Debian packages the tests use (LibreOffice, poppler, fonts, Qt's libraries, PortAudio, espeak-ng
and sox) when it can
(root or password-less sudo with apt-get); elsewhere it says what is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
CONSTRAINTS = ROOT / "constraints.txt"
INSTALLED_FROM = VENV / "constraints.txt"  # the lock this .venv was made from

QT_LIBS = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3",
    "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
    "libxcb-render-util0", "libxcb-randr0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1",
]  # fmt: skip
AUDIO_LIBS = ["libportaudio2"]  # the microphone while rehearsing (sounddevice loads PortAudio)
CHECK_TOOLS = [
    "libreoffice-impress", "poppler-utils", "fonts-crosextra-carlito", "fonts-liberation2", "xvfb",
    "strace",  # tests/proof/test_network.py: the kernel's view of every connect()
    "pandoc",  # benchmarks/bench_pandoc.py: the peer for generate + export
    "appstream", "desktop-file-utils",  # tests/packaging: appstreamcli validate, desktop-file-validate
    "espeak-ng", "sox",  # the speech tests synthesise talks with known pauses (tests/speech_audio.py)
]  # fmt: skip


def sh(*args: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT, env=env)


def ensure_venv(extras: str = "") -> None:
    lock = CONSTRAINTS.read_bytes()
    if PYTHON.exists() and (not INSTALLED_FROM.is_file() or INSTALLED_FROM.read_bytes() != lock):
        print(f"{VENV} was not made from this {CONSTRAINTS.name}: recreating it", flush=True)
        shutil.rmtree(VENV)
    if not PYTHON.exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    target = f".[{extras}]" if extras else "."
    # PIP_CONSTRAINT rather than -c: pip passes it on to the isolated build of Podium's wheel too,
    # so hatchling and the PySide6 whose lrelease compiles the translations are the locked ones.
    # A file: URL, because pip splits the variable at spaces and a path may hold one.
    env = {**os.environ, "PIP_CONSTRAINT": CONSTRAINTS.as_uri()}
    sh(PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target, env=env)
    INSTALLED_FROM.write_bytes(lock)


def _missing_debian(packages: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for pkg in packages:
        probe = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True)
        if "install ok installed" not in probe.stdout:
            missing.append(pkg)
    return missing


def ensure_system_packages(packages: list[str]) -> None:
    """Install missing Debian packages when allowed to; otherwise say what to install."""
    missing = _missing_debian(packages)
    if not missing:
        return
    if not shutil.which("apt-get"):
        print("note: install these system packages for every check to run: " + " ".join(missing))
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if not shutil.which("sudo") or subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode:
            print("note: run as root or install: sudo apt-get install " + " ".join(missing))
            return
        prefix = ["sudo", "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    sh(*prefix, "apt-get", "update", "-qq", env=env)
    sh(*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env)


def start_app(args: list[str]) -> int:
    ensure_system_packages(QT_LIBS + AUDIO_LIBS)
    ensure_venv()
    return subprocess.run([str(BIN / "podium"), *args], cwd=ROOT).returncode


def check(args: list[str]) -> int:
    ensure_system_packages(QT_LIBS + AUDIO_LIBS + CHECK_TOOLS)
    ensure_venv("test")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    sh(PYTHON, "-m", "ruff", "check", "src", "tests", "benchmarks", "run.py")
    sh(PYTHON, "-m", "ruff", "format", "--check", "src", "tests", "benchmarks", "run.py")
    sh(PYTHON, "-m", "mypy")  # src/podium, as [tool.mypy] in pyproject.toml configures it
    return subprocess.run([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env).returncode


def main() -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py may be started by an older python3
        sys.exit("Podium needs Python 3.11 or newer")
    args = sys.argv[1:]
    if args and args[0] == "check":
        return check(args[1:])
    if args and args[0] == "app":
        args = args[1:]
    return start_app(args)


if __name__ == "__main__":
    sys.exit(main())
