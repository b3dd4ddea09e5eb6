"""Everything outside the UI runs without Qt: a fresh interpreter imports it all and loads no PySide6.

``tests/test_architecture.py`` reads the import statements; this test runs them, so an import that
only happens at run time (``importlib``, a plug-in, a library that pulls Qt in) is caught too. Ruff's
banned-api rule (``TID251`` in pyproject.toml) stops the import line itself; the last test here makes
sure that rule still applies where it should.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "podium"
QT = ("PySide6", "shiboken6")


def _is_ui(module: str) -> bool:
    parts = module.split(".")
    return parts[1:2] == ["ui"] or (parts[1:2] == ["roles"] and parts[3:4] == ["ui"])


def headless_modules() -> list[str]:
    """Every module of the core, the exporter, the roles' pure parts and the command line."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if not _is_ui(name) and name != "podium.__main__":  # __main__ starts the app
            names.append(name)
    return names


def qt_loaded_after(modules: list[str], then: str = "") -> list[str]:
    """The Qt modules in ``sys.modules`` of a fresh interpreter that imported ``modules`` and ran ``then``."""
    script = "\n".join(
        [
            "import importlib, json, sys",
            f"for name in {modules!r}:",
            "    importlib.import_module(name)",
            then,
            f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {QT!r})))",
        ]
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=180, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout.splitlines()[-1])
    return loaded


def test_the_list_holds_the_whole_core_and_leaves_out_the_ui() -> None:
    modules = headless_modules()
    assert {"podium.core.model", "podium.core.storage.store", "podium.export.pptx_writer"} <= set(modules)
    assert {
        "podium.roles.finance",
        "podium.roles.finance.reader",
        "podium.cli",
        "podium.cli.generate",
    } <= set(modules)
    assert not [m for m in modules if ".ui" in m or m == "podium.__main__"]
    assert len(modules) > 80


def test_every_non_ui_module_imports_without_loading_qt(tmp_path: Path) -> None:
    """And the command line writes a deck for every role, still without Qt (imports inside functions)."""
    decks = [
        f"main(['generate', '--role', {role!r}, '--company', 'Nordvik AB', '-o', {str(tmp_path / role)!r} + '.pptx'])"
        for role in ("marketing", "finance", "project-management")
    ]
    then = "from podium.cli import main\n" + "\n".join(f"assert {deck} == 0" for deck in decks)
    assert qt_loaded_after(headless_modules(), then) == []
    assert len(list(tmp_path.glob("*.pptx"))) == 3


def test_the_check_sees_qt_when_a_module_loads_it() -> None:
    """The check above can fail: one UI module in the list and PySide6 shows up."""
    loaded = qt_loaded_after(["podium.core.model", "podium.ui.common.settings"])
    assert "PySide6.QtCore" in loaded and "shiboken6" in loaded


@pytest.mark.parametrize(
    ("path", "banned"),
    [
        ("src/podium/core/model.py", True),
        ("src/podium/core/deck/scaffold.py", True),
        ("src/podium/export/pptx_writer.py", True),
        ("src/podium/roles/finance/reader.py", True),
        ("src/podium/roles/marketing/__init__.py", True),
        ("src/podium/cli/generate.py", True),
        ("src/podium/paths.py", True),
        ("src/podium/ui/window/main_window.py", False),
        ("src/podium/roles/finance/ui/panel.py", False),
        ("tests/ui/test_main_window.py", False),
    ],
)
def test_ruff_refuses_a_qt_import_outside_the_ui(path: str, banned: bool) -> None:
    source = "def panel() -> None:\n    from PySide6.QtWidgets import QWidget\n\n    QWidget()\n"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--select",
            "TID251",
            "--stdin-filename",
            path,
            "-",
        ],
        input=source,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert ("TID251" in result.stdout) is banned, result.stdout + result.stderr
    assert result.returncode == (1 if banned else 0)
