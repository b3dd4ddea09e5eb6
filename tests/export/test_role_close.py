"""The closing slide fits the role: the "why me" half's headings, examples and guidance follow the
close the role names (a finance answer, a project verdict, a marketing ask), in both languages,
and read from the written .pptx as a panel would see it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pptx import Presentation

from podium import paths
from podium.core.deck.fill import apply_role_data
from podium.core.deck.research_slides import close_of, shared_template
from podium.core.model import BulletsBlock, Preparation, Slide
from podium.core.research.records import Company, Doubt, Research, store_research
from podium.core.roles import catalogue, get_role, register, unregister
from podium.core.templates import read_toml
from podium.core.text import typeset
from podium.export.pptx_writer import write_pptx
from tests.fixtures.roles import field_sales
from tests.helpers import make_prep

SHIPPED = {"finance": "answer", "project-management": "verdict", "marketing": "ask"}
LANGUAGES = ("en", "sv")
# What each close's right-hand half is headed, once the research fills it (Nordvik AB).
HEADINGS = {
    ("finance", "en"): ("What Nordvik AB is aiming for", "Why I can help get there"),
    ("finance", "sv"): ("Dit Nordvik AB vill nå", "Därför kan jag bidra"),
    ("project-management", "en"): ("What Nordvik AB wants from the change", "Why I can steer it to go-live"),
    ("project-management", "sv"): ("Målen med förändringen", "Därför kan jag leda den i mål"),
    ("marketing", "en"): ("Where Nordvik AB is heading", "Why I can deliver it"),
    ("marketing", "sv"): ("Vart Nordvik AB är på väg", "Därför kan jag leverera"),
}
FIGURE = re.compile(r"\d")


def _closing(prep: Preparation) -> Slide:
    return next(s for s in prep.deck.slides if s.kind == "closing")


def _why_me(prep: Preparation) -> BulletsBlock:
    block = _closing(prep).blocks[-1]
    assert isinstance(block, BulletsBlock) and block.source == "research-why-me"
    return block


def _researched(role: str, language: str) -> Preparation:
    prep = make_prep(role, language)
    store_research(prep, Research(
        company=Company(goals="Profitable growth in every region\nA faster monthly close"),
        doubts=[Doubt("Little ERP experience", "Led the finance workstream of an ERP roll-out", id="d1")],
    ))  # fmt: skip
    apply_role_data(prep)
    return prep


def _slide_text(pptx: Path, index: int) -> str:
    slide = Presentation(str(pptx)).slides[index]
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_each_shipped_role_names_its_close_and_every_language_has_it() -> None:
    for role, close in SHIPPED.items():
        assert catalogue()[role].close == close
        assert read_toml(paths.templates_dir() / role / "role.toml")["close"] == close
    english, swedish = (shared_template(lang)["close"] for lang in LANGUAGES)
    assert set(english) == set(swedish) == {"default", *SHIPPED.values()}
    for name in english:
        assert set(english[name]) == set(swedish[name]), name
        for key in ("goals_example", "bring_example"):
            assert len(english[name][key]) == len(swedish[name][key]) >= 1, (name, key)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", SHIPPED)
def test_the_written_close_carries_the_roles_headings_and_the_candidates_evidence(
    role: str, language: str, tmp_path: Path
) -> None:
    prep = _researched(role, language)
    index = prep.deck.slides.index(_closing(prep))
    text = _slide_text(write_pptx(prep, tmp_path / "deck.pptx"), index)
    goals, bring = HEADINGS[role, language]
    assert goals in text and bring in text
    assert "Profitable growth in every region" in text
    assert "Led the finance workstream of an ERP roll-out" in text and "Little ERP experience" not in text
    others = {h for (r, lang), pair in HEADINGS.items() if lang == language and r != role for h in pair}
    assert not any(h in text for h in others - {goals, bring})  # no other role's close leaks in


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", SHIPPED)
def test_the_example_close_fits_the_role(role: str, language: str) -> None:
    """Until the research fills it, the half shows the close's own examples, marked as examples."""
    prep = make_prep(role, language)
    close = close_of(language, SHIPPED[role])
    why = _why_me(prep)
    assert all(item.example for item in why.items)
    lines = [item.text for item in why.items if item.level == 1]
    assert lines == [*close["goals_example"], *close["bring_example"]]
    guidance = _closing(prep).guidance
    own = next(s for s in get_role(role).deck_template(language)["slide"] if s.get("kind") == "closing")
    # The guidance is typeset like every text Podium writes (no-break spaces, dashes).
    assert guidance.startswith(typeset(own["guidance"].split("{{")[0].strip(), language))  # the role's first
    assert typeset(close["guidance"].split("{{")[0].strip(), language) in guidance  # then the close's
    common = shared_template(language)["closing"]["guidance"]
    assert typeset(common.split(":")[0], language) in guidance  # and what every close shares


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_finance_close_brings_no_new_figures(language: str) -> None:
    """The finance guidance says no new numbers on the closing slide; the shared half keeps to it."""
    why = _why_me(make_prep("finance", language))
    assert not [item.text for item in why.items if FIGURE.search(item.text)]
    assert not FIGURE.search(close_of(language, "answer")["guidance"])


def test_the_closes_differ_where_the_roles_do() -> None:
    """Finance restates, project management asks the steering group, marketing asks and returns."""
    guidance = {role: _closing(make_prep(role)).guidance for role in SHIPPED}
    assert "steering group" in guidance["project-management"]
    assert "where does that come from?" in guidance["finance"]
    assert "what it returns" in guidance["marketing"]
    sv = {role: _closing(make_prep(role, "sv")).guidance for role in SHIPPED}
    assert "styrgruppen" in sv["project-management"] and "var kommer den ifrån?" in sv["finance"]
    assert "vad den ger tillbaka" in sv["marketing"]


@pytest.fixture
def outside_role() -> Iterator[str]:
    register(field_sales.ROLE)
    yield field_sales.ROLE.id
    unregister(field_sales.ROLE.id)


def test_a_role_that_names_no_close_gets_the_default(outside_role: str) -> None:
    prep = make_prep(outside_role)
    assert catalogue()[outside_role].close == ""
    default = close_of("en", "")
    assert [i.text for i in _why_me(prep).items if i.level == 1] == [
        *default["goals_example"],
        *default["bring_example"],
    ]
    assert close_of("en", "no-such-close") == default  # a close the shared file lacks: the default
