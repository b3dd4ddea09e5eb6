"""Make the README screenshots from the real app in a real window, in English and Swedish.

Run under an X server, for example::

    xvfb-run -a -s "-screen 0 1400x900x24" python packaging/tools/screenshots.py [OUT_DIR] [--dark]

For each language it starts a fresh Podium (throwaway data and settings folders, translations
compiled from the .ts), fills the library with one preparation per role, and captures the
screen three times: the library, the finance workspace on its deck, and the presenter console
beside the audience window. Files: ``OUT_DIR/{library,workspace,presenter}-{en,sv}[-dark].png``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ("library", "workspace", "presenter")
# (role, company, job title) per UI language; each deck in that language.
PREPARATIONS = {
    "en": [
        ("finance", "Nordvik AB", "Financial analyst"),
        ("marketing", "Fjällbryggan", "Campaign manager"),
        ("project-management", "Region Norrsken", "Project manager"),
    ],
    "sv": [
        ("finance", "Nordvik AB", "Controller"),
        ("marketing", "Fjällbryggan", "Kampanjansvarig"),
        ("project-management", "Region Norrsken", "Projektledare"),
    ],
}


def shoot(language: str, scheme: str, out: Path) -> int:
    """Run in a child process: one language, one colour scheme, three screenshots."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from podium import paths
    from podium.core.model import Preparation
    from podium.core.storage.store import Store
    from podium.ui.app import create_application
    from podium.ui.common import appearance, i18n
    from podium.ui.window.main_window import MainWindow

    app = create_application()
    assert i18n.apply_language(language) == language, "translations missing"
    appearance.apply_color_scheme(scheme)
    store = Store(paths.database_path())
    window = MainWindow(store)
    window.setGeometry(0, 0, 1400, 900)
    window.show()
    base = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0)
    for days, (role, company, title) in enumerate(reversed(PREPARATIONS[language]), start=3):
        prep = Preparation(role=role, company=company, job_title=title, language=language,
                           interview_at=base + timedelta(days=days))  # fmt: skip
        window.create_preparation(prep)
    window.show_library()
    suffix = f"-{language}" + ("-dark" if scheme == "dark" else "")

    def grab(name: str) -> None:
        shot = QGuiApplication.primaryScreen().grabWindow(0, 0, 0, 1400, 900)
        shot.save(str(out / f"{name}{suffix}.png"))

    def workspace() -> None:
        grab("library")
        window.open_preparation(window.library.model.summary(0).id)
        window.workspace.deck.select(3)

    def presenter() -> None:
        grab("workspace")
        window.present()
        for _ in range(2):
            window.presenter.run_command("next")

    def finish() -> None:
        grab("presenter")
        window.presenter.close()
        app.quit()

    for delay, step in ((900, workspace), (2000, presenter), (3500, finish)):
        QTimer.singleShot(delay, step)
    code = app.exec()
    store.close()
    return code


def main(argv: list[str]) -> int:
    dark = "--dark" in argv
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "packaging" / "tools"))
    from build_translations import compile_all

    qm = Path(tempfile.mkdtemp(prefix="podium-qm-"))
    compile_all(qm)
    for language in PREPARATIONS:
        folder = tempfile.mkdtemp(prefix="podium-shots-")
        env = {**os.environ, "PODIUM_DATA_DIR": folder, "XDG_CONFIG_HOME": folder, "PODIUM_TRANSLATIONS_DIR": str(qm)}
        scheme = "dark" if dark else "light"
        child = [sys.executable, __file__, "--child", language, scheme, str(out)]
        subprocess.run(child, env=env, check=True)
        print(" ".join(str(out / f"{s}-{language}{'-dark' if dark else ''}.png") for s in SHOTS))
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        sys.exit(shoot(sys.argv[2], sys.argv[3], Path(sys.argv[4])))
    sys.exit(main(sys.argv[1:]))
