"""Refresh resources/translations/*.ts from the source with Qt's lupdate, then say what is left.

    python packaging/tools/update_translations.py

Run it after changing any ``tr()`` string; translate what it lists (Qt Linguist:
``pyside6-linguist resources/translations/podium_sv.ts``, or edit the XML), and commit the .ts.
``tests/test_translations.py`` fails while a string is untranslated, unfinished or missing.
Locations are left out of the .ts so that moving code does not churn the translation file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_translations import ROOT, TS_DIR, qt_tool

LANGUAGES = {"sv": "sv_SE"}  # English is the source language


def sources() -> list[Path]:
    return sorted((ROOT / "src" / "podium").rglob("*.py"))


def lupdate(ts: Path, language: str, files: list[Path] | None = None) -> str:
    """Merge the source strings into ``ts`` (created when missing); lupdate's summary."""
    args = [str(qt_tool("lupdate")), "-locations", "none", "-no-obsolete", "-target-language", language]
    run = subprocess.run(
        [*args, *(str(f) for f in files or sources()), "-ts", str(ts)], capture_output=True, text=True
    )
    if run.returncode != 0:
        raise RuntimeError(f"lupdate failed: {run.stderr or run.stdout}")
    return (run.stdout + run.stderr).strip()


def main() -> int:
    for code, language in LANGUAGES.items():
        ts = TS_DIR / f"podium_{code}.ts"
        print(lupdate(ts, language))
        text = ts.read_text(encoding="utf-8")
        unfinished = text.count('type="unfinished"')
        print(f"{ts.name}: {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
