"""Make the README screenshots from the real app in a real window.

Run under an X server (e.g. ``xvfb-run -s "-screen 0 1400x900x24" python packaging/tools/screenshots.py``):
it creates a sample preparation in a throwaway data folder, opens it, and captures the screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ["PODIUM_DATA_DIR"] = tempfile.mkdtemp(prefix="podium-shots-")
os.environ["XDG_CONFIG_HOME"] = os.environ["PODIUM_DATA_DIR"]

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from podium import paths  # noqa: E402
from podium.core.model import Preparation  # noqa: E402
from podium.core.store import Store  # noqa: E402
from podium.ui.app import create_application  # noqa: E402
from podium.ui.main_window import MainWindow  # noqa: E402

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")


def main() -> int:
    app = create_application()
    store = Store(paths.database_path())
    window = MainWindow(store)
    window.setGeometry(0, 0, 1400, 900)
    window.show()
    language = os.environ.get("PODIUM_SHOT_LANGUAGE", "en")
    prep = Preparation(role="finance", company="Nordvik AB", job_title="Financial analyst", language=language,
                       interview_at=datetime.now().replace(hour=10, minute=0) + timedelta(days=4))  # fmt: skip
    window.create_preparation(prep)
    window.workspace.deck.select(3)

    def capture() -> None:
        OUT.mkdir(parents=True, exist_ok=True)
        shot = QGuiApplication.primaryScreen().grabWindow(0)
        shot.save(str(OUT / f"workspace-{language}.png"))
        app.quit()

    QTimer.singleShot(800, capture)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
