"""Undoable deck edits. Each command stores plain data (dicts, strings), never live model objects,
so undo still works after the role data has refilled blocks or the deck was reloaded.

A command edits an ``EditTarget``: the deck editor's ``document.DeckDocument``, which pushes
these commands, fits it. Declaring what a command needs here keeps this module free of the
document's.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from podium.core.model import Deck


class EditTarget(Protocol):
    """What the commands read and change; each ``apply_*`` also tells the views."""

    @property
    def deck(self) -> Deck: ...

    def setting(self, name: str) -> str: ...

    def apply_slide_field(self, row: int, field: str, value: Any) -> None: ...

    def apply_block(self, row: int, index: int, data: dict[str, Any]) -> None: ...

    def apply_slides(self, slides: list[dict[str, Any]], select: int) -> None: ...

    def apply_setting(self, name: str, value: str) -> None: ...


_FIELD_ID, _BLOCK_ID = 801, 802  # QUndoCommand ids: consecutive typing in one field merges


class TalkTarget(Protocol):
    def apply_talk_length(self, minutes: int, slides: list[dict[str, Any]]) -> None: ...


class SetSlideField(QUndoCommand):
    """One slide attribute (title, notes, target seconds, backup, small text)."""

    def __init__(
        self,
        doc: EditTarget,
        row: int,
        field: str,
        value: Any,
        text: str,
        *,
        typing: bool,
        also: dict[str, Any] | None = None,
    ) -> None:
        """``also``: other fields of the slide that change with this one, in the same undo step."""
        super().__init__(text)
        self.doc, self.row, self.field, self.new = doc, row, field, value
        slide = doc.deck.slides[row]
        self.old = getattr(slide, field)
        self.also_new = dict(also or {})
        self.also_old = {name: getattr(slide, name) for name in self.also_new}
        self.typing = typing

    def id(self) -> int:
        return _FIELD_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetSlideField) or not other.typing:
            return False
        if (other.row, other.field) != (self.row, self.field):
            return False
        self.new = other.new
        for name, value in other.also_new.items():
            self.also_old.setdefault(name, other.also_old[name])
            self.also_new[name] = value
        return True

    # The edited field first: the form reloads on each change, and a reload that still saw the old
    # text would reset the field the user is typing in (the cursor would jump in speaker notes).
    def redo(self) -> None:
        self.doc.apply_slide_field(self.row, self.field, self.new)
        for name, value in self.also_new.items():
            self.doc.apply_slide_field(self.row, name, value)

    def undo(self) -> None:
        self.doc.apply_slide_field(self.row, self.field, self.old)
        for name, value in self.also_old.items():
            self.doc.apply_slide_field(self.row, name, value)


class SetBlock(QUndoCommand):
    """Replace one block with a new version (bullets typed, a table cell, a chart value, an image)."""

    def __init__(
        self, doc: EditTarget, row: int, index: int, new: dict[str, Any], text: str, *, typing: bool
    ) -> None:
        super().__init__(text)
        self.doc, self.row, self.index, self.new = doc, row, index, new
        self.old = doc.deck.slides[row].blocks[index].to_dict()
        self.typing = typing

    def id(self) -> int:
        return _BLOCK_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetBlock) or not other.typing:
            return False
        if (other.row, other.index) != (self.row, self.index):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc.apply_block(self.row, self.index, self.new)

    def undo(self) -> None:
        self.doc.apply_block(self.row, self.index, self.old)


class ReplaceSlides(QUndoCommand):
    """A change to the deck's structure: add, delete, duplicate, move, split, add or remove a block.

    Stores the whole slide list before and after (a few kilobytes), which keeps every
    structural edit trivially reversible.
    """

    def __init__(
        self,
        doc: EditTarget,
        before: list[dict[str, Any]],
        after: list[dict[str, Any]],
        text: str,
        *,
        select_after: int,
        select_before: int,
    ) -> None:
        super().__init__(text)
        self.doc, self.before, self.after = doc, before, after
        self.select_after, self.select_before = select_after, select_before

    def redo(self) -> None:
        self.doc.apply_slides(self.after, self.select_after)

    def undo(self) -> None:
        self.doc.apply_slides(self.before, self.select_before)


class SetDeckSetting(QUndoCommand):
    """Theme, aspect ratio, logo (on the deck) or brand colour (on the preparation)."""

    def __init__(self, doc: EditTarget, name: str, value: str, text: str) -> None:
        super().__init__(text)
        self.doc, self.name, self.new = doc, name, value
        self.old = doc.setting(name)

    def redo(self) -> None:
        self.doc.apply_setting(self.name, self.new)

    def undo(self) -> None:
        self.doc.apply_setting(self.name, self.old)


class SetTalkLength(QUndoCommand):
    """A new talk length and the deck planned for it (core.deck.plan), undone together."""

    def __init__(
        self,
        doc: TalkTarget,
        old: int,
        new: int,
        before: list[dict[str, Any]],
        after: list[dict[str, Any]],
        text: str,
    ) -> None:
        super().__init__(text)
        self.doc, self.old, self.new, self.before, self.after = doc, old, new, before, after

    def redo(self) -> None:
        self.doc.apply_talk_length(self.new, self.after)

    def undo(self) -> None:
        self.doc.apply_talk_length(self.old, self.before)
