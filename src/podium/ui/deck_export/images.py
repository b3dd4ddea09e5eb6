"""One PNG per slide, painted on QImage (safe off the UI thread), each written atomically."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from podium.core.atomic import atomic_write
from podium.core.errors import Cancelled, ExportError
from podium.core.render.layout import SlideLayout
from podium.ui.deck_export.pdf import PageDone
from podium.ui.slides.painter import paint_slide

PNG_WIDTH = 1920
_OURS = re.compile(r"^slide-\d{2,3}\.png$")


def render_image(laid: SlideLayout, width: int, language: str) -> QImage:
    height = round(width * laid.height / laid.width)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(laid.background))
    painter = QPainter(image)
    paint_slide(painter, laid, QRectF(0, 0, width, height), language=language)
    painter.end()
    return image


def write_pngs(
    layouts: Sequence[SlideLayout],
    folder: Path,
    *,
    language: str = "en",
    width: int = PNG_WIDTH,
    progress: PageDone | None = None,
) -> list[Path]:
    """``folder/slide-01.png`` ... ; older slide PNGs beyond the deck's length are removed."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create {folder}: {exc.strerror or exc}") from exc
    digits = 3 if len(layouts) > 99 else 2
    written: list[Path] = []
    for i, laid in enumerate(layouts, start=1):
        image = render_image(laid, width, language)
        target = folder / f"slide-{i:0{digits}d}.png"

        def save(tmp: Path, image: QImage = image, name: str = target.name) -> None:
            # PySide6's stubs type the format as bytes, but the binding accepts only str.
            if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
                raise OSError(f"Qt could not encode {name}")

        written.append(atomic_write(target, save))
        if progress is not None and progress(i) is False:
            raise Cancelled
    keep = {p.name for p in written}
    for old in folder.iterdir():
        if _OURS.match(old.name) and old.name not in keep:
            old.unlink(missing_ok=True)
    return written
