"""Speaker notes can be a slot: the role's data explains its figures until the user edits the notes."""

from __future__ import annotations

from podium.core.deck.edits import split_slide
from podium.core.deck.fill import apply_role_data
from podium.core.deck.scaffold import scaffold
from podium.core.deck.slots import detached, notes_follow_data
from podium.core.model import Deck, Preparation, Slide
from podium.roles.project_management.register import Register, Risk, load_register, save_register
from podium.roles.project_management.scales import Scales


def _prep() -> Preparation:
    prep = Preparation(role="project-management", company="Nordvik AB")
    risks = [Risk("R1", "Vendor late", likelihood=4, impact=4, owner="Procurement"),
             Risk("R2", "Data poor", likelihood=3, impact=5, owner="Data lead")]  # fmt: skip
    save_register(prep, Register(risks=risks, scales=Scales.default("en")))
    prep.deck = scaffold(prep)
    return prep


def _verdict(deck: Deck) -> Slide:
    return next(s for s in deck.slides if s.key == "verdict")


def test_without_data_the_template_draft_stays() -> None:
    prep = Preparation(role="project-management", company="Nordvik AB")
    prep.deck = scaffold(prep)
    slide = _verdict(prep.deck)
    assert notes_follow_data(slide) and "[date]" in slide.notes  # the draft, with its gaps to fill


def test_the_data_writes_the_notes_and_rewrites_them_when_it_changes() -> None:
    prep = _prep()
    before = _verdict(prep.deck).notes
    assert "Monte Carlo" in before and "[date]" not in before
    register = load_register(prep)
    register.risks[0].likelihood = 1
    save_register(prep, register)
    apply_role_data(prep)
    assert _verdict(prep.deck).notes != before


def test_notes_the_user_took_over_are_kept_and_survive_saving() -> None:
    prep = _prep()
    slide = _verdict(prep.deck)
    slide.notes, slide.notes_source = "My own words", detached(slide.notes_source)
    register = load_register(prep)
    register.risks[1].impact = 1
    save_register(prep, register)
    apply_role_data(prep)
    reloaded = Deck.from_dict(prep.deck.to_dict())
    assert _verdict(reloaded).notes == "My own words" and not notes_follow_data(_verdict(reloaded))


def test_a_split_slide_explains_its_figures_once() -> None:
    prep = _prep()
    slide = next(s for s in prep.deck.slides if s.key == "monitoring")
    slide.notes_source = "monitoring-notes"  # as if the data explained this slide too
    halves = split_slide(slide, "en")
    assert halves is not None
    first, second = halves
    assert first.notes_source == "monitoring-notes" and second.notes_source == "" and second.notes == ""
