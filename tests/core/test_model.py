"""The document round-trips through its serialised form without loss."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from podium.core.model import (
    Bullet,
    BulletsBlock,
    ChartBlock,
    Deck,
    ImageBlock,
    Preparation,
    Series,
    Slide,
    TableBlock,
)

text = st.text(max_size=40)
bullets = st.builds(
    BulletsBlock,
    items=st.lists(st.builds(Bullet, text=text, level=st.integers(0, 4), example=st.booleans()), max_size=5),
)
tables = st.integers(1, 4).flatmap(
    lambda n: st.builds(TableBlock, columns=st.lists(text, min_size=n, max_size=n),
                        rows=st.lists(st.lists(text, min_size=n, max_size=n), max_size=4), example=st.booleans())
)  # fmt: skip
charts = st.integers(1, 5).flatmap(
    lambda n: st.builds(
        ChartBlock, chart_type=st.sampled_from(["bar", "column", "line", "pie"]),
        categories=st.lists(text, min_size=n, max_size=n),
        series=st.lists(st.builds(Series, name=text, values=st.lists(st.floats(-1e9, 1e9), min_size=n, max_size=n)), max_size=3),
        title=text, example=st.booleans(),
    )
)  # fmt: skip
images = st.builds(ImageBlock, path=text, alt=text, example=st.booleans())
slides = st.builds(
    Slide, title=text, blocks=st.lists(st.one_of(bullets, tables, charts, images), max_size=2), notes=text,
    guidance=text, target_seconds=st.integers(0, 3600), kind=st.sampled_from(["title", "section", "content", "closing"]),
    key=text, subtitle=text, backup=st.booleans(),
)  # fmt: skip
preps = st.builds(
    Preparation, role=st.sampled_from(["finance", "marketing"]), company=text, job_title=text,
    interview_at=st.one_of(st.none(), st.datetimes(min_value=datetime(2000, 1, 1))),
    talk_minutes=st.integers(1, 180), qa_minutes=st.integers(0, 120), language=st.sampled_from(["en", "sv"]),
    deck=st.builds(Deck, slides=st.lists(slides, max_size=4), theme=st.just("nordic"), aspect=st.sampled_from(["16:9", "4:3"])),
)  # fmt: skip


@given(preps)
def test_preparation_round_trips(prep: Preparation) -> None:
    assert Preparation.from_dict(prep.to_dict()) == prep


def test_backup_slides_stay_out_of_the_timed_plan() -> None:
    deck = Deck(slides=[Slide("a", target_seconds=100), Slide("b", target_seconds=50, backup=True)])
    assert deck.total_target_seconds == 100
    assert [s.title for s in deck.timed_slides] == ["a"]


def test_ragged_table_rows_are_padded_to_the_columns() -> None:
    block = TableBlock.from_dict({"columns": ["a", "b"], "rows": [["1"], ["1", "2", "3"]]})
    assert block.rows == [["1", ""], ["1", "2"]]


def test_a_damaged_document_opens_as_it_will_be_saved(tmp_path: Path) -> None:
    """Research or role data that is not a JSON object (here a list of pairs, which ``dict()`` would
    turn into a ``None`` key that JSON saves as "null") opens empty, so the store keeps what was read."""
    from podium.core.storage.store import Store

    data = Preparation(role="finance", company="Nordvik AB").to_dict()
    data["research"], data["role_data"] = [[None, None]], [[None, 1]]
    prep = Preparation.from_dict(data)
    assert prep.research == {} and prep.role_data == {}
    with Store(tmp_path / "podium.sqlite3") as store:
        store.save(prep)
        assert store.load(prep.id).to_dict() == prep.to_dict()
