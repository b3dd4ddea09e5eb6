"""A role that does not ship with Podium plugs in whole: its package and its template folder.

The fixture role ``field-sales`` (tests/fixtures/roles/field_sales) is a package and a template
folder and nothing else. Registered in code, its deck is scaffolded, filled by its provider and
written; found through ``PODIUM_ROLE_PATH``, ``podium generate`` offers and reads its option.
The workspace opens it with its panel (tests/ui/test_plugin_role_panel.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pptx import Presentation

from podium import paths
from podium.core.deck.scaffold import scaffold
from podium.core.errors import RoleDataError, RoleError
from podium.core.model import ChartBlock, Preparation, TableBlock
from podium.core.roles import Role, catalogue, get_role, register, unregister
from podium.export.pptx_writer import write_pptx
from tests.fixtures.roles import field_sales

FIXTURE_ROLES = Path(field_sales.__file__).resolve().parents[1]


@pytest.fixture
def role() -> Iterator[Role]:
    yield register(field_sales.ROLE)
    unregister(field_sales.ROLE.id)
    assert "field-sales" not in catalogue()


def pipeline_csv(folder: Path) -> Path:
    path = folder / "pipeline.csv"
    path.write_text(
        "deal,stage,value\nNordvik fleet,Proposal,120000\nKustbanken,Won,80000\nFjällmejeriet,Lead,30000\n",
        encoding="utf-8",
    )
    return path


def test_a_registered_role_is_a_role_like_the_shipped_ones(role: Role) -> None:
    assert list(catalogue())[-1] == "field-sales"  # its order (4) puts it after the shipped three
    assert role.name("en") == "Field sales" and role.name("sv") == "Field sales"  # English fallback
    assert role.plugin is field_sales.ROLE
    assert role.folder == FIXTURE_ROLES / "field_sales" / "templates"
    assert get_role("finance").plugin is not None  # the shipped roles are still found


def test_its_deck_is_scaffolded_filled_by_its_provider_and_written(role: Role, tmp_path: Path) -> None:
    prep = Preparation(role="field-sales", company="Nordvik AB")
    assert role.plugin is not None and role.plugin.load_cli is not None
    role.plugin.load_cli(prep, argparse.Namespace(pipeline=pipeline_csv(tmp_path)))
    prep.deck = scaffold(prep)
    assert prep.deck.slides[0].title == "Pipeline review for Nordvik AB"
    chart, table = prep.deck.slides[1].blocks
    assert isinstance(chart, ChartBlock) and not chart.example
    assert chart.series[0].values == [30000, 0, 120000, 80000]
    assert isinstance(table, TableBlock) and [r[0] for r in table.rows][:2] == ["Nordvik fleet", "Kustbanken"]
    assert sum(s.target_seconds for s in prep.deck.timed_slides) == prep.talk_minutes * 60

    out = write_pptx(prep, tmp_path / "pipeline.pptx")
    slide = Presentation(str(out)).slides[1]
    assert slide.shapes.title.text == "Proposal holds 52% of the pipeline's value"  # its action title
    charts = [s for s in slide.shapes if s.has_chart]
    tables = [s for s in slide.shapes if s.has_table]
    assert len(charts) == 1 and list(charts[0].chart.plots[0].categories) == [
        "Lead",
        "Qualified",
        "Proposal",
        "Won",
    ]
    assert tables[0].table.cell(1, 0).text == "Nordvik fleet"


def test_its_words_come_from_its_own_phrasebook(role: Role, tmp_path: Path) -> None:
    """A role from outside brings its deck words in its template folder; a language it has no
    catalogue for gets its English one."""
    prep = Preparation(role="field-sales", company="Nordvik AB", language="sv")
    assert role.plugin is not None and role.plugin.load_cli is not None
    role.plugin.load_cli(prep, argparse.Namespace(pipeline=pipeline_csv(tmp_path)))
    prep.deck = scaffold(prep)
    chart, table = prep.deck.slides[1].blocks
    assert isinstance(chart, ChartBlock) and isinstance(table, TableBlock)
    assert chart.title == "Pipeline by stage" and table.columns == ["Deal", "Stage", "Value"]


def test_without_data_the_slots_keep_their_marked_examples(role: Role) -> None:
    prep = Preparation(role="field-sales", company="Nordvik AB")
    prep.deck = scaffold(prep)
    chart, table = prep.deck.slides[1].blocks
    assert chart.example and table.example and table.rows == [["Example deal", "Lead", "10,000"]]


def test_its_reader_refuses_a_bad_file_in_one_sentence(role: Role, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("deal,stage,value\nNordvik fleet,Proposal,a lot\n", encoding="utf-8")
    assert role.plugin is not None and role.plugin.load_cli is not None
    with pytest.raises(RoleDataError, match=r"bad\.csv: row 2 needs"):
        role.plugin.load_cli(Preparation(role="field-sales", company="X"), argparse.Namespace(pipeline=bad))


def test_registering_needs_a_template_folder() -> None:
    import dataclasses

    with pytest.raises(RoleError, match="template folder"):
        register(dataclasses.replace(field_sales.ROLE, templates=None))


# ------------------------------------------------------------------ the command line


def podium(*args: str, role_path: bool = True) -> subprocess.CompletedProcess[str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", paths.ROLE_PATH_ENV)
    }
    if role_path:
        env[paths.ROLE_PATH_ENV] = str(FIXTURE_ROLES)
    return subprocess.run(
        [sys.executable, "-m", "podium", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_podium_generate_writes_the_roles_deck_from_its_option(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    run = podium("generate", "--role", "field-sales", "--company", "Nordvik AB",
                 "--pipeline", str(pipeline_csv(tmp_path)), "-o", str(out))  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"wrote {out}")
    slide = Presentation(str(out)).slides[1]
    table = next(s for s in slide.shapes if s.has_table).table
    assert [table.cell(r, 0).text for r in range(1, 4)] == ["Nordvik fleet", "Kustbanken", "Fjällmejeriet"]


def test_podium_lists_the_role_and_its_option(tmp_path: Path) -> None:
    assert "field-sales\tField sales\tPresent your deal pipeline" in podium("roles").stdout
    help_text = podium("generate", "--help").stdout
    assert "role data for --role field-sales" in help_text and "--pipeline PIPELINE" in help_text
    assert "--data DATA" in help_text and "--risks RISKS" in help_text and "--brief BRIEF" in help_text


def test_a_bad_pipeline_file_fails_in_one_line_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("deal,stage\nNordvik fleet,Won\n", encoding="utf-8")
    out = tmp_path / "deck.pptx"
    run = podium(
        "generate", "--role", "field-sales", "--company", "X", "--pipeline", str(bad), "-o", str(out)
    )
    assert run.returncode == 1 and run.stderr.count("\n") == 1 and "bad.csv: row 2" in run.stderr
    assert not out.exists()


def test_without_the_role_path_the_role_is_unknown(tmp_path: Path) -> None:
    run = podium("generate", "--role", "field-sales", "--company", "X", "-o", str(tmp_path / "d.pptx"),
                 role_path=False)  # fmt: skip
    assert run.returncode == 1 and "unknown role 'field-sales'" in run.stderr
