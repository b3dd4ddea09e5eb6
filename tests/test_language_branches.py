"""No module chooses its words by the deck's language: the words are in the phrasebook.

The source of every module is read (``ast``) for the ways code picks text by language: a
comparison with a language code (``language == "sv"``, ``lang in ("en", "sv")``, a ``case "sv":``),
a table keyed by language codes (``{"en": …, "sv": …}``, ``dict(en=…)``) and a lookup in one
(``MONTHS["en"]``, ``names.get("en")``). Each is a second mechanism beside
``podium.core.phrasebook``, and a third language would have to find them all.

The few modules that choose by language for another reason are allowed below, with the reason.
"""

from __future__ import annotations

import ast

import pytest

from podium.core.model import LANGUAGES
from tests.test_architecture import PACKAGE, modules

CODES = frozenset(LANGUAGES)

ALLOWED = {
    # The UI's own language (Qt's tr()), not the deck's: the choice list names each language in
    # itself ("Svenska"), and the .qm file to load is picked by its code.
    "podium.ui.common.i18n": "the UI language list and the .qm file it loads",
    # role.toml names, describes and tasks a role per language in one file, the format a role
    # from outside Podium is written in; English is what a language the file lacks falls back to.
    "podium.core.roles": "role.toml's per-language names fall back to English",
}


def _is_code(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and node.value in CODES


def _holds_code(node: ast.AST) -> bool:
    return _is_code(node) or (
        isinstance(node, ast.Tuple | ast.List | ast.Set) and any(_is_code(e) for e in node.elts)
    )


def branches(source: str) -> list[str]:
    """Where ``source`` picks text by a language code: 'line: what'."""
    found = []
    for node in ast.walk(ast.parse(source)):
        what = ""
        if isinstance(node, ast.Compare) and any(_holds_code(o) for o in (node.left, *node.comparators)):
            what = "compares with a language code"
        elif isinstance(node, ast.MatchValue) and _is_code(node.value):
            what = "matches a language code"
        elif isinstance(node, ast.Dict) and any(_is_code(k) for k in node.keys):
            what = "a table keyed by language code"
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict":
            what = "a table keyed by language code" if any(k.arg in CODES for k in node.keywords) else ""
        elif (isinstance(node, ast.Subscript) and _is_code(node.slice)) or (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and node.args
            and _is_code(node.args[0])
        ):
            what = "looks a language code up"
        if what:
            found.append(f"{getattr(node, 'lineno', 0)}: {what}")
    return sorted(set(found), key=lambda f: int(f.split(":")[0]))


def test_no_module_branches_on_the_deck_language() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}"
        for module, path in modules().items()
        if module not in ALLOWED
        for line in branches(path.read_text(encoding="utf-8"))
    ]
    hint = "choose deck text with podium.core.phrasebook (a catalogue entry), not by language code:\n"
    assert not found, hint + "\n".join(found)


def test_the_allowed_modules_exist_and_still_need_it() -> None:
    """An allowance outlives its reason unnoticed otherwise."""
    for module in ALLOWED:
        assert module in modules(), module
        assert branches(modules()[module].read_text(encoding="utf-8")), (
            f"{module} no longer needs its allowance"
        )


@pytest.mark.parametrize(
    "source",
    [
        'if language == "sv":\n    x = 1\n',
        'if self.language != "en":\n    pass\n',
        'ok = lang in ("sv", "en")\n',
        'word = "rad" if f.lang == "sv" else "row"\n',
        'WORDS = {"en": "Example", "sv": "Exempel"}\n',
        'WORDS = dict(en="Example", sv="Exempel")\n',
        'months = MONTHS["en"]\n',
        'name = names.get("sv") or names.get("en")\n',
        'match language:\n    case "sv":\n        pass\n',
    ],
)
def test_the_scan_catches_every_way_of_branching(source: str) -> None:
    assert branches(source), source


@pytest.mark.parametrize(
    "source",
    [
        'def f(language: str = "en") -> None: ...\n',
        'Language = Literal["en", "sv"]\n',
        'language = data.get("language", "en")\n',
        'combo.addItem("Svenska", "sv")\n',
        'x = language if language in LANGUAGES else "en"\n',
        'if column == "Category":\n    pass\n',
    ],
)
def test_the_scan_leaves_defaults_and_data_alone(source: str) -> None:
    assert branches(source) == [], source
