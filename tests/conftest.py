"""Shared fixtures. Qt runs offscreen and every path points into a temporary folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite runs on a fixed day, whatever the machine's date: the clock seam (podium.core.clock)
# reads this, and so do the command-line processes tests start. Calendar tests set other days.
TEST_NOW = datetime(2026, 11, 16, 9, 30)
os.environ["PODIUM_NOW"] = TEST_NOW.isoformat()
# Qt caches the settings location on first use, so point it at a throwaway folder before any test.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="podium-test-config-")


@pytest.fixture(autouse=True)
def isolated_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user profile: data dir and Qt settings go to a temp folder."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("PODIUM_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def fixed_clock() -> Iterator[None]:
    """Every test starts on ``TEST_NOW``; a test may move the clock with ``clock.set_now``."""
    from podium.core import clock

    clock.set_now(TEST_NOW)
    yield
    clock.set_now(None)


@pytest.fixture(scope="session")
def soffice() -> str:
    """The LibreOffice binary; required in CI, skipped with a reason elsewhere."""
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) must be installed in CI: .ci/run installs it")
        pytest.skip("LibreOffice (soffice) is not installed; run the README's check command to install it")
    return path
