"""Profile and analysis: every figure equals the plain sum a spreadsheet gives for the same rows."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from podium.core.errors import RoleDataError
from podium.roles.finance.analysis import Choice, analyse
from podium.roles.finance.pipeline import load, run
from podium.roles.finance.reader import read_table
from tests.roles.finance.samples import ledger_rows, sums_by, write_swedish_csv, write_workbook


def money(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


@pytest.fixture(params=["csv", "xlsx"])
def ledger(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[dict, list]:
    rows = ledger_rows()
    writer = write_swedish_csv if request.param == "csv" else write_workbook
    path = writer(tmp_path / f"ledger.{request.param}", rows)
    return run(path), rows


def test_suggested_columns(ledger: tuple[dict, list]) -> None:
    record, _ = ledger
    assert record["choice"] == {
        "date": "Datum",
        "measures": ["Belopp"],
        "category": "Region",
        "compare": "Budget",
        "compare_kind": "budget",
        "quantity": None,
        "compare_quantity": None,
    }


def test_totals_months_and_regions_equal_spreadsheet_sums(ledger: tuple[dict, list]) -> None:
    record, rows = ledger
    a = record["analysis"]
    assert money(a["totals"]["Belopp"]) == sum(r.amount for r in rows)
    by_month = sums_by(rows, lambda r: r.day.strftime("%Y-%m"))
    assert a["periods"]["freq"] == "month"
    assert a["periods"]["keys"] == sorted(by_month)
    assert [money(v) for v in a["periods"]["values"]["Belopp"]] == [by_month[k] for k in sorted(by_month)]
    by_region = sums_by(rows, lambda r: r.region)
    assert {i["name"]: money(i["value"]) for i in a["breakdown"]["items"]} == by_region
    assert [i["value"] for i in a["breakdown"]["items"]] == sorted(
        (i["value"] for i in a["breakdown"]["items"]), reverse=True
    )
    assert sum(i["rows"] for i in a["breakdown"]["items"]) == len(rows)


def test_variance_against_budget_per_region(ledger: tuple[dict, list]) -> None:
    record, rows = ledger
    v = record["analysis"]["variance"]
    budget = sum(r.budget for r in rows)
    assert (v["kind"], v["column"]) == ("budget", "Budget")
    assert money(v["reference"]) == budget
    assert money(v["diff"]) == sum(r.amount for r in rows) - budget
    for line in v["by_category"]:
        region_rows = [r for r in rows if r.region == line["name"]]
        assert money(line["diff"]) == sum(r.amount - r.budget for r in region_rows)
    diffs = [abs(line["diff"]) for line in v["by_category"]]
    assert diffs == sorted(diffs, reverse=True)
    assert record["analysis"]["movers"][0]["name"] == v["by_category"][0]["name"]


def test_the_files_own_total_is_reconciled(ledger: tuple[dict, list]) -> None:
    record, _ = ledger
    checks = {c["column"]: c["diff"] for c in record["profile"]["reconciliation"]}
    assert checks == {"Belopp": 0.0, "Budget": 0.0}


def test_record_is_small_json(ledger: tuple[dict, list]) -> None:
    record, _ = ledger
    text = json.dumps(record)
    assert len(text) < 20_000
    assert json.loads(text) == record


def test_year_on_year_when_there_is_no_budget(tmp_path: Path) -> None:
    days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
    frame = pd.DataFrame(
        {
            "Datum": days.strftime("%Y-%m-%d"),
            "Kanal": ["Butik", "Webb"] * (len(days) // 2) + ["Butik"] * (len(days) % 2),
        }
    )
    frame["Intäkt"] = [float(i % 97) for i in range(len(days))]
    path = tmp_path / "sales.csv"
    frame.to_csv(path, sep=";", index=False)
    record = run(path)
    v = record["analysis"]["variance"]
    assert v["kind"] == "year_on_year"
    assert (v["now_label"], v["before_label"]) == (["2024-01", "2024-06"], ["2023-01", "2023-06"])
    now = frame[(days >= "2024-01-01")]["Intäkt"].sum()
    before = frame[(days >= "2023-01-01") & (days <= "2023-06-30")]["Intäkt"].sum()
    assert (v["actual"], v["reference"]) == (now, before)
    assert record["analysis"]["periods"]["freq"] == "month"
    assert record["analysis"]["periods"]["latest"]["yoy_pct"] == pytest.approx(
        (
            frame[days.to_period("M") == "2024-06"]["Intäkt"].sum()
            / frame[days.to_period("M") == "2023-06"]["Intäkt"].sum()
            - 1
        )
        * 100,
        abs=1e-5,
    )


def test_period_on_period_and_partial_last_month(tmp_path: Path) -> None:
    days = pd.date_range("2024-03-01", "2024-05-15", freq="D")
    frame = pd.DataFrame({"Dag": days.strftime("%d.%m.%Y"), "Antal": 1})
    path = tmp_path / "daily.csv"
    frame.to_csv(path, sep=";", index=False)
    a = run(path)["analysis"]
    assert a["periods"]["keys"] == ["2024-03", "2024-04", "2024-05"]
    assert a["periods"]["values"]["Antal"] == [31.0, 30.0, 15.0]
    assert a["periods"]["partial"] == {"key": "2024-05", "through": "2024-05-15"}
    assert a["variance"]["kind"] == "period_on_period"
    assert (a["variance"]["actual"], a["variance"]["reference"]) == (15.0, 30.0)


def test_long_span_goes_to_quarters_and_empty_quarters_show_as_zero(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {"Månad": ["2021-01", "2021-02", "2022-11", "2023-12"], "Belopp": [1.0, 2.0, 4.0, 8.0]}
    )
    path = tmp_path / "q.csv"
    frame.to_csv(path, index=False)
    periods = run(path)["analysis"]["periods"]
    assert periods["freq"] == "quarter"
    assert periods["keys"][0] == "2021Q1" and periods["keys"][-1] == "2023Q4" and len(periods["keys"]) == 12
    assert periods["values"]["Belopp"][0] == 3.0 and sum(periods["values"]["Belopp"]) == 15.0
    assert "2021Q2" in periods["empty"]


def test_profile_finds_missing_duplicates_and_outliers(tmp_path: Path) -> None:
    lines = ["Datum;Region;Belopp"]
    lines += [f"2024-01-{d:02d};{'Norr' if d % 2 else 'Söder'};{100 + d}" for d in range(1, 29)]
    lines += ["2024-01-03;Norr;103", "2024-01-04;;104", "2024-01-05;Norr;99999"]
    path = tmp_path / "q.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _table, summary = load(path)
    assert summary["duplicates"]["count"] == 1 and summary["duplicates"]["rows"] == [30]
    region = next(c for c in summary["columns"] if c["name"] == "Region")
    assert region["missing"] == 1
    assert summary["outliers"]["Belopp"]["rows"] == [32]
    assert summary["period"] == {
        "column": "Datum",
        "start": "2024-01-01",
        "end": "2024-01-28",
        "granularity": "daily",
        "undated": 0,
    }


def test_choice_of_a_wrong_column_is_refused_with_its_name(tmp_path: Path) -> None:
    path = write_swedish_csv(tmp_path / "l.csv", ledger_rows())
    table, _summary = load(path)
    with pytest.raises(
        RoleDataError, match=r"l.csv: column 'Region' holds text, not numbers, so it cannot be the measure"
    ):
        analyse(table, Choice(date="Datum", measures=["Region"]))
    with pytest.raises(
        RoleDataError,
        match=r"l.csv has no column 'Kvantitet' for the measure; its columns are: Datum, Region, Belopp, Budget, Kommentar",
    ):
        analyse(table, Choice(measures=["Kvantitet"]))
    with pytest.raises(RoleDataError, match=r"column 'Belopp' holds number, not dates"):
        run(path, date="Belopp")


def test_analysis_without_date_or_category(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("Belopp\n1,5\n2,5\n", encoding="utf-8")
    table = read_table(path)
    result = analyse(table, Choice(measures=["Belopp"]))
    assert result["totals"] == {"Belopp": 4.0}
    assert result["periods"] is None and result["breakdown"] is None and result["variance"] is None


def test_excel_and_csv_give_the_same_analysis(tmp_path: Path) -> None:
    rows = ledger_rows(seed=11)
    from_csv = run(write_swedish_csv(tmp_path / "a.csv", rows))["analysis"]
    from_xlsx = run(write_workbook(tmp_path / "a.xlsx", rows))["analysis"]
    for key in ("totals", "periods", "breakdown", "variance", "movers"):
        assert from_csv[key] == from_xlsx[key], key


@pytest.mark.parametrize("months", [["1", "2", "3"], ["jan", "feb", "mars"]])
def test_a_period_is_built_from_year_and_month_columns(tmp_path: Path, months: list[str]) -> None:
    lines = [
        "År;Månad;Konto;Belopp",
        *[f"2024;{m};3010;{i + 1} 000,50" for i, m in enumerate(months)],
        "2023;12;3010;100",
    ]
    path = tmp_path / "ledger.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    record = run(path)
    assert record["choice"]["date"] == "Period" and record["choice"]["measures"] == [
        "Belopp"
    ]  # not Konto, År or Månad
    periods = record["analysis"]["periods"]
    assert periods["keys"] == ["2023-12", "2024-01", "2024-02", "2024-03"]
    assert periods["values"]["Belopp"] == [100.0, 1000.5, 2000.5, 3000.5]
