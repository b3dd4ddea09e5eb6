"""One declared schema of settings, read through one typed accessor."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from podium.core.storage.store import Store
from podium.ui.common import settings

SRC = Path(__file__).resolve().parents[2] / "src" / "podium"


@pytest.fixture(autouse=True)
def clean(store: Store) -> None:
    QSettings().clear()


def test_every_setting_has_its_default_until_set() -> None:
    for setting in settings.SCHEMA:
        value = settings.get(setting)
        assert value == setting.default and isinstance(value, setting.type), setting.key
    assert len({s.key for s in settings.SCHEMA}) == len(settings.SCHEMA)


def test_values_come_back_in_their_declared_type() -> None:
    settings.put(settings.LANGUAGE, "sv")
    settings.put(settings.WINDOW_GEOMETRY, b"\x01\x02\xff")
    settings.put(settings.RECENT, ["a"])
    QSettings().sync()
    assert settings.get(settings.LANGUAGE) == "sv"
    assert settings.get(settings.WINDOW_GEOMETRY) == b"\x01\x02\xff"
    assert settings.get(settings.RECENT) == ["a"]  # not "a": the INI backend's one-item list


def test_damaged_or_foreign_values_read_as_the_default() -> None:
    raw = QSettings()
    raw.setValue(settings.LANGUAGE.key, "klingon")
    raw.setValue(settings.COLOR_SCHEME.key, 42)
    raw.setValue(settings.WINDOW_STATE.key, "not bytes")
    raw.setValue(settings.RECENT.key, 7)
    assert settings.get(settings.LANGUAGE) == "system"
    assert settings.get(settings.COLOR_SCHEME) == "system"
    assert settings.get(settings.WINDOW_STATE) == b""
    assert settings.get(settings.RECENT) == []


def test_a_wrong_value_is_refused_before_it_is_stored() -> None:
    with pytest.raises(ValueError):
        settings.put(settings.LANGUAGE, "de")
    with pytest.raises(TypeError):
        settings.put(settings.RECENT, "one-id")  # type: ignore[arg-type]
    assert QSettings().value(settings.LANGUAGE.key) is None


def test_a_default_list_is_never_shared() -> None:
    settings.get(settings.RECENT).append("x")
    assert settings.get(settings.RECENT) == []


def test_recent_keeps_the_newest_first_without_duplicates() -> None:
    for prep_id in ["a", "b", "c", "a"]:
        settings.remember_recent(prep_id)
    assert settings.get(settings.RECENT) == ["a", "c", "b"]
    for n in range(20):
        settings.remember_recent(f"p{n}")
    assert len(settings.get(settings.RECENT)) == settings.RECENT_LIMIT
    settings.forget_recent("p19")
    assert "p19" not in settings.get(settings.RECENT)


def test_bytes_are_stored_as_qt_byte_arrays() -> None:
    settings.put(settings.DECK_SPLITTER, b"abc")
    assert isinstance(QSettings().value(settings.DECK_SPLITTER.key), QByteArray)


def test_no_module_reads_qsettings_behind_the_schema() -> None:
    """Keys scattered as string literals were the problem this module solves."""
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if path.name != "settings.py" and re.search(r"\bQSettings\b", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
