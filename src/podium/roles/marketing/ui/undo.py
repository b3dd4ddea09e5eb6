"""One edit of the campaign brief on the Campaign tab's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

MERGE_ID = 7301


class BriefEdit(QUndoCommand):
    """The whole brief before and after (it is small), merged while typing in one field.

    ``apply`` shows and stores a brief (the panel's); ``key`` names the field typed in, or is
    empty for an edit that never merges (a table row added or removed, a currency picked).
    """

    def __init__(
        self, apply: Callable[[dict[str, Any]], None], before: dict[str, Any], after: dict[str, Any], key: str,
        text: str,
    ) -> None:  # fmt: skip
        super().__init__(text)
        self.apply, self.before, self.after, self.key = apply, before, after, key
        self._done = True  # pushed after the edit happened; the first redo has nothing to do

    def id(self) -> int:
        return MERGE_ID if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, BriefEdit) or other.key != self.key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply(self.after)

    def undo(self) -> None:
        self.apply(self.before)
