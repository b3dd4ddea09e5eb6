"""Deck-language text comes from the phrasebook: the mechanism, and the catalogues it reads.

Every key the code names is in every language's catalogue, and the languages agree: the same
keys, the same placeholders in each phrase, the same plural forms, lists of the same length.
A catalogue that drifts from the code fails here, not in front of a panel.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from podium import paths
from podium.core.model import LANGUAGES
from podium.core.phrasebook import (
    SHARED,
    STEM,
    Phrasebook,
    PhraseError,
    Plural,
    fill,
    flatten,
    folder_of,
    phrases,
    placeholders,
)
from podium.core.render.theme import THEMES
from podium.core.roles import RolePlugin, catalogue, package_name, register, unregister
from podium.core.templates import read_toml
from podium.core.text import format_date, format_number, money, percent, quarter
from tests.test_architecture import PACKAGE, modules

SAYING = ("say", "words", "number", "group")  # the Phrasebook methods that take a key first


def _book(entries: dict[str, object]) -> Phrasebook:
    return Phrasebook("test", "en", flatten(entries))


# ------------------------------------------------------------------ the mechanism


def test_placeholders_are_filled_and_the_values_are_data() -> None:
    book = _book({"greeting": "Hello {name}, welcome to {company}"})
    assert book.say("greeting", name="Sara", company="Nordvik AB") == "Hello Sara, welcome to Nordvik AB"
    # a user's braces stay as typed: a value is never read as a template
    said = book.say("greeting", name="{company}", company="{0} {x!r} {{AB}}")
    assert said == "Hello {company}, welcome to {0} {x!r} {{AB}}"
    assert fill("{{literal}} {x}", {"x": 1}) == "{literal} 1"


def test_a_phrase_without_a_value_for_its_placeholder_is_an_error() -> None:
    with pytest.raises(PhraseError, match="company"):
        _book({"greeting": "Hello {company}"}).say("greeting")


def test_a_missing_key_is_an_error_not_an_english_fallback() -> None:
    with pytest.raises(PhraseError, match="no 'nowhere'"):
        phrases("sv").say("nowhere")
    with pytest.raises(PhraseError):
        phrases("en").words("locale.date")  # a phrase is not a list


def test_plural_forms_are_chosen_by_the_count() -> None:
    book = _book(
        {
            "rows": {"one": "{count} row", "other": "{count} rows"},
            "none": {"zero": "no rows", "one": "a row", "other": "{count} rows"},
        }
    )
    assert isinstance(book.entries["rows"], Plural)
    assert [book.say("rows", count=n) for n in (0, 1, 2)] == ["0 rows", "1 row", "2 rows"]
    assert [book.say("none", count=n) for n in (0, 1, 7)] == ["no rows", "a row", "7 rows"]
    with pytest.raises(PhraseError, match="count"):
        book.say("rows")


def test_lists_numbers_and_groups() -> None:
    book = _book({"months": ["Jan", "Feb"], "pace": 140, "unit": {"SEK": "kr", "deep": {"x": "y"}}})
    assert book.words("months") == ("Jan", "Feb")
    assert book.number("pace") == 140
    assert book.group("unit") == {"SEK": "kr"}  # only its own entries, not a nested group's
    with pytest.raises(PhraseError):
        book.say("months")
    with pytest.raises(PhraseError):
        flatten({"flag": True})


def test_a_language_without_a_catalogue_reads_english() -> None:
    assert phrases("de").say("locale.tag") == phrases("en").say("locale.tag") == "en-GB"
    assert phrases("sv").say("locale.tag") == "sv-SE"


def test_locale_conventions_come_from_the_catalogue() -> None:
    from datetime import date

    assert format_number(-1234567.5, "sv", 1) == "\u22121\u00a0234\u00a0567,5"
    assert format_number(-1234567.5, "en", 1) == "-1,234,567.5"
    assert percent("35", "sv") == "35\u00a0%" and percent("35", "en") == "35%"
    assert format_date(date(2027, 3, 3), "sv") == "3 mars 2027"
    assert quarter(1, "en", 2025) == "Q1 2025" and quarter(3, "sv") == "kv.\u00a03"
    assert money(-500, "EUR", "en") == "\u2212€500" and money(-500, "EUR", "sv") == "\u2212500\u00a0euro"
    assert money(1200, "NOK", "en") == "NOK\u00a01,200" and money(1200, "NOK", "sv") == "1\u00a0200\u00a0NOK"


def test_a_role_from_outside_brings_its_own_phrases(tmp_path: Path) -> None:
    folder = tmp_path / "street-food"
    folder.mkdir()
    (folder / "role.toml").write_text('id = "street-food"\n[name]\nen = "Street food"\n', encoding="utf-8")
    (folder / "deck.en.toml").write_text(
        '[[slide]]\nkey = "t"\nkind = "title"\ntitle = "x"\n', encoding="utf-8"
    )
    (folder / "phrases.en.toml").write_text('stall = "Stall {n}"\n', encoding="utf-8")
    register(RolePlugin(id="street-food", templates=folder))
    try:
        assert phrases("en", "street-food").say("stall", n=3) == "Stall 3"
        assert phrases("sv", "street-food").say("stall", n=3) == "Stall 3"  # no Swedish file: English
        with pytest.raises(PhraseError):
            phrases("en", "street-food").say("locale.tag")  # a role's catalogue is its own
    finally:
        unregister("street-food")


# ------------------------------------------------------------------ the catalogues


def scopes() -> list[str]:
    """The shared scope and every shipped role with a catalogue (Podium writes every deck in
    English and Swedish; a role from outside may bring fewer languages)."""
    shipped = [r for r in catalogue() if folder_of(r).parent == paths.templates_dir()]
    return [SHARED] + [r for r in shipped if (folder_of(r) / f"{STEM}.en.toml").exists()]


# A language may ask for a value in a grammatical form of its own: Swedish writes the company in
# the genitive ("Nordviks mål") where English writes "{company}'s goal". The code passes both.
GRAMMATICAL_FORMS = ("_genitive",)


def _values(text: str) -> frozenset[str]:
    """The values a phrase names, each grammatical form counted as its value."""
    names = set()
    for name in placeholders(text):
        for form in GRAMMATICAL_FORMS:
            name = name.removesuffix(form)
        names.add(name)
    return frozenset(names)


def _shape(value: object) -> object:
    """What must agree between languages: a phrase's placeholders, a plural's forms and
    placeholders, a list's length, a number's kind."""
    if isinstance(value, str):
        return ("phrase", _values(value))
    if isinstance(value, Plural):
        return ("plural", frozenset().union(*(_values(v) for v in value.forms.values())))
    if isinstance(value, tuple):
        return ("list", len(value))
    return ("number",)


@pytest.mark.parametrize("scope", scopes())
def test_every_language_has_a_catalogue_with_the_same_keys_and_placeholders(scope: str) -> None:
    english = flatten(read_toml(folder_of(scope) / f"{STEM}.en.toml"))
    for language in LANGUAGES:
        path = folder_of(scope) / f"{STEM}.{language}.toml"
        assert path.exists(), f"{scope} has no {path.name}"
        own = flatten(read_toml(path))
        assert sorted(own) == sorted(english), f"{path.name}: keys differ from English"
        different = {
            k: (_shape(own[k]), _shape(english[k])) for k in own if _shape(own[k]) != _shape(english[k])
        }
        assert not different, f"{path.name}: placeholders, forms or lengths differ from English: {different}"


def test_the_shared_catalogue_and_every_shipped_role_with_code_have_one() -> None:
    assert {SHARED, "finance", "marketing", "project-management"} <= set(scopes())


def test_every_theme_is_named_in_every_language() -> None:
    for theme in THEMES.values():
        for language in LANGUAGES:
            assert theme.name(language) and theme.description(language), (theme.id, language)
    assert THEMES["nordic"].name("sv") == "Nordisk"


@pytest.mark.parametrize("scope", scopes())
def test_plural_forms_name_one_and_other(scope: str) -> None:
    for language in LANGUAGES:
        for key, value in phrases(language, scope).entries.items():
            if isinstance(value, Plural):
                assert {"one", "other"} <= set(value.forms), f"{scope}/{language}: {key}"


def _role_of(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 3 and parts[1] == "roles":
        return next((r for r in catalogue() if package_name(r) == parts[2]), None)
    return None


def sources() -> dict[str, tuple[str, str]]:
    """Every module's name, as (where it is, its source)."""
    return {
        m: (str(p.relative_to(PACKAGE.parent)), p.read_text(encoding="utf-8")) for m, p in modules().items()
    }


