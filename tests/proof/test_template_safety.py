"""User text is data, never template; a role folder from a user cannot reach attributes, files or modules.

Part one builds every role's deck twice, once with a plain marker in every field
the user types (company, job title, research) and once with Jinja syntax there;
the two decks must be the same word for word with the marker swapped, so the
Jinja text was carried as typed and never evaluated. Part two loads a role
folder written by an attacker with ``load_roles`` and renders it in the sandbox.
"""

from __future__ import annotations

import dataclasses
import io
import json
import sys
from pathlib import Path

import pytest
from pptx import Presentation

from podium.core.deck.fill import apply_role_data
from podium.core.deck.scaffold import build_slides, scaffold
from podium.core.errors import RoleError
from podium.core.model import Bullet, BulletsBlock, Preparation, TableBlock
from podium.core.research import records as research_mod
from podium.core.roles import catalogue, load_roles, package_name
from podium.export.pptx_writer import build_presentation

PLAIN = "Plainmark"  # ends like the Jinja strings below, so the Swedish genitive treats both alike
JINJA = [
    "{{ 7*7 }}",
    "{% for i in range(3) %}{{ i }}{% endfor %}",
    "{{ company }}{{ job_title }}",
    "{# hidden #}{% raw %}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
]


def _fill_research(prep: Preparation, text: str) -> None:
    """Every text field of the research, including two records of each list, set to ``text``."""
    research = research_mod.Research()

    def filled(cls: type) -> object:
        values = {f.name: text for f in dataclasses.fields(cls) if f.type in ("str", str)}
        values.pop("id", None)
        values.pop("logo", None)
        return cls(**values)

    research.company = filled(research_mod.Company)  # type: ignore[assignment]
    for f in dataclasses.fields(research_mod.Research):
        if f.name == "company":
            continue
        record = type(getattr(research_mod.Research.from_dict({f.name: [{}]}), f.name)[0])
        setattr(research, f.name, [filled(record), filled(record)])
    research_mod.store_research(prep, research)


def _deck_json(role: str, language: str, text: str) -> str:
    prep = Preparation(role=role, company=text, job_title=text, language=language)
    _fill_research(prep, text)
    prep.deck = scaffold(prep)
    apply_role_data(prep)
    return json.dumps(prep.deck.to_dict(), ensure_ascii=False, sort_keys=True)


@pytest.mark.parametrize("typed", JINJA)
@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("role", list(catalogue()))
def test_jinja_typed_by_the_user_comes_out_as_typed(role: str, language: str, typed: str) -> None:
    plain = _deck_json(role, language, PLAIN)
    assert PLAIN in plain, "the marker must reach the deck for this test to mean anything"
    expected = plain.replace(PLAIN, json.dumps(typed, ensure_ascii=False)[1:-1])
    assert _deck_json(role, language, typed) == expected


def test_jinja_in_titles_notes_tables_reaches_the_pptx_as_typed() -> None:
    prep = Preparation(role="finance", company="{{ 7*7 }} AB", language="sv")
    prep.deck = scaffold(prep)
    slide = prep.deck.slides[2]
    slide.title = "{{ 6*7 }} {% if true %}yes{% endif %}"
    slide.notes = "{{ config }} {{ self.__init__ }}"
    slide.blocks = [
        BulletsBlock(items=[Bullet("{{ lipsum.__globals__ }}")]),
        TableBlock(columns=["{{ a }}", "{%b%}"], rows=[["{{ 1+1 }}", "{# c #}"]]),
    ]
    apply_role_data(prep)  # refilling data slots must not render the user's text either
    buffer = io.BytesIO()
    build_presentation(prep).save(buffer)
    buffer.seek(0)
    out = Presentation(buffer).slides[2]
    texts = [sh.text_frame.text for sh in out.shapes if sh.has_text_frame]
    texts += [c.text for sh in out.shapes if sh.has_table for row in sh.table.rows for c in row.cells]
    joined = "\n".join(texts)
    for typed in ("{{ 6*7 }} {% if true %}yes{% endif %}", "{{ lipsum.__globals__ }}", "{{ a }}", "{%b%}"):
        assert typed in joined
    assert "{{ 1+1 }}" in joined and "{# c #}" in joined
    assert "42" not in joined
    assert out.notes_slide.notes_text_frame.text.startswith("{{ config }} {{ self.__init__ }}")


# ------------------------------------------------------------ a hostile role folder

ATTACKS = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ joiner.__init__.__globals__.os }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ company.__class__.__base__ }}",
    "{{ '{0.__class__.__mro__}'.format(company) }}",
    "{{ self._TemplateReference__context }}",
    "{{ range.__self__ }}",
    "{{ config }}",
    "{% include '/etc/passwd' %}",
    "{% import '/etc/passwd' as p %}{{ p }}",
    "{% extends '/etc/hostname' %}",
    "{% from '/etc/passwd' import x %}",
    "{{ 'x' * 10**10 }}",  # would take 10 GB
    "{{ [0] * 10**9 }}",
    "{{ 10**10**10 }}",  # would never finish
    "{{ range(10**9)|list }}",
    "{{ 1/0 }}",
]
LEAKS = ("<class", "root:", "module", "function", "built-in", "builtin", "__", "os.py", "subprocess")


def _role_folder(tmp_path: Path, title: str, provider_name: str = "") -> Path:
    folder = tmp_path / "roles" / "evil"
    folder.mkdir(parents=True)
    provider_line = f'provider = "{provider_name}"\n' if provider_name else ""
    (folder / "role.toml").write_text(
        f'id = "evil"\n{provider_line}[name]\nen = "Evil"\n[task]\nen = "Own the machine"\n', encoding="utf-8"
    )
    deck = (
        "[[slide]]\n"
        'key = "one"\n'
        f"title = {json.dumps(title)}\n"
        f"notes = {json.dumps(title)}\n"
        "[[slide.blocks]]\n"
        'type = "bullets"\n'
        f"items = [{{ text = {json.dumps(title)} }}]\n"
    )
    (folder / "deck.en.toml").write_text(deck, encoding="utf-8")
    return folder.parent


@pytest.mark.parametrize("attack", ATTACKS)
def test_user_template_cannot_reach_attributes_or_files(tmp_path: Path, attack: str) -> None:
    role = load_roles(_role_folder(tmp_path, attack))["evil"]
    prep = Preparation(role="evil", company="Nordvik AB")
    try:
        slides = build_slides(prep, role)
    except RoleError as exc:
        assert "template error" in str(exc)
        return
    rendered = " ".join([slides[0].title, slides[0].notes, slides[0].blocks[0].items[0].text])  # type: ignore[union-attr]
    for leak in LEAKS:
        assert leak not in rendered, f"{attack} rendered {rendered[:200]!r}"


def test_user_role_cannot_name_a_module_to_import(tmp_path: Path) -> None:
    """A role folder is data: ``provider = "antigravity"`` (which would open a web browser on
    import) in its role.toml is not read, and building and filling its deck imports nothing."""
    role = load_roles(_role_folder(tmp_path, "Hello", provider_name="antigravity"))["evil"]
    assert role.plugin is None
    slides = build_slides(Preparation(role="evil", company="Nordvik AB"), role)
    assert slides[0].title == "Hello"
    assert "antigravity" not in sys.modules


def test_role_code_comes_only_from_role_packages() -> None:
    """Every shipped role's code is the package named after its id, under podium.roles."""
    for role in catalogue().values():
        if role.plugin is not None:
            module = sys.modules[f"podium.roles.{package_name(role.id)}"]
            assert module.ROLE is role.plugin
