"""The PyInstaller one-folder app builds, starts and shows the same window as the source.

Slow (about two minutes: PyInstaller analyses PySide6, pandas and numpy), so it builds once per
session. It runs in CI: ``run.py check`` installs PyInstaller from PyPI with the test extras.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from podium import __version__, paths
from tests.i18n_tools import ROOT, build_translations

pytestmark = pytest.mark.slow
SPEC = ROOT / "packaging" / "pyinstaller" / "podium.spec"


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built app's executable."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller must be installed in CI: pip install -e .[test]")
        pytest.skip("PyInstaller is not installed: pip install -e .[test]")
    out = tmp_path_factory.mktemp("pyinstaller")
    run = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"), str(SPEC)],
        capture_output=True, text=True, cwd=out,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-4000:]
    exe = out / "dist" / "podium" / ("podium.exe" if os.name == "nt" else "podium")
    assert exe.is_file()
    return exe


def first_paint(command: list[str], tmp: Path, language: str, extra: dict[str, str] | None = None) -> QImage:
    """Start the app offscreen in a fresh profile, let it paint once and quit; its window as an image."""
    data = tmp / f"data-{language}-{len(list(tmp.iterdir()))}"
    data.mkdir()
    grab = data / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PODIUM_QUIT_AFTER_FIRST_PAINT": "1",
           "PODIUM_FIRST_PAINT_GRAB": str(grab), paths.DATA_DIR_ENV: str(data), "XDG_CONFIG_HOME": str(data),
           "LANG": f"{language}.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}  # fmt: skip
    env.pop(paths.TRANSLATIONS_DIR_ENV, None)
    env.update(extra or {})
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    image = QImage(str(grab))
    assert not image.isNull(), "the app quit without painting its window"
    return image


def differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        a.pixel(x, y) != b.pixel(x, y) for x in range(0, a.width(), 2) for y in range(0, a.height(), 2)
    )


def test_the_frozen_app_reports_its_version(frozen: Path) -> None:
    run = subprocess.run([str(frozen), "--version"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and run.stdout.strip() == f"podium {__version__}"


def test_the_frozen_app_writes_a_deck_with_its_bundled_templates_and_fonts(
    frozen: Path, tmp_path: Path
) -> None:
    """Also finds the role plug-ins in the bundle: --plan is the project-management package's option."""
    target = tmp_path / "deck.pptx"
    plan = tmp_path / "plan.csv"
    plan.write_text("Name,Type,Start,End\nBygga om lagret,Phase,2027-03-01,2027-09-01\n", encoding="utf-8")
    run = subprocess.run(
        [str(frozen), "generate", "--role", "project-management", "--language", "sv", "--company", "Nordvik AB",
         "--plan", str(plan), "-o", str(target)],
        capture_output=True, text=True, timeout=120, env={**os.environ, paths.DATA_DIR_ENV: str(tmp_path)},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    slides = Presentation(str(target)).slides
    assert len(slides) >= 10 and "Nordvik AB" in slides[0].shapes.title.text
    texts = [shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame]
    assert "Bygga om lagret" in texts  # the plan timeline, drawn by the role's provider
    roles = subprocess.run([str(frozen), "roles"], capture_output=True, text=True, timeout=60)
    assert [line.split("\t")[0] for line in roles.stdout.splitlines()] == [
        "marketing", "finance", "project-management"
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["sv_SE", "en_GB"])
def test_the_frozen_app_starts_and_shows_the_same_window(
    frozen: Path, tmp_path: Path, qapp: QApplication, language: str
) -> None:
    """Same pixels as the app run from source, in the system's language (Swedish from the bundled
    .qm and Qt's own translations, English without them)."""
    qm = tmp_path / "qm"
    build_translations.compile_all(qm)
    packaged = first_paint([str(frozen)], tmp_path, language)
    source = first_paint([sys.executable, "-m", "podium"], tmp_path, language,
                         {paths.TRANSLATIONS_DIR_ENV: str(qm)})  # fmt: skip
    assert packaged.width() > 600 and packaged.height() > 400
    assert differing_pixels(packaged, source) == 0


def test_the_swedish_window_differs_from_the_english_one(
    frozen: Path, tmp_path: Path, qapp: QApplication
) -> None:
    """Guards the test above: the two languages really paint differently."""
    assert (
        differing_pixels(
            first_paint([str(frozen)], tmp_path, "sv_SE"), first_paint([str(frozen)], tmp_path, "en_GB")
        )
        > 50
    )


def test_the_frozen_app_carries_pdfium_for_pdf_decks(frozen: Path) -> None:
    """Rehearsing a PDF deck imports pypdfium2 only then: its PDFium library must be in the bundle."""
    libraries = [p.name for p in frozen.parent.rglob("*pdfium*") if p.suffix in (".so", ".dll", ".dylib")]
    assert libraries, "PDFium is missing from the bundle"
