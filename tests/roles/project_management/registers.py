"""Risk registers shaped like the ones project offices keep, written here (no one's file is copied).

Each writer makes one shape the issue names: a government template with a title block and a
header over two rows with merged group cells and score formulas Excel saved; a Swiss register
with percentages, bands and amounts in CHF in multi-line header cells; a US-style workbook with
the register on an 'Issue Register' sheet between 'Instructions' and 'Definitions', word ratings,
a Yes/No 'Schedule Impact?' beside the cost impact, score formulas without saved results, a total
row and a legend; a Swedish municipal CSV; a consultancy template on 1-10 scales with threats and
opportunities; a register of delays. ``with_results`` stands in for Excel: it writes the
results of the formulas into the file, as Excel does when it saves.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook


def with_results(path: Path, sheet_xml: str, result: Callable[[str, int], float]) -> Path:
    """Fill each formula's saved result (``result(column letter, row)``), as Excel does on saving."""
    data = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == sheet_xml:
                text = body.decode("utf-8")
                text = re.sub(
                    r'<c r="([A-Z]+)(\d+)"([^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?',
                    lambda m: f'<c r="{m[1]}{m[2]}"{m[3]}><f>{m[4]}</f><v>{result(m[1], int(m[2])):g}</v>',
                    text,
                )
                body = text.encode("utf-8")
            target.writestr(item, body)
    path.write_bytes(data.getvalue())
    return path


UK_RISKS = [  # (id, description, cause, effect, L, I, owner, action, residual L, residual I)
    ("DSM-001", "Legacy data cannot be migrated cleanly", "No data owner for twenty years",
     "Go-live slips by a quarter", 4, 5, "Head of Data", "Cleanse and trial-migrate twice", 2, 4),
    ("DSM-002", "Supplier lacks capacity for the build", "Framework supplier on three programmes",
     "Build phase runs late", 3, 4, "Commercial lead", "Capacity clause and weekly review", 2, 3),
    ("DSM-003", "Users resist the new service", "Change imposed without involvement",
     "Benefits arrive late", 3, 3, "SRO", "Change network in every team", 2, 2),
    ("DSM-004", "Accessibility audit fails", "Audit late in the plan", "Launch blocked", 2, 5,
     "Service owner", "Audit each release", 1, 3),
    ("DSM-005", "Budget cut at the spending review", "Departmental savings target", "Scope reduced",
     2, 4, "Finance BP", "Phase the benefits case", 2, 3),
]  # fmt: skip


def uk_template(path: Path) -> Path:
    """A government template: title block, a header over two rows with merged 'Inherent Risk' and
    'Residual Risk' cells, 'Status ' with a trailing space, scores as formulas Excel saved, a row
    with only an ID and a formula, a cover sheet and a guidance sheet."""
    book = Workbook()
    cover = book.active
    cover.title = "Cover"
    cover.append(["Digital Services Migration"])
    cover.append(["Risk register, version 1.3"])
    sheet = book.create_sheet("Risk Register")
    sheet.append(["Project: Digital Services Migration"])
    sheet.append(["Risk Register v1.3 – owner: Programme Office"])
    sheet.append([])
    sheet.append(["Risk ID", "Risk Description", "Cause", "Effect", "Inherent Risk", None, None, "Risk Owner",
                  "Mitigating Actions", "Residual Risk", None, None, "Status "])  # fmt: skip
    sheet.append([None, None, None, None, "Likelihood", "Impact", "Score", None, None, "Likelihood", "Impact",
                  "Score", None])  # fmt: skip
    sheet.merge_cells("E4:G4")
    sheet.merge_cells("J4:L4")
    for n, (rid, text, cause, effect, lk, im, owner, action, rl, ri) in enumerate(UK_RISKS, start=6):
        sheet.append(
            [rid, text, cause, effect, lk, im, f"=E{n}*F{n}", owner, action, rl, ri, f"=J{n}*K{n}", "Open"]
        )
    last = 6 + len(UK_RISKS)
    sheet.append(
        ["DSM-006", None, None, None, None, None, f"=E{last}*F{last}"]
    )  # a template row not used yet
    book.create_sheet("Guidance").append(["Likelihood: 1 rare … 5 almost certain"])
    book.save(path)
    values = {n: r for n, r in enumerate(UK_RISKS, start=6)}

    def result(column: str, row: int) -> float:
        risk = values.get(row)
        if risk is None:
            return 0
        return risk[4] * risk[5] if column == "G" else risk[8] * risk[9]

    return with_results(path, "xl/worksheets/sheet2.xml", result)


