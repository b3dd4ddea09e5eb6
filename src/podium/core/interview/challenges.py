"""The sceptical panel's challenge to every slide, built from the slide's own words.

For each slide the rules look for what a panel pushes back on, and quote it:

- a **recommendation** (a recommendations or next-steps slide): its first point, "what does it
  cost if you're wrong?";
- a **risk** list: the sixth risk ("why isn't it in your top five?"), or the order of the ones
  shown;
- a **plan** or timeline: "what would you cut if the budget halves?", naming its last step;
- a **figure** in the title, the points or a table (the action title's figure first; in a table
  the largest change): "how sure are you of it, what else could explain it?";
- a **chart**: why the category furthest from the rest stands out, what drives a line from
  start to end, or in a bridge how the largest driver was told apart from the others.

A slide where none of these is found is asked for its one take-away (a title slide: the
decision the candidate wants). The words come from the phrasebook (``[challenge]`` in
``templates/_shared/phrases.<lang>.toml``; a role's catalogue may phrase a kind its own way),
so a changed number on a slide changes the question while its id, ``challenge-<slide
key>-<kind>``, stays, and practice stays attached.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable
from functools import cache
from typing import Any

from podium.core.errors import RoleError
from podium.core.interview.model import SLIDES, Question
from podium.core.interview.slide_text import Chart, SlideContent, Table
from podium.core.phrasebook import Phrasebook, phrases
from podium.core.text import format_number

FIGURE, RECOMMENDATION, RISK, PLAN, CHART, TAKEAWAY, OPENING = (
    "figure", "recommendation", "risk", "plan", "chart", "takeaway", "opening",
)  # fmt: skip
KINDS = (
    RECOMMENDATION,
    RISK,
    PLAN,
    FIGURE,
    CHART,
    TAKEAWAY,
    OPENING,
)  # the order a slide's challenges come in
# A spoken answer's target by kind: a figure or a chart is defended in a minute, a recommendation
# or a plan needs the cost, the signal and the fallback.
TARGETS = {FIGURE: 60, RECOMMENDATION: 90, RISK: 75, PLAN: 90, CHART: 60, TAKEAWAY: 60, OPENING: 60}
# Slide keys are the same in every language, so a scaffolded slide's kind never depends on wording.
KEY_STEMS = (("recommend", RECOMMENDATION), ("risk", RISK), ("plan", PLAN), ("timeline", PLAN),
             ("roadmap", PLAN))  # fmt: skip
TOP = 5  # a risk list ranks a top five: the sixth is the one the panel asks about
QUOTE = 90  # longest quote of the slide's words, in characters

# A figure: an optional currency, a number or a range (groups of thousands, a decimal part), a unit
# written on to it (12%, 4.2m, 3x) and, after a space, one of the language's unit words
# (``challenge.units``: "2 points", "14 days", "49,5 mkr").
_CORE = (
    r"(?<![\w.,/-])(?:(?:SEK|EUR|USD|GBP|NOK|DKK|€|\$|£)\s?)?"
    r"[+\-−±]?\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)*(?:\s?[–-]\s?\d+(?:[.,]\d+)?)?"
    r"(?:\s?%|‰|[a-zA-Z]{1,3}\b)?"
)
_NUMBER = re.compile(r"[+\-−]?\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?")
_NAME_BEFORE = re.compile(r"\b[A-Z]{2,}\s$")  # "ISO 31000", "EN 1090": a standard's number, not a figure


@cache
def _figure_pattern(language: str) -> re.Pattern[str]:
    units = "|".join(
        re.escape(u.strip()) for u in phrases(language).say("challenge.units").split("|") if u.strip()
    )
    return re.compile(_CORE + (rf"(?:[ \u00a0](?:{units})\b)?" if units else ""))


@cache
def _months(language: str) -> tuple[str, ...]:
    book = phrases(language)
    return tuple(m.lower() for m in (*book.words("locale.months"), *book.words("locale.months_short")))


def _number(text: str) -> float | None:
    """The first number in ``text`` as a float, whichever way its language writes it."""
    match = _NUMBER.search(text)
    if match is None:
        return None
    raw = re.sub(r"[ \u00a0\u202f]", "", match.group(0)).replace("−", "-")
    if raw.count(",") == 1 and "." not in raw:
        raw = raw.replace(",", ".")
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


def figures(text: str, language: str) -> list[str]:
    """The figures in ``text`` as written ("12%", "SEK 4.2m", "2 points"): not a year, a date or a
    standard's number."""
    out = []
    months = _months(language)
    for m in _figure_pattern(language).finditer(text):
        figure = m.group(0).strip()
        after = text[m.end() :].lstrip(" \u00a0").lower()
        before = text[: m.start()].rstrip(" \u00a0").lower()
        if re.fullmatch(r"(19|20)\d\d", figure):
            continue
        if figure.isdigit() and _NAME_BEFORE.search(text[: m.start()]):
            continue
        if any(after.startswith(month) for month in months) or any(
            before.endswith(month) for month in months
        ):
            continue
        out.append(figure)
    return out


