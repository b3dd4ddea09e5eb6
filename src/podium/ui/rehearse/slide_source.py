"""What the presenter shows: the preparation's own deck here, or a deck finished elsewhere
(``deck_source.ImportedSource``: a .pptx or a PDF).

Both give the console the same things: a painter for slide ``i`` in a rectangle, its title,
notes and guidance, the per-slide record entries, and the steps of a slide that builds up
(a PDF's overlay pages).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from podium.core.model import Slide
from podium.core.rehearsal.recorder import SlideMeta
from podium.core.render.layout import SlideLayout
from podium.ui.slides.painter import paint_slide


class SlideSource(Protocol):
    language: str
    metas: list[SlideMeta]
    source_name: str  # "deck", "pdf:<file name>" or "pptx:<file name>", kept in the rehearsal record

    @property
    def count(self) -> int: ...

    def aspect(self, index: int) -> float: ...

    def paint(self, p: QPainter, index: int, target: QRectF) -> None: ...

    def notes(self, index: int) -> str: ...

    def guidance(self, index: int) -> str: ...

    def picture(self, index: int) -> int:
        """What a rendered slide is cached by (a slide that builds up has one picture per step)."""

    def step(self, index: int, delta: int) -> bool:
        """Move through the slide's build-up steps; False when there is none that way."""

    def enter(self, index: int, *, backwards: bool) -> None:
        """The presenter arrives on slide ``index`` (from after it when ``backwards``)."""


def fitted(target: QRectF, aspect: float) -> QRectF:
    """The largest rectangle of ``aspect`` (width/height) centred in ``target``."""
    if target.width() <= 0 or target.height() <= 0 or aspect <= 0:
        return QRectF(target.x(), target.y(), 0, 0)
    width = min(target.width(), target.height() * aspect)
    height = width / aspect
    return QRectF(
        target.x() + (target.width() - width) / 2, target.y() + (target.height() - height) / 2, width, height
    )


class DeckSource:
    """The preparation's deck, painted from the same layout the pptx is written from."""

    def __init__(self, slides: list[Slide], layouts: list[SlideLayout], language: str) -> None:
        self.slides = slides
        self.layouts = layouts
        self.language = language
        self.metas = [SlideMeta.from_slide(s, i) for i, s in enumerate(slides)]
        self.source_name = "deck"

    @property
    def count(self) -> int:
        return len(self.layouts)

    def aspect(self, index: int) -> float:
        laid = self.layouts[index]
        return laid.width / laid.height

    def paint(self, p: QPainter, index: int, target: QRectF) -> None:
        paint_slide(p, self.layouts[index], target, language=self.language)

    def notes(self, index: int) -> str:
        return self.slides[index].notes

    def guidance(self, index: int) -> str:
        return self.slides[index].guidance

    def picture(self, index: int) -> int:
        return index

    def step(self, index: int, delta: int) -> bool:
        return False

    def enter(self, index: int, *, backwards: bool) -> None:
        pass
