"""Registers shaped like the ones project offices keep import, and say what they skipped and why.

Each shape is written by ``registers.py`` (the shapes the issue lists, none copied from anyone's
file). The assertions are what a user checks against the file: which column became which field,
each risk's levels, what the levels came from (a probability, an amount, a delay), the rows
skipped and the findings said.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation

from podium.core.errors import RoleDataError
from podium.roles.project_management.importer import RegisterInspection, check_register, inspect_register
from podium.roles.project_management.register_rows import Outcome
from podium.roles.project_management.scales import Scales
from tests.roles.project_management import registers as shapes

EN = Scales.default("en")


def read(path: Path) -> tuple[RegisterInspection, Outcome]:
    inspection = inspect_register(path, EN)
    return inspection, check_register(inspection, inspection.choice(), EN)


def columns(inspection: RegisterInspection) -> dict[str, str]:
    header = inspection.grid.header
    return {k: header[g.column] for k, g in inspection.proposal.guesses.items() if g.column is not None}


def said(inspection: RegisterInspection, outcome: Outcome, language: str = "en") -> list[str]:
    return [n.render(language) for n in (*inspection.grid.notes, *outcome.notes)]


def test_a_government_template_with_a_header_over_two_rows_and_saved_score_formulas(tmp_path: Path) -> None:
    inspection, outcome = read(shapes.uk_template(tmp_path / "register.xlsx"))
    assert inspection.grid.sheet == "Risk Register"  # found by its header, not its position
    assert inspection.grid.header_rows == (4, 5)
    assert columns(inspection) | {} == {
        "id": "Risk ID", "title": "Risk Description", "cause": "Cause", "effect": "Effect",
        "likelihood": "Inherent Risk Likelihood", "impact": "Inherent Risk Impact", "score": "Inherent Risk Score",
        "residual_likelihood": "Residual Risk Likelihood", "residual_impact": "Residual Risk Impact",
        "residual_score": "Residual Risk Score", "owner": "Risk Owner", "mitigation": "Mitigating Actions",
        "status": "Status",  # 'Status ' with its trailing space
    }  # fmt: skip
    got = [(r.id, r.likelihood, r.impact, r.residual_likelihood, r.residual_impact) for r in outcome.risks]
    assert got == [(u[0], u[4], u[5], u[8], u[9]) for u in shapes.UK_RISKS]
    assert (
        outcome.summary().render("en") == "Read 5 risks; skipped 1 row: 1 without a title."
    )  # ID and formula only
    assert outcome.summary().render("sv") == "Läste 5 risker; hoppade över 1 rad: 1 utan rubrik."
    # the saved scores agree with likelihood × impact: nothing to say about them
    assert said(inspection, outcome) == [
        "The 2 lines above the header were left out (rows 1–2, starting 'Project: Digital Services Migration')."
    ]


def test_percentages_bands_and_amounts_in_chf_with_multi_line_headers(tmp_path: Path) -> None:
    inspection, outcome = read(shapes.swiss_register(tmp_path / "fip.xlsx"))
    assert columns(inspection)["likelihood"] == "Likelihood (%)"  # 'Likelihood\n(%)'
    assert columns(inspection)["impact"] == "Impact (CHF)"  # 'Impact \n(CHF)'
    assert columns(inspection)["residual_likelihood"] == "Likelihood after measures (%)"
    likelihood = inspection.proposal.guesses["likelihood"].conversion
    impact = inspection.proposal.guesses["impact"].conversion
    assert likelihood is not None and likelihood.kind == "percent"
    assert impact is not None and (impact.kind, impact.currency) == ("money", "CHF")
    by_id = {r.id: r for r in outcome.risks}
    assert by_id["1.1"].probability == 0.2 and by_id["1.1"].cost == 64_500_000
    assert by_id["1.2"].probability == 0.875 and by_id["1.2"].cost == 15_000  # '75% to 100%'; '15,000'
    assert by_id["1.3"].probability == 0.05 and by_id["1.3"].cost == 1_200_000  # '< 10%'; '1,2 Mio. CHF'
    assert [by_id[i].likelihood for i in ("1.1", "1.2", "1.3")] == [2, 5, 1]
    assert by_id["1.4"].opportunity and by_id["1.4"].cost == -2_000_000
    assert "1 opportunity (1.4) is kept apart from the threats." in said(inspection, outcome)
    described = impact.describe().render("en")
    assert described.startswith("amounts: 1 below CHF\u00a0") and "5 from CHF\u00a0" in described


def test_a_register_on_its_sheet_beside_instructions_and_definitions(tmp_path: Path) -> None:
    inspection, outcome = read(shapes.us_register(tmp_path / "portal.xlsx"))
    assert inspection.grid.sheet == "Issue Register"
    assert inspection.grid.sheets == ["Instructions", "Issue Register", "Definitions"]
    guesses = inspection.proposal.guesses
    assert columns(inspection)["impact"] == "Cost Impact"  # not the Yes/No 'Schedule Impact?' beside it
    assert guesses["impact"].reason is not None
    assert guesses["impact"].reason.render("en") == (
        "'Cost Impact' holds the ratings; 'Schedule Impact?' beside it only Yes and No"
    )
    assert (columns(inspection)["id"], columns(inspection)["title"]) == ("#", "Risk Event")
    assert guesses["title"].reason is not None
    assert guesses["title"].reason.render("en") == "no title column, so 'Risk Event' names each risk"
    assert [(r.id, r.likelihood) for r in outcome.risks] == [("1", 5), ("2", 3), ("3", 4), ("4", 2), ("5", 1)]
    assert [r.cost for r in outcome.risks] == [1_200_000, 250_000, 800_000, 60_000, 2_500_000]
    assert outcome.risks[0].extra["Schedule Impact?"] == "Yes"  # kept, not lost
    assert outcome.summary().render("en") == (
        "Read 5 risks; skipped 4 rows: 1 total row and 3 rows of legend or notes under the table."
    )
    assert (
        "Column 'Risk Score' holds formulas whose results were never saved; Podium computes each score as "
        "likelihood × impact." in said(inspection, outcome)
    )


def test_a_swedish_municipal_csv_with_konsekvens_twice_and_word_levels(tmp_path: Path) -> None:
    inspection, outcome = read(shapes.municipal_csv(tmp_path / "riskanalys.csv"))
    assert inspection.grid.encoding == "cp1252" and inspection.grid.delimiter == ";"
    cols = columns(inspection)
    assert (cols["effect"], cols["impact"]) == ("Konsekvens", "Konsekvens (2)")  # the prose, then the level
    assert [(r.title, r.likelihood, r.impact) for r in outcome.risks] == [
        ("Bygglovet överklagas", 3, 4),
        ("Entreprenören går i konkurs", 3, 5),  # '2,5' rounds half up
        ("Marken är förorenad", 5, 3),  # 'Mycket hög', 'Medel'
        ("Personalen hinner inte flytta in", 2, 2),
    ]
    assert outcome.risks[0].effect == "Byggstarten skjuts upp ett halvår"
    assert outcome.summary().render("sv") == "Läste 4 risker; hoppade över 1 rad: 1 summarad."
    assert "1 bedömning mellan två nivåer avrundades till den närmaste, halva uppåt (rad 5)." in said(
        inspection, outcome, "sv"
    )


@pytest.mark.parametrize("written_by_excel", [True, False])
def test_a_consultancy_template_on_ten_point_scales_with_opportunities(
    tmp_path: Path, written_by_excel: bool
) -> None:
    path = shapes.consultancy_template(tmp_path / "raid.xlsx", written_by_excel)
    inspection, outcome = read(path)
    conversion = inspection.proposal.guesses["likelihood"].conversion
    assert conversion is not None and (conversion.kind, conversion.top) == ("levels", 10)
    assert [(r.id, r.likelihood, r.impact) for r in outcome.risks] == [
        ("R-01", 4, 3), ("R-02", 3, 4), ("R-03", 3, 5), ("R-04", 1, 4), ("R-05", 5, 2),
    ]  # fmt: skip
    assert [r.id for r in outcome.risks if r.opportunity] == ["R-02"]
    assert outcome.summary().render("en") == (
        "Read 5 risks; skipped 6 rows: 1 total row, 2 rows of legend or notes under the table and 3 without a title."
    )
    computed = any("formulas whose results were never saved" in line for line in said(inspection, outcome))
    assert computed is not written_by_excel  # the score is computed, never a reason to fail


def test_delays_and_chances_without_an_id_column(tmp_path: Path) -> None:
    inspection, outcome = read(shapes.delays_csv(tmp_path / "site.csv"))
    assert [(r.id, r.likelihood, r.impact, r.delay_days) for r in outcome.risks] == [
        ("R1", 3, 3, 21.0), ("R2", 2, 2, 10.0), ("R3", 1, 4, 42.0), ("R4", 4, 3, 14.0),
    ]  # fmt: skip
    assert [r.probability for r in outcome.risks] == [0.4, 0.15, 0.05, 0.7]
    impact = inspection.proposal.guesses["impact"].conversion
    assert impact is not None
    assert (
        impact.describe().render("en")
        == "delays: 1 below 1 week, 2 from 1 week, 3 from 2 weeks, 4 from 4 weeks, 5 from 8 weeks"
    )
    assert impact.describe().render("sv") == (
        "förseningar: 1 under 1 vecka, 2 från 1 vecka, 3 från 2 veckor, 4 från 4 veckor, 5 från 8 veckor"
    )


def test_a_blank_template_is_refused_in_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(RoleDataError, match=r"^blank\.xlsx has a header row but no data rows\.$"):
        inspect_register(shapes.header_only(tmp_path / "blank.xlsx"), EN)


def test_a_csv_with_a_field_past_the_csv_modules_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text('ID,Risk,Likelihood,Impact,Notes\nR1,Vendor late,3,4,"' + "x" * 2_000_000 + '"\n')
    inspection, outcome = read(path)
    assert outcome.risks[0].extra["Notes"] == "x" * 32_767
    assert said(inspection, outcome) == [
        "1 cell holds more than the 32,767 characters a spreadsheet cell can (row 2); Podium kept the first 32,767."
    ]


def test_thresholds_changed_by_the_user_change_the_levels(tmp_path: Path) -> None:
    inspection = inspect_register(shapes.swiss_register(tmp_path / "fip.xlsx"), EN)
    choice = inspection.choice()
    choice.conversions["likelihood"] = choice.conversions["likelihood"].with_bounds((5.0, 15.0, 25.0, 50.0))
    outcome = check_register(inspection, choice, EN)
    assert [r.likelihood for r in outcome.risks] == [3, 5, 2, 5]  # 20 %, 87.5 %, 5 %, 60 %


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "podium", *args], capture_output=True, text=True, timeout=120
    )


def test_the_command_line_says_what_it_read_and_takes_column_overrides(tmp_path: Path) -> None:
    register = shapes.us_register(tmp_path / "portal.xlsx")
    out = tmp_path / "deck.pptx"
    result = _cli("generate", "--role", "project-management", "--company", "X", "--risks", str(register),
                  "--map", "title=Trigger", "--map", "owner=", "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "portal.xlsx, Issue Register: read 5 risks; skipped 4 rows: 1 total row and 3 rows of legend or notes "
        "under the table."
    )
    assert "  title: column 'Trigger'" in lines and not any(line.startswith("  owner:") for line in lines)
    assert any(line.startswith("  impact: column 'Cost Impact', amounts: 1 below $") for line in lines)
    shapes_ = [sh for s in Presentation(str(out)).slides for sh in s.shapes]
    texts = [sh.text_frame.text for sh in shapes_ if sh.has_text_frame]
    cells = [c.text for sh in shapes_ if sh.has_table for row in sh.table.rows for c in row.cells]
    assert "Two missed sprint goals" in cells  # the trigger is now each risk's title (top risks)
    assert any("Register portal.xlsx: 5 risks read, 4 rows skipped" in t for t in texts)  # the method slide


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ("likelyhood=Probability", "--map likelyhood=Probability: 'likelyhood' is not a field of a register; "
                                   "the fields are id, title, cause,"),
        ("likelihood=Probabilty", "--map likelihood=Probabilty: portal.xlsx, Issue Register has no column "
                                  "'Probabilty'; its columns are #, Risk Event, Probability,"),
        ("likelihood", "--map likelihood: write FIELD=COLUMN, for example likelihood=Probability."),
    ],
)  # fmt: skip
def test_a_bad_override_names_the_field_or_column_and_the_choices(
    tmp_path: Path, mapping: str, message: str
) -> None:
    register = shapes.us_register(tmp_path / "portal.xlsx")
    out = tmp_path / "deck.pptx"
    result = _cli("generate", "--role", "project-management", "--company", "X", "--risks", str(register),
                  "--map", mapping, "-o", str(out))  # fmt: skip
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert not out.exists()


def test_the_method_slide_says_what_was_read_how_and_the_money_at_stake(tmp_path: Path) -> None:
    from podium.core.model import Preparation
    from podium.roles.project_management.mapping import remember, remembered
    from podium.roles.project_management.provenance import method_lines

    inspection = inspect_register(shapes.swiss_register(tmp_path / "fip.xlsx"), EN)
    choice = inspection.choice()
    outcome = check_register(inspection, choice, EN)
    prep = Preparation(role="project-management", company="X")
    remember(prep, inspection, choice, outcome)
    # 20 % × CHF 64.5m + 87.5 % × CHF 15,000 + 5 % × CHF 1.2m; the opportunity (1.4) is not a cost
    assert method_lines(remembered(prep), outcome.risks, "en") == [
        "Register fip.xlsx: 4 risks read",
        "Likelihood from 'Likelihood (%)' and impact from 'Impact (CHF)'; the table gives each level's range",
        "Expected exposure CHF\u00a012,973,125: probability × cost over 3 risks; the largest is risk 1.1 at "
        "CHF\u00a012,900,000",
    ]
    swedish = method_lines(remembered(prep), outcome.risks, "sv")
    assert swedish[:2] == [
        "Ur registret fip.xlsx lästes 4 risker",
        "Sannolikhet från 'Likelihood (%)' och konsekvens från 'Impact (CHF)'; tabellen visar varje nivås intervall",
    ]
    assert swedish[-1] == (
        "Förväntad exponering 12\u00a0973\u00a0125\u00a0CHF: sannolikhet × kostnad för 3 risker; "
        "störst är risk 1.1 med 12\u00a0900\u00a0000\u00a0CHF"
    )


def test_the_method_slide_counts_the_skipped_rows_in_both_languages(tmp_path: Path) -> None:
    from podium.core.model import Preparation
    from podium.roles.project_management.mapping import remember, remembered
    from podium.roles.project_management.provenance import method_lines

    inspection = inspect_register(shapes.us_register(tmp_path / "portal.xlsx"), EN)
    choice = inspection.choice()
    outcome = check_register(inspection, choice, EN)
    prep = Preparation(role="project-management", company="X")
    remember(prep, inspection, choice, outcome)
    en, sv = (method_lines(remembered(prep), outcome.risks, language) for language in ("en", "sv"))
    assert en[0] == (
        "Register portal.xlsx: 5 risks read, 4 rows skipped (1 total row and 3 rows of legend or notes under "
        "the table)"
    )
    assert sv[0] == (
        "Ur registret portal.xlsx lästes 5 risker; 4 rader hoppades över (1 summarad och 3 rader med "
        "förklaringar eller anteckningar under tabellen)"
    )
    # word probabilities: the expected cost takes the middle of each level's band, and says so
    assert (
        en[-1]
        == "Where the register gives a level, not a probability, the middle of the level's band is used"
    )


def test_residual_amounts_are_read_on_the_inherent_thresholds_and_the_command_line_shows_them(
    tmp_path: Path,
) -> None:
    rows = [["Kommunens riskregister 2025"], [],
            ["Nr", "Risk", "Sannolikhet", "Konsekvens", "Kvarstående sannolikhet", "Kvarstående konsekvens"],
            ["R1", "Entreprenören går i konkurs", "Hög", "SEK 2,5 mn", "Låg", "400 tkr"],
            ["R2", "Bygglovet överklagas", "Medel", "350 tkr", "Låg", "100 tkr"],
            ["R3", "Marken är förorenad", "Mycket hög", "1 200 000 kr", "Medel", "75 000"],
            ["R4", "Hyresgästen hoppar av", "Låg", "75 000", "Mycket låg", "50 000"]]  # fmt: skip
    path = tmp_path / "kommun.csv"
    path.write_bytes("\r\n".join(";".join(r) for r in rows).encode("cp1252") + b"\r\n")
    _inspection, outcome = read(path)
    # 400 tkr after the actions is the same level as 400 tkr before them would be
    assert [(r.id, r.impact, r.residual_impact) for r in outcome.risks] == [
        ("R1", 5, 3), ("R2", 3, 1), ("R3", 5, 1), ("R4", 1, 1),
    ]  # fmt: skip
    out = tmp_path / "deck.pptx"
    result = _cli("generate", "--role", "project-management", "--company", "X", "--language", "sv",
                  "--risks", str(path), "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    impact = next(line for line in lines if line.startswith("  impact:"))
    residual = next(line for line in lines if line.startswith("  residual_impact:"))
    assert impact.partition(", ")[2] == residual.partition(", ")[2]  # one scale, with its currency
    assert "SEK" in residual


def test_the_scales_table_shows_the_ranges_the_levels_were_read_from(tmp_path: Path) -> None:
    from podium.core.deck.scaffold import scaffold
    from podium.core.model import Preparation
    from podium.roles.project_management.deck import blocks
    from podium.roles.project_management.mapping import remember
    from podium.roles.project_management.register import load_register, save_register

    inspection = inspect_register(shapes.swiss_register(tmp_path / "fip.xlsx"), EN)
    choice = inspection.choice()
    outcome = check_register(inspection, choice, EN)
    for language, first, last in (
        ("en", ["1", "Rare (under 10%)", "Insignificant: under CHF\u00a080,000"],
         ["5", "Almost certain (80% or more)", "Extreme: CHF\u00a010,000,000 or more"]),
        ("sv", ["1", "Mycket osannolik (under 10\u00a0%)", "Obetydlig: under 80\u00a0000\u00a0CHF"],
         ["5", "Nästan säker (80\u00a0% eller mer)", "Mycket allvarlig: 10\u00a0000\u00a0000\u00a0CHF eller mer"]),
    ):  # fmt: skip
        prep = Preparation(role="project-management", company="X", language=language)
        prep.deck = scaffold(prep)
        register = load_register(prep)
        register.risks = outcome.risks
        save_register(prep, register)
        remember(prep, inspection, choice, outcome)
        table = blocks(prep)["risk-scales"]
        assert not table.example  # the register's own scale, not an example to replace
        assert (table.rows[0], table.rows[4]) == (first, last)
        assert table.rows[2][1].endswith("(30% to 50%)" if language == "en" else "(30\u00a0% till 50\u00a0%)")
