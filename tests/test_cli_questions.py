"""``podium questions``: a role's bank and a deck file's challenges, as text and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

from podium.core.interview.questions import core_questions, deck_challenges, role_questions
from podium.core.interview.slide_text import plain_title
from podium.export.pptx_writer import write_pptx
from tests.core.test_challenges import own
from tests.helpers import make_prep
from tests.test_cli import run


def _json(*args: str) -> object:
    result = run("questions", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_bank_as_json(language: str) -> None:
    rows = _json("--role", "project-management", "--language", language)
    assert isinstance(rows, list) and all(set(r) == {"id", "category", "question"} for r in rows)
    bank = core_questions(language) + role_questions("project-management", language)
    assert [r["id"] for r in rows] == [q.id for q in bank] and len(rows) >= 40
    assert rows[0] == {"id": "core-qualities", "category": "classic", "question": bank[0].text}
    assert {r["category"] for r in rows} >= {"classic", "doubts", "pressure", "role"}
    classics = _json("--role", "project-management", "--language", language, "--category", "classic")
    assert [r["id"] for r in classics] == [
        f"core-{i}" for i in ("qualities", "improve", "career", "why-job", "why-you")
    ]


def test_the_bank_as_text_grouped_by_category() -> None:
    result = run("questions", "--role", "marketing", "--language", "sv")
    assert result.returncode == 0
    assert result.stdout.startswith("De fem klassikerna (classic)\n  core-qualities\tVilka egenskaper")
    assert "Farhågor från första intervjun (doubts)" in result.stdout  # the glossary's word for doubts


@pytest.mark.parametrize("language", ["en", "sv"])
def test_podiums_own_pptx_is_challenged_slide_by_slide(tmp_path: Path, language: str) -> None:
    prep = own(make_prep("finance", language))
    deck = write_pptx(prep, tmp_path / "deck.pptx")
    rows = _json("--challenges", str(deck))  # the language comes from the file
    assert [r["slide"] for r in rows] == list(range(1, len(prep.deck.slides) + 1))
    # an example title ("Example: …") is named without its mark
    assert [r["title"] for r in rows] == [plain_title(s.title)[0] for s in prep.deck.slides]
    assert all(r["challenges"] for r in rows)  # every slide is challenged
    assert all(set(c) == {"id", "kind", "question"} for r in rows for c in r["challenges"])
    summary = rows[1]
    figure = next(c for c in summary["challenges"] if c["kind"] == "figure")
    expected = {"en": "How sure are you of SEK 49.5m", "sv": "Hur säker är du på 49,5 mkr"}[language]
    assert expected in figure["question"] and figure["id"] == "challenge-summary-figure"
    # the file names its slides by their keys: the same ids as in the app, so practice stays attached
    assert [c["id"] for r in rows for c in r["challenges"]] == [q.id for q in deck_challenges(prep)]
    kinds = {c["kind"] for r in rows for c in r["challenges"]}
    assert {"opening", "figure", "chart", "recommendation", "risk"} <= kinds
    # the bridge (stacked columns over an invisible base in the file) asks about its largest driver
    bridge = next(c for r in rows for c in r["challenges"] if c["id"] == "challenge-drivers-chart")
    assert {
        "en": "“Price, discounts” moves the result most",
        "sv": "”Pris, rabatter” som flyttar resultatet mest",
    }[language] in bridge["question"]
    # a number changed on the slide: the question changes with it
    prs = Presentation(str(deck))
    for shape in prs.slides[1].shapes:
        if shape.has_text_frame:
            for para in shape.text_frame.paragraphs:
                for r in para.runs:
                    r.text = r.text.replace("49.5", "51.2").replace("49,5", "51,2")
    prs.save(str(deck))
    again = _json("--challenges", str(deck))
    changed = next(c for c in again[1]["challenges"] if c["kind"] == "figure")
    assert changed["id"] == figure["id"] and "51" in changed["question"] and "49" not in changed["question"]


def test_a_deck_made_elsewhere_with_a_chart_and_a_table(tmp_path: Path) -> None:
    prs = Presentation()
    title = prs.slides.add_slide(prs.slide_layouts[0])
    title.shapes.title.text = "Q3 review"
    chart_slide = prs.slides.add_slide(prs.slide_layouts[5])
    chart_slide.shapes.title.text = "Sales by region"
    data = CategoryChartData()
    data.categories = ["North", "South", "West"]
    data.add_series("Sales", (120, 340, 90))
    chart_slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1.5), Inches(6), Inches(4), data
    )
    risk_slide = prs.slides.add_slide(prs.slide_layouts[5])
    risk_slide.shapes.title.text = "Top risks"
    table = risk_slide.shapes.add_table(8, 2, Inches(1), Inches(1.5), Inches(8), Inches(4)).table
    table.cell(0, 0).text, table.cell(0, 1).text = "Risk", "Owner"
    for i in range(1, 8):
        table.cell(i, 0).text, table.cell(i, 1).text = f"Risk number {i}", "Anna"
    path = tmp_path / "elsewhere.pptx"
    prs.save(str(path))
    rows = _json("--challenges", str(path), "--language", "en")
    assert rows[0]["challenges"][0]["kind"] == "opening"
    assert rows[1]["challenges"][0]["question"] == "Why does “South” stand out in “Sales by region”?"
    assert rows[2]["challenges"][0]["question"] == "Why isn't “Risk number 6” in your top five?"


def _pdf(path: Path, pages: list[list[str]]) -> Path:
    """A minimal PDF with one line of Helvetica text per string, top to bottom."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    kids = []
    for lines in pages:
        stream = (
            "BT /F1 20 Tf "
            + " ".join(f"1 0 0 1 40 {400 - 30 * i} Tm ({text}) Tj" for i, text in enumerate(lines))
            + " ET"
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        content = len(objects)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 720 405] /Contents {content} 0 R "
            "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out, offsets = "%PDF-1.4\n", []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{n} 0 obj\n{body}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(
        f"{o:010d} 00000 n \n" for o in offsets
    )
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    path.write_bytes(out.encode("latin-1"))
    return path