def keys_in_code(code: dict[str, tuple[str, str]]) -> Iterator[tuple[str, str, str, ast.expr]]:
    """(module, method, where, key) for every ``x.say(key, …)``, ``x.words(key)``, … in ``code``
    whose key is a string or an f-string."""
    for module, (path, source) in code.items():
        for node in ast.walk(ast.parse(source)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in SAYING
                and node.args
                and (
                    isinstance(node.args[0], ast.JoinedStr)
                    or (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))
                )
            ):
                yield module, node.func.attr, f"{path}:{node.lineno}", node.args[0]


def _pattern(key: ast.expr, method: str) -> re.Pattern[str]:
    """A literal key as itself; an f-string key with each ``{…}`` as any name; a group as its entries."""
    if isinstance(key, ast.Constant):
        text = re.escape(str(key.value))
    else:
        assert isinstance(key, ast.JoinedStr)
        text = "".join(
            re.escape(str(v.value)) if isinstance(v, ast.Constant) else r"[\w-]+" for v in key.values
        )
    return re.compile(text + (r"\.[\w-]+" if method == "group" else ""))


def missing_keys(code: dict[str, tuple[str, str]]) -> list[str]:
    """The keys ``code`` names that a catalogue it reads lacks: a core module reads the shared
    catalogue, a role's module its role's too (a role without a catalogue has no phrases)."""
    missing = []
    for module, method, where, key in keys_in_code(code):
        pattern, role = _pattern(key, method), _role_of(module)
        if role and not (folder_of(role) / f"{STEM}.en.toml").exists():
            continue
        for language in LANGUAGES:
            entries = [k for scope in (SHARED, role) if scope for k in phrases(language, scope).entries]
            if not any(pattern.fullmatch(k) for k in entries):
                missing.append(f"{where}: {ast.unparse(key)} ({language})")
    return missing


