"""The project-management deck read as an outsider would: generate from register and plan files,
open the .pptx with python-pptx, and check that the verdict, the scorecard, the monitoring rule
and the titles say what the files say."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from podium.cli import main
from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.text import typeset
from podium.export.pptx_writer import write_pptx
from podium.roles.project_management.analysis import forget
from podium.roles.project_management.health import RAG_COLORS
from podium.roles.project_management.register import Register, Risk, load_register, save_register
from podium.roles.project_management.scales import Scales

HEADERS = {
    "en": ["ID", "Risk", "Category", "Likelihood", "Impact", "Residual likelihood", "Residual impact", "Owner",
           "Early warning", "Delay (weeks)", "Mitigation"],
    "sv": ["ID", "Risk", "Kategori", "Sannolikhet", "Konsekvens", "Sannolikhet efter åtgärd",
           "Konsekvens efter åtgärd", "Riskägare", "Tidig varning", "Försening (veckor)", "Åtgärder"],
}  # fmt: skip
ROWS = [
    ["R1", "Vendor misses the build milestone", "Supplier", 3, 4, 2, 3, "Procurement lead", "Two milestones missed", 6,
     "Named consultants and milestones in the contract"],
    ["R2", "Data migration fails quality checks", "Data", 4, 5, 2, 4, "Data lead", "Error rate above 2%", 8,
     "A data owner per area; cleansing starts now"],
    ["R3", "Key users pulled back to daily work", "People", 3, 3, 2, 2, "Operations director", "Hours below 80%", 3,
     "Backfill key users at 50% during testing"],
    ["R4", "Integration partner's interface arrives late", "Supplier", 2, 4, 1, 4, "IT manager", "", 4, ""],
    ["R5", "Phase 2 budget approval delayed", "Governance", 2, 3, 1, 3, "Sponsor", "No decision by June", 2,
     "Decision date in the steering plan"],
    ["R6", "Benefits are not tracked after go-live", "Benefits", 3, 3, 2, 3, "Business owner", "No baseline", 0,
     "Baselines measured before go-live"],
]  # fmt: skip
PLAN = "Phase,Start,End\nDesign,2027-01-04,2027-03-26\nBuild and test,2027-04-01,2027-08-27\nGo-live,2027-09-27,\n"
KEYS_WITH_DATA_TITLES = ("verdict", "health", "method", "plan", "categories", "heatmap", "top-risks", "deep-dive",
                         "deep-dives", "recommendations", "monitoring")  # fmt: skip
PERCENT = re.compile(r"(under |över |over )?(\d+)\s?%")


def write_register(path: Path, rows: list[list[object]], language: str = "en") -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS[language])
        writer.writerows(rows)
    return path


def generate(tmp_path: Path, rows: list[list[object]], language: str = "en", name: str = "deck") -> Path:
    register = write_register(tmp_path / f"{name}.csv", rows, language)
    plan = tmp_path / "plan.csv"
    plan.write_text(PLAN, encoding="utf-8")
    out = tmp_path / f"{name}.pptx"
    forget()  # every deck computes its figures afresh, so equal figures come from equal runs
    code = main(["generate", "--role", "project-management", "--company", "Nordvik AB", "--language", language,
                 "--risks", str(register), "--plan", str(plan), "-o", str(out)])  # fmt: skip
    assert code == 0
    return out


def keys(language: str = "en") -> list[str]:
    return [
        s.key
        for s in scaffold(
            Preparation(role="project-management", company="Nordvik AB", language=language)
        ).slides
    ]


def slide_of(pptx: Path, key: str, language: str = "en"):
    return Presentation(str(pptx)).slides[keys(language).index(key)]


def texts_of(slide) -> list[str]:
    return [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame and sh.text_frame.text.strip()]


def verdict(pptx: Path, language: str = "en") -> tuple[str, list[float], list[float]]:
    """The verdict slide's title and its chart: chance of being live by each date, as planned and with actions."""
    slide = slide_of(pptx, "verdict", language)
    chart = next(sh.chart for sh in slide.shapes if sh.has_chart)
    planned, actions = (list(s.values) for s in chart.plots[0].series)
    return slide.shapes.title.text, planned, actions


