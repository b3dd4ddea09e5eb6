"""Deck-language text: every word Podium writes for the deck's audience, from one catalogue per language.

Slides, speaker notes, chart labels, exported registers, the take-away documents and the
presenter's lines are written in the preparation's language, not the UI's (the UI is Qt's
``tr()``). Their words live in TOML catalogues, not in code, so no module branches on the
language and a language is added by adding files:

- ``templates/_shared/phrases.<lang>.toml``: what every deck shares, and the language's own
  conventions for numbers, dates and money (``[locale]``, read by ``core.text``);
- ``templates/<role-id>/phrases.<lang>.toml``: a role's own words, found through the role's
  folder, so a role from outside Podium brings its own.

The files are read through ``core.templates.read_localised``: once per process, and a language
without a file of its own reads the English one.

An entry is one of:

- a phrase (a string): ``say(key, name=value)`` fills its ``{name}`` placeholders. The values
  are data: they go in as they are, braces and all, and are never read as a template (a
  company called "{x} AB" stays "{x} AB"). ``{{`` and ``}}`` are literal braces;
- plural forms (``{ one = "…", other = "…" }``): ``say(key, count=n)`` takes ``one`` when n is
  1, ``zero`` (if given) when n is 0, else ``other``; ``{count}`` is n;
- a list of strings, read with ``words(key)`` (month names, a header row);
- a number, read with ``number(key)``;
- any other table: a group, whose entries are named with dots (``review.on_target``).

A key the catalogue lacks, a placeholder without a value or an entry of another kind is a
``PhraseError``, never a silent English fallback: tests/test_phrasebook.py checks that every key
the code names is in every catalogue and that the languages have the same keys and placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from podium import paths
from podium.core.roles import get_role
from podium.core.templates import read_localised

SHARED = "_shared"  # the scope (and template folder) of what every deck shares
STEM = "phrases"
PLURAL_FORMS = frozenset({"zero", "one", "two", "few", "many", "other"})
_TOKEN = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")


class PhraseError(LookupError):
    """A catalogue lacks what the code asks of it: a bug, not a user's mistake."""


@dataclass(frozen=True)
class Plural:
    """A phrase whose words depend on a count."""

    forms: Mapping[str, str]

    def choose(self, count: int) -> str:
        if count == 0 and "zero" in self.forms:
            return self.forms["zero"]
        if count == 1 and "one" in self.forms:
            return self.forms["one"]
        return self.forms["other"]


Entry = str | Plural | tuple[str, ...] | int | float


def is_plural(table: Mapping[str, Any]) -> bool:
    """A table of plural forms: strings under CLDR form names, ``other`` among them."""
    return "other" in table and set(table) <= PLURAL_FORMS and all(isinstance(v, str) for v in table.values())


def flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Entry]:
    """A catalogue's entries by dotted key; groups are opened, plural tables kept whole."""
    entries: dict[str, Entry] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping):
            if is_plural(value):
                entries[key] = Plural(dict(value))
            else:
                entries.update(flatten(value, key + "."))
        elif isinstance(value, list):
            if not all(isinstance(item, str) for item in value):
                raise PhraseError(f"{key!r}: a list in a catalogue holds strings only")
            entries[key] = tuple(value)
        elif isinstance(value, bool) or not isinstance(value, str | int | float):
            raise PhraseError(f"{key!r}: a catalogue entry is a phrase, plural forms, a list or a number")
        else:
            entries[key] = value
    return entries


def placeholders(text: str) -> set[str]:
    """The ``{name}`` placeholders of one phrase."""
    return {m.group(1) for m in _TOKEN.finditer(text) if m.group(1)}


def fill(template: str, values: Mapping[str, object]) -> str:
    """``template`` with its placeholders replaced by ``values``, in one pass.

    Values are inserted as text and never looked at again, so braces in the user's words stay.
    """

    def replace(match: re.Match[str]) -> str:
        token, name = match.group(0), match.group(1)
        if not name:
            return token[0]
        if name not in values:
            raise PhraseError(f"the phrase {template!r} needs a value for {{{name}}}")
        return str(values[name])

    return _TOKEN.sub(replace, template)


@dataclass(frozen=True)
class Phrasebook:
    """One scope's catalogue in one language (see the module docstring)."""

    scope: str
    language: str
    entries: Mapping[str, Entry]

    def _entry(self, key: str) -> Entry:
        try:
            return self.entries[key]
        except KeyError:
            raise PhraseError(f"the {self.scope} phrases ({self.language}) have no {key!r}") from None

    def say(self, key: str, /, *, count: int | None = None, **values: object) -> str:
        """The phrase ``key`` with ``values`` filled in; plural forms are chosen by ``count``."""
        entry = self._entry(key)
        if isinstance(entry, Plural):
            if count is None:
                raise PhraseError(f"{key!r} has plural forms: say it with a count")
            template = entry.choose(count)
        elif isinstance(entry, str):
            template = entry
        else:
            raise PhraseError(f"{key!r} is not a phrase")
        if count is not None:
            values = {"count": count, **values}
        return fill(template, values)

    def words(self, key: str) -> tuple[str, ...]:
        """A list entry: month names, a row of column headers."""
        entry = self._entry(key)
        if not isinstance(entry, tuple):
            raise PhraseError(f"{key!r} is not a list of words")
        return entry

    def number(self, key: str) -> int | float:
        entry = self._entry(key)
        if isinstance(entry, bool) or not isinstance(entry, int | float):
            raise PhraseError(f"{key!r} is not a number")
        return entry

    def group(self, prefix: str) -> dict[str, str]:
        """The phrases directly under ``prefix.`` by their own name: a lookup table (currency units)
        whose keys are open-ended, so the caller says what a name the table lacks becomes."""
        start = prefix + "."
        return {
            k[len(start) :]: v
            for k, v in self.entries.items()
            if k.startswith(start) and "." not in k[len(start) :] and isinstance(v, str)
        }


def folder_of(scope: str) -> Path:
    """Where a scope's catalogues are: the shared templates, or the role's own folder."""
    return paths.templates_dir() / SHARED if scope == SHARED else get_role(scope).folder


@cache
def _book(folder: Path, scope: str, language: str) -> Phrasebook:
    data = read_localised(folder, STEM, language, f"{scope} phrases")
    return Phrasebook(scope, language, flatten(data))


def phrases(language: str, scope: str = SHARED) -> Phrasebook:
    """The catalogue of ``scope`` (``SHARED`` or a role id) in ``language``, English when it has none."""
    return _book(folder_of(scope), scope, language)
