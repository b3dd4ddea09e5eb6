"""One term per idea: every scaffold, phrase catalogue and question bank in both languages, and the
Swedish UI translation, use the glossary's term and none of the variants it lists to avoid
(templates/_shared/glossary.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from podium.paths import templates_dir

ROOT = Path(__file__).resolve().parents[1]


def _glossary() -> list[dict]:
    with (templates_dir() / "_shared" / "glossary.toml").open("rb") as f:
        return list(tomllib.load(f)["term"])


def _files(language: str) -> list[Path]:
    files = sorted(templates_dir().glob(f"*/*.{language}.toml"))
    if language == "sv":
        files.append(ROOT / "resources" / "translations" / "podium_sv.ts")
    return files


@pytest.mark.parametrize("language", ["en", "sv"])
def test_no_avoided_variant_anywhere(language: str) -> None:
    found = []
    for path in _files(language):
        text = path.read_text(encoding="utf-8")
        for term in _glossary():
            for wrong in term.get("avoid", {}).get(language, []):
                if wrong in text:
                    found.append(f"{path.name}: {wrong!r} (say {term[language]!r})")
    assert found == []


def test_every_term_in_both_languages() -> None:
    for term in _glossary():
        assert term["en"] and term["sv"] and term["idea"]
