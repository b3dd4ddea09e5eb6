"""The data-quality findings, most important first, as sentences for the data slide and the Data panel.

Only findings about the columns in use count against "clean"; every line
names the column and the rows, so the candidate can check it in the file.
"""

from __future__ import annotations

from typing import Any

from podium.core.tabular.messages import Phrase, is_phrase_dict
from podium.roles.finance import wording as w

# How the file was read, from the shared reader: what lost or changed values comes first, what
# only left a title block or a footnote out comes last.
_READ_FIRST = ("note.extra_values", "note.short_rows", "note.long_cells", "note.no_results")


def read_notes(record: dict[str, Any], language: str) -> list[str]:
    """The shared reader's findings (extra values, short rows, lines above or under the table),
    those that lost or changed values first."""
    read = [n for n in record["profile"].get("notes", []) if is_phrase_dict(n)]
    ordered = [n for n in read if n["code"] in _READ_FIRST] + [
        n for n in read if n["code"] not in _READ_FIRST
    ]
    return [Phrase.from_dict(n).render(language) for n in ordered]


def _used(choice: dict[str, Any]) -> list[str]:
    columns = [choice.get("date"), *choice.get("measures", []), choice.get("category"), choice.get("compare"),
               choice.get("quantity"), choice.get("compare_quantity")]  # fmt: skip
    return [c for c in columns if c]


def quality_lines(record: dict[str, Any], language: str, limit: int | None = None) -> list[str]:
    """Sentences describing what was cleaned and what to check; 'clean' when nothing was found."""
    lines = quality(record, language)[0]
    return lines[:limit] if limit else lines


def quality(record: dict[str, Any], language: str) -> tuple[list[str], int]:
    """The sentences, and how many of them are points to check (not just what was done)."""
    profile, choice = record["profile"], record["choice"]
    analysis = record.get("analysis") or {}
    used = _used(choice)
    measures = choice.get("measures", [])
    lines: list[str] = []
    said = w.phrasebook(language)
    issues = 0
    read = [n for n in profile.get("notes", []) if is_phrase_dict(n)]
    first = [n for n in read if n["code"] in _READ_FIRST]
    last = [n for n in read if n["code"] not in _READ_FIRST]
    lines += [Phrase.from_dict(n).render(language) for n in first]
    issues += len(first)
    for note in profile.get("notes", []):
        if note.get("code") == "xlsx_named_csv":
            lines.append(said.say("xlsx_named_csv"))
        elif note.get("code") == "period_built":
            year, month = (w.quote(note[k], language) for k in ("year", "month"))
            lines.append(said.say("period_built", year=year, month=month))
    checked: dict[int, list[dict[str, Any]]] = {}
    for item in profile.get("reconciliation", []):
        if item["column"] in measures or item["column"] == choice.get("compare"):
            checked.setdefault(item["row"], []).append(item)
    for row, items in checked.items():  # one line per total row, however many columns it sums
        where = w.rows([row], 1, language)
        off = [i for i in items if abs(i["diff"]) >= 0.005]
        if not off:
            lines.append(said.say("totals_ok", where=where))
            continue
        issues += 1
        diff = f"{w.amount(off[0]['diff'], language, signed=True)} ({w.quote(off[0]['column'], language)})"
        lines.append(said.say("totals_off", where=where, diff=diff))
    for total in profile.get("totals", []):  # a total row without figures for the columns used: said too
        if isinstance(total, dict) and isinstance(total.get("row"), int) and total["row"] not in checked:
            lines.append(said.say("totals_unchecked", where=w.rows([total["row"]], 1, language)))
    for column, bad in profile.get("bad_cells", {}).items():
        where = w.rows(bad["rows"], bad["count"], language)
        name = w.quote(column, language)
        if not bad.get("used", True):
            share = w.pct(profile.get("mixed", {}).get(column, 0) * 100, language, signed=False)
            lines.append(said.say("mixed", column=name, share=share, where=where))
        elif column in used:
            key = "bad_date" if bad.get("expected") == "date" else "bad_number"
            lines.append(
                said.say(key, count=bad["count"], column=name, n=w.count(bad["count"], language), where=where)
            )
        else:
            continue
        issues += 1
    rows = max(1, profile.get("rows", 1))
    for column in profile.get("columns", []):
        if column["name"] in used and column.get("missing"):
            issues += 1
            share = w.pct(column["missing"] / rows * 100, language, signed=False)
            key = "missing_category" if column["name"] == choice.get("category") else "missing"
            lines.append(
                said.say(
                    key,
                    count=column["missing"],
                    column=w.quote(column["name"], language),
                    n=w.count(column["missing"], language),
                    share=share,
                    name=said.say("label.not_stated"),
                )
            )
    duplicates = profile.get("duplicates", {})
    if duplicates.get("count"):
        issues += 1
        where = w.rows(duplicates["rows"], duplicates["count"], language)
        lines.append(
            said.say(
                "duplicates", count=duplicates["count"], n=w.count(duplicates["count"], language), where=where
            )
        )
    for column, found in profile.get("outliers", {}).items():
        if column in measures:
            issues += 1
            where = w.rows(found["rows"], found["count"], language)
            lines.append(
                said.say(
                    "outliers",
                    count=found["count"],
                    column=w.quote(column, language),
                    n=w.count(found["count"], language),
                    where=where,
                )
            )
    periods = analysis.get("periods") or {}
    if periods.get("empty"):
        issues += 1
        names = ", ".join(w.period(k, language) for k in periods["empty"][:4])
        lines.append(said.say("empty_periods", periods=names + ("…" if len(periods["empty"]) > 4 else "")))
    if periods.get("partial"):
        issues += 1
        partial = periods["partial"]
        lines.append(
            said.say(
                "partial",
                period=w.period(partial["key"], language),
                day=w.day(partial["through"], language),
            )
        )
    if profile.get("dropped_columns"):
        lines.append(said.say("dropped", columns=", ".join(profile["dropped_columns"][:4])))
    lines += [Phrase.from_dict(n).render(language) for n in last]
    if not issues:
        lines.append(said.say("clean"))
    return lines, issues
