"""Make the screenshots of every window from the real app, in English and Swedish, light and dark.

One command, under an X server::

    xvfb-run -a -s "-screen 0 1400x900x24" python packaging/tools/screenshots.py [OUT_DIR]

For each language and colour scheme it starts a fresh Podium (throwaway data and settings
folders, translations compiled from the .ts), fills the library with one preparation per role,
and drives the app with real mouse clicks and keys: the library, every tab of the finance
workspace, the marketing and project-management tabs, the wizard, the settings and export
dialogs and the presenter. Each is captured from the screen as the user sees it:
``OUT_DIR/screens/{name}-{en,sv}-{light,dark}.png``; the README's selection
(``OUT_DIR/{library,workspace,presenter}-{en,sv}.png``, ``workspace-sv-dark.png``) is copied
from those.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = {"library": "library", "deck": "workspace", "presenter": "presenter"}  # screen -> README name
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
    """Run in a child process: one language, one colour scheme, every window."""
    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from podium import paths
    from podium.core.model import Preparation
    from podium.core.storage.store import Store
    from podium.ui.app import create_application
    from podium.ui.common import appearance, i18n
    from podium.ui.deck_export.dialog import ExportDialog
    from podium.ui.window.main_window import MainWindow
    from podium.ui.window.settings_dialog import SettingsDialog
    from podium.ui.window.wizard import NewPreparationWizard

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
    suffix = f"-{language}-{scheme}"
    folder = out / "screens"
    folder.mkdir(parents=True, exist_ok=True)
    dialogs: list[QWidget] = []

    def grab(name: str) -> None:
        shot = QGuiApplication.primaryScreen().grabWindow(0, 0, 0, 1400, 900)
        shot.save(str(folder / f"{name}{suffix}.png"))
        for dialog in dialogs:
            dialog.close()
        dialogs.clear()

    def click_tab(index: int) -> None:
        """A real click on the workspace's tab, as the user switches sections."""
        bar = window.workspace.tabs.tabBar()
        QTest.mouseClick(
            bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(index).center()
        )

    def open_role(role: str) -> None:
        """Choose the role's preparation with the keyboard and press Enter, as the user opens one."""
        view, model = window.library.view, window.library.model
        row = next(r for r in range(model.rowCount()) if (model.summary(r) or prep).role == role)
        view.setFocus()
        view.setCurrentIndex(model.index(row))
        QTest.keyClick(view, Qt.Key.Key_Return)

    def show(dialog: QWidget) -> None:
        dialog.move(QPoint(200, 80))
        dialog.show()
        dialogs.append(dialog)

    steps = [
        lambda: grab("library"),
        lambda: show(NewPreparationWizard(window)),
        lambda: grab("wizard"),
        lambda: open_role("finance"),
        lambda: click_tab(0),
        lambda: grab("research"),
        lambda: click_tab(1),
        lambda: grab("finance-data"),
        lambda: (click_tab(2), window.workspace.deck.select(3)),
        lambda: grab("deck"),
        lambda: window.workspace.readiness.toggle.click(),
        lambda: grab("to-do"),
        lambda: (window.workspace.readiness.toggle.click(), click_tab(3)),
        lambda: grab("questions"),
        lambda: click_tab(4),
        lambda: grab("rehearse"),
        lambda: show(ExportDialog(window.prep, Path(tempfile.gettempdir()) / "deck", window)),
        lambda: grab("export"),
        lambda: show(SettingsDialog(window)),
        lambda: grab("settings"),
        lambda: window.show_library(),
        lambda: open_role("marketing"),
        lambda: click_tab(1),
        lambda: grab("marketing-campaign"),
        lambda: window.show_library(),
        lambda: open_role("project-management"),
        lambda: click_tab(1),
        lambda: grab("risks"),
        lambda: (window.show_library(), open_role("finance")),
        lambda: (
            window.present(),
            [QTest.keyClick(window.presenter.console, Qt.Key.Key_Right) for _ in range(2)],
        ),
        lambda: grab("presenter"),
        lambda: window.presenter.console.grab().save(str(folder / f"presenter-console{suffix}.png")),
        lambda: QTest.keyClick(
            window.presenter.console, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier
        ),
        lambda: grab("presenter-help"),
        lambda: (window.presenter.close(), app.quit()),
    ]

    def run(i: int = 0) -> None:
        try:
            steps[i]()
        except Exception:  # a broken step ends the run with its message, never a hanging app
            app.exit(1)
            raise
        if i + 1 < len(steps):
            QTimer.singleShot(700, lambda: run(i + 1))

    QTimer.singleShot(900, run)
    code = app.exec()
    store.close()
    QApplication.processEvents()
    return code


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "packaging" / "tools"))
    from build_translations import compile_all

    qm = Path(tempfile.mkdtemp(prefix="podium-qm-"))
    compile_all(qm)
    for language in PREPARATIONS:
        for scheme in ("light", "dark"):
            folder = tempfile.mkdtemp(prefix="podium-shots-")
            env = {**os.environ, "PODIUM_DATA_DIR": folder, "XDG_CONFIG_HOME": folder,
                   "PODIUM_TRANSLATIONS_DIR": str(qm)}  # fmt: skip
            subprocess.run(
                [sys.executable, __file__, "--child", language, scheme, str(out)], env=env, check=True
            )
        for screen, name in README.items():  # the README's selection
            shutil.copy(out / "screens" / f"{screen}-{language}-light.png", out / f"{name}-{language}.png")
    shutil.copy(out / "screens" / "deck-sv-dark.png", out / "workspace-sv-dark.png")
    print(f"{len(list((out / 'screens').glob('*.png')))} screenshots in {out / 'screens'}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        sys.exit(shoot(sys.argv[2], sys.argv[3], Path(sys.argv[4])))
    sys.exit(main(sys.argv[1:]))
