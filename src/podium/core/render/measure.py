"""Text measurement with the bundled fonts, through Pillow's FreeType.

Widths are measured once at a reference size and scaled linearly, and cached
per word, which keeps laying out a 200-slide deck cheap.
"""

from __future__ import annotations

import re
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
    return _greedy_bounds(text, width, size, font_file)[0]


def wrap_bounds(text: str, width: float, size: float, font_file: str) -> tuple[float, float, int, int]:
    """(widest line kept, narrowest line refused, and their lengths in characters) for ``text`` at ``width``.

    A refused line is a line plus the word that was moved to the next line. Any frame
    width strictly between the two breaks the text in the same places, which is how
    the pptx writer absorbs an office suite measuring a fraction differently.
    """
    _, kept, refused, kept_len, refused_len = _greedy_bounds(text, width, size, font_file)
    return kept, refused, kept_len, refused_len


WRAP_TOLERANCE = 0.003  # office suites measure within this fraction of Podium ...
GLYPH_ROUNDING = 0.03  # ... plus this many points per character: they place glyphs on a 1/100 mm grid


def _slack(width: float, chars: int) -> float:
    return width * WRAP_TOLERANCE + chars * GLYPH_ROUNDING + 0.3


def frame_delta(paras: list[tuple[float, ...]]) -> float:
    """How much to widen (or narrow) a text frame so other renderers wrap like Podium.

    ``paras`` holds (available width, widest kept line, narrowest refused line[, their
    lengths in characters]) per paragraph. The answer keeps every kept line a tolerance
    inside the frame and every refused line a tolerance outside it, as close to zero as
    that allows; when no width satisfies every paragraph, it splits the difference.
    """
    if not paras:
        return 0.0
    rows = [(p[0], p[1], p[2], int(p[3]) if len(p) > 3 else 0, int(p[4]) if len(p) > 4 else 0) for p in paras]
    low = max(kept + _slack(kept, kl) - avail for avail, kept, _, kl, _ in rows)
    high = min(
        (refused - _slack(refused, rl) - avail if refused != float("inf") else refused)
        for avail, _, refused, _, rl in rows
    )
    if low <= high:
        return min(max(0.0, low), high)
    tight = max(kept - avail for avail, kept, *_ in rows)
    loose = min(refused - avail for avail, _, refused, *_ in rows)
    return (tight + loose) / 2


# Spaces a line may break at: every whitespace but the no-break ones (U+00A0, figure space U+2007,
# narrow no-break U+202F), which hold "1 200 000 kr" together in office suites, so here too.
_BREAKABLE = re.compile(r"[^\S\u00a0\u2007\u202f]+")


def words(text: str) -> list[str]:
    """``text`` split where lines may break: at spaces, never at a no-break space (str.split() would)."""
    return [word for word in _BREAKABLE.split(text) if word]


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
    return any(text_width(part, size, font_file) > width for word in words(text) for part in pieces(word))


def _greedy_bounds(
    text: str, width: float, size: float, font_file: str
) -> tuple[list[str], float, float, int, int]:
    """Greedy wrap at spaces and after inner hyphens.

    Returns the lines, the widest kept line, the narrowest refused line, and the
    character counts of those two lines.
    """
    lines: list[str] = []
    kept, refused = 0.0, float("inf")
    kept_len = refused_len = 0
    space = text_width(" ", size, font_file)
    for hard_line in text.split("\n"):
        line_words = words(hard_line)
        if not line_words:
            lines.append("")
            continue
        current: list[str] = []
        current_width = 0.0
        for word in line_words:
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
                    line = "".join(current)
                    lines.append(line)
                    if current_width > kept:
                        kept, kept_len = current_width, len(line)
                    if current_width + extra < refused:
                        refused, refused_len = current_width + extra, len(line) + len(part) + gap
                    current, current_width = [part], w
                else:
                    current.append(" " + part if gap else part)
                    current_width += extra
        lines.append("".join(current))
        if current_width > kept:
            kept, kept_len = current_width, len(lines[-1])
    return lines, kept, refused, kept_len, refused_len
