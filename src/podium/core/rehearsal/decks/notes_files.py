"""Speaker notes kept beside a deck: a pdfpc file, or a Markdown file with one section per slide.

Looked for next to the deck, with the same name: ``talk.pdf`` → ``talk.pdfpc``, then
``talk.notes.md`` or ``talk.md``. Every function returns notes by slide number (1-based,
counting each overlay group once, as pdfpc's own slide numbers do).

pdfpc (≥ 4.5) writes JSON: ``{"pages": [{"idx": 0, "label": "1", "overlay": 0, "note": "…"}]}``
where ``idx`` is the page; older pdfpc wrote ``[notes]`` followed by ``### n`` sections.

The Markdown format (also in the README): when the file has headings that name a slide,
``# Slide 3``, ``## 3`` or ``### Slide 3: Results`` (any level; the word ``Slide``, ``Bild``,
``Page`` or ``Sida`` optional), each starts that slide's notes, text before the first is a
preamble and ignored, and ``---`` lines are only decoration. Without such headings, ``---``
lines split the file: the first part is slide 1's notes, the next slide 2's, and so on.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

PDFPC_HEADING = re.compile(r"^###\s*(\d+)\s*$")
MD_HEADING = re.compile(r"^#{1,6}\s+(?:(?:slide|bild|page|sida)\s*)?(\d+)\b\s*[:.–—-]?.*$", re.IGNORECASE)
MD_BREAK = re.compile(r"^\s*(?:---+|\*\*\*+|___+)\s*$")


def find_notes_file(deck: Path) -> Path | None:
    """The notes file beside ``deck``, pdfpc's first; None when there is none."""
    for candidate in (deck.with_suffix(".pdfpc"), deck.with_suffix(".notes.md"), deck.with_suffix(".md")):
        if candidate.is_file():
            return candidate
    return None


def read_notes_file(path: Path, page_to_slide: dict[int, int]) -> dict[int, str]:
    """Notes by slide number from a .pdfpc or .md file; {} when it cannot be read.

    ``page_to_slide`` maps a PDF page index (0-based) to its slide number, for pdfpc's JSON."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return {}
    if path.suffix.lower() == ".pdfpc":
        return parse_pdfpc(text, page_to_slide)
    return parse_markdown(text)


def parse_pdfpc(text: str, page_to_slide: dict[int, int]) -> dict[int, str]:
    """pdfpc's JSON (``pages`` with ``idx`` and ``note``), or its older ``[notes]`` / ``### n`` text."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except ValueError:
            return {}
        notes: dict[int, list[str]] = {}
        pages = data.get("pages") if isinstance(data, dict) else None
        for page in pages if isinstance(pages, list) else []:
            if not isinstance(page, dict) or not isinstance(page.get("note"), str):
                continue
            idx = page.get("idx")
            if not isinstance(idx, int) or idx not in page_to_slide:
                continue
            note = page["note"].strip()
            slide = notes.setdefault(page_to_slide[idx], [])
            if note and note not in slide:
                slide.append(note)
        return {number: "\n\n".join(parts) for number, parts in notes.items() if parts}
    return _sections((text.split("[notes]", 1)[1] if "[notes]" in text else "").splitlines(), PDFPC_HEADING)


def parse_markdown(text: str) -> dict[int, str]:
    """The Markdown notes format (see the module docstring)."""
    lines = text.splitlines()
    if any(MD_HEADING.match(line.strip()) for line in _outside_fences(lines)):
        return _sections(lines, MD_HEADING, ignore=MD_BREAK)
    notes: dict[int, list[str]] = {1: []}
    for line, fenced in _with_fences(lines):
        if not fenced and MD_BREAK.match(line):
            notes[len(notes) + 1] = []
        else:
            notes[len(notes)].append(line)
    return _cleaned(notes)


def _sections(
    lines: list[str], heading: re.Pattern[str], ignore: re.Pattern[str] | None = None
) -> dict[int, str]:
    """Lines after a ``heading`` that names slide n are its notes; lines before the first are not."""
    notes: dict[int, list[str]] = {}
    current: int | None = None
    for line, fenced in _with_fences(lines):
        found = None if fenced else heading.match(line.strip())
        if found:
            current = int(found.group(1))
            notes.setdefault(current, [])
        elif current is not None and not (ignore is not None and not fenced and ignore.match(line)):
            notes[current].append(line)
    return _cleaned(notes)


def _with_fences(lines: list[str]) -> list[tuple[str, bool]]:
    """Each line and whether it is inside a fenced code block (where nothing is a heading)."""
    out, fenced = [], False
    for line in lines:
        if line.lstrip().startswith("```"):
            fenced = not fenced
            out.append((line, True))
        else:
            out.append((line, fenced))
    return out


def _outside_fences(lines: list[str]) -> list[str]:
    return [line for line, fenced in _with_fences(lines) if not fenced]


def _cleaned(notes: dict[int, list[str]]) -> dict[int, str]:
    joined = {n: "\n".join(lines).strip() for n, lines in notes.items()}
    return {n: text for n, text in joined.items() if n > 0 and text}
