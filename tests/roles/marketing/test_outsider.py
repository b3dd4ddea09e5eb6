"""The campaign plan read as an outsider reads it: a brief JSON in, `podium generate`, then python-pptx on
the written file, knowing nothing of Podium's model. The business case recomputes when the brief changes,
every date agrees with the timeline, the titles carry the figures, and the scaffold's examples agree
with one another."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from podium.cli import main
from podium.core.text import typeset
from tests.roles.marketing.sample import brief

HOW = {"en": "How it is calculated", "sv": "Så är det räknat"}
PAYBACK = {"en": "Payback", "sv": "Återbetalningstid"}


def _generate(tmp_path: Path, data: dict[str, Any] | None, language: str = "en", name: str = "plan") -> Any:
    out = tmp_path / f"{name}.pptx"
    args = [
        "generate",
        "--role",
        "marketing",
        "--company",
        "Fakturo AB",
        "--language",
        language,
        "-o",
        str(out),
    ]
    if data is not None:
        source = tmp_path / f"{name}.json"
        source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        args += ["--brief", str(source)]
    assert main(args) == 0
    return Presentation(str(out))


def _title(slide: Any) -> str:
    return slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""


def _texts(slide: Any) -> list[str]:
    """Every piece of text on the slide: title, text boxes, table cells."""
    out = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            out.append(shape.text_frame.text)
        if shape.has_table:
            out += [cell.text for row in shape.table.rows for cell in row.cells]
    return out


def _table(slide: Any) -> list[list[str]] | None:
    for shape in slide.shapes:
        if shape.has_table:
            return [[cell.text for cell in row.cells] for row in shape.table.rows]
    return None


def _slide_with_header(prs: Any, header: str) -> Any:
    return next(s for s in prs.slides if (t := _table(s)) is not None and header in t[0])


def _payback(prs: Any, language: str = "en") -> tuple[str, str]:
    """The business-case slide's title and its payback value, as printed."""
    slide = _slide_with_header(prs, HOW[language])
    rows = {row[0]: row[1] for row in _table(slide) or []}
    return _title(slide), rows[PAYBACK[language]]


def _closing(prs: Any) -> Any:
    return prs.slides[len(prs.slides) - 1]


def _months(printed: str) -> float:
    return float(printed.split()[0].replace(",", "."))


def test_the_business_case_recomputes_when_the_brief_changes(tmp_path: Path) -> None:
    title, payback = _payback(_generate(tmp_path, brief(), name="first"))
    assert (title, payback) == (
        typeset("The campaign pays back within 5 months and returns +140% in year one", "en"),
        typeset("5.0 months", "en"),
    )

    # Double every channel's budget: the cost doubles, so does the payback, and the titles follow.
    channels = [{**c, "budget": "840000"} if c["name"] == "Paid social" else c for c in brief()["channels"]]
    doubled = _generate(tmp_path, brief(channels=channels), name="budget")
    title, payback = _payback(doubled)
    cost = 1_200_000 + 420_000
    assert _months(payback) == pytest.approx(round(cost / 1000 / (3600 * 0.8 / 12), 1))  # recomputed by hand
    assert payback == typeset("6.8 months", "en")
    assert title == typeset("The campaign pays back within 7 months and returns +78% in year one", "en")
    assert _title(_closing(doubled)) == typeset(
        "SEK\u00a01.62m wins 1,000 new customers and pays back within 7 months", "en"
    )

    # Halve the margin: each customer pays back half as fast.
    title, payback = _payback(_generate(tmp_path, brief(gross_margin="40 %"), name="margin"))
    assert payback == typeset("10.0 months", "en")
    assert title == typeset("The campaign pays back within 10 months and returns +20% in year one", "en")

    # No margin at all: the slide says it never pays back instead of dividing by zero.
    never = _generate(tmp_path, brief(gross_margin="0"), name="never")
    title, payback = _payback(never)
    assert (title, payback) == ("At these estimates the campaign never pays back", "Never")


def test_the_kpis_and_the_closing_carry_the_business_case(tmp_path: Path) -> None:
    prs = _generate(tmp_path, brief())
    kpis = _slide_with_header(prs, "Measured by")
    rows = _table(kpis) or []
    assert rows[1] == ["New customers", "1,000 by 30 Jun 2027", "CRM", "Monthly"]
    assert rows[2] == [
        "Customer acquisition cost (CAC)",
        "≤ SEK\u00a01,200",
        "Ad spend ÷ new customers",
        "Monthly",
    ]
    closing = " ".join(_texts(_closing(prs)))
    assert (
        typeset("Return: 1,000 new customers, paid back within 5 months, +140% in year one", "en") in closing
    )
    case = {row[0]: row[1] for row in _table(_slide_with_header(prs, HOW["en"])) or []}
    assert case["Customer acquisition cost (CAC)"] == "SEK\u00a01,200"  # the KPI's ceiling is the case's CAC


