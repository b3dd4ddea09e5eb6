"""``open_deck``: any .pptx or PDF, with the notes its speaker keeps beside it."""

from __future__ import annotations

from pathlib import Path

from podium.core.rehearsal.decks.model import ImportedDeck, check_file
from podium.core.rehearsal.decks.notes_files import find_notes_file, read_notes_file
from podium.core.rehearsal.decks.pdf_deck import read_pdf
from podium.core.rehearsal.decks.pptx_deck import read_pptx


def open_deck(path: Path) -> ImportedDeck:
    """The deck at ``path``; raises ``DeckError`` (one sentence) for a file it cannot rehearse.

    A slide without notes of its own takes them from a pdfpc or Markdown file beside the deck."""
    path = Path(path)
    data = check_file(path)
    deck = read_pptx(path, data) if path.suffix.lower() == ".pptx" else read_pdf(path, data)
    found = find_notes_file(path)
    if found is not None:
        page_to_slide = {page: slide.number for slide in deck.slides for page in slide.pages}
        if not page_to_slide:  # a .pptx: pdfpc's page index is the slide's
            page_to_slide = {slide.number - 1: slide.number for slide in deck.slides}
        notes = read_notes_file(found, page_to_slide)
        if notes:
            deck = deck.with_notes(notes)
            deck.notes_source = found.name
    return deck
