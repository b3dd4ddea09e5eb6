"""Podium opens no network connection unless the user asks for the company website.

Three layers: in this process, every Python socket entry point is replaced by a
recorder that refuses internet connections while the CLI and the whole GUI run
(every role, every tab, export, preparation file, presenter); a fresh app
process starts and edits with the same recorder loaded before Podium's first
import; and under ``strace`` the kernel reports every connect() and sendto() of
that process, native Qt code included. A positive control shows the recorder
sees the one request Podium may make, the website fetch the user starts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from podium.cli import main as cli_main
from podium.core.roles import catalogue
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep
from tests.proof import netguard
from tests.proof.kill import ROOT, Victim, child_env
from tests.ui.conftest import Dialogs


@pytest.fixture
def offline() -> Iterator[list[str]]:
    netguard.install()
    attempts: list[str] = []
    try:
        yield attempts
    finally:
        attempts += netguard.ATTEMPTS
        netguard.uninstall()


def test_the_recorder_sees_the_website_fetch(offline: list[str]) -> None:
    """Positive control: the one request Podium makes on the user's word goes through the recorder."""
    from podium.core.research.website import FetchError, fetch_site

    with pytest.raises(FetchError):
        fetch_site("nordvik.example")
    assert netguard.ATTEMPTS, "the recorder missed a real request: the proofs below would prove nothing"


def test_command_line_makes_no_request(offline: list[str], tmp_path: Path) -> None:
    for role in catalogue():
        for language in ("en", "sv"):
            out = tmp_path / f"{role}-{language}.pptx"
            assert (
                cli_main(
                    [
                        "generate",
                        "--role",
                        role,
                        "--language",
                        language,
                        "--company",
                        "Nordvik",
                        "-o",
                        str(out),
                    ]
                )
                == 0
            )
    assert cli_main(["roles"]) == 0
    data = ["--data-dir", str(tmp_path / "data")]
    assert cli_main([*data, "list"]) == 0
    assert netguard.ATTEMPTS == []


def test_the_whole_gui_makes_no_request(
    offline: list[str], window: MainWindow, dialogs: Dialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    for role in catalogue():
        for language in ("en", "sv"):
            window.create_preparation(make_prep(role, language))
            assert window.workspace is not None
            tabs = window.workspace.tabs
            for i in range(tabs.count()):  # every section is built and painted
                tabs.setCurrentIndex(i)
                tabs.currentWidget().grab()
            dialogs.save_path = str(tmp_path / f"{role}-{language}.pptx")
            window.export_action.trigger()
            with qtbot.waitSignal(window.pptx_export.finished, timeout=30000):
                pass
            dialogs.save_path = str(tmp_path / f"{role}-{language}.podium")
            window.export_prep_action.trigger()
            window.present()  # the presenter's windows open and paint
            assert window.presenter is not None
            QApplication.processEvents()
            window.presenter.close()
            window.show_library()
    assert not dialogs.errors
    assert len(list(tmp_path.glob("*.pptx"))) == len(list(tmp_path.glob("*.podium"))) == 2 * len(catalogue())
    assert netguard.ATTEMPTS == []


def _guarded_env(tmp_path: Path) -> tuple[dict[str, str], Path, Path]:
    guard = tmp_path / "guard"
    guard.mkdir()
    loaded = tmp_path / "guard-loaded.txt"
    (guard / "sitecustomize.py").write_text(
        "import os\nfrom tests.proof import netguard\nnetguard.install()\n"
        f"open({str(loaded)!r}, 'a').write(str(os.getpid()) + '\\n')\n"
    )
    log = tmp_path / "attempts.txt"
    env = {**child_env(tmp_path), "PYTHONPATH": f"{ROOT}:{guard}", "PODIUM_NETGUARD_LOG": str(log)}
    return env, loaded, log


def test_a_fresh_app_process_makes_no_request_from_start_to_quit(tmp_path: Path) -> None:
    env, loaded, log = _guarded_env(tmp_path)
    generate = subprocess.run(
        [sys.executable, "-m", "podium", "generate", "--role", "finance", "--company", "N", "-o", str(tmp_path / "d.pptx")],
        env=env, capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert generate.returncode == 0, generate.stderr
    app = Victim(
        [
            "-m",
            "tests.proof.crash_driver",
            "--db",
            str(tmp_path / "p.sqlite3"),
            "--seed",
            "1",
            "--edits",
            "40",
        ],
        env,
    )
    assert app.proc.wait(timeout=180) == 0, app.stderr
    app.kill()  # joins the readers
    assert any(line.startswith("NOTE") for line in app.lines)
    assert len(loaded.read_text().split()) == 2, "the recorder was not loaded in both processes"
    assert not log.exists(), log.read_text()


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed (Debian package strace)")
def test_the_kernel_sees_no_internet_connect_from_the_app(tmp_path: Path) -> None:
    """strace reports every connect/sendto, including those from Qt's C++ code the Python recorder cannot see."""
    trace = tmp_path / "trace.txt"
    prefix = ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace)]
    app = Victim(
        [
            "-m",
            "tests.proof.crash_driver",
            "--db",
            str(tmp_path / "p.sqlite3"),
            "--seed",
            "2",
            "--edits",
            "30",
        ],
        child_env(tmp_path),
        prefix=prefix,
    )
    assert app.proc.wait(timeout=300) == 0, app.stderr[-3000:]
    app.kill()
    calls = trace.read_text().splitlines()
    internet = [c for c in calls if "AF_INET" in c]  # matches AF_INET6 too
    assert not internet, "\n".join(internet[:10])
