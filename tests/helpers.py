"""Small helpers shared by tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation


def make_prep(
    role: str = "finance", language: str = "en", company: str = "Nordvik AB", **kw: object
) -> Preparation:
    prep = Preparation(role=role, company=company, language=language, **kw)  # type: ignore[arg-type]
    prep.deck = scaffold(prep)
    return prep


def office_convert(soffice: str, source: Path, out_dir: Path, fmt: str = "pdf") -> Path:
    """Convert ``source`` with LibreOffice headless, in its own profile so runs never collide."""
    profile = out_dir / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
         "--outdir", str(out_dir), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return out_dir / (source.stem + "." + fmt)


def pdf_pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def pdf_text(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True, text=True).stdout
