"""Splitting, copying and adding slides; regenerating from role data keeps the user's own work."""

from __future__ import annotations

from podium.core.deck.edits import blank_slide, copy_slide, slide_types, split_slide
from podium.core.deck.fill import apply_role_data
from podium.core.deck.scaffold import scaffold
from podium.core.deck.slots import detach, detached, detached_source, follows_data, reattach
from podium.core.model import Bullet, BulletsBlock, ChartBlock, Preparation, Slide, TableBlock
from podium.roles.project_management.register import Register, Risk, save_register
from podium.roles.project_management.scales import Scales
from tests.helpers import make_prep


def _bullets(*texts: tuple[str, int]) -> BulletsBlock:
    return BulletsBlock([Bullet(t, level) for t, level in texts])


def test_split_keeps_sub_points_with_their_parent_and_shares_the_time() -> None:
    slide = Slide(
        "Plan",
        blocks=[_bullets(("A", 0), ("a1", 1), ("B", 0), ("b1", 1), ("b2", 1), ("C", 0))],
        notes="Say it",
        target_seconds=91,
    )
    first, second = split_slide(slide, "sv")
    assert [b.text for b in first.blocks[0].items] == ["A", "a1"]
    assert [b.text for b in second.blocks[0].items] == ["B", "b1", "b2", "C"]
    assert first.target_seconds + second.target_seconds == 91
    assert second.title == "Plan (forts.)" and first.title == "Plan"
    assert first.notes == "Say it" and second.notes == ""
    assert slide.blocks[0].items[0].text == "A" and len(slide.blocks[0].items) == 6  # original untouched


def test_split_two_blocks_puts_one_on_each_slide() -> None:
    table = TableBlock(["a"], [["1"]])
    chart = ChartBlock(categories=["x"])
    first, second = split_slide(Slide("T", blocks=[table, chart]), "en")
    assert first.blocks == [table] and second.blocks == [chart]
    assert first.blocks[0] is not table  # copies, so undo can restore the original


def test_split_table_repeats_the_header() -> None:
    table = TableBlock(["Risk", "Score"], [[f"R{i}", str(i)] for i in range(7)], source="top-risks")
    first, second = split_slide(Slide("Top risks", blocks=[table]), "en")
    assert first.blocks[0].columns == second.blocks[0].columns == ["Risk", "Score"]
    assert len(first.blocks[0].rows) == 4 and len(second.blocks[0].rows) == 3
    # Half a generated table must not come back whole when the data changes.
    assert not follows_data(first.blocks[0]) and detached_source(second.blocks[0]) == "top-risks"


def test_nothing_to_split() -> None:
    assert split_slide(Slide("T", kind="title", blocks=[_bullets(("a", 0), ("b", 0))]), "en") is None
    assert split_slide(Slide("T", blocks=[_bullets(("only", 0), ("sub", 1))]), "en") is None
    assert split_slide(Slide("T", blocks=[ChartBlock()]), "en") is None


def test_copies_are_independent() -> None:
    slide = Slide("T", blocks=[_bullets(("a", 0))])
    clone = copy_slide(slide)
    clone.blocks[0].items[0].text = "changed"
    assert slide.blocks[0].items[0].text == "a"


def test_slide_types_are_the_role_templates_slides() -> None:
    prep = make_prep("finance", "sv")
    types = slide_types(prep)
    assert [s.key for s in types] == [s.key for s in prep.deck.slides]
    assert all(s.guidance for s in types)
    assert blank_slide("content", "sv").title == "Ny bild"
    assert blank_slide("section", "en").kind == "section"


def _risk(rid: str, title: str, likelihood: int, impact: int) -> Risk:
    return Risk(id=rid, title=title, likelihood=likelihood, impact=impact, owner="PMO", response="reduce")


def test_new_role_data_updates_data_blocks_and_keeps_the_users_text() -> None:
    prep = Preparation(role="project-management", company="Nordvik AB", language="en")
    save_register(
        prep, Register(risks=[_risk("R1", "Data migration slips", 3, 4)], scales=Scales.default("en"))
    )
    prep.deck = scaffold(prep)
    top = next(s for s in prep.deck.slides if s.key == "top-risks")
    table = next(b for b in top.blocks if b.source == "top-risks")
    assert "Data migration slips" in str(table.rows)
    # The user writes their own title, notes and a bullet of their own.
    top.title, top.title_source = (
        "Three risks decide the go-live",
        detached(top.title_source),
    )  # as the editor does
    top.notes = "Start with the migration risk."
    plain = next(i for i, s in enumerate(prep.deck.slides) if any(not b.source for b in s.blocks))
    own = next(b for b in prep.deck.slides[plain].blocks if not b.source)
    if isinstance(own, BulletsBlock):
        own.items = [Bullet("My own point")]
    # The user edited one data-driven block by hand: it is detached and kept.
    edited_slide = next(
        s for s in prep.deck.slides if s is not top and any(follows_data(b) for b in s.blocks)
    )
    edited_index = next(i for i, b in enumerate(edited_slide.blocks) if follows_data(b))
    edited = edited_slide.blocks[edited_index]
    detach(edited)
    edited_copy = edited.to_dict()

    save_register(
        prep,
        Register(
            risks=[_risk("R1", "Data migration slips", 3, 4), _risk("R2", "Vendor capacity runs out", 5, 5)],
            scales=Scales.default("en"),
        ),
    )
    apply_role_data(prep)

    top = next(s for s in prep.deck.slides if s.key == "top-risks")
    table = next(b for b in top.blocks if b.source == "top-risks")
    assert table.rows[0][1].startswith("Vendor capacity")  # the data block follows the new data
    assert top.title == "Three risks decide the go-live" and top.notes == "Start with the migration risk."
    if isinstance(own, BulletsBlock):
        assert [b.text for b in own.items] == ["My own point"]
    assert edited.to_dict() == edited_copy  # the hand-edited block stays as the user left it

    name = detached_source(edited)
    reattach(edited)
    assert name in apply_role_data(prep)  # attached again: the data fills it once more
    assert follows_data(edited_slide.blocks[edited_index]) and edited_slide.blocks[edited_index] is not edited