def _quote(text: str, around: str = "") -> str:
    """``text`` on one line, short enough to say; a long line is cut on words so ``around`` (the
    figure asked about) stays in it whole, with "…" only where words were left out."""
    text = " ".join(text.split()).rstrip(".:;")
    if len(text) <= QUOTE:
        return text
    at = text.find(around) if around else -1
    start = 0
    if at > 0:  # a third of the quote before the figure, less where the line ends soon after it
        start = max(0, min(at - QUOTE // 3, len(text) - QUOTE + 2))
        if start:
            start = min(text.find(" ", start) + 1 or start, at)  # begin on a word
    end = start + QUOTE - 2
    if end < len(text) and text[end] != " ":
        end = text.rfind(" ", start, end) if " " in text[start:end] else end  # end on a word
    if at >= 0:
        need = at + len(around)
        end = max(end, text.find(" ", need) if " " in text[need:] else len(text))
    head = "…" if start else ""
    tail = "…" if end < len(text) else ""
    return head + text[start:end].strip().rstrip(",;:") + tail


class Words:
    """The ``[challenge]`` phrases in one language; a role's catalogue may phrase a kind its own way."""

    def __init__(self, language: str, role: str = "") -> None:
        self.language = language
        self.shared = phrases(language)
        self.role: Phrasebook | None = None
        if role:
            try:
                self.role = phrases(language, role)
            except RoleError:  # a role without a catalogue of its own
                self.role = None

    def ask(self, key: str, **values: Any) -> str:
        if self.role is not None and f"challenge.{key}" in self.role.entries:
            return self.role.say(f"challenge.{key}", **values)
        return self.shared.say(f"challenge.{key}", **values)

    def stems(self, kind: str) -> tuple[str, ...]:
        """The words that mark a title as ``kind`` (recommendation, risk, plan)."""
        words = self.shared.say(f"challenge.detect.{kind}").split("|")
        return tuple(w.strip().lower() for w in words if w.strip())

    def figures(self, text: str) -> list[str]:
        return figures(text, self.language)

    def claimed(self, text: str, found: list[str]) -> str:
        """The figure a line claims: its first, but where the line opens on a change written "from
        8% to 15%", the figure it ended at (``challenge.change`` holds the language's two words)."""
        start, _bar, end = self.shared.say("challenge.change").partition("|")
        if len(found) >= 2 and start and end:
            before, after = (re.escape(f) for f in found[:2])
            pattern = rf"(?<!\w){re.escape(start)}\s+{before}\s+{re.escape(end)}\s+{after}"
            if re.search(pattern, text, re.IGNORECASE):
                return found[1]
        return found[0]


def _titled(title: str, stems: Iterable[str]) -> bool:
    words = title.lower()
    return any(re.search(r"(?<!\w)" + re.escape(stem), words) for stem in stems)


def slide_kinds(slide: SlideContent, words: Words) -> set[str]:
    """What the slide is: from its key when it has one (the same in every language, so a scaffolded
    slide's challenges have the same ids in English and Swedish), else from its title."""
    if slide.kind == "title":
        return set()
    if slide.keyed:
        key = slide.key.lower()
        return {kind for stem, kind in KEY_STEMS if stem in key}
    return {kind for kind in (RECOMMENDATION, RISK, PLAN) if _titled(slide.title, words.stems(kind))}


def _items(slide: SlideContent, words: Words, kind: str) -> list[str]:
    """The list a risk or plan slide shows: the points, or a table's column that names them."""
    if slide.lines:
        return list(slide.lines)
    for table in slide.tables:
        column = _label_column(table, words, kind)
        items = [row[column].strip() for row in table.rows if column < len(row) and row[column].strip()]
        if items:
            return items
    return []


def _names(header: str, stems: Iterable[str]) -> bool:
    """A column header that names the kind ("Risk" for risks, "Fas" for faser)."""
    words = [w for w in re.findall(r"\w+", header.lower()) if len(w) >= 3]
    return any(stem.startswith(w) or w.startswith(stem) for w in words for stem in stems)


_ID = re.compile(r"^[#A-Za-z]{0,3}[-.]?\d+$")  # R6, #3, 12: a row's number, not what it is about


def _label_column(table: Table, words: Words, kind: str) -> int:
    """The column whose header names the kind ("Risk"), else the first of words (not figures or ids)."""
    for i, name in enumerate(table.columns):
        if _names(name, words.stems(kind)):
            return i
    for i in range(len(table.columns)):
        cells = [row[i].strip() for row in table.rows if i < len(row) and row[i].strip()]
        plain = [c for c in cells if not words.figures(c) and not _ID.match(c)]
        if cells and len(plain) > len(cells) / 2:
            return i
    return 0


def _table_figure(table: Table, words: Words, *, changes_only: bool) -> tuple[str, str] | None:
    """(claim, figure) for a table: the largest change in a column of changes (one that shows a
    "+"), else, unless ``changes_only``, its first figure."""
    changes = {c for row in table.rows for c, cell in enumerate(row) if c and cell.strip().startswith("+")}
    best: tuple[float, str, str] | None = None
    first: tuple[str, str] | None = None
    for row in table.rows:
        label = row[0].strip() if row else ""
        for c, cell in enumerate(row[1:], start=1):
            found = words.figures(cell)
            if not found:
                continue
            column = table.columns[c].strip() if c < len(table.columns) else ""
            claim = f"{label}, {column}: {cell.strip()}" if column else f"{label}: {cell.strip()}"
            first = first or (claim, found[0])
            value = _number(found[0])
            if c in changes and value is not None and (best is None or abs(value) > best[0]):
                best = (abs(value), claim, found[0])
    if best is not None:
        return best[1], best[2]
    return None if changes_only else first


def _figure(slide: SlideContent, words: Words, *, changes_only: bool) -> tuple[str, str] | None:
    """(claim, figure): the title's figure (an action title states its conclusion), else a point's,
    else a table's, else a figure standing alone in big type (a callout such as "+12%")."""
    for line in ((slide.title,) if not slide.example_title else ()) + slide.lines:
        found = words.figures(line)
        if found:
            figure = words.claimed(line, found)
            return _quote(line, figure), figure
    for table in slide.tables:
        pair = _table_figure(table, words, changes_only=changes_only)
        if pair:
            return _quote(pair[0], pair[1]), pair[1]
    for label in slide.labels:
        found = words.figures(label)
        if found and len(found[0]) * 2 >= len(label.strip()):  # the label is the figure, not an axis
            return _quote(label), found[0]
    return None


def _value(value: float, chart: Chart, language: str) -> str:
    text = format_number(value, language, 0 if float(value).is_integer() else 1)
    return phrases(language).say("locale.percent", number=text) if chart.percent else text


def _chart_question(chart: Chart, slide: SlideContent, words: Words) -> str:
    title = _quote(chart.title or slide.title)
    pairs = list(zip(chart.categories, chart.values, strict=False))
    if chart.chart_type == "waterfall" and len(pairs) >= 3:  # a bridge: the drivers between two totals
        top = max(pairs[1:-1], key=lambda p: abs(p[1]))
        return words.ask("chart_bridge", top=_quote(top[0]), title=title)
    if chart.chart_type == "line" and len(pairs) >= 2:
        start, end = _value(pairs[0][1], chart, words.language), _value(pairs[-1][1], chart, words.language)
        return words.ask("chart_trend", title=title, start=start, end=end)
    if len(pairs) >= 2:  # the category furthest from the others (the median), the larger on a tie
        middle = statistics.median(v for _c, v in pairs)
        top = max(pairs, key=lambda p: (abs(p[1] - middle), abs(p[1])))
        return words.ask("chart_top", top=_quote(top[0]), title=title)
    return words.ask("chart_single", title=title)


def _found(slide: SlideContent, words: Words) -> list[tuple[str, str]]:
    """(kind, question) for each challenge the slide's words give."""
    out: list[tuple[str, str]] = []
    kinds = slide_kinds(slide, words)
    if RECOMMENDATION in kinds:
        first = next(iter(_items(slide, words, RECOMMENDATION)), "")
        if first:
            out.append((RECOMMENDATION, words.ask("recommendation", text=_quote(first))))
    if RISK in kinds:
        items = _items(slide, words, RISK)
        if len(items) > TOP:
            out.append((RISK, words.ask("risk_outside", item=_quote(items[TOP]))))
        elif len(items) >= 2:
            out.append((RISK, words.ask("risk_order", first=_quote(items[0]), last=_quote(items[-1]))))
        elif items:
            out.append((RISK, words.ask("risk_single", first=_quote(items[0]))))
    if PLAN in kinds:
        items = _items(slide, words, PLAN)
        out.append((PLAN, words.ask("plan", item=_quote(items[-1])) if items else words.ask("plan_only")))
    if slide.kind != "title":
        # A table's plain figures are the panel's question only where the slide asks nothing else.
        figure = _figure(slide, words, changes_only=bool(out))
        if figure is not None:
            out.append((FIGURE, words.ask("figure", claim=figure[0], figure=figure[1])))
        for i, chart in enumerate(slide.charts):
            out.append((CHART if i == 0 else f"{CHART}-{i + 1}", _chart_question(chart, slide, words)))
    if not out:
        kind = OPENING if slide.kind == "title" else TAKEAWAY
        out.append((kind, words.ask(kind, title=_quote(slide.title) or str(slide.number))))
    return out


def slide_challenges(slide: SlideContent, language: str, role: str = "") -> list[Question]:
    """The challenges to one slide, most pointed first; none for a section divider."""
    return _challenges(slide, Words(language, role))


def _challenges(slide: SlideContent, words: Words) -> list[Question]:
    if slide.kind == "section":
        return []
    out = []
    for kind, text in _found(slide, words):
        base = kind.split("-")[0]
        out.append(
            Question(
                id=f"challenge-{slide.key}-{kind}",
                text=text,
                guidance=words.ask(f"guidance.{base}"),
                target_seconds=TARGETS[base],
                source="deck",
                category=SLIDES,
                slide=slide.key,
                kind=base,
            )
        )
    return out


def challenges(slides: Iterable[SlideContent], language: str, role: str = "") -> list[Question]:
    """Every slide's challenges, in slide order (a backup slide's too: the panel may ask for it)."""
    words = Words(language, role)
    return [q for slide in slides for q in _challenges(slide, words)]
