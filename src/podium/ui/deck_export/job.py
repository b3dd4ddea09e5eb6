"""Export work off the UI thread: pptx, slide PDF, handout PDF and PNGs, with progress and cancel.

The job works on a copy of the preparation taken when the user pressed Export, so
editing on during a long export cannot change a file half-way through.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from podium.core.errors import ExportError
from podium.core.model import Preparation
from podium.core.render.layout import layout_deck
from podium.core.render.theme import THEMES
from podium.export.pptx_writer import write_pptx
from podium.ui.deck_export.images import write_pngs
from podium.ui.deck_export.pdf import HEADING_FONT, NOTES_FONT, Cancelled, write_handout_pdf, write_slides_pdf
from podium.ui.slides.painter import font_family

FORMATS = ("pptx", "pdf", "handout", "png")


@dataclass
class ExportPlan:
    prep: Preparation
    stem: Path  # folder and base name: deck.pptx, deck.pdf, deck-handout.pdf, deck-slides/
    formats: tuple[str, ...] = FORMATS
    include_guidance: bool = False
    targets: dict[str, Path] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.prep = Preparation.from_dict(self.prep.to_dict())  # a snapshot, see the module docstring
        folder, name = self.stem.parent, self.stem.name
        self.targets = {
            "pptx": folder / f"{name}.pptx",
            "pdf": folder / f"{name}.pdf",
            "handout": folder / f"{name}-handout.pdf",
            "png": folder / f"{name}-slides",
        }

    def steps(self) -> int:
        n = len(self.prep.deck.slides)
        return sum({"pptx": 1, "pdf": n, "handout": n, "png": n}[f] for f in self.formats)


def prepare_fonts() -> None:
    """Register every bundled face with Qt on the UI thread, before a worker paints with them."""
    files = {NOTES_FONT, HEADING_FONT}
    for theme in THEMES.values():
        files |= {theme.font_file, theme.bold_file}
    for name in files:
        font_family(name)
        font_family(name.replace("-Regular.ttf", "-Italic.ttf").replace("-Bold.ttf", "-BoldItalic.ttf"))


class ExportSignals(QObject):
    progress = Signal(int, int, str)  # done, total, what is being written
    finished = Signal(list)  # paths written (str)
    failed = Signal(str)
    cancelled = Signal()


class ExportJob(QRunnable):
    def __init__(self, plan: ExportPlan) -> None:
        super().__init__()
        self.plan = plan
        self.signals = ExportSignals()
        self._cancel = threading.Event()
        self._done = 0

    def cancel(self) -> None:
        self._cancel.set()

    def _tick(self, label: str) -> bool:
        self._done += 1
        self.signals.progress.emit(self._done, self.plan.steps(), label)
        return not self._cancel.is_set()

    def run(self) -> None:
        plan, prep = self.plan, self.plan.prep
        written: list[str] = []
        try:
            layouts = layout_deck(
                prep.deck, language=prep.language, brand=prep.brand_color, footer=prep.company
            )
            title = prep.deck.slides[0].title if prep.deck.slides else prep.display_title
            for fmt in plan.formats:
                if self._cancel.is_set():
                    raise Cancelled
                target = plan.targets[fmt]

                def step(_slide: int, label: str = target.name) -> bool:  # one page or image written
                    return self._tick(label)

                if fmt == "pptx":
                    written.append(str(write_pptx(prep, target, include_guidance=plan.include_guidance)))
                    if not self._tick(target.name):
                        raise Cancelled
                elif fmt == "pdf":
                    written.append(str(write_slides_pdf(layouts, target, language=prep.language, title=title,
                                                        progress=step)))  # fmt: skip
                elif fmt == "handout":
                    written.append(str(write_handout_pdf(prep.deck.slides, layouts, target, language=prep.language,
                                                         title=title, progress=step)))  # fmt: skip
                elif fmt == "png":
                    write_pngs(layouts, target, language=prep.language, progress=step)
                    written.append(str(target))
        except Cancelled:
            self.signals.cancelled.emit()
            return
        except (ExportError, ValueError, OSError) as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # a worker must report, never die silently
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(written)
