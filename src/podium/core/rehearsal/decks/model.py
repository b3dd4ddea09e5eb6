"""An imported deck: its slides as the rehearsal needs them, and the one error it can raise."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

SUFFIXES = (".pptx", ".pdf")

# Why a file cannot be rehearsed, in English (the command line prints these; the UI translates by kind).
REASONS = {
    "missing": "the file was not found",
    "unreadable": "the file cannot be opened",
    "empty": "the file is empty",
    "unsupported": "it is neither a PowerPoint (.pptx) nor a PDF file",
    "not_pptx": "it is not a PowerPoint file (it may be damaged)",
    "not_pdf": "it is not a PDF file",
    "password": "it is protected by a password",
    "security": "its protection is not supported",
    "damaged": "it could not be read completely",
    "no_slides": "it has no slides",
}


class DeckError(Exception):
    """The deck cannot be rehearsed; ``kind`` is a key of ``REASONS``, ``str()`` one English sentence."""

    def __init__(self, kind: str, path: Path) -> None:
        self.kind, self.path = kind, Path(path)
        super().__init__(f"Cannot present {self.path}: {REASONS[kind]}.")


@dataclass(frozen=True)
class DeckSlide:
    """One slide as the speaker sees it: for a PDF, every page of one overlay group (``pages``)."""

    number: int  # 1-based, counting every slide (hidden ones too)
    title: str  # "" when the slide has none to offer: the UI names it "Slide n"
    text: str  # the slide's other text, for the outline and the content key
    notes: str = ""
    hidden: bool = False
    pages: tuple[int, ...] = ()  # PDF pages (0-based) in the order they build up
    label: str = ""  # the PDF page label the pages share
    key: str = ""  # content key: the same title, text and pictures give the same key
    extra: str = ""  # what else the key should see (picture hashes); not shown

    @property
    def has_notes(self) -> bool:
        return bool(self.notes.strip())


@dataclass
class ImportedDeck:
    path: Path
    kind: str  # "pptx" or "pdf"
    slides: list[DeckSlide]
    width: float  # slide size in points (the first page's, for a PDF)
    height: float
    page_sizes: list[tuple[float, float]] = field(default_factory=list)  # a PDF's pages, in points
    notes_source: str = ""  # where notes came from besides the file itself: a .pdfpc or .md file

    @property
    def aspect(self) -> float:
        return self.width / self.height if self.width > 0 and self.height > 0 else 16 / 9

    @property
    def timed(self) -> list[DeckSlide]:
        return [s for s in self.slides if not s.hidden]

    def aspect_name(self) -> str:
        """'16:9', '4:3', 'A4 landscape' … or the plain ratio."""
        return aspect_name(self.width, self.height)

    def check_line(self) -> str:
        """What ``podium present --check`` prints: counts, hidden slides and the aspect."""
        notes = sum(1 for s in self.slides if s.has_notes)
        line = f"{len(self.slides)} slides, {notes} with notes"
        hidden = [s.number for s in self.slides if s.hidden]
        if hidden:
            line += f", {len(hidden)} hidden ({', '.join(map(str, hidden))})"
        overlays = sum(len(s.pages) - 1 for s in self.slides if len(s.pages) > 1)
        if overlays:
            line += f", {len(self.page_sizes)} pages with {overlays} overlay pages"
        line += f", {self.aspect_name()}"
        return line + (f", notes from {self.notes_source}" if self.notes_source else "")

    def with_notes(self, notes: dict[int, str]) -> ImportedDeck:
        """The deck with ``notes`` (by slide number) on every slide that has none of its own."""
        slides = [
            replace(s, notes=notes[s.number]) if not s.has_notes and notes.get(s.number, "").strip() else s
            for s in self.slides
        ]
        return replace(self, slides=slides)


def aspect_name(width: float, height: float) -> str:
    if width <= 0 or height <= 0:
        return "unknown size"
    ratio = width / height
    for name, value in (("16:9", 16 / 9), ("16:10", 16 / 10), ("4:3", 4 / 3), ("1:1", 1.0)):
        if abs(ratio - value) < 0.01:
            return name
    a4 = 297 / 210
    if abs(ratio - a4) < 0.01:
        return "A4 landscape"
    if abs(ratio - 1 / a4) < 0.01:
        return "A4 portrait"
    return f"{ratio:.2f}:1"


def content_keys(slides: list[DeckSlide]) -> list[DeckSlide]:
    """Give each slide its content key: a hash of what the audience sees, ``#2`` on a repeat."""
    seen: dict[str, int] = {}
    keyed = []
    for slide in slides:
        seen_text = "\n".join(" ".join(part.split()) for part in (slide.title, slide.text, slide.extra))
        digest = hashlib.sha1(seen_text.encode("utf-8")).hexdigest()[:12]
        seen[digest] = seen.get(digest, 0) + 1
        key = f"s-{digest}" + (f"#{seen[digest]}" if seen[digest] > 1 else "")
        keyed.append(replace(slide, key=key))
    return keyed


def check_file(path: Path) -> bytes:
    """The file's bytes; DeckError for a missing, unreadable or empty file, or one of another kind."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise DeckError("unsupported", path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise DeckError("missing", path) from exc
    except OSError as exc:
        raise DeckError("unreadable", path) from exc
    if not data:
        raise DeckError("empty", path)
    return data


def first_line(text: str, limit: int = 80) -> str:
    """The first line holding text, cut at ``limit`` characters on a word."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            if len(line) <= limit:
                return line
            return line[:limit].rsplit(" ", 1)[0] + "…"
    return ""
