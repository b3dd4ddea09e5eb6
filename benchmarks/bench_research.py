"""Research and practice: the work behind a keystroke, the readiness list, page parsing and the PDFs.

Per-keystroke work in the Research tab (store the research, refill the deck's research
slots; the redraw waits until typing pauses) and the readiness recount after each save
are timed against one 60 Hz frame. Parsing a 2 MB page (the most Podium reads) is timed
against Python's own ``html.parser`` reading the same text with no handlers, and the
take-away PDFs against laying out the deck once.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

from benchmarks.common import Result, interleaved, median_time, size
from podium.core.deck.research_slides import refill
from podium.core.deck.scaffold import scaffold
from podium.core.interview import practice
from podium.core.interview.questions import likely_questions
from podium.core.interview.readiness import readiness
from podium.core.interview.takeaway import brief_html, cue_cards_html
from podium.core.model import Preparation
from podium.core.render.layout import layout_deck
from podium.core.research.records import (
    Company,
    Doubt,
    Idea,
    NewsItem,
    Person,
    Research,
    load_research,
    store_research,
)
from podium.core.research.site_html import parse_page

NOW = datetime(2026, 11, 26, 9, 0)


def _prep() -> Preparation:
    prep = Preparation(role="marketing", company="Nordvik AB", interview_at=NOW + timedelta(days=3))
    research = Research(
        company=Company(goals="\n".join(f"Goal {i}: grow segment {i} by 10%" for i in range(5))),
        news=[
            NewsItem(f"2026-10-{i + 1:02d}", f"Headline {i}", f"https://news.example/{i}") for i in range(20)
        ],
        people=[
            Person(f"Person {i}", "Director", "Growth", "Notes " * 20, "Ask about the plan") for i in range(8)
        ],
        ideas=[Idea(f"Observation {i}", f"Evidence {i}", f"Proposal {i}") for i in range(20)],
        doubts=[Doubt(f"Doubt {i}", f"Evidence that answers doubt {i}") for i in range(10)],
    )
    store_research(prep, research)
    prep.deck = scaffold(prep)
    for q in likely_questions(prep)[::2]:
        practice.save(prep, q.id, practice.Practice(answer="Point one\nPoint two", attempts=[80.0, 95.0]))
    return prep


def _page(size: int = 2_000_000) -> str:
    head = "<html><head><title>Nordvik</title><meta name='theme-color' content='#0B5D3B'></head><body>"
    row = "<div class='card'><img src='/p.png' alt='product'><p>Invoicing for small firms &amp; more</p></div>\n"
    return head + row * (size // len(row)) + "</body></html>"


def run(repeat: int = 20) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    prep = _prep()
    research = load_research(prep)

    def keystroke() -> None:  # what the Research tab does on every edit that feeds the deck
        research.company.goals += "x"
        store_research(prep, research)
        refill(prep)

    frame = 1 / 60
    key_time = median_time(keystroke, repeat)
    ready_time = median_time(lambda: readiness(prep, [], NOW), repeat)
    page = _page(size(2_000_000, 20_000))

    class Bare(HTMLParser):
        pass

    def bare() -> None:
        parser = Bare()
        parser.feed(page)
        parser.close()

    parse_time, bare_time = interleaved(lambda: parse_page(page), bare, max(3, repeat // 4))
    results = [
        Result(
            "research: per keystroke: store, refill the research slots", key_time, "16 ms frame", frame, 1.0
        ),
        Result(
            f"readiness: recount after a save ({len(likely_questions(prep))} questions, full research)",
            ready_time,
            "16 ms frame",
            frame,
            1.0,
        ),
        Result(
            "website: metadata from a 2 MB page", parse_time, "bare html.parser, whole page", bare_time, 0.5
        ),
    ]
    from podium.ui.app import create_application
    from podium.ui.interview.takeaway import write_cards_pdf, write_pdf

    create_application()
    layout_time = median_time(lambda: layout_deck(prep.deck, language="en"), 5)
    with tempfile.TemporaryDirectory() as folder:
        html, cards = brief_html(prep), cue_cards_html(prep)
        brief_time = median_time(lambda: write_pdf(html, Path(folder) / "brief.pdf"), 5)
        cards_time = median_time(lambda: write_cards_pdf(cards, Path(folder) / "cards.pdf"), 5)
    results += [
        Result(
            "take-away: research brief PDF (20 news, 8 people, 20 ideas)",
            brief_time,
            "deck layout",
            layout_time,
        ),
        Result(f"take-away: {len(cards)} cue cards PDF", cards_time, "deck layout", layout_time),
    ]
    return results


if __name__ == "__main__":
    from benchmarks.common import HEADER

    print(HEADER)
    for result in run():
        print(result.row())
