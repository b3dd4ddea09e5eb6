"""Exports shaped like the ones finance departments, municipalities and statistics offices send,
written here (no one's file copied): each is a shape the issue names, with the totals a reader
would check computed from the same rows.
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

UNITS = ["Skola", "Förskola", "Äldreomsorg", "Kultur", "Gata och park", "Administration"]


def municipal_budget(path: Path, rows: int = 400, widened_from: int = 250) -> tuple[Path, float]:
    """A municipal budget export whose rows from ``widened_from`` on carry two extra trailing fields
    (a second system appended a project code and a date), far below the lines a sniffer samples.
    Returns the path and the sum of 'Budget 2024'."""
    rng = random.Random(17)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Verksamhet", "Konto", "Kontonamn", "Budget 2024", "Utfall 2024"])
    total = 0.0
    for n in range(rows):
        budget = rng.randint(10_000, 5_000_000) / 100
        total += round(budget, 2)
        row = [UNITS[n % len(UNITS)], str(4000 + n % 90), "Personalkostnader", f"{budget:.2f}".replace(".", ","),
               f"{budget * rng.uniform(0.8, 1.2):.2f}".replace(".", ",")]  # fmt: skip
        if n >= widened_from:
            row += [f"P{n:04d}", "2024-03-01"]
        writer.writerow(row)
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path, total


def statistics_export(path: Path) -> Path:
    """A statistics office's CSV: a title block padded with separators, quoted cells, years as the
    header, '..' for a figure not available, footnotes and the source under the table."""
    lines = [
        '"Kommunernas nettokostnader efter verksamhet, tkr";;;;',
        '"Löpande priser";;;;',
        ";;;;",
        '"Kommun";"Verksamhet";"2021";"2022";"2023"',
    ]
    rng = random.Random(5)
    for town in ("Åsa", "Borgholm", "Eda", "Gnosjö"):
        for unit in UNITS[:4]:
            values = [str(rng.randint(1_000, 90_000)) for _ in range(3)]
            if town == "Eda" and unit == "Kultur":
                values[0] = ".."
            lines.append(f'"{town}";"{unit}";' + ";".join(values))
    lines += [";;;;", '"Källa: Räkenskapssammandraget";;;;', '".. = uppgift saknas";;;;']
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def junk_above(path: Path) -> Path:
    """Excel's 'sep=;' line, an export stamp, a user line and blank lines above the header."""
    lines = ["sep=;", "Exporterad 2024-03-01 12:33 från Visma", "Användare: anna.k", "", ";;;", "",
             "Datum;Kostnadsställe;Belopp;Budget"]  # fmt: skip
    for day in range(1, 29):
        lines.append(
            f"2024-02-{day:02d};KS{day % 4};{day * 1000 + 0.5:.2f}".replace(".", ",") + f";{day * 900}"
        )
    path.write_bytes(("\n".join(lines) + "\n").encode("cp1252"))
    return path


def unicode_text(path: Path) -> Path:
    """Excel's 'Unicode text': UTF-16 with a byte order mark, tab-separated, NBSP thousands,
    negatives in parentheses and with a trailing minus."""
    lines = ["Region\tMånad\tIntäkt\tKostnad"]
    amounts = ["1\u00a0234,50", "(2\u00a0000,00)", "310,25-", "12\u00a0000,00"]
    for i, region in enumerate(("Norr", "Söder", "Väst", "Öst")):
        lines.append(f"{region}\t2024-0{i + 1}\t{amounts[i]}\t{i * 100},00")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


def swiss_apostrophes(path: Path) -> Path:
    """Thousands with apostrophes, as Swiss exports write them."""
    path.write_text(
        "Date,Cost centre,Amount CHF\n2024-01-31,IT,1'234.50\n2024-02-29,IT,12'000.00\n2024-03-31,HR,-980.25\n",
        encoding="utf-8",
    )
    return path


def bank_statement(path: Path) -> tuple[Path, float]:
    """A Swedish bank's account statement: account lines above, semicolons, decimal commas and
    minus signs, a balance column."""
    lines = ["Kontoutdrag;;;;;", "Konto;1234-5678 901;;;;", "Period;2024-01-01 – 2024-03-31;;;;", ";;;;;",
             "Bokföringsdag;Valutadag;Referens;Text;Belopp;Saldo"]  # fmt: skip
    rng = random.Random(9)
    balance = 100_000.0
    total = 0.0
    for n in range(40):
        amount = round(rng.uniform(-25_000, 30_000), 2)
        total += amount
        balance += amount
        day = f"2024-{1 + n // 14:02d}-{1 + n % 14 * 2:02d}"
        text = f"{amount:.2f}".replace(".", ",").replace("-", "-")
        lines.append(f"{day};{day};{1000 + n};Betalning {n};{text};{balance:.2f}".replace(".", ","))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path, round(total, 2)


def sie_file(path: Path) -> tuple[Path, float]:
    """An SIE 4 export as Swedish accounting programs write it (PC8), with accounts and vouchers."""
    lines = ["#FLAGGA 0", '#PROGRAM "Bokföring" 1.0', "#FORMAT PC8", "#GEN 20240401", "#SIETYP 4",
             '#FNAMN "Nordvik AB"', '#KONTO 1930 "Företagskonto"', '#KONTO 3010 "Försäljning tjänster"',
             '#KONTO 5010 "Lokalhyra"', '#KONTO 2611 "Utgående moms"']  # fmt: skip
    sales = 0.0
    for n in range(1, 13):
        amount = 10_000.0 + n * 250
        sales += amount
        lines += [f'#VER A {n} 2024{(n - 1) % 3 + 1:02d}{n + 10:02d} "Faktura {1000 + n}"', "{",
                  f"   #TRANS 1930 {{}} {amount * 1.25:.2f}", f"   #TRANS 3010 {{}} -{amount:.2f}",
                  f"   #TRANS 2611 {{}} -{amount * 0.25:.2f}", "}"]  # fmt: skip
    lines += [
        '#VER B 1 20240131 "Hyra januari"',
        "{",
        "   #TRANS 5010 {} 15000.00",
        "   #TRANS 1930 {} -15000.00",
        "}",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp437"))
    return path, sales
