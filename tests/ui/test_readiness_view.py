"""Readiness in the workspace and the library, and the research brief PDF."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from podium.core.interview.readiness import Missing
from podium.core.rehearsal.runs import Rehearsal
from podium.core.research.records import Company, NewsItem, Person, Research, store_research
from podium.core.storage.store import Store
from podium.ui.common.session import PreparationSession
from podium.ui.interview.takeaway import export_research_brief
from podium.ui.research.section import ResearchPanel
from podium.ui.window.main_window import MainWindow
from podium.ui.window.readiness_view import countdown, describe, library_line
from tests.helpers import make_prep, pdf_text
from tests.ui.conftest import NOW, Dialogs


def test_countdown_words() -> None:
    assert countdown(None) == ""
    assert countdown(-1) == "The interview has passed"
    assert countdown((3 * 24 + 4) * 3600 + 59) == "Interview in 3 d 4 h"
    assert countdown(5 * 3600 + 20 * 60) == "Interview in 5 h 20 min"
    assert countdown(12 * 60) == "Interview in 12 min"


def test_every_kind_has_words() -> None:
    kinds = ["competitors", "culture", "news", "people", "ideas", "doubts", "doubt-evidence", "questions",
             "example", "empty", "no-notes", "unanswered", "never", "over", "short", "challenges"]  # fmt: skip
    for kind in kinds:
        assert describe(Missing("x", kind, 3, "7")) != kind
    assert (
        describe(Missing("research", "company-field", 2, "website, goals"))
        == "Company research: website, goals"
    )


def test_workspace_shows_what_is_missing_and_links_to_it(window: MainWindow, qtbot: QtBot) -> None:
    prep = make_prep("marketing", interview_at=NOW + timedelta(hours=20))
    window.create_preparation(prep)
    bar = window.workspace.readiness
    assert bar.line.text().endswith("things to do")
    assert bar.line.property("tone") == "urgent"  # under a day left and work to do
    bar.toggle.setChecked(True)
    assert bar.details.isVisible() and "Example points still to replace" in bar.text()
    bar._link("research:-1")
    assert window.workspace.tabs.currentWidget() is window.workspace.research
    bar._link("deck:3")
    assert window.workspace.tabs.currentWidget() is window.workspace.deck
    assert window.workspace.deck.current_row() == 3
    # The header, the Deck tab and the export dialog show one list: the same count and the same lines.
    deck = window.workspace.deck
    assert deck.todo.model.lines == bar.details.model.lines and len(bar.state.items) == len(
        deck.todo.model.items
    )
    assert bar.line.text().startswith(f"{len(bar.state.items)} things")
    assert deck.tabs.tabText(1) == f"To &do ({len(bar.state.items)})"
    deck.open_export()
    assert deck.export_dialog.todo.model.lines == bar.details.model.lines
    deck.export_dialog.reject()
    questions = next(i for i, item in enumerate(deck.todo.model.items) if item.area == "questions")
    deck.todo.activated.emit(deck.todo.model.items[questions])  # a link out of the deck, to its tab
    assert window.workspace.tabs.currentWidget() is window.workspace.questions
    # Research typed in the panel updates the list once saved.
    before = len(bar.state.items)
    window.workspace.research.people.add()
    window.workspace.research.people.model.setData(window.workspace.research.people.model.index(0, 0), "Anna")
    qtbot.waitUntil(lambda: len(bar.state.items) == before - 1, timeout=3000)


def test_library_line(store: Store) -> None:
    prep = make_prep("finance", interview_at=NOW + timedelta(days=2, hours=3))
    store.save(prep)
    line = library_line(store, prep.id, NOW)
    assert line.startswith("Interview in 2 d 3 h · ") and line.endswith("things to do")
    store.add_rehearsal(prep.id, Rehearsal(NOW, prep.talk_minutes * 60 - 5, prep.talk_minutes * 60))
    assert int(library_line(store, prep.id, NOW).split("· ")[1].split()[0]) < int(
        line.split("· ")[1].split()[0]
    )
    assert library_line(store, "no-such-id", NOW) == ""


def test_research_brief_pdf(qtbot: QtBot, store: Store, dialogs: Dialogs, tmp_path: Path) -> None:
    prep = make_prep("project-management", "sv", company="Nordvik <AB> & Co")
    store_research(prep, Research(
        company=Company(website="https://nordvik.se", goals="Halvera ledtiden\nNy ERP till 2027"),
        news=[NewsItem("2026-10-01", "Nordvik byter affärssystem", "https://news.example/erp")],
        people=[Person("Anna Berg", "Ekonomichef", "Vill ha ordning på risker", ask="Hur mäts framgång?")],
    ))  # fmt: skip
    session = PreparationSession(store, prep)
    panel = ResearchPanel(session)
    qtbot.addWidget(panel)
    dialogs.save_path = str(tmp_path / "brief.pdf")
    assert export_research_brief(panel, prep) == tmp_path / "brief.pdf"
    text = " ".join(pdf_text(tmp_path / "brief.pdf").split())
    assert "Nordvik <AB> & Co: researchunderlag" in text  # escaped, not eaten as markup
    assert "Operativa mål" in text and "Halvera ledtiden" in text
    assert "Anna Berg, Ekonomichef" in text and "Hur mäts framgång?" in text
    assert "https://news.example/erp" in text
    assert panel.property("lastExport") == str(tmp_path / "brief.pdf")


def test_library_lists_the_countdown_and_what_is_missing(window: MainWindow) -> None:
    window.create_preparation(make_prep("marketing", interview_at=NOW + timedelta(days=400)))
    window.show_library()
    text = window.library.model.data(window.library.model.index(0))
    _title, _role, ready = text.split("\n")
    assert ready.startswith("Interview in ") and ready.endswith("things to do")
