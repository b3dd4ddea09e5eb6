"""The SQLite file keeps every save, refuses damaged or foreign files, and never overwrites them."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from podium.core.storage.store import SCHEMA_VERSION, Store, StoreError
from tests.helpers import make_prep


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    prep = make_prep("marketing", "sv", job_title="Marknadschef")
    with Store(tmp_path / "p.sqlite3") as store:
        store.save(prep)
    with Store(tmp_path / "p.sqlite3") as store:
        assert store.load(prep.id) == prep
        assert [s.title for s in store.summaries()] == [prep.display_title]


def test_a_save_is_visible_to_another_connection_at_once(tmp_path: Path) -> None:
    prep = make_prep()
    store = Store(tmp_path / "p.sqlite3")
    store.save(prep)
    prep.deck.slides[0].notes = "changed"
    store.save(prep)
    other = sqlite3.connect(tmp_path / "p.sqlite3")
    (document,) = other.execute("SELECT document FROM preparations").fetchone()
    assert '"changed"' in document
    assert other.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_delete_and_count(tmp_path: Path) -> None:
    with Store(tmp_path / "p.sqlite3") as store:
        a, b = make_prep(), make_prep("marketing")
        store.save(a)
        store.save(b)
        store.delete(a.id)
        assert len(store) == 1 and store.summaries()[0].id == b.id


@pytest.mark.parametrize(
    "content",
    [b"not a database at all", os.urandom(8192), b"SQLite format 3\x00" + os.urandom(4000)],
    ids=["text", "random", "garbage-after-header"],
)
def test_damaged_files_give_a_clear_message_and_stay_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "p.sqlite3"
    path.write_bytes(content)
    before = _digest(path)
    with pytest.raises(StoreError, match=r"not been changed|not a Podium"):
        Store(path)
    assert _digest(path) == before


def test_truncated_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    with Store(path) as store:
        for _ in range(30):
            store.save(make_prep())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = _digest(path)
    with pytest.raises(StoreError):
        s = Store(path)
        s.summaries()
        [s.load(x.id) for x in s.summaries()]
    assert _digest(path) == before


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="newer Podium"):
        Store(path)
    assert _digest(path) == before


def test_read_only_folder_gives_a_clear_message(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions, so a read-only folder cannot be simulated")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError):
            Store(folder / "p.sqlite3")
    finally:
        folder.chmod(0o700)


def test_folder_that_is_a_file_gives_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreError, match=r"Cannot open|cannot write"):
        Store(blocker / "p.sqlite3")
    assert blocker.read_text() == "a file where the data folder should be"


def test_rehearsals_are_kept_per_preparation_and_deleted_with_it(tmp_path: Path) -> None:
    from datetime import datetime

    from podium.core.rehearsal.runs import Rehearsal, SlideTime

    with Store(tmp_path / "p.sqlite3") as store:
        prep = make_prep()
        store.save(prep)
        run = Rehearsal(datetime(2026, 11, 26, 9), 610.0, 600, [SlideTime("title", "T", 30.0, 25)])
        store.add_rehearsal(prep.id, run)
        assert store.rehearsals(prep.id) == [run]
        assert not run.within_time or run.total_seconds <= 630
        store.delete(prep.id)
        assert store.rehearsals(prep.id) == []


def test_version_one_files_are_migrated(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE preparations (id TEXT PRIMARY KEY, title TEXT NOT NULL, role TEXT NOT NULL, company TEXT NOT NULL,"
        " interview_at TEXT, document TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.rehearsals("nothing") == []
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_rows_another_program_left_incomplete_never_break_the_library(tmp_path: Path) -> None:
    """SQLite lets a TEXT primary key hold NULL, and a table written elsewhere may allow empty cells:
    a row without an id cannot be opened and is left out; an empty title or company lists as ''."""
    path = tmp_path / "p.sqlite3"
    good = make_prep("marketing", company="Fakturo AB")
    with Store(path) as store:
        store.save(good)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE preparations RENAME TO old")
    conn.execute(
        "CREATE TABLE preparations (id TEXT PRIMARY KEY, title TEXT, role TEXT, company TEXT,"
        " interview_at TEXT, document TEXT, created_at TEXT, updated_at TEXT)"
    )
    conn.execute(
        "INSERT INTO preparations SELECT id, NULL, role, NULL, interview_at, document, created_at, 7 FROM old"
    )
    conn.execute(
        "INSERT INTO preparations SELECT NULL, title, role, company, NULL, document, created_at, updated_at FROM old"
    )
    conn.execute("DROP TABLE old")
    conn.commit()
    conn.close()
    with Store(path) as store:
        (listed,) = store.summaries()
        assert (listed.id, listed.title, listed.role, listed.company) == (good.id, "", "marketing", "")
        assert listed.updated_at == "7" and len(store) == 1
        assert store.load(listed.id) == good


def test_a_damaged_schema_whose_error_is_not_utf8_is_refused_untouched(tmp_path: Path) -> None:
    """SQLite's message quotes the damaged schema text; a byte there that is not UTF-8 must not crash."""
    path = tmp_path / "p.sqlite3"
    with Store(path) as store:
        store.save(make_prep())
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = path.read_bytes()
    at = data.index(b"CREATE TABLE sqlite_sequence") + len(b"CREATE TABL")
    path.write_bytes(data[:at] + b"\x80" + data[at + 1 :])
    before = _digest(path)
    with pytest.raises(
        StoreError, match=r"damaged and cannot be opened \(malformed database schema"
    ) as caught:
        Store(path)
    assert "\ufffd" in str(caught.value) and _digest(path) == before
