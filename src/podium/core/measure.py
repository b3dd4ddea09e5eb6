"""Text measurement with the bundled fonts, through Pillow's FreeType.

Widths are measured once at a reference size and scaled linearly, and cached
per word, which keeps laying out a 200-slide deck cheap.
"""

from __future__ import annotations

import struct
from functools import lru_cache

from PIL import ImageFont

from podium import paths

_REFERENCE_SIZE = 200  # measure big and scale down: sub-pixel accurate at slide sizes
LINE_HEIGHT = 1.2  # line pitch as a multiple of font size, written explicitly into the pptx


@lru_cache(maxsize=16)
def _font(font_file: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(paths.fonts_dir() / font_file), _REFERENCE_SIZE)


@lru_cache(maxsize=65536)
def _reference_width(font_file: str, text: str) -> float:
    return float(_font(font_file).getlength(text))


@lru_cache(maxsize=16)
def vertical_metrics(font_file: str) -> tuple[float, float]:
    """(ascent, descent) as fractions of the font size, from the OS/2 table's Windows metrics.

    Office suites centre those in a line's pitch, so painting baselines from them puts
    text where PowerPoint and LibreOffice put it (Carlito: 0.952 and 0.269).
    """
    data = (paths.fonts_dir() / font_file).read_bytes()
    tables = {}
    for i in range(struct.unpack(">H", data[4:6])[0]):
        tag, _, offset, _ = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
        tables[tag] = offset
    units = struct.unpack(">H", data[tables[b"head"] + 18 : tables[b"head"] + 20])[0]
    os2 = tables[b"OS/2"]
    win_ascent, win_descent = struct.unpack(">HH", data[os2 + 74 : os2 + 78])
    return win_ascent / units, win_descent / units


def italic_of(font_file: str) -> str:
    """The italic face bundled beside ``font_file``: example text is set in italics and measured so."""
    if font_file.endswith("-Bold.ttf"):
        return font_file.replace("-Bold.ttf", "-BoldItalic.ttf")
    return font_file.replace("-Regular.ttf", "-Italic.ttf")


def text_width(text: str, size_pt: float, font_file: str) -> float:
    """Width of ``text`` in points at ``size_pt``."""
    return _reference_width(font_file, text) * size_pt / _REFERENCE_SIZE


def _break_long_word(word: str, width: float, size: float, font_file: str) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, size, font_file) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, width: float, size: float, font_file: str) -> list[str]:
    """Greedy word wrap of one paragraph (explicit newlines start new lines)."""
    return _greedy(text, width, size, font_file)[0]


def wrap_bounds(text: str, width: float, size: float, font_file: str) -> tuple[float, float]:
    """(widest line kept, narrowest line refused) when wrapping ``text`` to ``width``.

    A refused line is a line plus the word that was moved to the next line. Any frame
    width strictly between the two breaks the text in the same places, which is how
    the pptx writer absorbs an office suite measuring a fraction differently.
    """
    _, kept, refused = _greedy(text, width, size, font_file)
    return kept, refused


WRAP_TOLERANCE = 0.003  # office suites measure within this fraction of Podium (plus 0.3 pt)


def frame_delta(paras: list[tuple[float, float, float]]) -> float:
    """How much to widen (or narrow) a text frame so other renderers wrap like Podium.

    ``paras`` holds (available width, widest kept line, narrowest refused line) per
    paragraph. The answer keeps every kept line a tolerance inside the frame and every
    refused line a tolerance outside it, as close to zero as that allows.
    """
    if not paras:
        return 0.0
    low = max(kept * (1 + WRAP_TOLERANCE) + 0.3 - avail for avail, kept, _ in paras)
    high = min(refused * (1 - WRAP_TOLERANCE) - 0.3 - avail for avail, _, refused in paras)
    if low <= high:
        return min(max(0.0, low), high)
    tight = max(kept - avail for avail, kept, _ in paras)
    loose = min(refused - avail for avail, _, refused in paras)
    return (tight + loose) / 2


BREAK_AFTER = "-\u2010\u2013\u2014"  # hyphen, hyphen, en dash, em dash: lines may break after them


def pieces(word: str) -> list[str]:
    """``word`` split after its inner hyphens and dashes, where office suites also break lines."""
    parts: list[str] = []
    start = 0
    for i, char in enumerate(word[:-1]):
        if i > 0 and char in BREAK_AFTER:
            parts.append(word[start : i + 1])
            start = i + 1
    parts.append(word[start:])
    return parts


def splits_a_word(text: str, width: float, size: float, font_file: str) -> bool:
    """True if wrapping ``text`` to ``width`` must cut a word between letters."""
    return any(
        text_width(part, size, font_file) > width for word in text.split() for part in pieces(word)
    )


def _greedy(text: str, width: float, size: float, font_file: str) -> tuple[list[str], float, float]:
    """Greedy wrap at spaces and after inner hyphens; returns the lines, widest kept, narrowest refused."""
    lines: list[str] = []
    kept, refused = 0.0, float("inf")
    space = text_width(" ", size, font_file)
    for hard_line in text.split("\n"):
        words = hard_line.split()
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        current_width = 0.0
        for word in words:
            for k, part in enumerate(pieces(word)):
                w = text_width(part, size, font_file)
                gap = k == 0 and bool(current)
                if w > width:
                    if current:
                        lines.append("".join(current))
                        current, current_width = [], 0.0
                    *head, tail = _break_long_word(part, width, size, font_file)
                    lines.extend(head)
                    current, current_width = [tail], text_width(tail, size, font_file)
                    continue
                extra = w + (space if gap else 0.0)
                if current and current_width + extra > width:
                    lines.append("".join(current))
                    kept, refused = max(kept, current_width), min(refused, current_width + extra)
                    current, current_width = [part], w
                else:
                    current.append(" " + part if gap else part)
                    current_width += extra
        lines.append("".join(current))
        kept = max(kept, current_width)
    return lines, kept, refused
