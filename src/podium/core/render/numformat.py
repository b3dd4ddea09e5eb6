"""Numbers written the way a chart's Office number format writes them, in the deck's language.

The exported chart carries a number format (``#,##0.0,,``: millions with one decimal) that
PowerPoint and LibreOffice apply to its axis and labels; the painter uses this to write the
same figures. It reads the part of the format language Podium writes: sections for positive,
negative and zero values, quoted text, grouping, decimals, thousands scaling by trailing
commas, and percent.
"""

from __future__ import annotations

import re

from podium.core.text import format_number, group_separator, percent

_DIGITS = re.compile(r"[#0?][#0?,]*(?:\.[#0?]*)?,*")


def _sections(code: str) -> list[str]:
    """``code`` split at the semicolons that are not inside quotes."""
    parts, current, quoted = [], "", False
    for char in code:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def _literal(text: str) -> str:
    """The text a section shows around its number: quotes and backslashes removed."""
    out, quoted, escaped = "", False, False
    for char in text:
        if escaped:
            out, escaped = out + char, False
        elif char == "\\" and not quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        else:
            out += char
    return out


def _outside_quotes(text: str) -> str:
    return re.sub(r'"[^"]*"', "", text)


def thousands_scale(code: str) -> int:
    """How many times the format divides by a thousand (its trailing commas: 1 for '#,##0,')."""
    match = _DIGITS.search(_outside_quotes(_sections(code)[0]))
    return len(match.group(0)) - len(match.group(0).rstrip(",")) if match else 0


def render(value: float, code: str, language: str) -> str:
    """``value`` as the Office number format ``code`` shows it ('General' and '' write it plainly)."""
    if not code or code.strip().lower() == "general":
        places = 0 if float(value).is_integer() else 2
        return format_number(value, language, places)
    sections = _sections(code)
    section, signed = sections[0], True
    if value < 0 and len(sections) > 1:
        section, signed, value = sections[1], False, -value
    elif value == 0 and len(sections) > 2:
        section = sections[2]
    plain = _outside_quotes(section)
    match = _DIGITS.search(plain)
    if match is None:
        return _literal(section)
    digits = match.group(0)
    scale = len(digits) - len(digits.rstrip(","))
    body = digits.rstrip(",")
    places = len(body.split(".")[1]) if "." in body else 0
    number = value / 1000**scale
    is_percent = "%" in plain
    if is_percent:
        number *= 100
    text = format_number(number if signed else abs(number), language, places)
    if "," not in body:
        text = text.replace(group_separator(language), "")
    # Rebuild the section with the number in place of its digits; quoted text kept as written.
    start = _position(section, match.start())
    end = _position(section, match.end())
    before, after = _literal(section[:start]), _literal(section[end:])
    if is_percent:
        return before + percent(text, language) + after.replace("%", "", 1)
    return before + text + after


def _position(section: str, index: int) -> int:
    """The index in ``section`` of character ``index`` of the section with its quoted text removed."""
    positions, quoted = [], False
    for i, char in enumerate(section):
        if char == '"':
            quoted = not quoted
        elif not quoted:
            positions.append(i)
    if index < len(positions):
        return positions[index]
    return positions[-1] + 1 if positions else 0
