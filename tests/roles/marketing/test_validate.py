"""Bad input gets a finding at its field, row and column; good input gets none."""

from __future__ import annotations

from podium.roles.marketing.brief import CampaignBrief
from podium.roles.marketing.validate import ERROR, WARNING, Issue, describe, errors, validate
from tests.roles.marketing.sample import brief


def _issues(**changes) -> list[Issue]:
    return validate(CampaignBrief.from_dict(brief(**changes)))


def test_the_sample_brief_is_clean() -> None:
    assert _issues() == []


def test_an_empty_brief_has_no_findings_it_is_just_not_done() -> None:
    assert validate(CampaignBrief()) == []


def test_smart_check_names_the_missing_part() -> None:
    [issue] = _issues(objective="Grow trial sign-ups to 5,000 a month")
    assert (issue.field, issue.code, issue.severity) == ("objective", "smart-missing", WARNING)
    assert issue.param("missing") == ("deadline",)
    assert "does not name a deadline" in describe(issue)


def test_bad_budgets_are_flagged_at_their_row_and_column() -> None:
    channels = [
        {"name": "Paid social", "budget": "-5000"},
        {"name": "Search", "budget": ""},
        {"name": "Events", "budget": "lots"},
        {"name": "TV", "budget": "90000000000"},
        {"name": "", "budget": "100"},
        {},  # a row added but not filled: ignored
    ]
    found = {
        (i.row, i.column, i.code, i.severity) for i in _issues(channels=channels) if i.field == "channels"
    }
    assert found == {
        (0, "budget", "budget-negative", ERROR),
        (1, "budget", "budget-empty", ERROR),
        (2, "budget", "budget-not-number", ERROR),
        (3, "budget", "budget-absurd", WARNING),
        (4, "name", "no-name", ERROR),
    }


def test_budgets_that_add_up_to_nothing() -> None:
    issues = _issues(channels=[{"name": "Owned social", "budget": "0"}])
    assert [i.code for i in issues] == ["budget-total-zero"]


def test_forty_channels_is_a_warning_not_a_crash() -> None:
    channels = [{"name": f"Channel {n}", "budget": str(1000 * n)} for n in range(1, 41)]
    [issue] = _issues(channels=channels)
    assert (issue.code, issue.param("count"), issue.severity) == ("too-many", 40, WARNING)


def test_a_phase_that_ends_before_it_starts() -> None:
    phases = [
        {"name": "Launch", "start": "2027-03-15", "end": "2027-03-01"},
        {"name": "Wrap up", "start": "2027-13-01", "end": ""},
    ]
    found = {(i.row, i.column, i.code) for i in _issues(phases=phases)}
    assert found == {(0, "end", "end-before-start"), (1, "start", "date-invalid"), (1, "end", "date-empty")}
    message = describe(next(i for i in _issues(phases=phases) if i.code == "end-before-start"))
    assert message == "phases row 1, end: ends (2027-03-01) before it starts (2027-03-15)"


def test_a_2000_character_key_message() -> None:
    [issue] = _issues(key_message="word " * 400)
    assert (issue.field, issue.code, issue.param("length")) == ("key_message", "too-long", 1999)


def test_kpis_and_risks_need_their_key_columns() -> None:
    issues = _issues(kpis=[{"name": "Awareness"}], risks=[{"risk": "Budget cut"}])
    assert {(i.field, i.column, i.code) for i in issues} == {
        ("kpis", "target", "no-target"),
        ("kpis", "measure", "no-measure"),
        ("risks", "mitigation", "no-mitigation"),
    }


def test_a_currency_must_be_a_code() -> None:
    issues = _issues(currency="kronor")
    assert [i.code for i in errors(issues)] == ["currency-unknown"]


def test_an_objective_due_after_the_timeline_ends_is_flagged() -> None:
    [issue] = _issues(objective="Grow trial sign-ups from 4,000 to 5,000 a month by 31 August 2027")
    assert (issue.field, issue.code, issue.severity) == ("objective", "deadline-after-timeline", WARNING)
    assert describe(issue) == (
        "objective: its deadline (2027-08-31) is after the timeline's last day (2027-06-30): make them agree"
    )
    [early] = _issues(objective="Grow trial sign-ups from 4,000 to 5,000 a month by 15 January 2027")
    assert early.code == "deadline-before-timeline"
    assert (
        _issues(objective="Grow trial sign-ups from 4,000 to 5,000 a month by June") == []
    )  # 30 June: agrees
    assert _issues(objective="Grow trial sign-ups from 4,000 to 5,000 a month in Q3", phases=[]) == []