def shown(value: float) -> str:
    """How the slides round a chance: to 5 points, 'under 5' and 'over 95' at the ends."""
    return "under 5" if value < 0.05 else "over 95" if value > 0.95 else str(round(value * 20) * 5)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_verdict_comes_from_the_register_and_moves_when_it_does(tmp_path: Path, language: str) -> None:
    title, planned, actions = verdict(generate(tmp_path, ROWS, language), language)
    first = PERCENT.search(title)
    assert first is not None  # the title states the chance as planned, rounded to 5 points
    said = (first.group(1) or "").strip().replace("över", "over") + " " + first.group(2)
    assert said.strip() == shown(planned[0])
    assert actions[0] >= planned[0]  # the actions never make the go-live less likely

    again, planned_again, actions_again = verdict(generate(tmp_path, ROWS, language, "again"), language)
    assert (again, planned_again, actions_again) == (title, planned, actions)  # same register, same figures

    likelier = [row[:] for row in ROWS]
    likelier[1][3] = 5  # R2, the data migration, now almost certain
    _t, planned_likelier, _a = verdict(generate(tmp_path, likelier, language, "likelier"), language)
    assert planned_likelier[0] < planned[0]

    longer = [row[:] for row in ROWS]
    longer[0][9] = 20  # R1's delay in the register's own column: 6 -> 20 weeks
    _t, planned_longer, _a = verdict(generate(tmp_path, longer, language, "longer"), language)
    assert planned_longer[-1] < planned[-1] or planned_longer[0] < planned[0]
    assert planned_longer != planned


def test_the_verdict_notes_say_how_the_figures_were_made(tmp_path: Path) -> None:
    notes = slide_of(generate(tmp_path, ROWS), "verdict").notes_slide.notes_text_frame.text
    assert "10,000 runs" in notes and "seeded from the register" in notes
    assert "independent" in notes and "add the delays up" in notes
    for label, chance in (("Rare", "5%"), ("Unlikely", "20%"), ("Possible", "40%"), ("Likely", "65%")):
        assert f"{label} {chance}" in notes  # how each likelihood level becomes a probability
    assert "For 6 risks the register's own delay column gives the weeks" in notes
    assert "5 of the 6 risks carry a schedule impact" in notes  # R6's column says 0 weeks
    swedish = slide_of(
        generate(tmp_path, ROWS, "sv", "sv"), "verdict", "sv"
    ).notes_slide.notes_text_frame.text
    assert "10\u00a0000 körningar" in swedish and "oberoende" in swedish and "Trolig 65\u00a0%" in swedish


def test_without_delays_the_verdict_says_what_is_missing(tmp_path: Path) -> None:
    prep = Preparation(role="project-management", company="Nordvik AB")
    scales = Scales.default("en")
    for level in scales.impact:
        level.meaning = "Hard to say"  # a qualitative scale: no weeks anywhere
    risks = [
        Risk("R1", "Vendor late", likelihood=4, impact=4),
        Risk("R2", "Data poor", likelihood=3, impact=5),
    ]
    save_register(prep, Register(risks=risks, scales=scales, custom_scales=True))
    prep.deck = scaffold(prep)
    pptx = write_pptx(prep, tmp_path / "deck.pptx")
    slide = slide_of(pptx, "verdict")
    assert not PERCENT.search(slide.shapes.title.text)  # no figure invented
    assert "no delays" in slide.shapes.title.text
    body = " ".join(texts_of(slide))
    assert "Give each impact level its weeks" in body


