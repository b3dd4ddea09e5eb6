"""SIE files, the export every Swedish accounting program writes, read as a table of transactions.

An SIE file is not a table but tagged lines: ``#KONTO 3010 "Försäljning"`` names an account,
``#VER A 12 20240105 "Faktura 1001"`` opens a voucher and each ``#TRANS 3010 {} -10000.00`` in
its braces is one line of it. Each transaction becomes a row (date, the account's class in the
BAS chart, account name and number, amount as booked, voucher, text), numbered by its line in the
file; a file with balances only (SIE 1-3) gives one row per ``#RES`` (the result per account and
year). Amounts keep the bookkeeping's signs (income is a credit, negative), so every figure can
be found in the file; the class column is what a reader groups by, since all lines of a voucher
together sum to zero. The standard's character set is PC8
(code page 437); files that are not are read as UTF-8 or Windows-1252.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from podium.core.tabular.messages import fail

_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|(\{[^}]*\})|(\S+)')
COLUMNS = ("Datum", "Kontoklass", "Kontonamn", "Konto", "Belopp", "Verifikation", "Text")
BALANCE_COLUMNS = ("År", "Kontoklass", "Kontonamn", "Konto", "Belopp")
# The BAS chart of accounts' classes, by an account's first digit: what a reader groups by.
CLASSES = {"1": "1 Tillgångar", "2": "2 Eget kapital och skulder", "3": "3 Intäkter", "4": "4 Varor och material",
           "5": "5 Övriga externa kostnader", "6": "6 Övriga externa kostnader", "7": "7 Personal och avskrivningar",
           "8": "8 Finansiella poster"}  # fmt: skip


def is_sie(head: bytes) -> bool:
    start = head.lstrip()[:2000]
    return start.startswith(b"#FLAGGA") or (start.startswith(b"#") and b"#SIETYP" in start)


def decode(data: bytes) -> str:
    if b"#FORMAT PC8" in data[:4000]:
        return data.decode("cp437", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _tokens(line: str) -> list[str]:
    return [m.group(1) if m.group(1) is not None else m.group(2) or m.group(3) for m in _TOKEN.finditer(line)]


def _day(text: str) -> date | None:
    if not re.fullmatch(r"\d{8}", text or ""):
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def _amount(text: str) -> float | None:
    """An SIE amount: digits with an optional sign and decimals (never 'inf' or '1e308')."""
    value = text.replace(",", ".")
    return float(value) if re.fullmatch(r"-?\d{1,15}(?:\.\d+)?", value) else None


@dataclass
class Sie:
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)  # (line, cells)
    balances: bool = False  # no transactions: the rows are #RES results per year
    vouchers: int = 0
    company: str = ""


def read_sie(text: str, name: str) -> Sie:
    """The transactions of an SIE file, or its results per account when it has none."""
    accounts: dict[str, str] = {}
    out = Sie()
    results: list[tuple[int, list[Any]]] = []
    voucher: tuple[str, date | None, str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        parts = _tokens(line.strip())
        if not parts:
            continue
        tag = parts[0].upper()
        if tag == "#KONTO" and len(parts) >= 3:
            accounts[parts[1]] = parts[2]
        elif tag == "#FNAMN" and len(parts) >= 2:
            out.company = parts[1]
        elif tag == "#VER" and len(parts) >= 4:
            voucher = (f"{parts[1]}{parts[2]}", _day(parts[3]), parts[4] if len(parts) > 4 else "")
            out.vouchers += 1
        elif tag == "#TRANS" and len(parts) >= 4:
            amount = _amount(parts[3])
            if amount is None:
                raise fail("sie_line", name=name, row=number)
            ver, ver_day, ver_text = voucher or ("", None, "")
            day = _day(parts[4]) if len(parts) > 4 and parts[4] else None
            text_ = parts[5] if len(parts) > 5 and parts[5] else ver_text
            account = parts[1]
            out.rows.append((number, [day or ver_day, CLASSES.get(account[:1], ""), accounts.get(account, ""),
                                      account, amount, ver, text_]))  # fmt: skip
        elif tag == "#RES" and len(parts) >= 4:
            amount = _amount(parts[3])
            if amount is not None:
                year = int(parts[1]) if parts[1].lstrip("-").isdigit() else parts[1]
                account = parts[2]
                results.append((number, [year, CLASSES.get(account[:1], ""), accounts.get(account, ""), account,
                                         amount]))  # fmt: skip
    if not out.rows:
        if not results:
            raise fail("sie_empty", name=name)
        out.rows, out.balances = results, True
    return out
