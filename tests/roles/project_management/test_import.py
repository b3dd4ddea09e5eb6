"""Import and export of registers and plans: English and Swedish headers, and clear messages for bad files."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from podium.core.errors import RoleDataError
from podium.roles.project_management.columns import REGISTER, match_columns
from podium.roles.project_management.exporter import export_plan, export_register
from podium.roles.project_management.importer import (
    convert_register,
    import_plan,
    import_register,
    inspect_register,
    plan_from_text,
)
from podium.roles.project_management.ratings import Conversion
from podium.roles.project_management.register import PlanItem, Risk
from podium.roles.project_management.scales import Scales
from tests.roles.project_management.conftest import thirty_risks, write_register_csv, write_rows

EN = Scales.default("en")


def _fields(headers: list[str]) -> dict[str, tuple[str | None, bool]]:
    return {m.header: (m.field, m.sure) for m in match_columns(headers, REGISTER)}


def test_english_and_swedish_headers_map_surely() -> None:
    en = _fields(["Risk ID", "Risk", "Likelihood", "Impact", "Residual likelihood", "Net impact", "Risk owner",
                  "Response strategy", "Mitigating actions", "Contingency plan", "Early warning", "Proximity"])  # fmt: skip
    assert en == {
        "Risk ID": ("id", True), "Risk": ("title", True), "Likelihood": ("likelihood", True),
        "Impact": ("impact", True), "Residual likelihood": ("residual_likelihood", True),
        "Net impact": ("residual_impact", True), "Risk owner": ("owner", True),
        "Response strategy": ("response", True), "Mitigating actions": ("mitigation", True),
        "Contingency plan": ("contingency", True), "Early warning": ("trigger", True),
        "Proximity": ("proximity", True),
    }  # fmt: skip
    sv = _fields(["Nr", "Riskbeskrivning", "Sannolikhet", "Konsekvens", "Sannolikhet (efter åtgärd)",
                  "Kvarvarande konsekvens", "Ägare", "Åtgärder", "Beredskapsplan", "Närhet", "Riskvärde"])  # fmt: skip
    assert sv == {
        "Nr": ("id", True), "Riskbeskrivning": ("title", True), "Sannolikhet": ("likelihood", True),
        "Konsekvens": ("impact", True), "Sannolikhet (efter åtgärd)": ("residual_likelihood", True),
        "Kvarvarande konsekvens": ("residual_impact", True), "Ägare": ("owner", True),
        "Åtgärder": ("mitigation", True), "Beredskapsplan": ("contingency", True), "Närhet": ("proximity", True),
        "Riskvärde": ("score", True),
    }  # fmt: skip
    # Both Swedish words for "residual", the one the UI uses and the one many registers use.
    both = _fields(["Risk", "Sannolikhet", "Konsekvens", "Kvarstående sannolikhet", "Kvarstående konsekvens",
                    "Kvarstående riskvärde"])  # fmt: skip
    assert both["Kvarstående sannolikhet"] == ("residual_likelihood", True)
    assert both["Kvarstående konsekvens"] == ("residual_impact", True)
    assert both["Kvarstående riskvärde"] == ("residual_score", True)


def test_near_misses_are_guessed_but_marked_unsure() -> None:
    got = _fields(["ID", "Titel", "Likelyhood", "Sannolikh.", "Impact", "Owner name", "Comments"])
    assert got["Likelyhood"] == ("likelihood", False)
    assert got["Sannolikh."] == (None, False)  # likelihood is taken: the second guess is asked, not doubled
    assert got["Owner name"] == ("owner", False)
    assert got["Comments"] == (None, False)


def test_thirty_row_english_register_imports_with_everything_kept(register_csv: Path) -> None:
    imported, unsure = import_register(register_csv, EN)
    assert unsure == []
    expected = thirty_risks()
    assert [r.id for r in imported.risks] == [r.id for r in expected]
    for got, want in zip(imported.risks, expected, strict=True):
        assert (got.likelihood, got.impact, got.residual_likelihood, got.residual_impact) == (
            want.likelihood, want.impact, want.residual_likelihood, want.residual_impact)  # fmt: skip
        assert got.title == want.title and got.trigger == want.trigger and got.owner == want.owner
        assert got.response == want.response and got.status == "open"
    assert imported.risks[3].extra == {"Comments": "note 3"}
    assert imported.warnings == []


def test_swedish_register_with_semicolons_and_windows_encoding(tmp_path: Path) -> None:
    risks = thirty_risks("sv")
    path = write_register_csv(tmp_path / "riskregister.csv", risks, "sv", delimiter=";")
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1252"))  # saved by Swedish Excel
    imported, unsure = import_register(path, Scales.default("sv"))
    assert unsure == []
    assert [r.title for r in imported.risks] == [r.title for r in risks]
    assert imported.risks[0].extra == {"Kommentar": "note 0"}
    assert imported.risks[0].mitigation == risks[0].mitigation


def test_excel_with_a_title_row_above_the_header(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Riskregister – ERP-programmet"])
    sheet.append([])
    sheet.append(["ID", "Risk", "Sannolikhet", "Konsekvens"])
    sheet.append(["A-1", "Leverantören levererar sent", 3.0, 4])
    sheet.append(["A-2", "Datamigreringen misslyckas", "Trolig", "5 – Mycket allvarlig"])
    book.save(tmp_path / "register.xlsx")
    imported, _ = import_register(tmp_path / "register.xlsx", Scales.default("sv"))
    assert [(r.id, r.likelihood, r.impact) for r in imported.risks] == [("A-1", 3, 4), ("A-2", 4, 5)]


@pytest.mark.parametrize(
    ("value", "message"),
    [("0", "r.csv, row 3, column 'Likelihood': 0 is outside the scale 1–5; correct the cell"),
     ("7", "r.csv, row 3, column 'Likelihood': 7 is outside the scale 1–5; correct the cell"),
     ("seven", "r.csv, row 3, column 'Likelihood': 'seven' is not a level from 1 to 5; correct the cell")],
)  # fmt: skip
def test_bad_levels_name_the_row_and_column(tmp_path: Path, value: str, message: str) -> None:
    path = write_rows(tmp_path / "r.csv", [["ID", "Risk", "Likelihood", "Impact"], ["R1", "a", "2", "2"],
                                           ["R2", "b", value, "3"]])  # fmt: skip
    with pytest.raises(RoleDataError) as info:
        import_register(path, EN)
    assert str(info.value).startswith(message)
    assert len(str(info.value).splitlines()) == 1  # one sentence


def test_fractional_ratings_round_half_up_and_are_said(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "r.csv", [["ID", "Risk", "Likelihood", "Impact"], ["R1", "a", "2.5", "1,5"],
                                           ["R2", "b", "3", "4"]])  # fmt: skip
    imported, _ = import_register(path, EN)
    assert [(r.likelihood, r.impact) for r in imported.risks] == [(3, 2), (3, 4)]
    assert "2 ratings between two levels were rounded to the nearer, halves up (row 2)." in imported.warnings


def test_a_risk_not_rated_yet_is_skipped_and_counted(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "r.csv", [["ID", "Risk", "Likelihood", "Impact"], ["R1", "a", "2", "2"],
                                           ["R2", "b", "", "3"], ["R3", "c", "TBD", ""]])  # fmt: skip
    imported, _ = import_register(path, EN)
    assert [r.id for r in imported.risks] == ["R1"]
    assert imported.outcome is not None
    assert imported.outcome.summary().render("en") == "Read 1 risk; skipped 2 rows: 2 not rated yet."
    assert (
        imported.outcome.summary().render("sv")
        == "Läste 1 risk; hoppade över 2 rader: 2 som ännu inte bedömts."
    )


def test_many_problems_give_the_first_few_and_a_count(tmp_path: Path) -> None:
    rows = [["ID", "Risk", "Likelihood", "Impact"], ["R1", "a", "2", "2"]]
    rows += [[f"R{n}", f"risk {n}", "2", "x"] for n in range(2, 9)]
    with pytest.raises(RoleDataError) as info:
        import_register(write_rows(tmp_path / "r.csv", rows), EN)
    lines = str(info.value).splitlines()
    assert lines[0].startswith("r.csv, row 3, column 'Impact': 'x' is not a level from 1 to 5")
    assert lines[1].startswith("r.csv, row 4, column 'Impact'") and lines[2].startswith("r.csv, row 5,")
    assert lines[3:] == ["… and 4 more problems."]


def test_an_id_used_twice_is_renumbered_and_said(tmp_path: Path) -> None:
    rows = [["ID", "Risk", "Likelihood", "Impact"], ["R1", "a", "2", "2"], ["R2", "b", "2", "2"],
            ["R1", "c", "1", "1"]]  # fmt: skip
    imported, _ = import_register(write_rows(tmp_path / "r.csv", rows), EN)
    assert [r.id for r in imported.risks] == ["R1", "R2", "R3"]
    assert "The ID R1 is used twice (row 4); Podium gave the later row R3." in imported.warnings


def test_a_file_with_none_of_the_expected_columns(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "sales.csv", [["Month", "Revenue"], ["Jan", "100"]])
    with pytest.raises(RoleDataError) as info:
        import_register(path, EN)
    text = str(info.value)
    assert "sales.csv" in text and "'Month', 'Revenue'" in text
    assert "Likelihood" in text and "Sannolikhet" in text


def test_a_missing_impact_column_is_named(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "r.csv", [["ID", "Risk", "Likelihood"], ["R1", "a", "2"]])
    with pytest.raises(RoleDataError) as info:
        import_register(path, EN)
    assert str(info.value) == (
        "r.csv has no impact column (found 'ID', 'Risk', 'Likelihood'); choose one in the import step, "
        "or with --map impact=COLUMN on the command line."
    )


def test_blank_ids_are_numbered_and_reported(tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "r.csv", [["ID", "Risk", "L", "I"], ["R4", "a", "2", "2"], ["", "b", "3", "3"]]
    )
    imported, _ = import_register(path, EN)
    assert [r.id for r in imported.risks] == ["R4", "R5"]
    assert any("row 3" in w and "R5" in w for w in imported.warnings)


def test_a_score_that_disagrees_is_recomputed_and_reported(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "r.csv", [["ID", "Risk", "L", "I", "Score"], ["R1", "a", "3", "4", "10"]])
    imported, _ = import_register(path, EN)
    assert imported.risks[0].score == 12
    assert imported.warnings == [
        "1 score in column 'Score' is not likelihood × impact (row 2); Podium uses its own."
    ]


def test_five_hundred_risks_import_quickly_with_a_warning(tmp_path: Path) -> None:
    rows = [["ID", "Risk", "Likelihood", "Impact"]] + [
        [f"R{n}", f"risk {n}", n % 5 + 1, n % 3 + 1] for n in range(500)
    ]
    path = write_rows(tmp_path / "big.csv", rows)
    start = time.perf_counter()
    imported, _ = import_register(path, EN)
    assert time.perf_counter() - start < 2.0
    assert len(imported.risks) == 500
    assert any("500 risks" in w for w in imported.warnings)


def test_user_chosen_mapping_overrides_the_guess(tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "r.csv", [["Ref", "Headline", "P", "Sev", "Notes"], ["R1", "a", "2", "5", "n"]]
    )
    inspection = inspect_register(path)
    choice = inspection.choice()
    choice.columns.update({"title": 1, "impact": 3})
    choice.conversions["impact"] = Conversion("levels")
    imported = convert_register(inspection, choice, EN)
    assert (imported.risks[0].title, imported.risks[0].impact) == ("a", 5)
    assert imported.risks[0].extra == {"Notes": "n"}


@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_the_same_register(tmp_path: Path, language: str, suffix: str) -> None:
    risks = thirty_risks(language)
    risks[0].extra = {"Comments": "kept"}
    risks[1].residual_likelihood = None
    plan = [
        PlanItem("Design", date(2027, 1, 1), date(2027, 3, 31)),
        PlanItem("Go", date(2027, 4, 1), None, "milestone"),
    ]
    scales = Scales.default(language)
    path = export_register(tmp_path / f"out{suffix}", risks, plan, scales, language)
    imported, unsure = import_register(path, scales)
    assert unsure == []
    assert [r.to_dict() for r in imported.risks] == [r.copy(status="open").to_dict() for r in risks]
    if suffix == ".xlsx":  # the workbook carries the plan on its own sheet
        assert import_plan(path)[0].plan == plan


def test_plan_import_reads_phases_and_milestones(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "plan.csv", [["Fas", "Typ", "Startdatum", "Slutdatum"],
                                              ["Design", "Fas", "2027-01-01", "2027-03-31"],
                                              ["Design godkänd", "Milstolpe", "2027-03-31", ""],
                                              ["Bygg", "", "2027-04", "2027-08"]], delimiter=";")  # fmt: skip
    imported, _ = import_plan(path)
    assert imported.plan == [
        PlanItem("Design", date(2027, 1, 1), date(2027, 3, 31)),
        PlanItem("Design godkänd", date(2027, 3, 31), None, "milestone"),
        PlanItem("Bygg", date(2027, 4, 1), date(2027, 8, 31)),
    ]


def test_plan_dates_that_cannot_be_read_are_named(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "plan.csv", [["Phase", "Start", "End"], ["Build", "3/4/27", "2027-05-01"],
                                              ["Test", "2027-06-01", "2027-05-01"]])  # fmt: skip
    with pytest.raises(RoleDataError) as info:
        import_plan(path)
    text = str(info.value)
    assert "row 2, column 'Start': '3/4/27' is not a date" in text
    assert "row 3, column 'End': the phase ends (2027-05-01) before it starts (2027-06-01)" in text


def test_pasted_plan_without_a_header() -> None:
    imported = plan_from_text("Design\t2027-01-01\t2027-03-31\nPilot live\t2027-06-01\t\n")
    assert imported.plan == [PlanItem("Design", date(2027, 1, 1), date(2027, 3, 31)),
                             PlanItem("Pilot live", date(2027, 6, 1), None, "milestone")]  # fmt: skip


def test_plan_export_round_trip(tmp_path: Path) -> None:
    plan = [
        PlanItem("Design", date(2027, 1, 1), date(2027, 3, 31)),
        PlanItem("Go", date(2027, 4, 1), None, "milestone"),
    ]
    assert import_plan(export_plan(tmp_path / "plan.csv", plan, "sv"))[0].plan == plan


def test_unreadable_files_get_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "r.xlsx").write_bytes(b"not a zip")
    with pytest.raises(RoleDataError, match=r"^r\.xlsx is text, not an Excel workbook; rename it to \.csv"):
        import_register(tmp_path / "r.xlsx", EN)
    (tmp_path / "z.xlsx").write_bytes(b"PK\x03\x04 damaged")
    with pytest.raises(
        RoleDataError, match=r"^z\.xlsx cannot be opened as an Excel workbook because it is damaged"
    ):
        import_register(tmp_path / "z.xlsx", EN)
    with pytest.raises(RoleDataError, match=r"missing\.csv does not exist\.$"):
        import_register(tmp_path / "missing.csv", EN)
    (tmp_path / "r.pdf").write_bytes(b"%PDF")
    with pytest.raises(RoleDataError, match=r"^r\.pdf is a PDF document, not a table"):
        import_register(tmp_path / "r.pdf", EN)
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(RoleDataError, match=r"^empty\.csv is empty \(0 bytes\)"):
        import_register(tmp_path / "empty.csv", EN)


def test_export_is_atomic_and_refuses_unknown_formats(tmp_path: Path) -> None:
    with pytest.raises(RoleDataError):
        export_register(tmp_path / "r.txt", [Risk("R1")], [], EN, "en")
    assert list(tmp_path.iterdir()) == []
