"""The icon set: PNG sizes rendered from the one SVG, kept in step with it, crisp in the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from podium.ui.common.icons import app_icon
from tests.i18n_tools import _load

render_icons = _load("render_icons")


@pytest.mark.parametrize("size", render_icons.SIZES)
def test_each_committed_png_is_the_svg_rendered_at_that_size(size: int, qapp: QApplication) -> None:
    path = render_icons.png_path(render_icons.OUT, size)
    committed = QImage(str(path))
    assert (committed.width(), committed.height()) == (size, size), path
    fresh = render_icons.render(size).convertToFormat(committed.format())
    total = sum(
        abs(committed.pixelColor(x, y).rgba() - fresh.pixelColor(x, y).rgba()) != 0
        for x in range(size) for y in range(size)
    )  # fmt: skip
    assert total / (size * size) < 0.02, (
        f"{path.name} differs from the SVG: run packaging/tools/render_icons.py"
    )


def test_the_icon_has_a_transparent_corner_and_an_opaque_middle(qapp: QApplication) -> None:
    image = QImage(str(render_icons.png_path(render_icons.OUT, 256)))
    assert image.pixelColor(1, 1).alpha() == 0
    assert image.pixelColor(128, 128).alpha() == 255


def test_the_window_icon_is_drawn_from_the_svg_at_any_size(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 48, 512):
        assert icon.pixmap(size, size).width() == size


def test_render_all_writes_the_hicolor_tree(tmp_path: Path, qapp: QApplication) -> None:
    written = render_icons.render_all(tmp_path)
    assert len(written) == len(render_icons.SIZES) + 1
    assert (tmp_path / "hicolor" / "scalable" / "apps" / "se.podium.Podium.svg").is_file()