def test_every_key_the_code_uses_is_in_every_catalogue() -> None:
    missing = missing_keys(sources())
    assert not missing, "keys no catalogue has:\n" + "\n".join(missing)


def test_the_scan_finds_the_keys_the_code_uses() -> None:
    """Guards the test above: it sees literal, f-string and group keys in core and role modules."""
    found = {(m, ast.unparse(k)) for m, _, _, k in keys_in_code(sources())}
    assert ("podium.core.text", "'locale.percent'") in found
    assert ("podium.roles.project_management.scales", "'band'") in found  # a group
    assert any(m.startswith("podium.roles.marketing") and k.startswith("f") for m, k in found)
    assert len(found) > 200


def test_a_key_no_catalogue_has_is_reported() -> None:
    code = {
        "podium.core.fake": ("core/fake.py", 'said.say("deck.new_slide")\nsaid.say("deck.old_slide")\n'),
        "podium.roles.finance.fake": ("roles/finance/fake.py", 'p.say("notes.cause")\np.say(f"unit.{x}")\n'),
        "podium.roles.marketing.fake": (
            "roles/marketing/fake.py",
            'p.say("notes.cause")\np.group("money")\n',
        ),
    }
    assert missing_keys(code) == [
        "core/fake.py:2: 'deck.old_slide' (en)",
        "core/fake.py:2: 'deck.old_slide' (sv)",
        "roles/marketing/fake.py:1: 'notes.cause' (en)",  # finance's, not marketing's
        "roles/marketing/fake.py:1: 'notes.cause' (sv)",
    ]
