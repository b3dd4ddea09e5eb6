"""Every user setting in one declared schema, read and written through one typed accessor.

QSettings stores what it is given and returns strings, byte arrays or lists depending on the
platform's backend (an INI file on Linux turns ``True`` into ``"true"`` and a one-item list into
a plain string). Declaring each key once, with its type, default and allowed values, keeps those
quirks and the key strings in this module, so a typo or a damaged value can never reach the UI:
anything that does not read back as the declared type gives the default.

Usage::

    from podium.ui.common import settings
    language = settings.get(settings.LANGUAGE)   # -> str, one of LANGUAGE.choices
    settings.put(settings.RECENT, ["id1", "id2"])
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from podium.core.model import GUIDANCE_IN_NOTES

T = TypeVar("T", str, int, bool, bytes, list)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One stored value: its QSettings key, Python type, default and (for text) the allowed values."""

    key: str
    type: type[T]
    default: T
    choices: tuple[str, ...] = ()
    doc: str = ""

    def coerce(self, raw: object) -> T:
        """``raw`` as read from QSettings, converted to the declared type; the default when it cannot be."""
        value = _convert(self.type, raw)
        if value is None or (self.choices and value not in self.choices):
            value = self.default
        return cast(T, list(value) if isinstance(value, list) else value)  # a fresh list: callers may edit it


def _convert(kind: type, raw: object) -> object | None:
    if raw is None:
        return None
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        return {"true": True, "1": True, "false": False, "0": False}.get(text)
    if kind is int:
        if isinstance(raw, bool):
            return None
        try:
            return int(str(raw))
        except ValueError:
            return None
    if kind is str:
        return raw if isinstance(raw, str) else None
    if kind is bytes:
        if isinstance(raw, QByteArray):
            return raw.data()
        return bytes(raw) if isinstance(raw, (bytes, bytearray)) else None
    if kind is list:
        if isinstance(raw, str):  # the INI backend returns a one-item list as a plain string
            return [raw] if raw else []
        if isinstance(raw, (list, tuple)):
            return [str(item) for item in raw]
        return None
    raise TypeError(f"unsupported setting type {kind!r}")


# ----------------------------------------------------------------------------------- the schema

LANGUAGE = Setting("ui/language", str, "system", ("system", "en", "sv"), "UI language; system follows the OS")
COLOR_SCHEME = Setting("ui/colorScheme", str, "system", ("system", "light", "dark"), "light or dark palette")
WINDOW_GEOMETRY = Setting("window/geometry", bytes, b"", doc="QMainWindow.saveGeometry()")
WINDOW_STATE = Setting("window/state", bytes, b"", doc="QMainWindow.saveState()")
DECK_SPLITTER = Setting("window/deckSplitter", bytes, b"", doc="the deck editor's list/form/preview splitter")
RECENT = Setting("library/recent", list, [], doc="ids of recently opened preparations, newest first")
EXPORT_FOLDER = Setting("deck/exportFolder", str, "", doc="the folder of the last deck export")
PRESENTER_TIMING = Setting("presenter/timing", str, "", doc="core.rehearsal.timeplan.TimingSettings as JSON")
NOTES_GUIDANCE = Setting(
    "deck/guidanceInNotes", bool, GUIDANCE_IN_NOTES, doc="put Podium's guidance into the pptx speaker notes"
)
PRESENTER_PANEL = Setting("presenter/panel", str, "", doc="core.interview.panel.PanelSettings as JSON")
LAST_FOLDER = Setting("dialogs/lastFolder", str, "", doc="the folder a file dialog last opened or saved in")
RECORD_REHEARSALS = Setting(
    "rehearse/record",
    bool,
    False,
    doc="record the microphone while rehearsing (opt-in; kept per preparation)",
)

SCHEMA: tuple[Setting, ...] = (
    LANGUAGE,
    COLOR_SCHEME,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    DECK_SPLITTER,
    RECENT,
    EXPORT_FOLDER,
    PRESENTER_TIMING,
    NOTES_GUIDANCE,
    PRESENTER_PANEL,
    LAST_FOLDER,
    RECORD_REHEARSALS,
)
RECENT_LIMIT = 8


def get(setting: Setting[T]) -> T:
    """The stored value of ``setting`` in its declared type, or its default."""
    return setting.coerce(QSettings().value(setting.key))


def put(setting: Setting[T], value: T) -> None:
    """Store ``value``; refuses a value of the wrong type or outside the choices (a programming error)."""
    if not isinstance(value, setting.type) or (setting.type is int and isinstance(value, bool)):
        raise TypeError(f"{setting.key} takes {setting.type.__name__}, not {type(value).__name__}")
    if setting.choices and value not in setting.choices:
        raise ValueError(f"{setting.key} must be one of {setting.choices}, not {value!r}")
    stored: object = QByteArray(value) if isinstance(value, bytes) else value
    QSettings().setValue(setting.key, stored)


def reset(setting: Setting) -> None:
    """Forget the stored value: ``get`` gives the default again."""
    QSettings().remove(setting.key)


def remember_recent(prep_id: str) -> list[str]:
    """Put ``prep_id`` first in the recent list (kept to ``RECENT_LIMIT``); the new list."""
    ids = [prep_id, *(i for i in get(RECENT) if i != prep_id)][:RECENT_LIMIT]
    put(RECENT, ids)
    return ids


def forget_recent(prep_id: str) -> None:
    put(RECENT, [i for i in get(RECENT) if i != prep_id])
