"""Numbers, periods and phrases for the finance deck and Data panel, in English and Swedish.

Written per language, not word-swapped: Swedish groups thousands with a space,
writes a decimal comma, a real minus sign and a space before the percent sign.
"""

from __future__ import annotations

from datetime import date

from podium.core.text import MONTHS_SHORT as _MONTHS
from podium.core.text import format_number

_SCALES = {"en": (("bn", 1e9), ("m", 1e6)), "sv": ((" md", 1e9), (" mn", 1e6))}
UNITS = {
    "en": {"day": "day", "month": "month", "quarter": "quarter", "year": "year"},
    "sv": {"day": "dag", "month": "månad", "quarter": "kvartal", "year": "år"},
}
BY_UNIT = {
    "en": {"day": "by day", "month": "by month", "quarter": "by quarter", "year": "by year"},
    "sv": {"day": "per dag", "month": "per månad", "quarter": "per kvartal", "year": "per år"},
}


def lang(language: str) -> str:
    return language if language in ("en", "sv") else "en"


def _decimals(value: float) -> int:
    if float(value).is_integer() or abs(value) >= 100:
        return 0
    return 2 if abs(value) < 10 else 1


def scale_for(values: list[float]) -> float:
    """One scale for a whole table, so a column does not mix 166.4m with +649,098."""
    high = max((abs(v) for v in values), default=0.0)
    return 1e9 if high >= 1e9 else 1e6 if high >= 1e6 else 1.0


def amount(value: float, language: str, signed: bool = False, scale: float | None = None) -> str:
    """A sum as people say it: 49.5m / 49,5 mn above a million, else grouped digits.

    ``scale`` (from ``scale_for``) fixes millions or billions for every cell of a table.
    """
    language = lang(language)
    sign = "+" if signed and value > 0 else ""
    for suffix, size in _SCALES[language]:
        if (scale is None and abs(value) >= size) or scale == size:
            scaled = value / size
            places = 1 if abs(scaled) >= 0.95 or scale is None else 2
            return sign + format_number(scaled, language, places) + suffix
    return sign + format_number(value, language, _decimals(value))


def exact(value: float, language: str) -> str:
    """The full figure with its decimals, for tables that must tie to the file."""
    places = 0 if float(value).is_integer() else 2
    return format_number(value, lang(language), places)


def pct(value: float | None, language: str, signed: bool = True) -> str:
    if value is None:
        return "–"
    language = lang(language)
    places = 1 if abs(value) >= 0.05 or value == 0 else 2  # -0.02%, not a puzzling -0.0%
    if round(value, places) == 0:
        value = 0.0
    sign = "+" if signed and value > 0 else ""
    text = sign + format_number(value, language, places)
    return text + ("\u00a0%" if language == "sv" else "%")


def points(value: float, language: str) -> str:
    return amount(value, language, signed=True)


def count(value: int, language: str) -> str:
    return format_number(value, lang(language), 0)


def period(key: str, language: str, short: bool = False) -> str:
    """'2024-01' -> 'Jan 2024' / 'jan 2024'; '2024Q1' -> 'Q1 2024'; '2024' stays; a day -> '15 Jan'."""
    language = lang(language)
    months = _MONTHS[language]
    if "Q" in key:
        year, quarter = key.split("Q")
        return f"Q{quarter} {year}"
    parts = key.split("-")
    if len(parts) == 2:
        year, month = parts
        return f"{months[int(month) - 1]} {year[2:] if short else year}"
    if len(parts) == 3:
        return f"{int(parts[2])} {months[int(parts[1]) - 1]}"
    return key


def day(iso: str, language: str) -> str:
    value = date.fromisoformat(iso)
    return f"{value.day} {_MONTHS[lang(language)][value.month - 1]} {value.year}"


def span(start: str, end: str, language: str) -> str:
    return day(start, language) if start == end else f"{day(start, language)} – {day(end, language)}"


def rows(numbers: list[int], total: int, language: str) -> str:
    """'row 12' / 'rows 7, 9 and 3 more' — where to look in the file."""
    language = lang(language)
    shown = ", ".join(str(n) for n in numbers)
    word = ("row" if total == 1 else "rows") if language == "en" else "rad"
    more = total - len(numbers)
    if more > 0:
        shown += f" {'and' if language == 'en' else 'och'} {more} {'more' if language == 'en' else 'till'}"
    return f"{word} {shown}"


def quote(name: str, language: str) -> str:
    return f"”{name}”" if lang(language) == "sv" else f"‘{name}’"


