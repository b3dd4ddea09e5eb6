"""Damaged, foreign, newer and enormous files: a clear message, the app keeps running, nothing overwritten.

The store's own tests cover the refusals one by one; here the whole app meets
them: ``run_gui`` on a damaged database, the main window on damaged rows, and
hypothesis flipping and cutting bytes of a real database at random.
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pytestqt.qtbot import QtBot

from podium import paths
from podium.core.model import Bullet, BulletsBlock, TableBlock
from podium.core.render.layout import layout_deck
from podium.core.storage.store import SCHEMA_VERSION, Store, StoreError
from podium.export.pptx_writer import build_presentation
from podium.ui import app as podium_app
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep
from tests.proof.profile import PROFILE
from tests.ui.conftest import NOW, Dialogs


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _real_database(path: Path, preparations: int = 6) -> Path:
    with Store(path) as store:
        for i in range(preparations):
            store.save(make_prep(["marketing", "finance", "project-management"][i % 3], company=f"Firma {i}"))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _newer(path: Path) -> None:
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id=1234")
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.close()


def _truncated(path: Path) -> None:
    _real_database(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


DAMAGE = {
    "random-bytes": lambda p: p.write_bytes(bytes((i * 7919) % 251 for i in range(50_000))),
    "text-file": lambda p: p.write_text("Meeting notes, not a database\n" * 100),
    "truncated": _truncated,
    "newer-schema": _newer,
    "other-program": _foreign,
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_app_start_with_a_damaged_database_says_so_and_leaves_it_alone(
    qtbot: QtBot, dialogs: Dialogs, kind: str
) -> None:
    path = paths.database_path()
    DAMAGE[kind](path)
    before = _digest(path)
    assert podium_app.run_gui() == 1
    assert len(dialogs.errors) == 1
    title, text = dialogs.errors[0]
    assert title == "Podium" and str(path) in text
    assert any(word in text for word in ("not been changed", "has not been changed", "not a Podium"))
    assert _digest(path) == before


def test_zero_byte_database_starts_a_fresh_library(tmp_path: Path) -> None:
    path = tmp_path / "podium.sqlite3"
    path.write_bytes(b"")
    with Store(path) as store:
        store.save(make_prep())
        assert len(store) == 1


def test_damaged_rows_give_a_message_and_the_rest_of_the_library_works(
    window: MainWindow, store: Store, dialogs: Dialogs
) -> None:
    good = make_prep("marketing", company="Good AB")
    store.save(good)
    conn = sqlite3.connect(store.path)
    rows = [
        ("bad-json", "{not json", None),
        ("wrong-shape", '{"company": "no role here"}', None),
        ("bad-date", '{"role": "finance", "company": "x", "interview_at": "soon"}', "next tuesday"),
        ("not-a-dict", "[1, 2, 3]", None),
    ]
    for prep_id, document, when in rows:
        conn.execute(
            "INSERT INTO preparations VALUES (?, ?, 'finance', 'x', ?, ?, '2026-01-01', '2026-01-01')",
            (prep_id, f"Damaged {prep_id}", when, document),
        )
    conn.commit()
    conn.close()
    window.library.refresh()
    model = window.library.model
    assert model.rowCount() == 5
    for row in range(model.rowCount()):  # painting the list must not raise on a damaged row
        model.data(model.index(row))
    for prep_id, *_ in rows:
        window.open_preparation(prep_id)
        assert window.pages.currentWidget() is window.library
    assert len(dialogs.errors) == len(rows)
    assert all(title == "Cannot open preparation" for title, _ in dialogs.errors)
    window.open_preparation(good.id)
    assert window.prep is not None and window.prep.company == "Good AB"


@settings(
    max_examples=max(20, PROFILE.examples // 3),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    cuts=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=64)), min_size=1, max_size=8),
    truncate=st.none() | st.floats(0.05, 1.0),
)
def test_random_damage_to_a_real_database_is_refused_or_read_never_crashes(
    tmp_path_factory: pytest.TempPathFactory, cuts: list[tuple[float, bytes]], truncate: float | None
) -> None:
    path = tmp_path_factory.mktemp("db") / "podium.sqlite3"
    template = _template_database(tmp_path_factory)
    data = bytearray(template)
    for where, junk in cuts:
        at = int(where * (len(data) - 1))
        data[at : at + len(junk)] = junk
    if truncate is not None:
        data = data[: int(len(data) * truncate)]
    path.write_bytes(bytes(data))
    before = _digest(path)
    try:
        store = Store(path)
    except StoreError as exc:
        assert str(path) in str(exc)
        assert _digest(path) == before, "a refused file was changed"
        return
    with store:
        try:
            for summary in store.summaries():
                store.load(summary.id)
                store.rehearsals(summary.id)
        except StoreError:
            pass


_TEMPLATE: dict[str, bytes] = {}


def _template_database(factory: pytest.TempPathFactory) -> bytes:
    if "db" not in _TEMPLATE:
        _TEMPLATE["db"] = _real_database(factory.mktemp("template") / "podium.sqlite3").read_bytes()
    return _TEMPLATE["db"]


ENORMOUS = {
    "title-20k": lambda p: setattr(p.deck.slides[2], "title", "Overflow " * 2500),
    "bullet-200k": lambda p: p.deck.slides[2].blocks.insert(
        0, BulletsBlock(items=[Bullet("word " * 40_000)])
    ),
    # Words, as pasted text has: Qt lays out one unbroken multi-megabyte line in quadratic time.
    "notes-2MB": lambda p: setattr(p.deck.slides[2], "notes", "word " * 400_000),
    "table-2000-rows": lambda p: p.deck.slides[2].blocks.insert(
        0, TableBlock(columns=["a", "b", "c"], rows=[[str(i), "x" * 20, "y"] for i in range(2000)])
    ),
    "company-10k": lambda p: setattr(p, "company", "C" * 10_000),
    "1000-bullets": lambda p: p.deck.slides[2].blocks.insert(
        0, BulletsBlock(items=[Bullet(f"point {i}") for i in range(1000)])
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(ENORMOUS))
def test_enormous_content_is_laid_out_exported_and_shown_without_hanging(
    window: MainWindow, store: Store, dialogs: Dialogs, kind: str
) -> None:
    prep = make_prep("finance")
    ENORMOUS[kind](prep)
    started = time.monotonic()
    laid = layout_deck(prep.deck, language="en", footer=prep.company)
    buffer = io.BytesIO()
    build_presentation(prep).save(buffer)
    assert time.monotonic() - started < 60, "enormous content must not hang the export"
    assert len(Presentation(buffer).slides) == len(prep.deck.slides)
    assert laid[2].overflows or kind in ("notes-2MB",)  # shown as overflow, not silently clipped
    store.save(prep)
    window.open_preparation(prep.id)
    window.workspace.deck.select(2)
    window.workspace.deck.preview.grab()
    assert not dialogs.errors
    with Store(store.path) as again:
        assert again.load(prep.id).deck.slides[2].title == prep.deck.slides[2].title


def test_main_window_on_a_fresh_store_next_to_a_damaged_one(qtbot: QtBot, tmp_path: Path) -> None:
    """After the refusal the user can point Podium elsewhere (--data-dir) and carry on."""
    damaged = tmp_path / "old" / "podium.sqlite3"
    damaged.parent.mkdir()
    _truncated(damaged)
    before = _digest(damaged)
    with pytest.raises(StoreError):
        Store(damaged)
    store = Store(tmp_path / "podium.sqlite3")
    window = MainWindow(store, now=lambda: NOW)
    qtbot.addWidget(window)
    window.create_preparation(make_prep())
    assert len(store) == 1 and _digest(damaged) == before
    window.close()
    store.close()
