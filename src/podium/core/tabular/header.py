"""Finding the header under title rows, and reading a header that spans two rows.

Real exports put a title block, an export date or a blank line above the table, and
registers group their columns under a second header row ("Inherent risk" over Likelihood,
Impact, Score; "Residual risk" over the same three). ``find_header`` finds the row that names
the columns, joins a group row above or below it into each name ("Residual risk Likelihood"),
and says where the data begins. Two ways to find it: by the names themselves when the caller
knows which names to expect (``score``), else by the shape of the rows: the header is the
text row right above the first run of rows holding numbers or dates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from podium.core.tabular.sniff import cell_kind, years_row

SEARCH_ROWS = 30  # a header further down than this is not looked for by name
Score = Callable[[list[str]], float]  # how much a row reads like this caller's header (2+: it does)
Spans = dict[int, dict[int, int]]  # row index -> {first column: last column} of merged cells


@dataclass(frozen=True)
class Header:
    rows: tuple[int, ...]  # indices (into the rows given) of the header row or rows; () = no header
    names: tuple[str, ...]  # one per column: the names joined, whitespace collapsed, '' when unnamed
    start: int  # the index of the first row below the header

    @property
    def last(self) -> int | None:
        return self.rows[-1] if self.rows else None


def clean(text: object) -> str:
    """A header cell as one line: 'Likelihood\\n(1-5) ' -> 'Likelihood (1-5)'."""
    return " ".join(str(text or "").split())


def unique_names(names: Sequence[str]) -> list[str]:
    """Every column a distinct name: a second 'Likelihood' is 'Likelihood (2)', an unnamed 'Column 4'."""
    seen: Counter[str] = Counter()
    taken = {clean(n) for n in names if clean(n)}
    out = []
    for i, raw in enumerate(names):
        name = clean(raw) or f"Column {i + 1}"
        seen[name] += 1
        if seen[name] > 1:
            candidate = f"{name} ({seen[name]})"
            while candidate in taken:
                seen[name] += 1
                candidate = f"{name} ({seen[name]})"
            name = candidate
        taken.add(name)
        out.append(name)
    return out


def _filled(row: Sequence[str]) -> int:
    return sum(1 for c in row if c.strip())


def _values(row: Sequence[str]) -> int:
    return sum(1 for c in row if cell_kind(c) in ("number", "date"))


def _texty(row: Sequence[str]) -> bool:
    """Mostly words: a header, a title or a group row (a row of years counts as words)."""
    cells = _filled(row)
    return cells > 0 and (years_row(list(row)) or _values(row) * 2 <= cells)


def _need(rows: Sequence[Sequence[str]], width: int) -> int:
    """How many cells a full row of this table has: the median row (title lines of one cell aside)."""
    filled = sorted(f for r in rows if (f := _filled(r)) >= 2) or [width]
    typical = filled[len(filled) // 2]
    return max(min(2, width), typical - (1 if typical >= 4 else 0))


def _is_data(row: Sequence[str], need: int) -> bool:
    return _filled(row) >= max(1, need - 1) and _values(row) > 0 and not years_row(list(row))


def _by_shape(rows: Sequence[Sequence[str]], width: int) -> tuple[int | None, int]:
    """(header index or None, first data index) from the kinds of the cells."""
    need = _need(rows, width)
    nonblank = [i for i, r in enumerate(rows) if _filled(r)]
    for at, i in enumerate(nonblank):
        if not (_is_data(rows[i], need) and _filled(rows[i]) >= need):
            continue
        following = nonblank[at + 1 : at + 3]
        if not all(_is_data(rows[j], need) for j in following):
            continue
        above = next((j for j in nonblank[:at][::-1] if i - j <= 3), None)
        if above is not None and _filled(rows[above]) >= max(min(2, width), need - 1) and _texty(rows[above]):
            return above, above + 1
        return None, i
    for i in nonblank:  # no numbers anywhere: the first full row names the columns
        if _filled(rows[i]) >= need and len(rows[i]) >= width - 1:
            return (i, i + 1) if _texty(rows[i]) else (None, i)
    return None, nonblank[0] if nonblank else 0


def _by_names(rows: Sequence[Sequence[str]], score: Score) -> int | None:
    best, best_score = None, 1.999
    for i, row in enumerate(rows[:SEARCH_ROWS]):
        value = score([clean(c) for c in row])
        if value > best_score + 1e-9:
            best, best_score = i, value
    return best


def _group_row(row: Sequence[str], header: Sequence[str], width: int) -> bool:
    """Whether ``row`` (beside the header) labels groups of its columns rather than being data or a title."""
    cells = [clean(c) for c in row]
    if _filled(cells) < 2 or (_values(cells) and not years_row(cells)):
        return False
    named = [clean(h) for h in header] + [""] * (width - len(header))
    cells += [""] * (width - len(cells))
    fills_gap = any(cells[c] and not named[c] for c in range(width))
    counts = Counter(n.casefold() for n in named if n)
    repeats = any(counts[n.casefold()] > 1 for n in named if n)
    return fills_gap or repeats


def _joined(groups: Sequence[str], names: Sequence[str], width: int, spans: dict[int, int]) -> list[str]:
    """Each column's name with its group's: merged cells tell the span; without them a group label
    carries over to the right onto the names that repeat (Likelihood, Impact … under 'Residual')."""
    groups = [clean(g) for g in groups] + [""] * (width - len(groups))
    names = [clean(n) for n in names] + [""] * (width - len(names))
    counts = Counter(n.casefold() for n in names if n)
    covered: dict[int, str] = {}
    for first, last in spans.items():
        for c in range(first, last + 1):
            covered[c] = groups[first]
    out = []
    carry = ""
    for c in range(width):
        group, name = groups[c], names[c]
        if group:
            carry = group
        label = group or covered.get(c, "")
        if not label and name and counts[name.casefold()] > 1 and not spans:
            label = carry
        out.append(f"{label} {name}".strip() if name else label)
    return out


def find_header(
    rows: Sequence[Sequence[str]], width: int, score: Score | None = None, spans: Spans | None = None
) -> Header:
    """The header of ``rows`` (cells as text), its names, and where the data starts."""
    spans = spans or {}
    at = _by_names(rows, score) if score is not None else None
    if at is None:
        at, start = _by_shape(rows, width)
        if at is None:
            return Header((), tuple([""] * width), start)
    header = [clean(c) for c in rows[at]]
    if at > 0 and _group_row(rows[at - 1], header, width):
        names = _joined(rows[at - 1], header, width, spans.get(at - 1, {}))
        return Header((at - 1, at), tuple(names), at + 1)
    below = [clean(c) for c in rows[at + 1]] if at + 1 < len(rows) else []
    if below and not _values(below) and _sub_header(header, below, width, score):
        names = _joined(header, below, width, spans.get(at, {}))
        return Header((at, at + 1), tuple(names), at + 2)
    return Header((at,), tuple(header + [""] * (width - len(header))), at + 1)


def _sub_header(groups: list[str], below: list[str], width: int, score: Score | None) -> bool:
    """Whether ``below`` names the columns that ``groups`` only groups: it fills the group row's gaps
    and, when the caller knows its names, reads as a header itself (a text-only data row does not)."""
    groups = groups + [""] * (width - len(groups))
    below = below + [""] * (width - len(below))
    fills = any(below[c] and not groups[c] for c in range(width))
    if not fills or _filled(below) < 2:
        return False
    if score is not None:
        return score(below) >= 2
    return any(groups[c] and not below[c] for c in range(width))
