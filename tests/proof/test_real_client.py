"""A real office suite opens every deck Podium can make: every role, both languages, every theme.

All decks are converted by one LibreOffice call (it takes many files at once),
so the matrix grows with the catalogue and ``THEMES`` without growing the
number of office start-ups. Each PDF must have one page per slide, and each page
the slide's title and the first words of its first bullet (``pdftotext``).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from podium.core.model import BulletsBlock, Preparation, Slide
from podium.core.render.theme import THEMES
from podium.core.roles import catalogue
from podium.export.pptx_writer import write_pptx
from tests.helpers import make_prep, pdf_pages, pdf_text

pytestmark = [pytest.mark.office, pytest.mark.slow]


def _convert_all(soffice: str, decks: list[Path], out: Path) -> None:
    profile = out / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *map(str, decks)],
        check=True, capture_output=True, timeout=1800,
    )  # fmt: skip


def _words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def _expected(slide: Slide) -> list[str]:
    found = [_words(slide.title, 3)] if slide.title.strip() else []
    bullets = next((b for b in slide.blocks if isinstance(b, BulletsBlock) and b.items), None)
    if bullets is not None and bullets.items[0].text.strip():
        found.append(_words(bullets.items[0].text, 1))
    return found


def test_every_role_language_and_theme_opens_page_for_page(tmp_path: Path, soffice: str) -> None:
    preps: dict[str, Preparation] = {}
    decks = []
    for role in catalogue():
        for language in ("en", "sv"):
            for theme in THEMES:
                prep = make_prep(role, language, company="Nordvik AB", job_title="Analytiker")
                prep.deck.theme = theme
                name = f"{role}-{language}-{theme}"
                preps[name] = prep
                decks.append(write_pptx(prep, tmp_path / f"{name}.pptx"))
    _convert_all(soffice, decks, tmp_path)
    problems = []
    for name, prep in preps.items():
        pdf = tmp_path / f"{name}.pdf"
        if not pdf.exists():
            problems.append(f"{name}: LibreOffice wrote no PDF")
            continue
        if pdf_pages(pdf) != len(prep.deck.slides):
            problems.append(f"{name}: {pdf_pages(pdf)} pages for {len(prep.deck.slides)} slides")
            continue
        for number, slide in enumerate(prep.deck.slides, start=1):
            page = " ".join(pdf_text(pdf, number).split())
            missing = [text for text in _expected(slide) if text not in page]
            if missing:
                problems.append(f"{name} slide {number} ({slide.key}): {missing} not on the page")
    assert not problems, "\n".join(problems[:30])
    assert len(preps) == len(catalogue()) * 2 * len(THEMES)
