"""Export work off the UI thread: pptx, slide PDF, handout PDF and PNGs, with progress and cancel.

The job works on a copy of the preparation taken when the user pressed Export, so
editing on during a long export cannot change a file half-way through.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from podium.core.atomic import atomic_write
from podium.core.errors import ExportError
from podium.core.model import GUIDANCE_IN_NOTES, Preparation
from podium.core.progress import Progress
from podium.core.render.layout import layout_deck
from podium.core.render.theme import THEMES
from podium.export.pptx_writer import build_presentation
from podium.ui.common.jobs import Job
from podium.ui.deck_export.images import write_pngs
from podium.ui.deck_export.pdf import HEADING_FONT, NOTES_FONT, PageDone, write_handout_pdf, write_slides_pdf
from podium.ui.slides.painter import font_family

FORMATS = ("pptx", "pdf", "handout", "png")
EXPORT_ERRORS = (ExportError, ValueError, OSError)  # their text names the file and the problem


@dataclass
class ExportPlan:
    prep: Preparation
    stem: Path  # folder and base name: deck.pptx, deck.pdf, deck-handout.pdf, deck-slides/
    formats: tuple[str, ...] = FORMATS
    include_guidance: bool = GUIDANCE_IN_NOTES
    targets: dict[str, Path] = field(default_factory=dict)  # given ones win over the names from stem

    def __post_init__(self) -> None:
        self.prep = Preparation.from_dict(self.prep.to_dict())  # a snapshot, see the module docstring
        folder, name = self.stem.parent, self.stem.name
        self.targets = {
            "pptx": folder / f"{name}.pptx",
            "pdf": folder / f"{name}.pdf",
            "handout": folder / f"{name}-handout.pdf",
            "png": folder / f"{name}-slides",
            **self.targets,
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


def run_export(plan: ExportPlan, progress: Progress) -> list[str]:
    """Write every format of ``plan``, reporting each page; the paths written, as strings.

    The work of a ``ui.common.jobs.Job`` (the Export dialog's and Ctrl+E's). Each file is
    written atomically, so a cancel or a failure leaves the finished files and no partial one.
    """
    prep, total = plan.prep, plan.steps()
    done = 0

    def tick(name: str) -> None:
        nonlocal done
        done += 1
        progress.report(done / total, name)  # raises Cancelled once the user cancelled

    def pages(target: Path) -> PageDone:
        def page_done(_pages: int) -> bool:
            tick(target.name)
            return True

        return page_done

    written: list[str] = []
    layouts = layout_deck(prep.deck, language=prep.language, brand=prep.brand_color, footer=prep.company)
    title = prep.deck.slides[0].title if prep.deck.slides else prep.display_title
    for fmt in plan.formats:
        progress.check()
        target = plan.targets[fmt]
        if fmt == "pptx":
            written.append(str(_write_pptx(prep, target, plan.include_guidance, progress)))
            tick(target.name)
        elif fmt == "pdf":
            written.append(str(write_slides_pdf(layouts, target, language=prep.language, title=title,
                                                progress=pages(target))))  # fmt: skip
        elif fmt == "handout":
            written.append(str(write_handout_pdf(prep.deck.slides, layouts, target, language=prep.language,
                                                 title=title, progress=pages(target))))  # fmt: skip
        elif fmt == "png":
            write_pngs(layouts, target, language=prep.language, progress=pages(target))
            written.append(str(target))
    return written


def _write_pptx(prep: Preparation, target: Path, include_guidance: bool, progress: Progress) -> Path:
    """``export.pptx_writer.write_pptx``, with a cancel honoured until the file is replaced."""
    prs = build_presentation(prep, include_guidance=include_guidance)
    progress.check()

    def save(tmp: Path) -> None:
        prs.save(str(tmp))
        progress.check()  # cancelled while saving: the temporary file goes, the old file stays

    return atomic_write(target, save)


def export_job(plan: ExportPlan, parent: QObject) -> Job:
    """The export as a job (not yet started): progress per page, cancel, one sentence on failure."""
    prepare_fonts()
    failure = QCoreApplication.translate("ExportJob", "Podium could not write the export: %1")
    return Job(lambda progress: run_export(plan, progress), parent, expected=EXPORT_ERRORS, failure=failure)
