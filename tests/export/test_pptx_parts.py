"""New parts get the names python-pptx would give them, without its walk over every part."""

from __future__ import annotations

import io
import zipfile

import pytest

from podium.core.roles import catalogue
from podium.export import pptx_writer
from tests.helpers import make_prep


def _written(prep: object) -> list[str]:
    out = io.BytesIO()
    pptx_writer.build_presentation(prep).save(out)  # type: ignore[arg-type]
    return zipfile.ZipFile(out).namelist()


def test_a_deck_of_every_role_has_the_part_names_python_pptx_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    prep = make_prep("finance", "en", company="Nordvik AB")
    prep.deck.slides = [
        s for role in catalogue() for s in make_prep(role, "en", company="Nordvik AB").deck.slides
    ]
    remembered = _written(prep)
    monkeypatch.setattr(pptx_writer, "remember_part_names", lambda prs: None)
    walked = _written(prep)
    assert remembered == walked
    assert any("/charts/chart" in name for name in walked) and any("notesSlide" in name for name in walked)
    assert len(set(remembered)) == len(remembered)
