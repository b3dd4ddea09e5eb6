"""What the readers say: refusals and findings as phrases, written out in the language asked for.

A reader runs without knowing who reads its words: the import dialog shows them in the UI's
language, the data-quality slide in the deck's, the command line in English. So a message is
kept as a ``Phrase`` (a key of the shared catalogue's ``[reading]`` group and its values) and
only written out by ``render(language)``. Phrases nest (a file kind, a list of rows) and turn
into plain dicts and back, so a finding can be stored with the preparation and rendered again
in another language later.

``ReadError`` is the one refusal: a ``RoleDataError`` whose text is its phrase in English, so
code that only prints ``str(exc)`` keeps working, and the UI renders it again in its own
language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from podium.core.errors import RoleDataError
from podium.core.phrasebook import phrases
from podium.core.text import format_number

GROUP = "reading"
SHOWN_ROWS = 5  # row numbers listed before "and N more"
SHOWN_PROBLEMS = 3  # problems listed in one message before "and N more"


@dataclass(frozen=True)
class Rows:
    """Some row numbers of a larger set: 'row 7', 'rows 7–9 and 12', 'rows 7, 9, 12 and 40 more'."""

    numbers: tuple[int, ...]
    total: int

    def render(self, language: str) -> str:
        said = phrases(language)
        runs: list[str] = []
        shown = sorted(set(self.numbers))[:SHOWN_ROWS]
        start = prev = None
        for n in [*shown, None]:
            if n is not None and prev is not None and n == prev + 1:
                prev = n
                continue
            if start is not None:
                runs.append(str(start) if start == prev else f"{start}–{prev}")
            start = prev = n
        covered = sum(1 for _ in shown)
        rest = max(0, self.total - covered)
        listed = _join(runs, language)
        if rest:
            listed = said.say(f"{GROUP}.and_more", list=", ".join(runs), count=rest)
        return said.say(f"{GROUP}.rows", count=max(self.total, len(shown)), list=listed)

    def to_dict(self) -> dict[str, Any]:
        return {"rows": list(self.numbers), "total": self.total}


@dataclass(frozen=True)
class Number:
    """A figure written the language's way: a plain number, a percentage or an amount of money."""

    value: float
    style: str = "number"  # "number", "percent" or "money"
    currency: str = ""
    decimals: int = 0

    def render(self, language: str) -> str:
        from podium.core.text import money, percent

        if self.style == "money":
            return (
                money(self.value, self.currency, language)
                if self.currency
                else format_number(self.value, language)
            )
        text = format_number(self.value, language, self.decimals)
        return percent(text, language) if self.style == "percent" else text

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.value,
            "style": self.style,
            "currency": self.currency,
            "decimals": self.decimals,
        }


def rows(numbers: Iterable[int], total: int | None = None) -> Rows:
    """The first row numbers (at most ``SHOWN_ROWS`` are kept) of ``total`` rows."""
    listed = sorted(set(numbers))
    return Rows(tuple(listed[:SHOWN_ROWS]), len(listed) if total is None else total)


def _join(items: Sequence[str], language: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return phrases(language).say(f"{GROUP}.and", first=", ".join(items[:-1]), last=items[-1])


@dataclass(frozen=True)
class Phrase:
    """A catalogue phrase (``[reading]`` key) and its values, rendered when a language is known."""

    key: str
    values: Mapping[str, Any] = field(default_factory=dict)
    count: int | None = None

    def render(self, language: str) -> str:
        values = {name: _render_value(value, language) for name, value in self.values.items()}
        return phrases(language).say(f"{GROUP}.{self.key}", count=self.count, **values)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"code": key, "count": n, name: value…}``, nested values as dicts."""
        data: dict[str, Any] = {"code": self.key}
        if self.count is not None:
            data["count"] = self.count
        for name, value in self.values.items():
            data[name] = _dump(value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Phrase:
        values = {k: _value_from(v) for k, v in data.items() if k not in ("code", "count")}
        count = data.get("count")
        return cls(str(data["code"]), values, int(count) if isinstance(count, int) else None)


def _dump(value: Any) -> Any:
    if isinstance(value, Phrase | Rows | Number):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_dump(v) for v in value]
    return value


def phrase(key: str, count: int | None = None, /, **values: Any) -> Phrase:
    return Phrase(key, values, count)


def is_phrase_dict(data: object) -> bool:
    """Whether a stored note is a reading phrase (a dict with a code of the catalogue's group)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("code"), str):
        return False
    return f"{GROUP}.{data['code']}" in phrases("en").entries


def _value_from(value: Any) -> Any:
    if isinstance(value, Mapping) and "code" in value:
        return Phrase.from_dict(value)
    if isinstance(value, Mapping) and "rows" in value and "total" in value:
        return Rows(tuple(int(n) for n in value["rows"]), int(value["total"]))
    if isinstance(value, Mapping) and "number" in value and "style" in value:
        return Number(float(value["number"]), str(value["style"]), str(value.get("currency", "")),
                      int(value.get("decimals", 0)))  # fmt: skip
    if isinstance(value, list):
        return [_value_from(v) for v in value]
    return value


def _render_value(value: Any, language: str) -> str:
    if isinstance(value, Phrase | Rows | Number):
        return value.render(language)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format_number(value, language, 0) if abs(value) >= 10_000 else str(value)
    if isinstance(value, list | tuple):
        return _join([_render_value(v, language) for v in value], language)
    return str(value)


def quote(text: object, limit: int = 40) -> str:
    """A user's cell or header, shortened for a message ('Project: ERP rollout …')."""
    value = " ".join(str(text).split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


class ReadError(RoleDataError):
    """A file that cannot be used, said in one sentence; ``str()`` is English, ``render`` any language.

    ``also`` are further problems of the same file: the message lists the first few and counts
    the rest ("… and 101 more problems").
    """

    def __init__(self, said: Phrase, also: Sequence[Phrase] = ()) -> None:
        self.phrase = said
        self.also = tuple(also)
        super().__init__(self.render("en"))

    @property
    def problems(self) -> tuple[Phrase, ...]:
        return (self.phrase, *self.also)

    def render(self, language: str) -> str:
        shown = self.problems[:SHOWN_PROBLEMS]
        lines = [p.render(language) for p in shown]
        rest = len(self.problems) - len(shown)
        if rest:
            lines.append(phrases(language).say(f"{GROUP}.more_problems", count=rest))
        return "\n".join(lines)


def fail(key: str, count: int | None = None, /, **values: Any) -> ReadError:
    """``raise fail("empty", name=...)``: a ReadError of one phrase."""
    return ReadError(phrase(key, count, **values))


def render_error(error: BaseException, language: str) -> str | None:
    """The user's sentence for ``error`` in ``language`` when it is a reader's refusal, else None."""
    return error.render(language) if isinstance(error, ReadError) else None
