"""What a slide says, as plain data: its title, lines, tables and charts.

The challenges are built from this, not from a ``Slide``, so the same rules read the
preparation's own deck (``from_deck``) and a .pptx or PDF file opened from the command line
(``deck_text``). Scaffold text the user has not replaced yet (``example``) is left out: the
panel challenges what the candidate claims, not Podium's placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from podium.core.model import LANGUAGES, BulletsBlock, ChartBlock, Deck, Slide, TableBlock
from podium.core.phrasebook import phrases
from podium.core.render.numformat import thousands_scale


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Chart:
    chart_type: str  # column, bar, line, pie or waterfall (a bridge: a total, the changes, a total)
    title: str
    categories: tuple[str, ...]
    values: tuple[float, ...]  # the first series: the one the panel reads
    percent: bool = False  # the values are shares or rates, shown with a percent sign


@dataclass(frozen=True)
class SlideContent:
    number: int  # 1-based, as the audience counts
    key: str  # the slide's stable key; a file's slides are "slide-<number>"
    title: str
    lines: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()
    kind: str = "content"  # title, section, content or closing
    backup: bool = False
    labels: tuple[str, ...] = ()  # a file's text in a word or three on its own: callouts, a diagram's cells
    keyed: bool = False  # ``key`` is a Podium slide key (the same in every language), not a position
    example_title: bool = False  # the title is the scaffold's example ("Example: …"), not a claim yet

    @property
    def empty(self) -> bool:
        return not (self.lines or self.tables or self.charts)


def shares(number_format: str, values: Iterable[float]) -> bool:
    """Values written as shares of one ("0%" shows 0.25 as 25%), as Excel and PowerPoint read a
    percent format outside quotes; the panel quotes them as the audience sees them."""
    unquoted = re.sub(r'"[^"]*"', "", number_format)
    listed = list(values)
    return "%" in unquoted and bool(listed) and all(0 <= v <= 1 for v in listed)


def as_shown(number_format: str, values: Iterable[float]) -> tuple[float, ...]:
    """The values as the audience reads them: shares as percentages, and sums in a format that
    scales them ('#,##0,' writes thousands, '#,##0,,' millions, as Excel and PowerPoint do) divided
    as the chart shows them, so the panel quotes '146' from a chart in SEK k, not '146,374.7'."""
    listed = tuple(values)
    if shares(number_format, listed):
        return tuple(v * 100 for v in listed)
    scale = thousands_scale(number_format)
    return tuple(v / 1000**scale for v in listed) if scale else listed


def example_prefixes() -> tuple[str, ...]:
    """How Podium marks a scaffold example, in every language ("Example: ", "Exempel: ")."""
    return tuple(phrases(lang).say("deck.example_marked", text="") for lang in LANGUAGES)


def plain_title(title: str) -> tuple[str, bool]:
    """The title without an example mark, and whether it had one."""
    title = " ".join(title.split())
    for prefix in example_prefixes():
        if prefix.strip() and title.startswith(prefix.strip()):
            return title[len(prefix.strip()) :].strip(), True
    return title, False


def from_slide(slide: Slide, number: int) -> SlideContent:
    lines: list[str] = []
    tables: list[Table] = []
    charts: list[Chart] = []
    for block in slide.blocks:
        if isinstance(block, BulletsBlock):
            lines += [i.text.strip() for i in block.items if i.text.strip() and not i.example]
        elif isinstance(block, TableBlock) and not block.example and block.rows:
            tables.append(Table(tuple(block.columns), tuple(tuple(r) for r in block.rows)))
        elif isinstance(block, ChartBlock) and not block.example and block.categories and block.series:
            values = as_shown(block.number_format, block.series[0].values)
            charts.append(
                Chart(
                    block.chart_type,
                    block.title.strip(),
                    tuple(block.categories),
                    values,
                    "%" in block.number_format,
                )
            )
    title, example = plain_title(slide.title)
    return SlideContent(
        number=number,
        key=slide.key or f"slide-{number}",
        title=title,
        lines=tuple(lines),
        tables=tuple(tables),
        charts=tuple(charts),
        kind=slide.kind,
        backup=slide.backup,
        keyed=bool(slide.key),
        example_title=example,
    )


def from_deck(deck: Deck) -> list[SlideContent]:
    return [from_slide(slide, i) for i, slide in enumerate(deck.slides, start=1)]