SWISS_ROWS = [  # (no, risk, cause, likelihood, impact, likelihood after, impact after, measures, responsible)
    ("1.1", "Tender is challenged in court", "Bidders contest the award", "20%", "64,500,000 CHF", "10%",
     "20,000,000 CHF", "Legal review of every criterion", "Procurement"),
    ("1.2", "Key architect leaves", "Market pays more", "75% to 100%", "15,000", "50% to 75%", "15,000",
     "Deputy in every decision", "Programme lead"),
    ("1.3", "Data protection review delays go-live", "New cantonal rules", "< 10%", "1,2 Mio. CHF", "< 10%",
     "600,000 CHF", "Early consultation", "DPO"),
    ("1.4", "Licence savings from the new platform", "Old licences end", "60%", "-2,000,000 CHF", "60%",
     "-2,000,000 CHF", "Cancel on time", "IT finance"),
]  # fmt: skip


def swiss_register(path: Path) -> Path:
    """Percentages and bands for likelihood, amounts in CHF (both thousands conventions, 'Mio.'),
    multi-line header cells with trailing spaces, an opportunity with a negative impact."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Risks"
    sheet.append(["Project: Fiscal IT platform (FIP)"])
    sheet.append(["Risk\nNo.", "Risk", "Cause ", "Likelihood\n(%)", "Impact \n(CHF)", "Likelihood after\nmeasures (%)",
                  "Impact after\nmeasures (CHF)", "Measures", "Responsible"])  # fmt: skip
    for row in SWISS_ROWS:
        sheet.append(list(row))
    book.save(path)
    return path


US_RISKS = [  # (#, event, probability, cost, schedule?, owner, strategy, trigger)
    (1, "Vendor misses the integration milestone", "Very High", "$1.2M", "Yes", "PM", "Mitigate",
     "Two missed sprint goals"),
    (2, "Cloud costs exceed the estimate", "Moderate", "$250,000", "No", "CFO", "Accept", "Monthly bill over plan"),
    (3, "Security accreditation is delayed", "High", "$800,000", "Yes", "CISO", "Mitigate", "Open findings"),
    (4, "Help desk is understaffed at launch", "Low", "$60,000", "No", "Ops", "Transfer", "Queue over 50"),
    (5, "Grant funding is withdrawn", "Very Low", "$2.5M", "No", "Sponsor", "Avoid", "Budget letter"),
]  # fmt: skip


def us_register(path: Path) -> Path:
    """The register on 'Issue Register' between 'Instructions' and 'Definitions'; '#' IDs; word
    probabilities; money with '$'; a Yes/No 'Schedule Impact?' beside the cost impact; the score a
    formula the writing program never computed; a total row and a legend under the table."""
    book = Workbook()
    book.active.title = "Instructions"
    book.active.append(["Fill in one row per risk. Probability: Very Low to Very High."])
    sheet = book.create_sheet("Issue Register")
    sheet.append(["Issue and Risk Register – Benefits Portal Modernization"])
    sheet.append(["#", "Risk Event", "Probability", "Cost Impact", "Schedule Impact?", "Risk Score", "Owner",
                  "Response Strategy", "Trigger"])  # fmt: skip
    for n, (number, event, prob, cost, schedule, owner, strategy, trigger) in enumerate(US_RISKS, start=3):
        sheet.append([number, event, prob, cost, schedule, f"=C{n}*D{n}", owner, strategy, trigger])
    sheet.append(["Total", None, None, "$4,810,000"])
    sheet.append([])
    sheet.append(["Legend"])
    sheet.append(["Very High", "> 80% chance in the next year"])
    sheet.append(["Very Low", "< 10% chance"])
    definitions = book.create_sheet("Definitions")
    definitions.append(["Term", "Probability", "Impact"])
    definitions.append(["Very High", "> 80%", "> $1M"])
    book.save(path)
    return path


MUNICIPAL_ROWS = [  # (nr, risk, orsak, konsekvens (text), sannolikhet, konsekvens (nivå), åtgärd, ansvarig)
    ("1", "Bygglovet överklagas", "Grannar motsätter sig bygget", "Byggstarten skjuts upp ett halvår", "3",
     "Hög", "Tidig dialog med grannarna", "Projektledare"),
    ("2", "Entreprenören går i konkurs", "Hög belåning i branschen", "Bygget står still och kostar mer",
     "2,5", "Mycket hög", "Kreditupplysning och fullgörandegaranti", "Upphandlare"),
    ("3", "Marken är förorenad", "Tidigare verkstadsindustri", "Sanering krävs före grundläggning",
     "Mycket hög", "Medel", "Provtagning före projektering", "Miljöhandläggare"),
    ("4", "Personalen hinner inte flytta in", "Rekrytering går långsamt", "Förskolan öppnar med få barn",
     "Låg", "Låg", "Rekrytera ett halvår före öppning", "Förvaltningschef"),
]  # fmt: skip


def municipal_csv(path: Path) -> Path:
    """A Swedish municipality's register as Excel saves CSV: semicolons, Windows-1252, a title line,
    'Konsekvens' twice (the consequence written out, then its level), word levels and a 2,5."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Riskanalys – ny förskola i Åsa, 2024", "", "", "", "", "", "", ""])
    writer.writerow([""] * 8)
    writer.writerow(["Nr", "Risk", "Orsak", "Konsekvens", "Sannolikhet", "Konsekvens", "Åtgärd", "Ansvarig"])
    writer.writerows(MUNICIPAL_ROWS)
    writer.writerow(["Summa", "", "", "", "", "", "", ""])
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path


