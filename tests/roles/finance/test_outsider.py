"""The finance deck read as an outsider reads it: the written .pptx, opened with python-pptx.

Every expected figure is computed here from the fixture's rows with ``Decimal``, the way a
controller would check it in a spreadsheet, never with the code under test. The fixtures are a
Swedish ledger with a budget, a cost-centre export (two years, costs, some lines without a cost
centre) and a sales ledger with quantities (for price, volume and mix).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.phrasebook import phrases
from podium.core.render.theme import THEMES
from podium.core.render.title_fit import title_fits as fits
from podium.core.text import typeset
from podium.export.pptx_writer import write_pptx
from podium.roles.finance.pipeline import run
from tests.helpers import office_convert, pdf_text
from tests.roles.finance.samples import (
    PRODUCTS,
    cost_centre_rows,
    ledger_rows,
    sales_rows,
    write_cost_centre_csv,
    write_sales_ledger,
    write_swedish_csv,
)

CONTENT = ("summary", "data", "metrics", "trend", "breakdown", "variance", "drivers", "risks", "appendix")
THEME = THEMES["nordic"]


class Deck:
    """A written deck and the slide keys of the model it came from (to find a slide by its job)."""

    def __init__(self, prep: Preparation, path: Path) -> None:
        self.prep, self.pptx = prep, Presentation(str(path))
        self.keys = [s.key for s in prep.deck.slides]

    def slide(self, key: str):
        return self.pptx.slides[self.keys.index(key)]

    def title(self, key: str) -> str:
        return self.slide(key).shapes.title.text

    def text(self, key: str) -> str:
        shapes = self.slide(key).shapes
        parts = [s.text_frame.text for s in shapes if s.has_text_frame]
        parts += [c.text for s in shapes if s.has_table for r in s.table.rows for c in r.cells]
        return "\n".join(parts)

    def table(self, key: str):
        return next(s for s in self.slide(key).shapes if s.has_table).table

    def chart(self, key: str):
        return next(s for s in self.slide(key).shapes if s.has_chart).chart


def written(tmp_path: Path, data: Path, language: str, **options: str) -> Deck:
    prep = Preparation(role="finance", company="Nordvik AB", language=language)
    prep.role_data["finance"] = run(data, **options)
    prep.deck = scaffold(prep)
    return Deck(prep, write_pptx(prep, tmp_path / f"deck-{language}.pptx"))


def cost_centres(tmp_path: Path, language: str = "sv", **options: str) -> tuple[Deck, list]:
    rows = cost_centre_rows()
    return written(
        tmp_path, write_cost_centre_csv(tmp_path / "kostnader.csv", rows), language, **options
    ), rows


def bridge_of(deck: Deck) -> tuple[list[str], list[Decimal], bool]:
    """(categories, [start, changes…, end], increase_good) as the chart's own series say them.

    The first and last bars are the totals series; a change is the height of its 'Favourable' or
    'Unfavourable' segments, an increase when that series is the one drawn for increases.
    """
    plot = deck.chart("drivers").plots[0]
    series = {s.name: [Decimal(str(v)) for v in s.values] for s in plot.series}
    said = phrases(deck.prep.language)
    favourable, unfavourable = said.say("chart.favourable"), said.say("chart.unfavourable")
    names = [s.name for s in plot.series]
    totals = next(v for n, v in series.items() if n.strip() and n not in (favourable, unfavourable) and v[0])
    increase_good = deck.prep.deck.slides[deck.keys.index("drivers")].blocks[0].increase_good
    up, down = (favourable, unfavourable) if increase_good else (unfavourable, favourable)

    def height(name: str, i: int) -> Decimal:
        return sum((abs(v[i]) for n, v in zip(names, series.values(), strict=True) if n == name), Decimal(0))

    categories = list(plot.categories)
    values = [totals[0]]
    values += [height(up, i) - height(down, i) for i in range(1, len(categories) - 1)]
    values.append(totals[-1])
    return categories, values, increase_good


def test_every_content_title_states_a_conclusion_with_a_figure(tmp_path: Path) -> None:
    for language in ("en", "sv"):
        deck, _ = cost_centres(tmp_path, language)
        for key in CONTENT:
            title = deck.title(key)
            assert re.search(r"\d", title), (language, key, title)
            assert not title.startswith(("Example", "Exempel")), (language, key, title)
            assert len(title) <= 90, (language, key, title)


def test_titles_fit_their_box_in_both_aspects(tmp_path: Path) -> None:
    from podium.core.render.layout import layout_deck

    costs = write_cost_centre_csv(tmp_path / "k.csv", cost_centre_rows())
    for data, language in ((write_sales_ledger(tmp_path / "s.xlsx", sales_rows()), "sv"),
                           (write_swedish_csv(tmp_path / "l.csv", ledger_rows()), "en"),
                           (costs, "sv"), (costs, "en")):  # fmt: skip
        prep = Preparation(role="finance", company="Nordvik AB", language=language)
        prep.role_data["finance"] = run(data)
        prep.deck = scaffold(prep)
        for aspect in ("16:9", "4:3"):
            prep.deck.aspect = aspect
            for slide, laid in zip(prep.deck.slides, layout_deck(prep.deck, language=language), strict=True):
                assert laid.title is not None and not laid.title.overflow, (aspect, slide.title)
                assert not laid.overflows, (aspect, slide.key, [type(b).__name__ for b in laid.overflows])
        for slide in prep.deck.slides:  # two lines at most in every theme at 4:3 beside a logo
            assert slide.title_source == "" or fits(slide.title), slide.title


def test_a_title_too_long_for_its_box_gives_way_to_a_shorter_form_or_the_heading(tmp_path: Path) -> None:
    rows = cost_centre_rows()
    path = write_cost_centre_csv(tmp_path / "k.csv", rows)
    long_name = "Utfall inklusive periodiseringar och koncerninterna omföringar enligt huvudbok"
    path.write_bytes(path.read_bytes().replace(b"Utfall", long_name.encode("cp1252"), 1))
    deck = written(tmp_path, path, "sv")
    for key in CONTENT:
        assert fits(deck.title(key)), (key, deck.title(key))
    assert deck.title("summary") == "Sammanfattning"  # no form of the answer fits with that name: the heading


def test_the_summary_title_is_the_budget_variance_from_the_rows(tmp_path: Path) -> None:
    deck, rows = cost_centres(tmp_path)
    actual, budget = sum(r.actual for r in rows), sum(r.budget for r in rows)
    gap = actual - budget
    figure = f"{gap / 1_000_000:.1f}".replace(".", ",")
    share = f"{gap / budget * 100:.1f}".replace(".", ",")
    lager = [r for r in rows if r.centre == "2100 Lager"]
    assert sum(r.actual - r.budget for r in lager) == max(
        sum(r.actual - r.budget for r in rows if r.centre == c) for c in {r.centre for r in rows}
    )
    assert (
        deck.title("summary")
        == f"Utfall blev {figure}\u00a0mkr ({share}\u00a0%) över budget, främst i 2100 Lager"
    )


def test_changing_a_value_in_the_file_changes_the_titles_figure(tmp_path: Path) -> None:
    """Through the command line, as the candidate runs it: one row of the export changes, the title follows."""
    rows = cost_centre_rows()
    path = write_cost_centre_csv(tmp_path / "kostnader.csv", rows)

    def title() -> str:
        out = tmp_path / "deck.pptx"
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        result = subprocess.run([sys.executable, "-m", "podium", "generate", "--role", "finance", "--company", "X",
                                 "--language", "en", "--data", str(path), "-o", str(out)],
                                capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
        assert result.returncode == 0, result.stderr
        return Presentation(str(out)).slides[1].shapes.title.text

    before = title()
    text = (
        path.read_bytes().decode("cp1252").replace("2024-06;2100 Lager;", "2024-06;2100 Lager;1")
    )  # +1m on one row
    path.write_bytes(text.encode("cp1252"))
    after = title()
    gap = sum(r.actual - r.budget for r in rows)
    assert before.startswith(f"Utfall ended SEK\u00a0{gap / 1_000_000:.1f}m")
    changed = next(r for r in rows if r.month.isoformat() == "2024-06-01" and r.centre == "2100 Lager")
    added = Decimal(f"1{changed.actual:.2f}") - changed.actual
    assert after.startswith(f"Utfall ended SEK\u00a0{(gap + added) / 1_000_000:.1f}m") and after != before


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_bridge_runs_from_budget_to_actual_by_cost_centre(tmp_path: Path, language: str) -> None:
    deck, rows = cost_centres(tmp_path, language)
    categories, values, increase_good = bridge_of(deck)
    actual, budget = sum(r.actual for r in rows), sum(r.budget for r in rows)
    assert (categories[0], categories[-1]) == (
        ("Budget", "Actual") if language == "en" else ("Budget", "Utfall")
    )
    assert values[0] == budget and values[-1] == actual
    assert sum(values[1:-1]) == actual - budget  # to the öre
    by_centre = {}
    for r in rows:
        by_centre[r.centre] = by_centre.get(r.centre, Decimal(0)) + r.actual - r.budget
    shown = dict(zip(categories[1:-1], values[1:-1], strict=True))
    largest = sorted(by_centre.items(), key=lambda kv: -abs(kv[1]))
    for centre, gap in largest[:4]:
        assert shown[centre or ("Not stated" if language == "en" else "Ej angivet")] == gap
    assert not increase_good  # a cost: above budget is unfavourable


def test_price_volume_and_mix_from_a_sales_ledger(tmp_path: Path) -> None:
    rows = sales_rows()
    deck = written(tmp_path, write_sales_ledger(tmp_path / "sales.xlsx", rows), "en")
    categories, values, increase_good = bridge_of(deck)
    assert categories == ["Budget", "Price", "Volume", "Mix", "Actual"] and increase_good
    actual, budget = sum(r.amount for r in rows), sum(r.budget_amount for r in rows)
    assert (values[0], values[-1]) == (budget, actual) and sum(values[1:-1]) == actual - budget
    # Price: what the units sold fetched above their budget price, product by product.
    price = Decimal(0)
    for product in PRODUCTS:
        mine = [r for r in rows if r.product == product]
        units, budget_units = sum(r.units for r in mine), sum(r.budget_units for r in mine)
        budget_price = sum(r.budget_amount for r in mine) / budget_units
        price += sum(r.amount for r in mine) - units * budget_price
    volume = (
        (sum(r.units for r in rows) - sum(r.budget_units for r in rows))
        * budget
        / sum(r.budget_units for r in rows)
    )
    assert values[1] == price.quantize(Decimal("0.01")) and values[2] == volume.quantize(Decimal("0.01"))
    notes = deck.text("drivers")
    assert "Price variance" in notes and "Volume variance" in notes and "Mix variance" in notes


def _run_colour(cell) -> str:
    run = cell.text_frame.paragraphs[0].runs[0]
    return "#" + run._r.find(qn("a:rPr")).find(qn("a:solidFill"))[0].get("val")


@pytest.mark.parametrize(("sign", "lager"), [(None, "bad"), ("revenue", "good")])
def test_favourable_colours_follow_the_sign_convention(tmp_path: Path, sign: str | None, lager: str) -> None:
    """Costs over budget are red and unfavourable; told the column is a revenue, the same rows turn green."""
    options = {"sign": sign} if sign else {}
    deck, _ = cost_centres(tmp_path, "en", **options)
    table = deck.table("variance")
    head = [c.text for c in table.rows[0].cells]
    assert head == ["Kostnadsställe (SEK m)", "Actual", "Budget", "Variance", "Fav./unfav."]
    row = next(r for r in table.rows if r.cells[0].text == "2100 Lager")
    colour = THEME.bad if lager == "bad" else THEME.good
    assert (
        _run_colour(row.cells[3]).upper() == colour.upper()
        and _run_colour(row.cells[4]).upper() == colour.upper()
    )
    assert row.cells[4].text == ("Unfavourable" if lager == "bad" else "Favourable")
    plot = deck.chart("drivers").plots[0]
    fills = {
        s.name: s._element.find(qn("c:spPr")).find(qn("a:solidFill"))[0].get("val")
        for s in list(plot.series)[1:]
    }
    assert fills["Favourable"] == THEME.good.lstrip("#").upper()
    assert fills["Unfavourable"] == THEME.bad.lstrip("#").upper()


def test_budget_variance_and_prior_period_are_kept_apart(tmp_path: Path) -> None:
    deck, rows = cost_centres(tmp_path, "en")
    assert "against budget" in deck.title("variance")
    assert [c.text for c in deck.table("variance").rows[0].cells][2] == "Budget"
    kpis = deck.table("metrics")
    head = [c.text for c in kpis.rows[0].cells]
    assert head == ["Metric (SEK m)", "Actual", "Budget", "vs budget", "vs prior period"]
    year = next(r for r in kpis.rows if r.cells[0].text == "Utfall, Jan–Dec 2024")
    growth = (
        sum(r.actual for r in rows if r.month.year == 2024)
        / sum(r.actual for r in rows if r.month.year == 2023)
        * 100
        - 100
    )
    assert year.cells[4].text == f"+{growth:.1f}% on Jan–Dec 2023"
    # Without a budget the variance slide compares periods, and says so; it never says 'budget'.
    bare = tmp_path / "bare.csv"
    bare.write_text("\n".join(line.rsplit(",", 1)[0] for line in
                              write_cost_centre_csv(tmp_path / "en.csv", rows, english=True).read_text().splitlines()),
                    encoding="utf-8")  # fmt: skip
    plain = written(tmp_path, bare, "en")
    assert "budget" not in plain.title("variance").lower() and "on Jan–Dec 2023" in plain.title("variance")
    assert [c.text for c in plain.table("variance").rows[0].cells][1:3] == ["Jan–Dec 2023", "Jan–Dec 2024"]


def test_no_bookkeeping_rows_no_blank_category_and_one_unit_per_slide(tmp_path: Path) -> None:
    for language in ("en", "sv"):
        deck, _ = cost_centres(tmp_path, language)
        for i, slide in enumerate(deck.pptx.slides):
            for shape in slide.shapes:
                if shape.has_table:
                    cells = [c.text for r in shape.table.rows for c in r.cells]
                    assert not {"Rows", "Rader"} & set(cells), (i, cells)
                    assert not any("(blank)" in c for c in cells), (i, cells)
            text = deck.text(deck.keys[i])
            units = set(
                re.findall(r"SEK\u00a0[\d.,]+(k|m|bn)|SEK (k|m|bn)\b|\b(tkr|mkr|mdkr)\b|\b(mn|md)\b", text)
            )
            assert len({u for group in units for u in group if u}) <= 1, (language, deck.keys[i], units)
        blank = "Not stated" if language == "en" else "Ej angivet"
        assert blank in deck.text("breakdown")
        rows_word = "3 rows" if language == "en" else "3 rader"
        assert rows_word in deck.text("data") and blank in deck.text("data")


def test_periods_are_written_as_the_data_is_dated(tmp_path: Path) -> None:
    deck, _ = cost_centres(tmp_path, "sv")
    data = deck.text("data")
    assert typeset("jan 2023 – dec 2024", "sv") in data and "1 jan 2023" not in data
    ledger = written(tmp_path, write_swedish_csv(tmp_path / "l.csv", ledger_rows()), "sv")
    assert typeset("2 jan – 21 jun 2024", "sv") in ledger.text("data")  # daily data: its days


def test_plurals_are_right_in_both_languages(tmp_path: Path) -> None:
    rows = ledger_rows()
    for bad, language, words in ((1, "en", "1 cell is not a number"), (2, "en", "2 cells are not numbers"),
                                 (1, "sv", "1 cell är inte ett tal"), (2, "sv", "2 celler är inte tal")):  # fmt: skip
        path = write_swedish_csv(tmp_path / f"l{bad}.csv", rows)
        lines = path.read_bytes().decode("cp1252").split("\r\n")
        for i in range(bad):  # an amount typed with letters in it
            parts = lines[6 + i * 3].split(";")
            lines[6 + i * 3] = ";".join([parts[0], parts[1], "12 000 kr?", *parts[3:]])
        path.write_bytes("\r\n".join(lines).encode("cp1252"))
        deck = written(tmp_path, path, language)
        assert words in deck.text("data"), deck.text("data")
    one = written(tmp_path, write_swedish_csv(tmp_path / "one.csv", rows[:1] * 1), "sv")
    assert "1 rad" in one.title("data") and "1 rader" not in one.title("data")


def test_shares_of_the_gap_only_where_they_are_true(tmp_path: Path) -> None:
    """Cost centres over and under budget: no '% of the gap' for one centre; a share of the
    unfavourable variances, which adds up to 100 % with the others on that side."""
    deck, rows = cost_centres(tmp_path, "en")
    notes = deck.text("drivers")
    assert "of the gap" not in notes
    over = {}
    for r in rows:
        over[r.centre] = over.get(r.centre, Decimal(0)) + r.actual - r.budget
    side = sum(v for v in over.values() if v > 0)
    share = over["2100 Lager"] / side * 100
    assert f"2100 Lager: +SEK\u00a01.1m, {share:.1f}% of the unfavourable variances" in notes
    assert "3100 IT: −SEK\u00a00.9m, favourable, pulling the other way".replace("−", "-") in notes


def test_an_axis_above_zero_says_where_it_starts(tmp_path: Path) -> None:
    deck, _ = cost_centres(tmp_path, "sv")
    chart = deck.chart("trend")
    start = chart.value_axis.minimum_scale
    assert start and start > 0
    shown = f"{start / 1_000_000:.2f}".replace(".", ",")
    assert chart.chart_title.text_frame.text == f"Utfall per månad, mkr (axeln från {shown})"


@pytest.mark.office
def test_libreoffice_renders_the_bridge_and_the_titles(tmp_path: Path, soffice: str) -> None:
    deck, _ = cost_centres(tmp_path, "sv")
    pdf = office_convert(soffice, tmp_path / "deck-sv.pptx", tmp_path)
    page = " ".join(pdf_text(pdf, deck.keys.index("drivers") + 1).split())
    assert "Från budget till utfall, mkr" in page and "Ogynnsam" in page and "Gynnsam" in page
    assert deck.title("drivers").split(" (")[0] in page


def test_a_budget_met_exactly_everywhere_has_no_bridge_to_draw(tmp_path: Path) -> None:
    """Every category on budget: the drivers slide keeps its example, and nothing fails (found by fuzzing)."""
    path = tmp_path / "exact.csv"
    path.write_text(
        "Month,Region,Actual,Budget\n2024-01,North,100,100\n2024-02,South,50,50\n", encoding="utf-8"
    )
    deck = written(tmp_path, path, "en")
    assert deck.prep.deck.slides[deck.keys.index("drivers")].blocks[0].example
    assert deck.title("summary").startswith("Actual ended on budget")
