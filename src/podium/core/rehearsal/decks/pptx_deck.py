"""A .pptx from any office suite: titles, text, notes, hidden slides and the slide size (python-pptx).

A slide's title is the text of its title placeholder. When that placeholder holds a picture, or
the slide has no title, the slide is named by its first line of text, or left for the UI to call
"Slide n". Hidden slides (``show="0"``) are kept, marked, and left out of the timed plan.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from podium.core.rehearsal.decks.model import DeckError, DeckSlide, ImportedDeck, content_keys, first_line

EMU_PER_POINT = 12700
DEFAULT_SIZE = (9144000, 6858000)  # PowerPoint's default when the file names none: 10 x 7.5 in


def read_pptx(path: Path, data: bytes) -> ImportedDeck:
    """The deck in ``data`` (the bytes of ``path``); DeckError when it is no readable presentation."""
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DeckError("not_pptx", path)
    try:
        presentation = Presentation(io.BytesIO(data))
        width = presentation.slide_width or DEFAULT_SIZE[0]
        height = presentation.slide_height or DEFAULT_SIZE[1]
        slides = [_slide(slide, number) for number, slide in enumerate(presentation.slides, start=1)]
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, AttributeError) as exc:
        raise DeckError("not_pptx", path) from exc
    except Exception as exc:  # lxml's XMLSyntaxError and kin: a damaged part
        if type(exc).__module__.startswith(("lxml", "pptx")):
            raise DeckError("damaged", path) from exc
        raise
    if not slides:
        raise DeckError("no_slides", path)
    return ImportedDeck(
        Path(path), "pptx", content_keys(slides), width / EMU_PER_POINT, height / EMU_PER_POINT
    )


def _slide(slide: Any, number: int) -> DeckSlide:
    title_shape = slide.shapes.title
    title = ""
    if title_shape is not None and getattr(title_shape, "has_text_frame", False):
        title = first_line(title_shape.text_frame.text, 200)
    lines: list[str] = []
    pictures: list[str] = []
    for shape in _shapes(slide.shapes):
        if title_shape is not None and shape._element is title_shape._element:
            continue
        lines += _text_of(shape)
        image = _picture_hash(shape)
        if image:
            pictures.append(image)
    text = "\n".join(line for line in lines if line.strip())
    if not title:
        title = first_line(text)
    notes = ""
    if slide.has_notes_slide:
        frame = slide.notes_slide.notes_text_frame
        notes = frame.text.strip() if frame is not None else ""
    hidden = slide._element.get("show") in ("0", "false")
    return DeckSlide(number, title, text, notes, hidden, extra=" ".join(pictures))


def _shapes(shapes: Iterable[Any]) -> Iterable[Any]:
    """Every shape, the ones inside groups too, in the slide's order."""
    for shape in shapes:
        inner = getattr(shape, "shapes", None)
        if inner is not None:
            yield from _shapes(inner)
        else:
            yield shape


def _text_of(shape: Any) -> list[str]:
    if getattr(shape, "has_text_frame", False):
        return [p.text for p in shape.text_frame.paragraphs]
    if getattr(shape, "has_table", False):
        return [" · ".join(cell.text for cell in row.cells) for row in shape.table.rows]
    return []


def _picture_hash(shape: Any) -> str:
    try:
        return str(shape.image.sha1)[:12]
    except (AttributeError, ValueError, KeyError):  # not a picture, or a placeholder without one
        return ""
