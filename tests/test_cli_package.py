"""podium list / export-prep / import-prep: a preparation moves between two libraries as one file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from podium.core.storage.store import Store
from tests.helpers import make_prep
from tests.test_cli import run


def test_move_a_preparation_between_two_data_folders(tmp_path: Path) -> None:
    home, laptop = tmp_path / "home", tmp_path / "laptop"
    home.mkdir()
    prep = make_prep("project-management", "sv", company="Nordvik AB")
    prep.deck.slides[1].notes = "Börja med de tre största riskerna."
    with Store(home / "podium.sqlite3") as store:
        store.save(prep)
    listed = run("--data-dir", str(home), "list")
    assert listed.returncode == 0 and listed.stdout.startswith(prep.id)

    out = tmp_path / "nordvik.podium"
    exported = run("--data-dir", str(home), "export-prep", prep.id[:8], "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    imported = run("--data-dir", str(laptop), "import-prep", str(out))
    assert imported.returncode == 0, imported.stderr
    new_id = imported.stdout.split("\t")[0]
    with Store(laptop / "podium.sqlite3") as store:
        assert store.load(new_id).deck.slides[1].notes == "Börja med de tre största riskerna."


def test_bad_file_and_unknown_id_fail_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.podium"
    bad.write_bytes(b"PK\x03\x04 not really")
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    result = run("--data-dir", str(tmp_path), "import-prep", str(bad))
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "bad.podium" in result.stderr
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest
    result = run("--data-dir", str(tmp_path), "export-prep", "nope", "-o", str(tmp_path / "x.podium"))
    assert result.returncode == 1 and "no preparation match" in result.stderr
    assert not (tmp_path / "x.podium").exists()


def test_a_row_without_an_id_is_not_listed_and_does_not_stop_an_export(tmp_path: Path) -> None:
    """Another program can leave a row whose id is NULL (SQLite allows it in a TEXT primary key)."""
    prep = make_prep("finance", company="Nordvik AB")
    with Store(tmp_path / "podium.sqlite3") as store:
        store.save(prep)
    conn = sqlite3.connect(tmp_path / "podium.sqlite3")
    conn.execute(
        "INSERT INTO preparations SELECT NULL, 'Copy', role, company, interview_at, document, "
        "created_at, updated_at FROM preparations"
    )
    conn.commit()
    conn.close()
    listed = run("--data-dir", str(tmp_path), "list")
    assert listed.returncode == 0 and listed.stdout == f"{prep.id}\tfinance\t{prep.display_title}\n"
    out = tmp_path / "nordvik.podium"
    exported = run("--data-dir", str(tmp_path), "export-prep", prep.id[:8], "-o", str(out))
    assert exported.returncode == 0 and out.is_file(), exported.stderr
