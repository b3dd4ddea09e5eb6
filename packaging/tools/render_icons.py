"""Render the application icon's PNG sizes from its SVG with Qt's own SVG renderer.

    QT_QPA_PLATFORM=offscreen python packaging/tools/render_icons.py [OUT_DIR]

Writes ``OUT_DIR/hicolor/<n>x<n>/apps/se.podium.Podium.png`` for every size a desktop asks for,
plus the SVG under ``hicolor/scalable/apps``: the tree that installs as-is into
``/usr/share/icons`` (or a Flatpak's ``/app/share/icons``). The PNGs are committed so that a
distribution package needs no Qt to install them; ``tests/packaging/test_icons.py`` re-renders
and compares, so they cannot drift from the SVG.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "se.podium.Podium"
SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
OUT = ROOT / "packaging" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(size: int, svg: Path = SVG) -> QImage:
    """The SVG drawn into a transparent ``size`` x ``size`` image, antialiased."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_path(out: Path, size: int) -> Path:
    return out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_all(out: Path = OUT) -> list[Path]:
    written = []
    for size in SIZES:
        path = png_path(out, size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path), "PNG"):
            raise RuntimeError(f"could not write {path}")
        written.append(path)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    return [*written, scalable]


if __name__ == "__main__":
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for p in render_all(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p)
