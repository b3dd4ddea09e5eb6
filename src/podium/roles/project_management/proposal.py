"""Which column of a register holds which field: a guess per field, with its confidence and reason.

Names decide first (English and Swedish, ``columns``), values second: of two columns called
impact, the one with amounts wins over a Yes/No 'Schedule Impact?'; a name used twice is the
rating before and after the actions; with no title column, the Event (or Cause) column names
each risk; with no ID column, a column of short unique codes is the ID. Every guess carries a
``Phrase`` saying why, so the import step can explain itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from podium.core.tabular.grid import Grid
from podium.core.tabular.messages import Phrase, phrase, quote
from podium.roles.project_management.columns import REGISTER, _match_one, normalize
from podium.roles.project_management.ratings import Conversion, detect, is_rating
from podium.roles.project_management.scales import Scales
from podium.roles.project_management.tabular import cell_text

FIELDS = ("id", "title", "cause", "event", "effect", "category", "kind", "likelihood", "impact",
          "residual_likelihood", "residual_impact", "score", "band", "residual_score", "residual_band", "proximity", "owner",
          "response", "mitigation", "contingency", "trigger", "status")  # fmt: skip
RATINGS = ("likelihood", "impact", "residual_likelihood", "residual_impact")
SAMPLE = 400  # rows whose values are looked at
SURE, LIKELY, GUESS = 0.9, 0.6, 0.35
_KIND_WORDS = {"threat", "opportunity", "risk", "opp", "hot", "möjlighet", "mojlighet", "t", "o", "negative",
               "positive", "negativ", "positiv"}  # fmt: skip
_OPPORTUNITY = {"opportunity", "opp", "möjlighet", "mojlighet", "o", "positive", "positiv"}


def axis_of(name: str) -> str:
    return "likelihood" if "likelihood" in name else "impact"


@dataclass
class Guess:
    column: int | None
    confidence: float = 0.0  # 0..1: SURE, LIKELY or GUESS
    reason: Phrase | None = None
    conversion: Conversion | None = None  # for the four rating fields

    @property
    def level(self) -> str:
        """'sure', 'likely' or 'guess', as the import step words it."""
        return (
            "sure" if self.confidence >= SURE - 1e-9 else "likely" if self.confidence >= LIKELY else "guess"
        )


@dataclass
class Proposal:
    guesses: dict[str, Guess] = field(default_factory=dict)

    def column(self, name: str) -> int | None:
        guess = self.guesses.get(name)
        return guess.column if guess else None


def column_cells(grid: Grid, column: int, limit: int | None = SAMPLE) -> list[str]:
    rows = grid.rows if limit is None else grid.rows[:limit]
    return [t for _n, cells in rows if column < len(cells) and (t := cell_text(cells[column]))]


def is_opportunity_word(text: str) -> bool:
    return text.strip().casefold() in _OPPORTUNITY


def _kind_column(cells: Sequence[str]) -> bool:
    words = {c.strip().casefold() for c in cells}
    return bool(words) and words <= _KIND_WORDS and len(words) <= 4 and any(w in _OPPORTUNITY for w in words)


def _id_like(cells: Sequence[str]) -> bool:
    """Short codes, nearly all different, most with a digit: R1, RISK-004; plain numbers only when
    they count up (1, 2, 3), which ratings and amounts do not."""
    if len(cells) < 2:
        return False
    short = [c for c in cells if len(c) <= 14 and any(ch.isdigit() for ch in c)]
    if len(short) < 0.9 * len(cells) or len(set(cells)) < 0.9 * len(cells):
        return False
    if all(c.isdigit() for c in cells):
        numbers = [int(c) for c in cells]
        return numbers == sorted(numbers) and numbers[-1] - numbers[0] < 2 * len(numbers)
    return True


def _mean_length(cells: Sequence[str]) -> float:
    return sum(len(c) for c in cells) / len(cells) if cells else 0.0


def propose(grid: Grid, scales: Scales | None = None) -> Proposal:
    """A guess for every field the register may hold (``column`` None where nothing fits)."""
    names = [n or h for n, h in zip(grid.named or grid.header, grid.header, strict=False)]
    cells = {i: column_cells(grid, i) for i in range(len(grid.header))}
    by_name: dict[int, tuple[str | None, bool]] = {
        i: _match_one(n, REGISTER, True) for i, n in enumerate(names)
    }
    out = Proposal()
    taken: set[int] = set()

    def take(
        name: str, column: int, confidence: float, reason: Phrase, conversion: Conversion | None = None
    ) -> None:
        out.guesses[name] = Guess(column, confidence, reason, conversion)
        taken.add(column)

    _ratings(grid, names, cells, by_name, scales, take, taken)
    for name in FIELDS:
        if name in out.guesses or name in RATINGS:
            continue
        matches = [(i, sure) for i, (f, sure) in by_name.items() if f == name and i not in taken]
        if matches:
            i, sure = sorted(matches, key=lambda m: (not m[1], m[0]))[0]
            if name in ("category", "kind") and _kind_column(cells[i]):
                name = "kind"  # a 'Type' column of Threat / Opportunity
            if name not in out.guesses:
                reason = phrase("why.header" if sure else "why.header_near", header=quote(names[i]))
                take(name, i, SURE if sure else LIKELY, reason)
    _fallbacks(grid, names, cells, out, take, taken)
    for name in FIELDS:
        out.guesses.setdefault(name, Guess(None, 0.0, phrase("why.none")))
    return out


def _ratings(grid, names, cells, by_name, scales, take, taken) -> None:  # type: ignore[no-untyped-def]
    """Likelihood and impact, before and after the actions: by name, then by what the values hold."""
    seen: dict[str, list[int]] = {}
    for i, (name, _sure) in by_name.items():
        if name in RATINGS:
            seen.setdefault(name, []).append(i)
    for base, residual in (("likelihood", "residual_likelihood"), ("impact", "residual_impact")):
        found = [(i, by_name[i][1]) for i in seen.get(base, [])]
        rated: list[tuple[float, int, bool, Conversion]] = []
        for i, sure in found:
            conversion = detect(cells[i], base, names[i], scales)
            fit = is_rating(conversion, cells[i], base, scales) if cells[i] else 0.5
            rated.append((fit, i, sure, conversion))
        prose = [r for r in rated if r[0] < 0.3 and _mean_length(cells[r[1]]) >= 15]  # 'Konsekvens' as a text
        for _fit, i, _sure, _c in prose:
            if base == "impact" and not any(f == "effect" for f, _s in by_name.values()) and i not in taken:
                by_name[i] = ("effect", False)  # the consequence written out: the effect
        usable = [r for r in rated if r[3].kind != "flag" and r not in prose]
        if any(r[0] >= 0.5 for r in usable):
            usable = [r for r in usable if r[0] >= 0.5]
        usable.sort(key=lambda r: r[1])
        same_name = (
            [r for r in usable if normalize(names[r[1]]) == normalize(names[usable[0][1]])] if usable else []
        )
        flags = [names[r[1]] for r in rated if r[3].kind == "flag"]
        if len(same_name) >= 2 and residual not in seen:  # the same name twice: before and after
            first, second = same_name[0], same_name[1]
            said = quote(names[first[1]])
            why = (
                phrase("why.not_flag", header=said, other=quote(flags[0]))
                if flags
                else phrase("why.header", header=said)
            )
            take(base, first[1], SURE if first[2] else LIKELY, why, first[3])
            take(residual, second[1], LIKELY, phrase("why.repeat", header=quote(names[second[1]])), second[3])
            continue
        if usable:
            best = max(usable, key=lambda r: (r[0] >= 0.5, r[2], r[3].kind == "money", r[0], -r[1]))
            fit, i, sure, conversion = best
            if flags:
                reason = phrase("why.not_flag", header=quote(names[i]), other=quote(flags[0]))
            elif len(usable) > 1:
                reason = phrase("why.values", header=quote(names[i]), scale=conversion.describe())
            else:
                reason = phrase("why.header" if sure else "why.header_near", header=quote(names[i]))
            take(
                base,
                i,
                (SURE if sure else LIKELY) if fit >= 0.8 else LIKELY if sure else GUESS,
                reason,
                conversion,
            )
        for i in seen.get(residual, []):
            if i in taken:
                continue
            conversion = detect(cells[i], base, names[i], scales)
            if conversion.kind == "flag":
                continue
            take(residual, i, SURE if by_name[i][1] else LIKELY, phrase("why.header", header=quote(names[i])),
                 conversion)  # fmt: skip
            break


def _fallbacks(grid, names, cells, out, take, taken) -> None:  # type: ignore[no-untyped-def]
    """No title column: the Event or Cause column (else the longest texts) names the risk; no ID
    column: a column of short unique codes."""
    if "title" not in out.guesses:
        for source in ("event", "cause", "effect"):
            guess = out.guesses.get(source)
            if guess is not None and guess.column is not None:
                out.guesses["title"] = Guess(
                    guess.column, LIKELY, phrase("why.title_from", header=quote(names[guess.column]))
                )
                break
        else:
            free = [i for i in cells if i not in taken and cells[i] and not _id_like(cells[i])]
            texts = [i for i in free if _mean_length(cells[i]) >= 12]
            if texts:
                i = max(texts, key=lambda c: _mean_length(cells[c]))
                take("title", i, GUESS, phrase("why.title_longest", header=quote(names[i])))
    if "id" not in out.guesses:
        for i in sorted(cells)[:3]:
            if i not in taken and _id_like(cells[i]):
                take(
                    "id",
                    i,
                    LIKELY,
                    phrase("why.id_values", header=quote(names[i]), example=quote(cells[i][0], 16)),
                )
                break
    if "kind" not in out.guesses:
        for i in cells:
            if i not in taken and _kind_column(cells[i]):
                take("kind", i, LIKELY, phrase("why.kind_values", header=quote(names[i])))
                break


_NOISE = re.compile(r"\s+")
