"""The preparations, kept in one SQLite application file.

Each preparation is one JSON document in a row; every ``save`` is its own
committed transaction (WAL, synchronous=FULL), so an edit is on disk the moment
it returns. A file that is not a Podium database, is damaged, or comes from a
newer Podium is refused with a clear message and never written to.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from podium.core import clock
from podium.core.model import Preparation
from podium.core.rehearsal.runs import Rehearsal

SCHEMA_VERSION = 2
_APPLICATION_ID = 0x50444D31  # "PDM1": lets us tell our file from any other SQLite file


class StoreError(Exception):
    """The store cannot be used; the message is meant for the user."""


@dataclass(frozen=True)
class Summary:
    """What the library lists, without loading whole decks."""

    id: str
    title: str
    role: str
    company: str
    interview_at: str | None
    updated_at: str


def _migrate_0_to_1(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE preparations (
               id TEXT PRIMARY KEY,
               title TEXT NOT NULL,
               role TEXT NOT NULL,
               company TEXT NOT NULL,
               interview_at TEXT,
               document TEXT NOT NULL,
               created_at TEXT NOT NULL,
               updated_at TEXT NOT NULL)"""
    )


def _migrate_1_to_2(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE rehearsals (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               prep_id TEXT NOT NULL REFERENCES preparations(id) ON DELETE CASCADE,
               started_at TEXT NOT NULL,
               document TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX rehearsals_by_prep ON rehearsals(prep_id, started_at)")


# Index i migrates schema version i to i + 1. Append, never edit.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migrate_0_to_1, _migrate_1_to_2]


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def _cell(value: object) -> str:
    """A summary cell as text: NULL is empty, a number or a blob from a damaged row still reads."""
    if value is None:
        return ""
    return _text(value) if isinstance(value, bytes) else str(value)


def _summary(
    prep_id: object, title: object, role: object, company: object, interview_at: object, updated_at: object
) -> Summary:
    when = None if interview_at is None else _cell(interview_at)
    return Summary(_cell(prep_id), _cell(title), _cell(role), _cell(company), when, _cell(updated_at))


def _now() -> str:
    return clock.utcnow().isoformat(timespec="milliseconds")


class Store:
    """An open Podium database file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._db = self._open()

    # -------------------------------------------------------------- opening

    def _open(self) -> sqlite3.Connection:
        existed = self.path.exists() and self.path.stat().st_size > 0
        if existed:
            self._check_header()
        try:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open {self.path}: {exc}") from exc
        db.text_factory = _text  # a damaged byte in a text shows as U+FFFD instead of hiding the whole row
        try:
            if existed:
                self._check_integrity(db)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            self._upgrade(db)
        except sqlite3.OperationalError as exc:
            db.close()
            if "readonly" in str(exc) or "unable to open" in str(exc) or "disk" in str(exc):
                raise StoreError(
                    f"Podium cannot write to {self.path} ({exc}). Check that the folder is writable "
                    "and the disk is not full; nothing was changed."
                ) from exc
            raise StoreError(self._damaged_message(exc)) from exc
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(self._damaged_message(exc)) from exc
        except UnicodeDecodeError as exc:  # SQLite's error quotes the damaged bytes; Python cannot decode it
            db.close()
            raise StoreError(self._damaged_message(exc.object.decode("utf-8", "replace"))) from None
        except StoreError:
            db.close()
            raise
        return db

    def _damaged_message(self, exc: object) -> str:
        return (
            f"The Podium file {self.path} is damaged and cannot be opened ({exc}). "
            "It has not been changed; keep a copy and restore it from a backup."
        )

    def _check_header(self) -> None:
        with self.path.open("rb") as handle:
            header = handle.read(16)
        if header != b"SQLite format 3\x00":
            raise StoreError(
                f"{self.path} is not a Podium database. It has not been changed; "
                "move it away or start Podium with another --data-dir."
            )

    def _check_integrity(self, db: sqlite3.Connection) -> None:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (0, _APPLICATION_ID):
            raise StoreError(f"{self.path} belongs to another program; it has not been changed.")
        result = db.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise StoreError(self._damaged_message(result))

    def _upgrade(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer Podium (schema {version}, this one reads up to "
                f"{SCHEMA_VERSION}). Update Podium to open it; the file has not been changed."
            )
        for step in range(version, SCHEMA_VERSION):
            db.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[step](db)
                db.execute(f"PRAGMA user_version={step + 1}")
                db.execute(f"PRAGMA application_id={_APPLICATION_ID}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self._db.close()
        self._closed = True

    @property
    def closed(self) -> bool:
        return getattr(self, "_closed", False)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- access

    def save(self, prep: Preparation) -> None:
        """Insert or replace ``prep``; committed when this returns."""
        document = json.dumps(prep.to_dict(), ensure_ascii=False)
        now = _now()
        try:
            self._db.execute(
                """INSERT INTO preparations
                       (id, title, role, company, interview_at, document, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(id) DO UPDATE SET
                       title=excluded.title, role=excluded.role, company=excluded.company,
                       interview_at=excluded.interview_at, document=excluded.document,
                       updated_at=excluded.updated_at""",
                (
                    prep.id,
                    prep.display_title,
                    prep.role,
                    prep.company,
                    prep.interview_at.isoformat() if prep.interview_at else None,
                    document,
                    now,
                    now,
                ),
            )
        except sqlite3.Error as exc:
            raise StoreError(f"Could not save to {self.path}: {exc}") from exc

    def load(self, prep_id: str) -> Preparation:
        try:
            row = self._db.execute("SELECT document FROM preparations WHERE id=?", (prep_id,)).fetchone()
        except sqlite3.Error as exc:
            raise StoreError(self._damaged_message(exc)) from exc
        if row is None:
            raise StoreError(f"No preparation with id {prep_id}")
        try:
            return Preparation.from_dict(json.loads(row[0]))
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:  # any damage
            raise StoreError(f"The preparation {prep_id} cannot be read: {exc}") from exc

    def delete(self, prep_id: str) -> None:
        self._db.execute("DELETE FROM preparations WHERE id=?", (prep_id,))

    def summaries(self) -> list[Summary]:
        """Every preparation that can be opened, newest edit first.

        A row without an id (SQLite lets a TEXT primary key hold NULL, so another program or a
        damaged page can leave one) cannot be loaded, exported or deleted: it is left out and left
        alone. Another empty or odd cell lists as text, so one such row never breaks the library.
        """
        try:
            rows = self._db.execute(
                "SELECT id, title, role, company, interview_at, updated_at FROM preparations "
                "ORDER BY updated_at DESC"
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(self._damaged_message(exc)) from exc
        return [_summary(*row) for row in rows if row[0] is not None]

    def add_rehearsal(self, prep_id: str, rehearsal: Rehearsal) -> None:
        """Record one rehearsal run; committed when this returns."""
        try:
            self._db.execute(
                "INSERT INTO rehearsals (prep_id, started_at, document) VALUES (?, ?, ?)",
                (
                    prep_id,
                    rehearsal.started_at.isoformat(),
                    json.dumps(rehearsal.to_dict(), ensure_ascii=False),
                ),
            )
        except sqlite3.Error as exc:
            raise StoreError(f"Could not save the rehearsal to {self.path}: {exc}") from exc

    def set_rehearsal_speech(self, prep_id: str, started_at: str, speech: dict[str, Any]) -> bool:
        """Attach the analysis of a run's recording to the run that started at ``started_at``
        (ISO text, as stored); False when no such run is kept. Committed when this returns."""
        try:
            row = self._db.execute(
                "SELECT id, document FROM rehearsals WHERE prep_id=? AND started_at=? ORDER BY id DESC",
                (prep_id, started_at),
            ).fetchone()
            if row is None:
                return False
            document = json.loads(row[1])
            document["speech"] = speech
            self._db.execute(
                "UPDATE rehearsals SET document=? WHERE id=?",
                (json.dumps(document, ensure_ascii=False), row[0]),
            )
        except sqlite3.Error as exc:
            raise StoreError(f"Could not save the recording's analysis to {self.path}: {exc}") from exc
        except ValueError as exc:
            raise StoreError(f"A rehearsal of {prep_id} cannot be read: {exc}") from exc
        return True

    def rehearsals(self, prep_id: str) -> list[Rehearsal]:
        """Every recorded run of this preparation, oldest first."""
        try:
            rows = self._db.execute(
                "SELECT document FROM rehearsals WHERE prep_id=? ORDER BY started_at, id", (prep_id,)
            ).fetchall()
            return [Rehearsal.from_dict(json.loads(row[0])) for row in rows]
        except sqlite3.Error as exc:
            raise StoreError(self._damaged_message(exc)) from exc
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise StoreError(f"A rehearsal of {prep_id} cannot be read: {exc}") from exc

    def __iter__(self) -> Iterator[Summary]:
        return iter(self.summaries())

    def __len__(self) -> int:
        count: int = self._db.execute("SELECT COUNT(id) FROM preparations").fetchone()[0]
        return count  # the rows summaries() lists
