"""A bridge's geometry and the chart number formats the painter writes as the office suites do."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from podium.core.model import ChartBlock, Series, TableBlock
from podium.core.render import waterfall as wf
from podium.core.render.numformat import render


def test_a_bridge_stands_its_totals_on_zero_and_floats_each_change() -> None:
    found = wf.bars([100.0, 30.0, -50.0, 80.0])
    assert [(b.low, b.high, b.kind) for b in found] == [
        (0.0, 100.0, "total"),
        (100.0, 130.0, "up"),
        (80.0, 130.0, "down"),
        (0.0, 80.0, "total"),
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(-10_000, 10_000), min_size=2, max_size=9))
def test_the_stacked_series_draw_exactly_the_bars(values: list[int]) -> None:
    """Every bar is the sum of its visible segments on top of the invisible base, whatever the signs."""
    floats = [float(v) for v in values]
    stacked = wf.stacked(floats)
    for i, bar in enumerate(wf.bars(floats)):
        parts = [stacked[name][i] for name in wf.SERIES]
        above = sum(p for p in parts if p > 0)
        below = sum(p for p in parts if p < 0)
        base = stacked["base"][i]
        if bar.kind == "total" or bar.low < 0 < bar.high:
            assert base == 0 and (below, above) == (bar.low, bar.high)
        elif bar.low >= 0:
            assert (base, above) == (bar.low, bar.high)
        else:
            assert (base, below) == (bar.high, bar.low)


def test_the_axis_starts_where_the_chart_says_and_only_if_no_bar_is_cut() -> None:
    values = [900_000.0, -76_000.0, 68_000.0, -65_000.0, 8_000.0, 835_000.0]
    assert wf.axis(values)[0] == 0
    start, end, step = wf.axis(values, axis_min=600_000)
    assert start == 600_000 and end >= 900_000 and step > 0
    assert wf.axis(values, axis_min=850_000)[0] == 0  # would cut a change: ignored


@pytest.mark.parametrize(
    ("code", "value", "language", "text"),
    [
        ("#,##0,", 973_952.0, "en", "974"),
        ("#,##0.0,,", 49_512_000.0, "sv", "49,5"),
        ('"+"#,##0,;"+"#,##0,;""', -76_254.0, "en", "+76"),
        ('"\u2212"#,##0.0,,;"\u2212"#,##0.0,,;""', 1_260_000.0, "sv", "\u22121,3"),
        ('"+"#,##0,;"+"#,##0,;""', 0.0, "en", ""),
        ('#,##0.0,," mn"', 2_000_000.0, "sv", "2,0 mn"),
        ("#,##0", -652_507.0, "sv", "\u2212652\u00a0507"),
        ("0%", 0.25, "sv", "25\u00a0%"),
    ],
)
def test_number_formats_are_written_as_the_office_suites_show_them(
    code: str, value: float, language: str, text: str
) -> None:
    assert render(value, code, language) == text


def test_tones_and_axis_survive_the_round_trip() -> None:
    table = TableBlock(columns=["A", "B"], rows=[["x", "+1"]], tones=[["", "good"]])
    assert TableBlock.from_dict(table.to_dict()).tone(0, 1) == "good"
    assert TableBlock.from_dict({**table.to_dict(), "tones": [["", "purple"]]}).tone(0, 1) == ""
    chart = ChartBlock(chart_type="waterfall", categories=["a", "b"], series=[Series("s", [1, 2])],
                       axis_min=0.5, increase_good=False)  # fmt: skip
    back = ChartBlock.from_dict(chart.to_dict())
    assert (back.chart_type, back.axis_min, back.increase_good) == ("waterfall", 0.5, False)
    assert ChartBlock.from_dict({**chart.to_dict(), "axis_min": "nan"}).axis_min is None
    assert "tones" not in TableBlock(columns=["A"]).to_dict()  # plain tables are stored as before
