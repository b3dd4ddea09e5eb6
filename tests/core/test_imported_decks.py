"""Decks finished elsewhere, read for rehearsal: .pptx from python-pptx, Beamer-like PDFs, notes
files beside them, files that cannot be read, and each deck's record keyed by slide content."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from podium.core.rehearsal.decks.model import DeckError
from podium.core.rehearsal.decks.notes_files import parse_markdown, parse_pdfpc
from podium.core.rehearsal.decks.reader import open_deck
from podium.core.rehearsal.decks.record import DeckRecords
from podium.core.rehearsal.runs import Rehearsal, SlideTime
from tests.deck_files import PageSpec, SlideSpec, beamer_like, make_pdf, make_pptx

TALK = [
    SlideSpec("Why we are here", "Churn rose 4 points", "Open with the churn number."),
    SlideSpec("Backup: raw data", "Table", "Only if asked.", hidden=True),
    SlideSpec(picture_title=True, body="Our logo, big"),
    SlideSpec(None, body="Three things to remember"),
    SlideSpec(None),
]


def test_a_pptx_gives_titles_notes_hidden_slides_and_a_name_for_every_slide(tmp_path: Path) -> None:
    deck = open_deck(make_pptx(tmp_path / "talk.pptx", TALK))
    assert [s.title for s in deck.slides] == [
        "Why we are here", "Backup: raw data", "Our logo, big", "Three things to remember", ""
    ]  # fmt: skip
    assert [s.hidden for s in deck.slides] == [False, True, False, False, False]
    assert (
        deck.slides[0].notes == "Open with the churn number." and deck.slides[0].text == "Churn rose 4 points"
    )
    assert len(deck.timed) == 4
    assert deck.check_line() == "5 slides, 2 with notes, 1 hidden (2), 16:9"


@pytest.mark.parametrize(("size", "name", "aspect"), [("16:9", "16:9", 16 / 9), ("4:3", "4:3", 4 / 3), ("A4", "A4 landscape", 297 / 210)])  # fmt: skip
def test_every_slide_size_keeps_its_own_aspect(tmp_path: Path, size: str, name: str, aspect: float) -> None:
    deck = open_deck(make_pptx(tmp_path / "talk.pptx", TALK[:1], size))
    assert deck.aspect == pytest.approx(aspect, rel=1e-3) and deck.aspect_name() == name


def test_overlay_pages_of_a_beamer_pdf_are_one_slide(tmp_path: Path) -> None:
    deck = open_deck(beamer_like(tmp_path / "talk.pdf"))
    assert [s.pages for s in deck.slides] == [(0,), (1, 2, 3), (4,)]
    assert [s.title for s in deck.slides] == ["Quarterly review", "Results", "Next steps"]
    assert deck.slides[1].text == "Revenue up\nCosts flat\nMargin 12%"  # the last overlay has it all
    assert deck.check_line() == "3 slides, 0 with notes, 5 pages with 2 overlay pages, 16:9"


def test_a_pdf_without_labels_is_one_slide_a_page(tmp_path: Path) -> None:
    deck = open_deck(make_pdf(tmp_path / "plain.pdf", [PageSpec(["Same"]), PageSpec(["Same"])]))
    assert [s.pages for s in deck.slides] == [(0,), (1,)]
    assert deck.slides[0].key != deck.slides[1].key  # the same text twice: keys stay apart


def test_pdfpc_json_notes_follow_the_slide_of_their_page(tmp_path: Path) -> None:
    beamer_like(tmp_path / "talk.pdf")
    pages = [{"idx": 0, "label": "1", "overlay": 0, "note": "Greet the panel."},
             {"idx": 2, "label": "2", "overlay": 1, "note": "Pause after costs."},
             {"idx": 4, "label": "3", "overlay": 0, "note": ""}]  # fmt: skip
    (tmp_path / "talk.pdfpc").write_text(json.dumps({"pdfpcFormat": 2, "pages": pages}), encoding="utf-8")
    deck = open_deck(tmp_path / "talk.pdf")
    assert [s.notes for s in deck.slides] == ["Greet the panel.", "Pause after costs.", ""]
    assert deck.check_line().endswith("notes from talk.pdfpc")


def test_the_older_pdfpc_format_numbers_slides() -> None:
    text = "[file]\ntalk.pdf\n[notes]\n### 1\nHello\n### 3\nGoodbye\nand thanks\n"
    assert parse_pdfpc(text, {}) == {1: "Hello", 3: "Goodbye\nand thanks"}


def test_markdown_notes_by_heading_or_by_rule(tmp_path: Path) -> None:
    headed = "# My talk\nintro, ignored\n\n## Slide 1\nOpen strong.\n---\n## 3: Results\nSlow down.\n"
    assert parse_markdown(headed) == {1: "Open strong.", 3: "Slow down."}
    ruled = "First slide's notes\n---\n\n---\nThird slide\n```\n# 7 inside code is text\n```\n"
    assert parse_markdown(ruled) == {
        1: "First slide's notes",
        3: "Third slide\n```\n# 7 inside code is text\n```",
    }
    beamer_like(tmp_path / "talk.pdf")
    (tmp_path / "talk.notes.md").write_text("# Bild 2\nTre punkter, en i taget.\n", encoding="utf-8")
    deck = open_deck(tmp_path / "talk.pdf")
    assert deck.slides[1].notes == "Tre punkter, en i taget." and deck.notes_source == "talk.notes.md"


def test_files_that_cannot_be_rehearsed_say_why(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pptx"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.pptx"
    broken.write_bytes(make_pptx(tmp_path / "ok.pptx", TALK).read_bytes()[:3000])  # a zip cut short
    not_a_deck = tmp_path / "other.pptx"
    with zipfile.ZipFile(not_a_deck, "w") as z:
        z.writestr("hello.txt", "not a presentation")
    locked = make_pdf(tmp_path / "locked.pdf", [PageSpec(["Secret"])], password="s3cret")
    cases = {empty: "empty", broken: "not_pptx", not_a_deck: "not_pptx", locked: "password",
             tmp_path / "gone.pdf": "missing", tmp_path / "notes.txt": "unsupported"}  # fmt: skip
    for path, kind in cases.items():
        with pytest.raises(DeckError) as caught:
            open_deck(path)
        assert caught.value.kind == kind, path
        assert str(caught.value).startswith(f"Cannot present {path}: ") and str(caught.value).endswith(".")


def _run(deck_keys: list[str], seconds: float) -> Rehearsal:
    from datetime import datetime

    return Rehearsal(datetime(2025, 3, 1, 9), seconds * len(deck_keys), 600,
                     [SlideTime(k, k, seconds, 60) for k in deck_keys])  # fmt: skip


def test_budgets_split_the_talk_over_shown_slides_and_a_fixed_one_stays(tmp_path: Path) -> None:
    deck = open_deck(make_pptx(tmp_path / "talk.pptx", TALK))
    records = DeckRecords(tmp_path / "decks")
    record = records.for_deck(deck)
    record.talk_seconds = 601
    assert record.plan(deck).budgets == [151, 0, 150, 150, 150]
    record.set_budget(deck.slides[0].key, 301)
    assert record.plan(deck).budgets == [301, 0, 100, 100, 100]
    records.save(record)
    assert records.for_deck(deck).plan(deck).budgets == [301, 0, 100, 100, 100]


def test_history_budgets_and_typed_notes_follow_slides_by_content_when_the_file_changes(
    tmp_path: Path,
) -> None:
    path = make_pptx(tmp_path / "talk.pptx", TALK)
    records = DeckRecords(tmp_path / "decks")
    deck = open_deck(path)
    record = records.for_deck(deck)
    first = deck.slides[0].key
    record.notes[first] = "Typed in Podium"
    record.set_budget(first, 90)
    records.add_run(record, _run([s.key for s in deck.timed], 30))
    # the deck is edited: a new slide first, the last one changed, the rest as they were
    make_pptx(path, [SlideSpec("Agenda"), *TALK[:4], SlideSpec("Thank you")])
    edited = open_deck(path)
    again = records.for_deck(edited)
    assert again.id == record.id and len(again.runs) == 1
    assert edited.slides[1].key == first and again.notes_for(first, "") == "Typed in Podium"
    assert again.plan(edited).budgets[1] == 90
    history = {s.slide_key for s in again.runs[0].slides}
    assert {s.key for s in edited.slides[1:5] if not s.hidden} <= history
    assert edited.slides[0].key not in history and edited.slides[5].key not in history
    # saved under another name: the new file starts from a copy of that history
    copy = make_pptx(tmp_path / "talk-v2.pptx", [SlideSpec("Agenda"), *TALK[:4], SlideSpec("Thank you")])
    forked = records.for_deck(open_deck(copy))
    assert forked.id != record.id and len(forked.runs) == 1
