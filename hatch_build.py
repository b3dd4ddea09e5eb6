"""Hatchling build hook: compile the UI translations (.ts -> .qm) whenever a wheel is built.

Runs for regular and editable wheels (``pip install .`` and ``pip install -e .``). The .qm files
are written beside their .ts sources in resources/translations/ (git-ignored), which the wheel's
force-include of ``resources`` then ships, and which an editable install reads in place.
Compiling needs Qt's lrelease, shipped in PySide6-Essentials, hence its place in
``[build-system] requires``: it is Podium's own runtime dependency, so pip's cache usually has it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        script = Path(self.root) / "packaging" / "tools" / "build_translations.py"
        spec = importlib.util.spec_from_file_location("podium_build_translations", script)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for qm in module.compile_all():
            self.app.display_info(f"compiled {qm.relative_to(self.root)}")
