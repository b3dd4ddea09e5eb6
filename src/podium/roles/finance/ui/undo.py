"""One choice in the Data tab as an undo step: the finance record before and after it.

The record is small (the analysis, never the data set), so a step holds both whole and undo
puts the deck back at once, without reading or analysing the file again.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand


class Applies(Protocol):
    def apply_record(self, record: dict[str, Any]) -> None: ...


class RecordEdit(QUndoCommand):
    def __init__(self, panel: Applies, before: dict[str, Any], after: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.panel, self.before, self.after = panel, before, after
        self._done = True  # pushed after the change was made; the first redo has nothing to do

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.panel.apply_record(self.after)

    def undo(self) -> None:
        self.panel.apply_record(self.before)
