"""Swedish typography in every text a Swedish deck carries (titles, bullets, tables, chart titles,
categories and series, diagram labels, speaker notes), with and without data: numbers never
break across lines (a no-break space groups thousands and stands before '%' and a unit), ranges
take an en dash, and a quarter is 'kv. 1', never 'Q1'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from podium.core.model import BulletsBlock, ChartBlock, DiagramBlock, Preparation, TableBlock
from podium.core.text import format_number, percent, quarter
from tests.every_deck import ROLES, deck_prep

UNITS = r"(?:kr|tkr|mkr|Mkr|SEK|MSEK|%|procent|procentenheter|st|min|minuter|sekunder|s|h|timmar|dagar|veckor|v|månader|mån|år|p|poäng|ggr|kunder|personer)"
RULES = {
    "a breakable space inside a number": re.compile(r"\d [0-9]{3}(?![0-9])"),
    "a breakable space before a unit or %": re.compile(rf"\d {UNITS}(?![\wåäö])"),
    "a hyphen in a range of numbers": re.compile(r"(?<![\w-])\d+-\d+(?![\w-])"),
    "a spaced hyphen as a dash": re.compile(r"\w - \w"),
    "an English quarter label": re.compile(r"\bQ[1-4]\b"),
}


def texts(prep: Preparation) -> Iterator[tuple[str, str]]:
    """(where, text) for every string of the deck the audience or the candidate reads."""
    for n, slide in enumerate(prep.deck.slides, start=1):
        where = f"slide {n} ({slide.key})"
        yield f"{where} title", slide.title
        yield f"{where} subtitle", slide.subtitle
        yield f"{where} notes", slide.notes
        for block in slide.blocks:
            if isinstance(block, BulletsBlock):
                for item in block.items:
                    yield f"{where} bullet", item.text
            elif isinstance(block, TableBlock):
                for cell in [*block.columns, *(c for row in block.rows for c in row)]:
                    yield f"{where} table", cell
            elif isinstance(block, ChartBlock):
                yield f"{where} chart title", block.title
                for category in block.categories:
                    yield f"{where} chart category", category
                for series in block.series:
                    yield f"{where} chart series", series.name
            elif isinstance(block, DiagramBlock):
                yield f"{where} diagram title", block.title
                for shape in block.shapes:
                    yield f"{where} diagram label", shape.text


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("data", [False, True], ids=["scaffold", "data"])
def test_swedish_deck_texts(tmp_path: Path, role: str, data: bool) -> None:
    prep = deck_prep(role, "sv", tmp_path, data=data)
    found = [
        f"{where}: {rule}: …{text[max(0, m.start() - 20) : m.end() + 20]}…"
        for where, text in texts(prep)
        for rule, pattern in RULES.items()
        for m in pattern.finditer(text)
    ]
    assert found == []


def test_locale_formats() -> None:
    assert format_number(4000, "sv") == "4\u00a0000"
    assert percent("12", "sv") == "12\u00a0%"
    assert quarter(1, "sv", 2025) == "kv.\u00a01\u00a02025"
    assert quarter(1, "en", 2025) == "Q1 2025"