_DATE = re.compile(r"\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b")


def _last_dates(prs: Any) -> dict[int, set[str]]:
    """Per slide, the dates that carry a year (the deck's way of writing a campaign's end)."""
    out: dict[int, set[str]] = {}
    for n, slide in enumerate(prs.slides, start=1):
        found = {
            " ".join(m.groups()) for text in [_title(slide), *_texts(slide)] for m in _DATE.finditer(text)
        }
        if found:
            out[n] = found
    return out


def test_every_slide_reads_its_dates_from_the_timeline(tmp_path: Path) -> None:
    prs = _generate(tmp_path, brief())
    dates = _last_dates(prs)
    assert len(dates) >= 3  # timeline, KPIs, closing (and the objective, which names its own date)
    assert set().union(*dates.values()) <= {"30 Jun 2027", "30 June 2027"}

    phases = [dict(p) for p in brief()["phases"]]
    phases[-1]["end"] = "2027-07-15"  # the campaign now runs to mid-July
    moved = _generate(tmp_path, brief(phases=phases, objective="Grow trial sign-ups to 5,000 a month by July"),
                      name="moved")  # fmt: skip
    dates = _last_dates(moved)
    assert set().union(*dates.values()) == {"15 Jul 2027"}
    pages_with_dates = [_title(moved.slides[n - 1]) for n in dates]
    assert any(t.startswith("5 phases, 1 Feb to 15 Jul 2027") for t in pages_with_dates)  # the timeline
    assert any(t.startswith("Success: 1,000 new customers by 15 Jul 2027") for t in pages_with_dates)  # KPIs
    closing = " ".join(_texts(_closing(moved)))
    assert typeset("1 Feb – 15 Jul 2027", "en") in closing


def test_the_titles_carry_the_figures(tmp_path: Path) -> None:
    for language in ("en", "sv"):
        prs = _generate(tmp_path, brief(), language=language, name=f"titles-{language}")
        titles = [_title(s) for s in prs.slides]
        assert not [t for t in titles if t.startswith(("Example", "Exempel"))]
        with_figures = [t for t in titles if re.search(r"\d", t)]
        # objective, personas, channels, business case, timeline, tests, KPIs, closing
        assert len(with_figures) >= 8, titles
        assert any("60" in t and ("1.2m" in t or "1,2\u00a0mkr" in t) for t in titles)  # the budget split
        assert any(("5 " in t or "5\u00a0" in t) and "140" in t for t in titles)  # payback and return


# --------------------------------------------------------------------- the scaffold's examples agree

_MONTHS = {
    "jan": 1, "january": 1, "januari": 1, "feb": 2, "february": 2, "februari": 2, "mar": 3, "march": 3,
    "mars": 3, "apr": 4, "april": 4, "may": 5, "maj": 5, "jun": 6, "june": 6, "juni": 6, "jul": 7, "july": 7,
    "juli": 7, "aug": 8, "august": 8, "augusti": 8, "sep": 9, "september": 9, "oct": 10, "okt": 10,
    "october": 10, "oktober": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_DAYS = re.compile(r"\b(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?\s+(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b",
                   re.IGNORECASE)  # fmt: skip
EXAMPLE_DATES = {(1, 2), (28, 2), (1, 3), (15, 3), (16, 3), (30, 4), (31, 5), (1, 6), (30, 6)}
GO_LIVE, DECISION, RESULTS = (1, 3), (30, 4), (30, 6)


def _day_months(texts: list[str]) -> set[tuple[int, int]]:
    found = set()
    for text in texts:
        for first, second, month in _DAYS.findall(text):
            number = _MONTHS[month.lower()]
            found.add((int(first), number))
            if second:
                found.add((int(second), number))
    return found


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_scaffolds_example_dates_agree_across_slides(tmp_path: Path, language: str) -> None:
    prs = _generate(tmp_path, None, language=language)
    by_slide = {n: _day_months([_title(s), *_texts(s)]) for n, s in enumerate(prs.slides, start=1)}
    assert set().union(*by_slide.values()) <= EXAMPLE_DATES  # one calendar for the whole example plan
    timeline = next(n for n, s in enumerate(prs.slides, start=1) if _title(s).startswith(("Example: 5 phases",
                                                                                         "Exempel: 5 faser")))  # fmt: skip
    closing, objective = len(prs.slides), 3
    assert {GO_LIVE, DECISION, RESULTS} <= by_slide[timeline]
    assert {GO_LIVE, DECISION} <= by_slide[closing]
    assert {GO_LIVE, DECISION, RESULTS} <= by_slide[objective]
    kpis = next(n for n, s in enumerate(prs.slides, start=1) if _title(s).startswith(("Example: Success",
                                                                                     "Exempel: Målet")))  # fmt: skip
    assert by_slide[kpis] == {RESULTS}
