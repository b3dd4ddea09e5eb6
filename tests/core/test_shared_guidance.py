"""Guidance every role's scaffold shares (templates/_shared/guidance.<lang>.toml): written once,
used by any role template as ``{{ advice.<key> }}``, in the deck's language."""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from podium import paths
from podium.core.deck.scaffold import scaffold
from podium.core.deck.templating import render_text, shared_advice, template_context
from podium.core.model import Preparation
from podium.core.roles import get_role, register, unregister
from podium.core.templates import read_toml
from podium.core.text import typeset
from tests.fixtures.roles import field_sales

LANGUAGES = ("en", "sv")


def test_every_language_gives_the_same_advice_keys() -> None:
    files = {
        lang: read_toml(paths.templates_dir() / "_shared" / f"guidance.{lang}.toml") for lang in LANGUAGES
    }
    assert (
        set(files["en"])
        == set(files["sv"])
        >= {"action_title", "action_title_short", "action_title_from_data"}
    )
    for lang in LANGUAGES:
        advice = shared_advice(lang)
        assert all(text and "{" not in text for text in advice.values()), lang


@pytest.mark.parametrize(
    ("language", "says"),
    [("en", "Write the title as the slide's conclusion"), ("sv", "Skriv rubriken som bildens slutsats")],
)
def test_the_action_title_advice_shows_an_action_title_with_its_figure(language: str, says: str) -> None:
    advice = shared_advice(language)["action_title"]
    assert advice.startswith(says)
    example = re.search(r"[\"”]([^\"”]+)[\"”]", advice)
    assert example is not None and re.search(r"\d", example.group(1))  # the example states a figure


@pytest.fixture
def role_using_advice(tmp_path: Path) -> Iterator[str]:
    """The outside role, its pipeline slide's guidance ending with the shared advice."""
    folder = tmp_path / "templates"
    shutil.copytree(Path(field_sales.__file__).parent / "templates", folder)
    deck = folder / "deck.en.toml"
    text = deck.read_text(encoding="utf-8")
    deck.write_text(
        text.replace('title_source = "pipeline-title"\n',
                     'title_source = "pipeline-title"\nguidance = "Stages first. {{ advice.action_title }}"\n'),
        encoding="utf-8",
    )  # fmt: skip
    (folder / "deck.sv.toml").write_text(deck.read_text(encoding="utf-8"), encoding="utf-8")
    register(dataclasses.replace(field_sales.ROLE, templates=folder))
    yield field_sales.ROLE.id
    unregister(field_sales.ROLE.id)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_role_template_uses_it_in_the_decks_language(role_using_advice: str, language: str) -> None:
    prep = Preparation(role=role_using_advice, company="Nordvik AB", language=language)
    prep.deck = scaffold(prep)
    slide = next(s for s in prep.deck.slides if s.key == "pipeline")
    # (set in the language's typography, as every scaffold text is: core.text.typeset)
    assert slide.guidance == typeset("Stages first. " + shared_advice(language)["action_title"], language)
    context = template_context(prep, get_role(role_using_advice))
    assert (
        render_text("{{ advice.action_title_short }}", context)
        == shared_advice(language)["action_title_short"]
    )
