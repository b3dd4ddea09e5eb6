"""Packaging tests call real tools; in CI (``run.py check`` installs them) a missing one is a failure."""

from __future__ import annotations

import os
import shutil

import pytest


def tool(name: str, debian_package: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} must be installed in CI (Debian {debian_package}; run.py check installs it)")
        pytest.skip(f"{name} is not installed (Debian {debian_package}); run the README's check command")
    return path
