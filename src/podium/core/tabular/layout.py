"""The table inside the rows: its width, the rows above and below it, and rows that do not fit.

Shared by the cell reader (``grid``) and the frame reader (``frame``): both see the rows as text
first, decide here what is table and what is title block, footnote, extra value or missing
cell, and report each as a finding rather than dropping it silently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from podium.core.tabular.messages import Phrase, phrase, quote, rows
from podium.core.tabular.sniff import cell_kind


def trimmed_width(row: Sequence[str]) -> int:
    """The number of cells up to the last filled one."""
    for i in range(len(row) - 1, -1, -1):
        if row[i].strip():
            return i + 1
    return 0


def modal_width(texts: Sequence[Sequence[str]]) -> int:
    widths = Counter(w for r in texts if (w := trimmed_width(r)))
    return widths.most_common(1)[0][0] if widths else 0


def table_width(named: int, body: Sequence[Sequence[str]]) -> int:
    """The table's width: the header's, unless most rows go on past it (a column without a name)."""
    widths = [w for r in body if (w := trimmed_width(r))]
    if not widths:
        return max(named, 1)
    wider = sum(1 for w in widths if w > named)
    if named and wider * 2 <= len(widths):
        return named
    return max(named, modal_width(body))


def above_note(texts: Sequence[Sequence[str]], numbers: Sequence[int]) -> Phrase | None:
    """The rows above the header (a title block, an export date, junk lines), named with their first words."""
    filled = [(n, r) for n, r in zip(numbers, texts, strict=True) if trimmed_width(r)]
    if not filled:
        return None
    first = " ".join(c.strip() for c in filled[0][1] if c.strip())
    return phrase("note.above", len(filled), where=rows([n for n, _ in filled]), text=quote(first))


def footnotes(texts: Sequence[Sequence[str]]) -> int:
    """How many rows at the end are notes under the table ('Källa: SCB', 'Note: …'): after a blank
    row, rows with one filled cell that is words, below a table whose rows hold three cells or more."""
    filled = [sum(1 for c in r if c.strip()) for r in texts]
    body = [f for f in filled if f]
    if len(body) < 4 or sorted(body)[len(body) // 2] < 3:
        return 0
    end = len(texts)
    at = end
    while at > 0 and filled[at - 1] <= 1:
        at -= 1
    tail = range(at, end)
    notes = [i for i in tail if filled[i]]
    if not notes or all(filled[i] for i in tail):  # no blank row between the table and the notes
        return 0
    first_note = notes[0]
    if not any(filled[i] == 0 for i in range(at, first_note)):
        return 0
    if not all(cell_kind(next(c for c in texts[i] if c.strip())) == "text" for i in notes):
        return 0
    return end - at


def below_note(texts: Sequence[Sequence[str]], numbers: Sequence[int]) -> Phrase | None:
    filled = [(n, r) for n, r in zip(numbers, texts, strict=True) if trimmed_width(r)]
    if not filled:
        return None
    first = " ".join(c.strip() for c in filled[0][1] if c.strip())
    return phrase("note.below", len(filled), where=rows([n for n, _ in filled]), text=quote(first))


def extra_note(
    row_numbers: Sequence[int],
    extra: Sequence[int],
    total_values: int | None = None,
    total_rows: int | None = None,
) -> Phrase:
    """'347 rows carry 2 values after the last column (rows …); the extra values were left out.'

    ``extra`` holds each row's count of extra values, or (for a large file) only the fewest and the
    most, with the totals given apart and ``row_numbers`` the first rows only."""
    most, fewest = max(extra), min(extra)
    values = phrase("values", most) if fewest == most else phrase("values_up_to", most)
    count = len(row_numbers) if total_rows is None else total_rows
    return phrase(
        "note.extra_values",
        count,
        values=values,
        where=rows(row_numbers, count),
        left=phrase("left_out", sum(extra) if total_values is None else total_values),
    )


def empty_extra_note(row_numbers: Sequence[int], total_rows: int | None = None) -> Phrase:
    """'12 rows end in empty fields after the last column (rows …); they held nothing, so nothing was
    left out': said because a reader who counts separators should find them accounted for."""
    count = len(row_numbers) if total_rows is None else total_rows
    return phrase("note.empty_extra", count, where=rows(row_numbers, count))


def short_note(row_numbers: Sequence[int]) -> Phrase:
    return phrase("note.short_rows", len(row_numbers), where=rows(row_numbers))


def long_note(row_numbers: Sequence[int], limit: int) -> Phrase:
    return phrase("note.long_cells", len(row_numbers), where=rows(row_numbers), limit=limit)
