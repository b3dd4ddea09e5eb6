"""The Research section as a user drives it: forms, lists, links, autosave, the website and the deck."""

from __future__ import annotations

import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from podium.core.research.records import load_research
from podium.core.storage.store import Store
from podium.ui.common.session import PreparationSession
from podium.ui.research.section import ResearchPanel
from tests.helpers import make_prep
from tests.site_server import HOME, SVG, Site, png_bytes, serve
from tests.ui.conftest import Dialogs


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve()


@pytest.fixture
def session(store: Store) -> PreparationSession:
    prep = make_prep("marketing", company="Nordvik AB")
    store.save(prep)
    return PreparationSession(store, prep)


@pytest.fixture
def panel(qtbot: QtBot, session: PreparationSession, dialogs: Dialogs) -> ResearchPanel:
    p = ResearchPanel(session)
    qtbot.addWidget(p)
    p.resize(1100, 760)
    p.show()
    return p


def _saved(qtbot: QtBot, session: PreparationSession) -> None:
    with qtbot.waitSignal(session.saved, timeout=3000):
        pass


def test_company_fields_autosave(
    qtbot: QtBot, panel: ResearchPanel, session: PreparationSession, store: Store
) -> None:
    qtbot.keyClicks(panel.fields["industry"], "Accounting software")
    panel.fields["goals"].setPlainText("Grow 20% a year\nEnter Norway")
    _saved(qtbot, session)
    company = load_research(store.load(session.prep.id)).company
    assert company.industry == "Accounting software"
    assert company.goal_list == ["Grow 20% a year", "Enter Norway"]


def test_goals_reach_the_closing_slide_at_once(
    qtbot: QtBot, panel: ResearchPanel, session: PreparationSession
) -> None:
    panel.fields["goals"].setPlainText("Halve churn by 2027")
    closing = next(s for s in session.prep.deck.slides if s.kind == "closing")
    assert closing.blocks[-1].items[1].text == "Halve churn by 2027"  # an export now already has it
    with qtbot.waitSignal(session.deck_changed, timeout=2000):  # the slides redraw once typing pauses
        pass


def test_people_list_edit_remove_and_undo(
    qtbot: QtBot, panel: ResearchPanel, session: PreparationSession
) -> None:
    people = panel.people
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    people.model.setData(people.model.index(0, 0), "Anna Berg")
    people.model.setData(people.model.index(0, 1), "CMO")
    people.editors["ask"].setPlainText("How will you measure the first year?")
    assert load_research(session.prep).people[0].ask == "How will you measure the first year?"
    assert people.model.data(people.model.index(0, 0)) == "Anna Berg"
    people.remove()
    assert load_research(session.prep).people == []
    panel.undo.undo()
    restored = load_research(session.prep).people
    assert [(p.name, p.title, p.ask) for p in restored] == [
        ("Anna Berg", "CMO", "How will you measure the first year?")
    ]
    assert people.editors["ask"].toPlainText() == "How will you measure the first year?"


def test_ideas_become_an_opportunities_slide(qtbot: QtBot, panel: ResearchPanel, session: PreparationSession,
                                             dialogs: Dialogs) -> None:  # fmt: skip
    assert not panel.add_slide_button.isEnabled()  # nothing to put on it yet
    ideas = panel.ideas
    ideas.add()
    ideas.editors["observation"].setPlainText("Sign-up takes nine steps")
    ideas.editors["evidence"].setPlainText("I tried it")
    ideas.editors["proposal"].setPlainText("Cut it to three")
    assert panel.add_slide_button.isEnabled()
    count = len(session.prep.deck.slides)
    qtbot.mouseClick(panel.add_slide_button, Qt.MouseButton.LeftButton)
    deck = session.prep.deck
    assert len(deck.slides) == count + 1 and not panel.add_slide_button.isEnabled()
    slide = next(s for s in deck.slides if s.key == "opportunities")
    assert slide.blocks[0].rows == [["Sign-up takes nine steps", "I tried it", "Cut it to three"]]
    assert dialogs.infos and "before your closing slide" in dialogs.infos[-1][1]
    ideas.editors["proposal"].setPlainText("Cut it to two")  # later edits keep flowing in
    assert slide.blocks[0].rows[0][2] == "Cut it to two"


