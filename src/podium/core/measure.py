"""Text measurement with the bundled fonts, through Pillow's FreeType.

Widths are measured once at a reference size and scaled linearly, and cached
per word, which keeps laying out a 200-slide deck cheap.
"""

from __future__ import annotations

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
    lines: list[str] = []
    space = text_width(" ", size, font_file)
    for hard_line in text.split("\n"):
        words = hard_line.split()
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        current_width = 0.0
        for word in words:
            w = text_width(word, size, font_file)
            if w > width:
                if current:
                    lines.append(" ".join(current))
                    current, current_width = [], 0.0
                *head, tail = _break_long_word(word, width, size, font_file)
                lines.extend(head)
                current, current_width = [tail], text_width(tail, size, font_file)
                continue
            extra = w + (space if current else 0.0)
            if current and current_width + extra > width:
                lines.append(" ".join(current))
                current, current_width = [word], w
            else:
                current.append(word)
                current_width += extra
        lines.append(" ".join(current))
    return lines
