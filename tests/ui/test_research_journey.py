"""A new user's path: research the company (from its website), meet the panel, note ideas and doubts,
draft and drill answers, then find all of it in the exported deck."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from podium.core.interview import practice
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep
from tests.site_server import HOME, Site, png_bytes, serve
from tests.ui.conftest import Dialogs, FakeClock


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve()


def test_research_to_drill_to_exported_deck(window: MainWindow, qtbot: QtBot, site: Site, dialogs: Dialogs,
                                            clock: FakeClock, tmp_path: Path) -> None:  # fmt: skip
    site.page("/", HOME.replace("#0a5", "#0B5D3B"))
    site.page("/logo.png", png_bytes((11, 93, 59), (300, 100)), "image/png")
    window.create_preparation(make_prep("marketing", company="Nordvik AB"))
    workspace = window.workspace
    research = workspace.research
    workspace.tabs.setCurrentWidget(research)

    # The company, from its website.
    research.fields["website"].setText(site.url)
    research._company_changed("website")
    qtbot.mouseClick(research.fetch_button, Qt.MouseButton.LeftButton)
    dialog = research.site_dialog
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=10000)
    dialog.accept()
    research.fields["goals"].setPlainText("Grow recurring revenue 20% a year")

    # The panel, an idea and a doubt.
    research.people.add()
    research.people.model.setData(research.people.model.index(0, 0), "Anna Berg")
    research.people.editors["interest"].setPlainText("Growth outside Sweden")
    research.ideas.add()
    research.ideas.editors["observation"].setPlainText("Sign-up takes nine steps")
    research.ideas.editors["proposal"].setPlainText("Cut it to three steps")
    research.doubts.add()
    research.doubts.editors["doubt"].setPlainText("Little B2B experience")
    research.doubts.editors["evidence"].setPlainText("Three years of B2B lead generation at Acme")
    qtbot.mouseClick(research.add_slide_button, Qt.MouseButton.LeftButton)

    # Draft and drill: the doubt is now a question to practise.
    workspace.tabs.setCurrentWidget(workspace.questions)
    questions = workspace.questions
    questions.timer.use_clock(clock)
    doubt = next(q for q in questions.model.questions if q.source == "doubt")
    questions.select(questions.model.row_of(doubt.id))
    questions.answer.setPlainText("Acme: three years of B2B, +40% qualified leads")
    qtbot.mouseClick(questions.drill_button, Qt.MouseButton.LeftButton)
    clock.advance(80)
    qtbot.mouseClick(questions.next_button, Qt.MouseButton.LeftButton)
    assert any(p.attempts == [80.0] for p in practice.practice_of(window.prep).values())

    # Export the deck as the user would.
    dialogs.save_path = str(tmp_path / "deck.pptx")
    window.export_pptx()
    with qtbot.waitSignal(window.pptx_export.succeeded, timeout=30000):
        pass
    assert not dialogs.errors
    slides = list(Presentation(str(tmp_path / "deck.pptx")).slides)
    text = "\n".join(
        shape.text_frame.text if shape.has_text_frame else " ".join(c.text for r in shape.table.rows for c in r.cells)
        for s in slides for shape in s.shapes if shape.has_text_frame or shape.has_table
    )  # fmt: skip
    assert "Where Nordvik AB could do even better" in text and "Cut it to three steps" in text
    assert (
        "Grow recurring revenue 20% a year" in text and "Three years of B2B lead generation at Acme" in text
    )
    assert sum(1 for s in slides for sh in s.shapes if sh.shape_type == 13) >= len(slides) - 1  # the logo
    assert window.prep.brand_color == "#0B5D3B"
    assert any("0B5D3B" in s._element.xml for s in slides[:2])
