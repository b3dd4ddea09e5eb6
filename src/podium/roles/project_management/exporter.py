"""Write the register (and the plan) as CSV or Excel, with headers in the deck's language.

The headers (the phrasebook's ``export.register`` and ``export.plan``) are ones the importer
recognises, so an exported file comes back unchanged. A CSV file is separated the way the
language's spreadsheet programs expect (Swedish Excel: semicolons). Every file is written atomically.
"""

from __future__ import annotations

import csv
from pathlib import Path

from podium.core.atomic import atomic_write
from podium.core.errors import RoleDataError
from podium.core.text import csv_delimiter
from podium.roles.project_management.register import PlanItem, Risk
from podium.roles.project_management.scales import BAND_COLORS, Scales, band_name, response_name, status_name
from podium.roles.project_management.texts import texts

COLUMNS = ("id", "title", "category", "cause", "event", "effect", "likelihood", "impact", "score", "band",
           "residual_likelihood", "residual_impact", "residual_score", "residual_band", "proximity", "owner",
           "response", "mitigation", "contingency", "trigger", "status")  # fmt: skip


def register_rows(risks: list[Risk], scales: Scales, language: str) -> tuple[list[str], list[list[object]]]:
    """Header and rows, extra columns from the original file appended so nothing is lost."""
    extra: list[str] = []
    for risk in risks:
        extra += [k for k in risk.extra if k not in extra]
    header = [*texts(language).words("export.register"), *extra]
    rows: list[list[object]] = []
    for r in risks:
        values = {
            "score": r.score,
            "band": band_name(scales.band(r.score), language),
            "residual_likelihood": r.residual_likelihood or "",
            "residual_impact": r.residual_impact or "",
            "residual_score": r.residual_score,
            "residual_band": band_name(scales.band(r.residual_score), language),
            "response": response_name(r.response, language),
            "status": status_name(r.status, language),
        }
        rows.append([values.get(c, getattr(r, c, "")) for c in COLUMNS] + [r.extra.get(k, "") for k in extra])
    return header, rows


def plan_rows(plan: list[PlanItem], language: str) -> tuple[list[str], list[list[object]]]:
    said = texts(language)
    kinds = {"phase": said.say("export.phase"), "milestone": said.say("export.milestone")}
    rows: list[list[object]] = [
        [p.name, kinds[p.kind], p.start, p.end if p.kind == "phase" and p.end else ""] for p in plan
    ]
    return list(said.words("export.plan")), rows


def _write_csv(path: Path, header: list[str], rows: list[list[object]], language: str) -> None:
    delimiter = csv_delimiter(language)

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow(header)
            writer.writerows([[("" if v is None else str(v)) for v in row] for row in rows])

    atomic_write(path, write)


def _write_xlsx(path: Path, sheets: list[tuple[str, list[str], list[list[object]]]], scales: Scales) -> None:
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError:
        raise RoleDataError("writing Excel files needs openpyxl: pip install 'podium[data]'") from None
    book = Workbook()
    book.remove(book.worksheets[0])  # the empty sheet a new workbook starts with
    for title, header, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "B2"
        for i, name in enumerate(header, start=1):
            longest = max([len(str(name))] + [len(str(r[i - 1])) for r in rows[:200] if i - 1 < len(r)])
            sheet.column_dimensions[sheet.cell(1, i).column_letter].width = min(max(longest + 2, 6), 50)
        if header and header[0] == "ID":  # the register: colour the score cells by band
            for col_name in ("score", "residual_score"):
                col = COLUMNS.index(col_name) + 1
                for row in sheet.iter_rows(min_row=2, min_col=col, max_col=col):
                    cell = row[0]
                    if isinstance(cell.value, int):
                        color = BAND_COLORS[scales.band(cell.value)].lstrip("#")
                        cell.fill = PatternFill("solid", fgColor=color)
    atomic_write(path, book.save)


def export_register(
    path: Path, risks: list[Risk], plan: list[PlanItem], scales: Scales, language: str
) -> Path:
    """Write the register as .csv or .xlsx (by suffix); a workbook also gets the plan on its own sheet."""
    path = Path(path)
    header, rows = register_rows(risks, scales, language)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        _write_csv(path, header, rows, language)
    elif suffix == ".xlsx":
        said = texts(language)
        sheets = [(said.say("export.register_sheet"), header, rows)]
        if plan:
            sheets.append((said.say("export.plan_sheet"), *plan_rows(plan, language)))
        _write_xlsx(path, sheets, scales)
    else:
        raise RoleDataError(f"{path.name}: export to a .csv or .xlsx file")
    return path


def export_plan(path: Path, plan: list[PlanItem], language: str) -> Path:
    path = Path(path)
    header, rows = plan_rows(plan, language)
    if path.suffix.lower() == ".csv":
        _write_csv(path, header, rows, language)
    elif path.suffix.lower() == ".xlsx":
        _write_xlsx(
            path, [(texts(language).say("export.plan_sheet"), header, rows)], Scales.default(language)
        )
    else:
        raise RoleDataError(f"{path.name}: export to a .csv or .xlsx file")
    return path