def test_links_open_in_the_browser_and_bad_ones_explain(monkeypatch: pytest.MonkeyPatch, panel: ResearchPanel,
                                                        dialogs: Dialogs) -> None:  # fmt: skip
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    panel.news.add()
    panel.news.model.setData(panel.news.model.index(0, 2), "news.example/oslo")
    panel._open_record(panel.news, 0, "url")
    assert opened == ["https://news.example/oslo"]
    panel.news.model.setData(panel.news.model.index(0, 2), "javascript:alert(1)")
    panel._open_record(panel.news, 0, "url")
    assert len(opened) == 1 and "only reads http and https" in dialogs.errors[-1][1]


def test_brand_colour_field_validates(
    qtbot: QtBot, panel: ResearchPanel, session: PreparationSession
) -> None:
    qtbot.keyClicks(panel.brand, "#12ab3")
    assert session.prep.brand_color == ""  # not a colour yet: nothing changes
    qtbot.keyClicks(panel.brand, "4")
    assert session.prep.brand_color == "#12AB34"


def _fetch(qtbot: QtBot, panel: ResearchPanel, url: str):  # type: ignore[no-untyped-def]
    panel.fields["website"].setText(url)
    panel._company_changed("website")
    qtbot.mouseClick(panel.fetch_button, Qt.MouseButton.LeftButton)
    dialog = panel.site_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.state != "reading", timeout=10000)
    return dialog


def test_from_website_fills_logo_colour_and_description(qtbot: QtBot, panel: ResearchPanel, site: Site,
                                                       session: PreparationSession) -> None:  # fmt: skip
    site.page("/", HOME)
    site.page("/logo.png", png_bytes((11, 93, 59)), "image/png")
    dialog = _fetch(qtbot, panel, site.url)
    assert dialog.state == "done" and dialog.logos.count() == 1
    assert dialog.use_description.isChecked() and not dialog.use_name.isChecked()  # the name was already set
    assert dialog.use_color.text() == "#00AA55" and dialog.use_color.isChecked()
    dialog.accept()
    prep = session.prep
    assert prep.brand_color == "#00AA55" and panel.brand.text() == "#00AA55"
    assert load_research(prep).company.offering == "Invoicing and payroll for Nordic small businesses."
    assert prep.company == "Nordvik AB"
    logo = Path(prep.deck.logo)
    assert logo.exists() and Image.open(logo).size == (120, 40)
    assert panel.show_logo.isChecked() and not panel.logo.pixmap().isNull()
    panel.show_logo.setChecked(False)
    assert prep.deck.logo == "" and load_research(prep).company.logo == str(logo)


def test_svg_logo_is_drawn_to_png(qtbot: QtBot, panel: ResearchPanel, site: Site) -> None:
    site.page("/", '<html><head><title>S</title></head><body><img class="logo" src="/l.svg"></body></html>')
    site.page("/l.svg", SVG, "image/svg+xml")
    dialog = _fetch(qtbot, panel, site.url)
    logo = dialog.info.logos[0]
    assert not logo.svg and logo.data.startswith(b"\x89PNG") and logo.height == 160


def test_offline_gives_a_clear_message_in_the_dialog(qtbot: QtBot, panel: ResearchPanel) -> None:
    dialog = _fetch(qtbot, panel, "http://podium-check.invalid/")
    assert dialog.state == "failed"
    assert "could not find podium-check.invalid" in dialog.status.text()
    assert not dialog.ok_button.isEnabled()


def test_page_without_metadata_cannot_be_accepted(qtbot: QtBot, panel: ResearchPanel, site: Site) -> None:
    site.page("/", "<html><body>hello</body></html>")
    dialog = _fetch(qtbot, panel, site.url)
    assert not dialog.ok_button.isEnabled() and "fill them in by hand" in dialog.problems.text()


def test_not_a_url_is_refused_before_any_fetch(panel: ResearchPanel, dialogs: Dialogs) -> None:
    panel.fields["website"].setText("not a url")
    panel._company_changed("website")
    panel.fetch_from_website()
    assert panel.site_dialog is None and "contains spaces" in dialogs.errors[-1][1]


def test_a_hanging_site_never_freezes_the_ui(qtbot: QtBot, panel: ResearchPanel, site: Site) -> None:
    def hang(handler: BaseHTTPRequestHandler) -> None:
        site.release.wait(10)

    site.routes["/"] = hang
    panel.fields["website"].setText(site.url)
    panel._company_changed("website")
    started = time.monotonic()
    panel.fetch_from_website()
    dialog = panel.site_dialog
    qtbot.wait(100)  # the event loop keeps running while the site hangs
    assert dialog.state == "reading"
    dialog.reject()  # Cancel
    assert time.monotonic() - started < 2 and not dialog.isVisible()
    assert dialog.job.is_cancelled