PHRASES: dict[str, dict[str, str]] = {
    # executive summary
    "answer": {
        "en": "[Your answer in one sentence: what the numbers mean for {company}]",
        "sv": "[Ditt svar i en mening: vad siffrorna betyder för {company}]",
    },
    "total": {"en": "{measure}: {total} in total, {span}", "sv": "{measure}: {total} totalt, {span}"},
    "latest": {
        "en": "Latest {unit}, {latest}: {value}, {change} on {previous}",
        "sv": "Senaste {unit}, {latest}: {value}, {change} mot {previous}",
    },
    "yoy": {
        "en": "{latest} is {change} on the same {unit} last year",
        "sv": "{latest} är {change} mot samma {unit} i fjol",
    },
    "largest": {
        "en": "Largest {category}: {name}, {share} of the total",
        "sv": "Störst ({category}): {name}, {share} av totalen",
    },
    "vs_budget": {
        "en": "Against {reference}: {diff} ({change}); biggest gap {name} {gap}",
        "sv": "Mot {reference}: {diff} ({change}); störst avvikelse {name} {gap}",
    },
    "vs_budget_total": {
        "en": "Against {reference}: {diff} ({change})",
        "sv": "Mot {reference}: {diff} ({change})",
    },
    "vs_prior": {
        "en": "{now} vs {before}: {diff} ({change}); biggest mover {name} {gap}",
        "sv": "{now} mot {before}: {diff} ({change}); störst förändring {name} {gap}",
    },
    "vs_prior_total": {
        "en": "{now} vs {before}: {diff} ({change})",
        "sv": "{now} mot {before}: {diff} ({change})",
    },
    "recommend": {
        "en": "[Your recommendation, and what it is worth a year]",
        "sv": "[Din rekommendation och vad den är värd per år]",
    },
    # data and quality
    "source": {
        "en": "Source: {file}, {rows} rows × {columns} columns, {span}",
        "sv": "Källa: {file}, {rows} rader × {columns} kolumner, {span}",
    },
    "source_nodate": {
        "en": "Source: {file}, {rows} rows × {columns} columns",
        "sv": "Källa: {file}, {rows} rader × {columns} kolumner",
    },
    "totals_ok": {
        "en": "Left out the file's total ({where}); it equals the sum of the rows",
        "sv": "Filens summarad ({where}) räknas inte med; den stämmer med radernas summa",
    },
    "totals_off": {
        "en": "The file's total ({where}) differs from the sum of the rows by {diff}",
        "sv": "Filens summarad ({where}) skiljer sig från radernas summa med {diff}",
    },
    "bad_number": {
        "en": "{column}: {count} cells are not numbers ({where}), left out",
        "sv": "{column}: {count} celler är inte tal ({where}) och räknas inte med",
    },
    "bad_date": {
        "en": "{column}: {count} cells are not dates ({where}), left out of the trend",
        "sv": "{column}: {count} celler är inte datum ({where}) och saknas i trenden",
    },
    "mixed": {
        "en": "{column} mixes numbers and text ({share} numbers, {where}): read as text",
        "sv": "{column} blandar tal och text ({share} tal, {where}): läses som text",
    },
    "missing": {
        "en": "{column} is empty on {count} rows ({share})",
        "sv": "{column} saknas på {count} rader ({share})",
    },
    "duplicates": {
        "en": "{count} rows repeat an earlier row exactly ({where}): kept, check them",
        "sv": "{count} rader upprepar en tidigare rad exakt ({where}): kvar, kontrollera dem",
    },
    "outliers": {
        "en": "{column}: {count} values far from the rest ({where})",
        "sv": "{column}: {count} värden långt från de övriga ({where})",
    },
    "empty_periods": {"en": "No rows at all for {periods}", "sv": "Inga rader alls för {periods}"},
    "partial": {
        "en": "{period} has data only up to {day}",
        "sv": "{period} har bara data till och med {day}",
    },
    "dropped": {"en": "Empty columns left out: {columns}", "sv": "Tomma kolumner utelämnade: {columns}"},
    "xlsx_named_csv": {
        "en": "The file is an Excel workbook despite its .csv name; read as Excel",
        "sv": "Filen är en Excel-arbetsbok trots namnet .csv; lästes som Excel",
    },
    "period_built": {
        "en": "Dates built from the year in {year} and the month in {month}",
        "sv": "Datum byggda av året i {year} och månaden i {month}",
    },
    "clean": {
        "en": "No gaps, duplicates or outliers in the columns used",
        "sv": "Inga luckor, dubbletter eller extremvärden i de kolumner som används",
    },
    "assumption": {
        "en": "[Your assumption, e.g. how returns or VAT are treated]",
        "sv": "[Ditt antagande, t.ex. hur returer eller moms hanteras]",
    },
}


def say(key: str, language: str, **values: object) -> str:
    return PHRASES[key][lang(language)].format(**values)
