"""Compile the UI translations (resources/translations/*.ts) to .qm with Qt's own lrelease.

One implementation for every place that needs .qm files: the wheel build hook (hatch_build.py),
the editable install (the same hook writes beside the .ts), the PyInstaller spec, ``run.py`` and
the tests. The .qm files are build output and never committed.

    python packaging/tools/build_translations.py [OUT_DIR]      (default: beside the .ts files)
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


def qt_tool(name: str) -> Path:
    """A Qt tool shipped inside the PySide6-Essentials wheel (lrelease, lupdate)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise RuntimeError("PySide6 is needed to compile translations: pip install PySide6-Essentials")
    exe = Path(spec.origin).parent / (name + (".exe" if os.name == "nt" else ""))
    if not exe.exists():
        raise RuntimeError(f"{exe} is missing from the PySide6 installation")
    return exe


def compile_all(out_dir: Path | None = None, ts_dir: Path = TS_DIR) -> list[Path]:
    """Compile every .ts in ``ts_dir`` into ``out_dir``; the written .qm paths.

    Fails (RuntimeError) when lrelease fails or reports nothing compiled, so a broken .ts never
    yields a silently English app.
    """
    out = out_dir or ts_dir
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = out / (ts.stem + ".qm")
        run = subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
        )
        if run.returncode != 0 or not qm.exists():
            raise RuntimeError(f"lrelease failed on {ts}: {run.stderr or run.stdout}")
        written.append(qm)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    for path in compile_all(target):
        print(path)