def _scorecard(pptx: Path, language: str = "en") -> dict[str, tuple[str, str, str, str]]:
    """Area -> (rating word, its fill, reason, basis), read row by row from the native shapes."""
    slide = slide_of(pptx, "health", language)
    fills = {c.lstrip("#").upper(): name for name, c in RAG_COLORS.items()}
    rows: dict[int, list] = {}
    for sh in slide.shapes:
        if not sh.has_text_frame or not sh.text_frame.text.strip() or sh == slide.shapes.title:
            continue
        middle = int(Emu(sh.top + sh.height // 2) / 12700 // 6)  # rows share a vertical centre (6 pt bins)
        try:
            fill = fills.get(str(sh.fill.fore_color.rgb), "")
        except (AttributeError, TypeError):
            fill = ""
        rows.setdefault(middle, []).append((sh.left, sh.text_frame.text, fill))
    out = {}
    for cells in rows.values():
        cells.sort()
        if len(cells) == 4 and cells[1][2]:
            area, (_x, word, fill), reason, basis = cells[0][1], cells[1], cells[2][1], cells[3][1]
            out[area] = (word, fill, reason, basis)
    return out


def test_scorecard_colours_follow_their_reasons(tmp_path: Path) -> None:
    card = _scorecard(generate(tmp_path, ROWS))
    assert set(card) == {"Schedule realism", "Contingency", "Benefit ownership", "Dependencies", "Governance"}
    for word, fill, _reason, _basis in card.values():
        assert word.lower() == fill  # the word and the colour agree
    word, fill, reason, basis = card["Governance"]
    assert reason == "6 of 6 risks have an owner; 2 of 2 high risks have an early warning"
    assert fill == "green" and basis == "The register"
    word, fill, reason, basis = card["Dependencies"]
    assert "2 dependency risks" in reason and basis == "The register"
    assert fill == "amber"  # the worst, R1, is medium after the actions
    _w, fill, reason, basis = card["Contingency"]
    assert typeset("The plan holds 4 weeks before go-live", "en") in reason and basis == "The plan"

    # Fewer, smaller risks: the plan's buffer now covers the delay at 80% confidence, so green.
    calm = [row[:] for row in ROWS]
    for row in calm:
        row[3], row[9] = 1, 1
    _w, fill, reason, _b = _scorecard(generate(tmp_path, calm, name="calm"))["Contingency"]
    assert fill == "green" and typeset("The plan holds 4 weeks", "en") in reason

    # A high risk loses its early warning: governance turns amber and says which part is missing.
    unwatched = [row[:] for row in ROWS]
    unwatched[0][8] = ""
    _w, fill, reason, _b = _scorecard(generate(tmp_path, unwatched, name="unwatched"))["Governance"]
    assert fill == "amber" and "1 of 2 high risks has no early warning" in reason

    # Owners go missing: governance turns red and says why.
    unowned = [row[:] for row in ROWS]
    unowned[1][7] = unowned[0][7] = ""
    _w, fill, reason, _b = _scorecard(generate(tmp_path, unowned, name="unowned"))["Governance"]
    assert fill == "red" and "2 of 6 risks have no owner" in reason


def test_a_rating_the_data_cannot_give_is_an_example_until_the_candidate_judges_it(tmp_path: Path) -> None:
    no_benefits = [row for row in ROWS if row[2] != "Benefits"]
    pptx = generate(tmp_path, no_benefits)
    word, fill, reason, basis = _scorecard(pptx)["Benefit ownership"]
    assert basis == "Example" and "nobody owns them" in reason

    prep = Preparation(role="project-management", company="Nordvik AB")
    main_prep(prep, tmp_path, no_benefits)
    register = load_register(prep)
    register.health["benefits"] = {"rating": "red", "reason": "No benefit owner in the business case"}
    save_register(prep, register)
    prep.deck = scaffold(prep)
    word, fill, reason, basis = _scorecard(write_pptx(prep, tmp_path / "judged.pptx"))["Benefit ownership"]
    assert (word, fill, basis) == ("Red", "red", "My judgement")
    assert reason == "No benefit owner in the business case"


def main_prep(prep: Preparation, tmp_path: Path, rows: list[list[object]]) -> None:
    """Read register and plan files into ``prep`` as ``podium generate`` does."""
    from argparse import Namespace

    from podium.roles.project_management.deck import load_cli

    plan = tmp_path / "plan.csv"
    plan.write_text(PLAN, encoding="utf-8")
    load_cli(prep, Namespace(risks=write_register(tmp_path / "r.csv", rows), plan=plan))


@pytest.mark.parametrize(
    ("language", "floors"), [("en", (5, 10, 16)), ("en", (4, 8, 12)), ("sv", (6, 12, 20))]
)
def test_monitoring_escalates_where_the_high_band_begins(
    tmp_path: Path, language: str, floors: tuple[int, int, int]
) -> None:
    prep = Preparation(role="project-management", company="Nordvik AB", language=language)
    main_prep(prep, tmp_path, ROWS)
    register = load_register(prep)
    register.scales.floors, register.custom_scales = floors, True
    save_register(prep, register)
    prep.deck = scaffold(prep)
    slide = slide_of(write_pptx(prep, tmp_path / "deck.pptx"), "monitoring", language)
    body = " ".join(texts_of(slide))
    escalate = re.search(r"(?:reaches|når) (\d+)", body)
    assert escalate is not None and int(escalate.group(1)) == floors[1]
    assert re.search(r"\d+", slide.shapes.title.text).group(0) == str(floors[1])  # type: ignore[union-attr]
    assert f"({floors[2]} " in body  # very high goes to the sponsor from where its band begins


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_content_title_states_a_conclusion_with_its_figure(tmp_path: Path, language: str) -> None:
    pptx = generate(tmp_path, ROWS, language)
    prs = Presentation(str(pptx))
    order = keys(language)
    for key in KEYS_WITH_DATA_TITLES:
        title = prs.slides[order.index(key)].shapes.title.text
        assert re.search(r"\d", title), f"{key}: {title}"
        assert not title.startswith(("Example", "Exempel")), f"{key}: {title}"
    assert "R2" in prs.slides[order.index("deep-dive")].shapes.title.text  # the top risk by score


def test_the_scaffold_shows_example_action_titles_that_agree_with_its_example_figures() -> None:
    prep = Preparation(role="project-management", company="Nordvik AB")
    prep.deck = scaffold(prep)
    by_key = {s.key: s for s in prep.deck.slides}
    for key in KEYS_WITH_DATA_TITLES:
        assert by_key[key].title.startswith("Example: "), key
    chart = by_key["verdict"].blocks[1]
    first = PERCENT.search(by_key["verdict"].title)
    assert first is not None and chart.example
    assert ((first.group(1) or "").strip() + " " + first.group(2)).strip() == shown(chart.series[0].values[0])
    assert "How to write" not in by_key["verdict"].guidance and "title" in by_key["verdict"].guidance.lower()


def test_the_recommendations_are_the_registers_actions_that_buy_most_time(tmp_path: Path) -> None:
    pptx = generate(tmp_path, ROWS)
    lines = texts_of(slide_of(pptx, "recommendations"))
    body = next(t for t in lines if "[cost]" in t).split("\n")
    # R2 takes the most expected delay off the go-live (0.65 x 8 weeks down to 0.2 x 6.4), then R1, then R3.
    assert [line.split("(")[1].split(",")[0] for line in body[:3]] == ["R2", "R1", "R3"]
    assert body[0] == "A data owner per area; cleansing starts now (R2, Data lead): [cost]"
    contingency = next(t for t in texts_of(slide_of(pptx, "verdict")) if "Contingency to hold" in t)
    assert contingency.split("\n")[-1] in body  # the same contingency as the verdict
    assert body[-1] == "Example: Decision needed now: [the one decision you ask for]"


def test_the_close_repeats_the_verdict_in_the_same_figures(tmp_path: Path) -> None:
    pptx = generate(tmp_path, ROWS)
    title, _planned, _actions = verdict(pptx)
    close = " ".join(texts_of(slide_of(pptx, "closing")))
    assert title in close  # the answer the talk opened with
    assert slide_of(pptx, "heatmap").shapes.title.text in close
    contingency = next(t for t in texts_of(slide_of(pptx, "verdict")) if "Contingency to hold" in t)
    assert contingency.split("\n")[-1] in close