def test_a_pdfs_text_is_challenged(tmp_path: Path) -> None:
    pdf = _pdf(
        tmp_path / "deck.pdf",
        [["Budget review 2026"], ["Costs rose 14% in Q2", "Freight drove most of it", "2"]],
    )
    rows = _json("--challenges", str(pdf))
    assert [r["title"] for r in rows] == ["Budget review 2026", "Costs rose 14% in Q2"]
    assert rows[1]["challenges"][0]["question"] == (
        "You say “Costs rose 14% in Q2”. How sure are you of 14%, and what else could explain it?"
    )
    text = run("questions", "--challenges", str(pdf)).stdout
    assert text.splitlines()[2] == "2. Costs rose 14% in Q2"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "say which questions to print"),
        (["--role", "astronaut"], "unknown role 'astronaut'"),
        (["--role", "finance", "--category", "gossip"], "unknown category 'gossip'"),
        (["--challenges", "missing.pptx"], "missing.pptx does not exist"),
        (["--challenges", "notes.txt"], "Podium reads a deck as .pptx or .pdf, not .txt"),
        (["--challenges", "broken.pptx"], "broken.pptx is not a PowerPoint file Podium can read"),
        (["--challenges", "broken.pdf"], "broken.pdf is not a PDF Podium can read"),
        (["--challenges", "blank.pdf"], "blank.pdf has no text Podium can read"),
    ],
)
def test_errors_are_one_sentence_and_exit_1(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "broken.pptx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    _pdf(tmp_path / "blank.pdf", [[]])
    result = run("questions", *args, cwd=tmp_path)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1 and message in lines[0], result.stderr
    assert result.stdout == ""
