"""Scaffold, layout and .pptx export of a 12-slide deck, against raw python-pptx writing the same slides."""

from __future__ import annotations

import io

from benchmarks.bench_scaling import raw_pptx
from benchmarks.common import Result, interleaved
from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.roles import get_role
from podium.export.pptx_writer import build_presentation


def _twelve_slide_prep() -> Preparation:
    prep = Preparation(role="finance", company="Nordvik AB", language="en")
    prep.deck = scaffold(prep)
    while len(prep.deck.slides) < 12:
        prep.deck.slides.append(prep.deck.slides[2])
    prep.deck.slides = prep.deck.slides[:12]
    return prep


def run(repeat: int = 15) -> Result:
    get_role("finance")
    reference = _twelve_slide_prep()

    def podium() -> None:
        prep = Preparation(role="finance", company="Nordvik AB", language="en")
        prep.deck = scaffold(prep)
        prep.deck.slides = (prep.deck.slides * 2)[:12]
        build_presentation(prep).save(io.BytesIO())

    def raw() -> None:
        raw_pptx(reference)

    podium()
    raw()
    t_podium, t_raw = interleaved(podium, raw, repeat)
    return Result("scaffold + layout + pptx, 12 slides", t_podium, "raw python-pptx", t_raw, target=1.5)