def consultancy_template(path: Path, written_by_excel: bool = True) -> Path:
    """A consultancy's template on 1-10 scales: a score formula per row (rows 8-10 prepared but
    empty: only the ID and the formula), threats and opportunities in a 'Type' column, a TOTAL row
    and a 'Key:' legend under the table."""
    book = Workbook()
    sheet = book.active
    sheet.title = "RAID"
    sheet.append(["Client: Nordvik AB – ERP selection", None, None, "Prepared by: Consulting team"])
    sheet.append(["ID", "Risk", "Type", "Probability (1-10)", "Severity (1-10)", "Risk Score", "Owner"])
    rows = [("R-01", "Requirements keep changing", "Threat", 8, 6, "Client PM"),
            ("R-02", "Reuse of the group's licences", "Opportunity", 6, 7, "IT"),
            ("R-03", "Key users unavailable in Q3", "Threat", 5, 9, "HR"),
            ("R-04", "Shortlisted vendor is acquired", "Threat", 2, 8, "Procurement"),
            ("R-05", "Data migration needs manual work", "Threat", 9, 4, "Data lead")]  # fmt: skip
    for n, (rid, risk, kind, p, s, owner) in enumerate(rows, start=3):
        sheet.append([rid, risk, kind, p, s, f"=D{n}*E{n}", owner])
    for n in range(3 + len(rows), 6 + len(rows)):
        sheet.append([f"R-{n - 2:02d}", None, None, None, None, f"=D{n}*E{n}"])
    sheet.append(["TOTAL", None, None, None, None, f"=SUM(F3:F{5 + len(rows)})"])
    sheet.append([])
    sheet.append(["Key:", "Probability 1 = rare, 10 = certain"])
    sheet.append([None, "Severity 1 = negligible, 10 = critical"])
    book.save(path)
    if written_by_excel:
        scores = {n: p * s for n, (_i, _r, _k, p, s, _o) in enumerate(rows, start=3)}
        with_results(path, "xl/worksheets/sheet1.xml", lambda _c, row: scores.get(row, 0))
    return path


def delays_csv(path: Path) -> Path:
    """No ID column; chance as percentages without a sign; impact as a delay in weeks or days."""
    path.write_text(
        "Risk,Chance (%),Delay\n"
        "Permit decision late,40,3 weeks\n"
        "Crane not available,15,10 days\n"
        "Subcontractor strike,5,6 weeks\n"
        "Late design changes,70,2 weeks\n",
        encoding="utf-8",
    )
    return path


def header_only(path: Path) -> Path:
    """A blank template: the header and nothing below it."""
    book = Workbook()
    book.active.append(["Risk ID", "Risk", "Likelihood", "Impact", "Owner"])
    book.save(path)
    return path
