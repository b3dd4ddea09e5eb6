"""Each imported deck's own record: its talk length, the budgets and notes typed in Podium, its runs.

A deck's id comes from the file: the hash of its absolute path, so saving the file again keeps
its record. A file seen for the first time (renamed, moved, "v2") starts from a copy of the
record of the deck it shares most slides with, when that is most of them. Everything is kept by slide content
key, not position: a slide moved, or with slides added before it, keeps its budget, notes and
history; a changed slide starts afresh. One JSON file per deck under ``<data>/decks/``, written
atomically.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from podium.core.atomic import atomic_write
from podium.core.errors import ExportError
from podium.core.rehearsal.decks.model import ImportedDeck
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.timeplan import TimePlan

log = logging.getLogger(__name__)

DEFAULT_TALK_SECONDS = 10 * 60
DEFAULT_QA_SECONDS = 5 * 60
TAKE_OVER_SHARE = 0.6  # a new file takes over a record that holds this share of its slides


class RecordError(Exception):
    """The deck's record could not be saved; the text says why."""


def deck_id(path: Path) -> str:
    return hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]


@dataclass
class DeckRecord:
    id: str
    path: str = ""
    talk_seconds: int = DEFAULT_TALK_SECONDS
    qa_seconds: int = DEFAULT_QA_SECONDS
    budgets: dict[str, int] = field(default_factory=dict)  # slide key -> seconds the user set
    notes: dict[str, str] = field(default_factory=dict)  # slide key -> notes typed in Podium
    keys: list[str] = field(default_factory=list)  # the slides' keys when last opened
    runs: list[Rehearsal] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "talk_seconds": self.talk_seconds,
            "qa_seconds": self.qa_seconds,
            "budgets": self.budgets,
            "notes": self.notes,
            "keys": self.keys,
            "runs": [run.to_dict() for run in self.runs],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DeckRecord:
        return cls(
            id=str(data["id"]),
            path=str(data.get("path", "")),
            talk_seconds=max(60, int(data.get("talk_seconds", DEFAULT_TALK_SECONDS))),
            qa_seconds=max(0, int(data.get("qa_seconds", DEFAULT_QA_SECONDS))),
            budgets={str(k): max(0, int(v)) for k, v in dict(data.get("budgets", {})).items()},
            notes={str(k): str(v) for k, v in dict(data.get("notes", {})).items()},
            keys=[str(k) for k in data.get("keys", [])],
            runs=[Rehearsal.from_dict(run) for run in data.get("runs", [])],
        )

    # ------------------------------------------------------------- the deck's plan

    def notes_for(self, key: str, own: str) -> str:
        """Notes typed in Podium win over the file's own."""
        typed = self.notes.get(key, "")
        return typed if typed.strip() else own

    def plan(self, deck: ImportedDeck) -> TimePlan:
        """The talk split over the slides that are not hidden; a budget the user set is kept, the
        rest of the talk is shared evenly by the others (whole seconds that add up exactly)."""
        budgets = [0] * len(deck.slides)
        free = []
        used = 0
        for i, slide in enumerate(deck.slides):
            if slide.hidden:
                continue
            if slide.key in self.budgets:
                budgets[i] = self.budgets[slide.key]
                used += budgets[i]
            else:
                free.append(i)
        if free:
            base, extra = divmod(max(0, self.talk_seconds - used), len(free))
            for n, i in enumerate(free):
                budgets[i] = base + (1 if n < extra else 0)
        return TimePlan(budgets, self.talk_seconds, self.qa_seconds)

    def set_budget(self, key: str, seconds: int | None) -> None:
        """Fix one slide's budget (None: back to its share of the rest)."""
        if seconds is None:
            self.budgets.pop(key, None)
        else:
            self.budgets[key] = max(0, int(seconds))


class DeckRecords:
    """The records in one folder (``<data>/decks``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _file(self, record_id: str) -> Path:
        return self.folder / f"{record_id}.json"

    def _read(self, file: Path) -> DeckRecord | None:
        try:
            return DeckRecord.from_dict(json.loads(file.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("the deck record %s cannot be read (%s); starting afresh", file, exc)
            return None

    def for_deck(self, deck: ImportedDeck) -> DeckRecord:
        """The deck's record: by its path, else the one it shares most slides with, else a new one."""
        own = deck_id(deck.path)
        record = self._read(self._file(own))
        if record is None:
            closest = self._closest(deck)
            record = DeckRecord.from_dict({**closest.to_dict(), "id": own}) if closest else DeckRecord(own)
        record.path = str(Path(deck.path).resolve())
        record.keys = [slide.key for slide in deck.slides]
        return record

    def _closest(self, deck: ImportedDeck) -> DeckRecord | None:
        keys = {slide.key for slide in deck.slides}
        best: tuple[float, DeckRecord] | None = None
        for file in sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []:
            record = self._read(file)
            if record is None or not record.keys:
                continue
            share = len(keys & set(record.keys)) / max(1, len(keys))
            if share >= TAKE_OVER_SHARE and (best is None or share > best[0]):
                best = (share, record)
        return best[1] if best else None

    def save(self, record: DeckRecord) -> None:
        text = json.dumps(record.to_dict(), ensure_ascii=False, indent=1)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self._file(record.id), lambda tmp: tmp.write_text(text, encoding="utf-8"))
        except (OSError, ExportError) as exc:
            raise RecordError(f"Could not save the deck's record in {self.folder}: {exc}") from exc

    def add_run(self, record: DeckRecord, run: Rehearsal) -> None:
        record.runs.append(run)
        self.save(record)
