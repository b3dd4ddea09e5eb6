"""The deck being edited: one QUndoStack, the laid-out slides, and every edit the editor can make.

Widgets never change the model directly. They call the edit methods here, which
push commands; the commands call back the ``apply_*`` methods, which change the
model, lay the affected slides out again and say what changed. A keystroke lays
out one slide (well under a millisecond); other panels hear about deck edits once
typing pauses, so they do not redraw on every key.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from podium.core.deck import edits, plan
from podium.core.deck.fill import apply_role_data, computed_blocks, computed_titles
from podium.core.deck.scaffold import slide_order
from podium.core.deck.slots import (
    detach,
    detached,
    detached_source,
    detached_title_source,
    follows_data,
    notes_follow_data,
    title_follows_data,
)
from podium.core.model import (
    Block,
    Bullet,
    BulletsBlock,
    ChartBlock,
    Deck,
    ImageBlock,
    Preparation,
    Series,
    Slide,
    TableBlock,
    block_from_dict,
)
from podium.core.phrasebook import phrases
from podium.core.render.layout import SLIDE_WIDTHS, SlideLayout, layout_deck, layout_slide
from podium.core.render.theme import Theme, get_theme
from podium.ui.common.session import PreparationSession
from podium.ui.deck_editor.commands import (
    ReplaceSlides,
    SetBlock,
    SetDeckSetting,
    SetSlideField,
    SetTalkLength,
)

BROADCAST_DELAY_MS = 400  # other panels redraw this long after the last keystroke
LAYOUT_FIELDS = {"title", "subtitle", "small_text"}
MAX_BLOCKS = 2  # a slide shows one block, or two side by side

REDRAWN_BY_SETTING = ("theme", "aspect", "brand_color")  # the data slots depend on these


class DeckDocument(QObject):
    slide_changed = Signal(int)  # one slide's content changed and was laid out again
    slides_changed = Signal()  # order, count or design changed: everything was laid out again
    select_requested = Signal(int)  # undo/redo touched this slide: show it

    def __init__(self, session: PreparationSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.layouts: list[SlideLayout] = []
        self._own_broadcast = False
        self._broadcast = QTimer(self)
        self._broadcast.setSingleShot(True)
        self._broadcast.setInterval(BROADCAST_DELAY_MS)
        self._broadcast.timeout.connect(self.broadcast_now)
        session.deck_changed.connect(self._external_change)
        self.relayout()

    # ------------------------------------------------------------------ state

    @property
    def prep(self) -> Preparation:
        return self.session.prep

    @property
    def deck(self) -> Deck:
        return self.session.prep.deck

    @property
    def language(self) -> str:
        return self.prep.language

    def theme(self) -> Theme:
        return get_theme(self.deck.theme, self.prep.brand_color)

    def relayout(self) -> None:
        prep = self.prep
        self.layouts = layout_deck(
            prep.deck, language=prep.language, brand=prep.brand_color, footer=prep.company
        )

    def relayout_row(self, row: int) -> None:
        prep = self.prep
        self.layouts[row] = layout_slide(
            prep.deck.slides[row],
            self.theme(),
            width=SLIDE_WIDTHS.get(prep.deck.aspect, SLIDE_WIDTHS["16:9"]),
            language=prep.language,
            footer=prep.company,
            number=row + 1,
            logo=prep.deck.logo,
        )

    def slide_dicts(self) -> list[dict[str, Any]]:
        return [s.to_dict() for s in self.deck.slides]

    def setting(self, name: str) -> str:
        return self.prep.brand_color if name == "brand_color" else str(getattr(self.deck, name))

    # ----------------------------------------------------------- edits (undoable)

    def set_slide_field(self, row: int, field: str, value: Any, *, typing: bool = False) -> None:
        if not 0 <= row < len(self.deck.slides) or getattr(self.deck.slides[row], field) == value:
            return
        labels = {
            "title": self.tr("Edit title"),
            "subtitle": self.tr("Edit subtitle"),
            "notes": self.tr("Edit speaker notes"),
            "target_seconds": self.tr("Change time"),
            "backup": self.tr("Mark as backup"),
            "small_text": self.tr("Allow smaller text"),
        }
        slide = self.deck.slides[row]
        # A title the data wrote becomes the user's own once edited: later data leaves it alone.
        also = (
            {"title_source": detached(slide.title_source)}
            if field == "title" and title_follows_data(slide)
            else {}
        )
        if field == "notes" and notes_follow_data(slide):  # the same for notes the data wrote
            also = {"notes_source": detached(slide.notes_source)}
        self.undo_stack.push(
            SetSlideField(self, row, field, value, labels.get(field, field), typing=typing, also=also)
        )

    def set_block(self, row: int, index: int, block: Block, *, typing: bool = False) -> None:
        """Replace a block with the user's new version; a data-driven block is detached so it is kept."""
        old = self.deck.slides[row].blocks[index]
        if follows_data(old):
            block.source = old.source
            detach(block)
        new = block.to_dict()
        if new == old.to_dict():
            return
        self.undo_stack.push(SetBlock(self, row, index, new, self.tr("Edit slide content"), typing=typing))

    def follow_title_data_again(self, row: int) -> bool:
        """Let the data write this slide's title again; False when it cannot state one (yet)."""
        name = detached_title_source(self.deck.slides[row])
        title = computed_titles(self.prep).get(name) if name else None
        if not title:
            return False
        self.undo_stack.push(
            SetSlideField(
                self,
                row,
                "title",
                title,
                self.tr("Follow the data again"),
                typing=False,
                also={"title_source": name},
            )
        )
        return True

    def follow_data_again(self, row: int, index: int) -> bool:
        """Give a detached block back to the data; False when the data cannot fill it (yet)."""
        name = detached_source(self.deck.slides[row].blocks[index])
        fresh = computed_blocks(self.prep).get(name) if name else None
        if fresh is None:
            return False
        fresh.source = name
        self.undo_stack.push(
            SetBlock(self, row, index, fresh.to_dict(), self.tr("Follow the data again"), typing=False)
        )
        return True

    def _restructure(self, slides: list[Slide], text: str, select: int) -> None:
        before = self.slide_dicts()
        current = max(0, min(select, len(before) - 1))
        after = [s.to_dict() for s in slides]
        self.undo_stack.push(
            ReplaceSlides(self, before, after, text, select_after=select, select_before=current)
        )

    def insert_slide(self, row: int, slide: Slide) -> None:
        slides = list(self.deck.slides)
        row = max(0, min(row, len(slides)))
        slides.insert(row, slide)
        self._restructure(slides, self.tr("Add slide"), row)

    def duplicate_slide(self, row: int) -> None:
        slides = list(self.deck.slides)
        slides.insert(row + 1, edits.copy_slide(slides[row]))
        self._restructure(slides, self.tr("Duplicate slide"), row + 1)

    def delete_slide(self, row: int) -> None:
        slides = list(self.deck.slides)
        if not 0 <= row < len(slides):
            return
        del slides[row]
        self._restructure(slides, self.tr("Delete slide"), max(0, min(row, len(slides) - 1)))

    def move_slide(self, source: int, target: int) -> bool:
        """Move slide ``source`` so it ends up at index ``target``."""
        slides = list(self.deck.slides)
        if not (0 <= source < len(slides) and 0 <= target < len(slides)) or source == target:
            return False
        slides.insert(target, slides.pop(source))
        self._restructure(slides, self.tr("Move slide"), target)
        return True

    def _planned(self) -> tuple[Deck, list[str]]:
        """A copy of the deck to plan on, and the template's slide order."""
        return Deck(slides=[edits.copy_slide(s) for s in self.deck.slides]), slide_order(self.prep)

    def move_to_appendix(self, row: int) -> None:
        """The slide leaves the timed talk for the appendix after the close (undoable)."""
        if not 0 <= row < len(self.deck.slides) or self.deck.slides[row].backup:
            return
        deck, order = self._planned()
        moved = deck.slides[row]
        plan.move_to_appendix(deck, row, self.prep.talk_minutes, order)
        self._restructure(deck.slides, self.tr("Move to appendix"), deck.slides.index(moved))

    def move_to_talk(self, row: int) -> None:
        """An appendix slide comes back into the talk at its place (undoable)."""
        if not 0 <= row < len(self.deck.slides) or not self.deck.slides[row].backup:
            return
        deck, order = self._planned()
        moved = deck.slides[row]
        plan.move_to_talk(deck, row, self.prep.talk_minutes, order)
        self._restructure(deck.slides, self.tr("Move to the talk"), deck.slides.index(moved))

    def set_talk_minutes(self, minutes: int) -> None:
        """A new talk length: the deck is planned again for it (slides in or out of the appendix,
        the time shared out), every edit kept; one undo step puts the length and the deck back."""
        if minutes == self.prep.talk_minutes or minutes < 1:
            return
        deck, order = self._planned()
        plan.plan_deck(deck, minutes, order)
        self.undo_stack.push(
            SetTalkLength(self, self.prep.talk_minutes, minutes, self.slide_dicts(),
                          [s.to_dict() for s in deck.slides], self.tr("Change talk length"))
        )  # fmt: skip

    def apply_talk_length(self, minutes: int, slides: list[dict[str, Any]]) -> None:
        self.prep.talk_minutes = minutes
        self.apply_slides(slides, 0)

    def split_slide(self, row: int) -> bool:
        parts = edits.split_slide(self.deck.slides[row], self.language)
        if parts is None:
            return False
        slides = list(self.deck.slides)
        slides[row : row + 1] = list(parts)
        self._restructure(slides, self.tr("Split slide"), row)
        return True

    def add_block(self, row: int, kind: str) -> None:
        slide = edits.copy_slide(self.deck.slides[row])
        if len(slide.blocks) >= MAX_BLOCKS:
            return
        slide.blocks.append(new_block(kind, self.language))
        slides = list(self.deck.slides)
        slides[row] = slide
        self._restructure(slides, self.tr("Add to slide"), row)

    def remove_block(self, row: int, index: int) -> None:
        slide = edits.copy_slide(self.deck.slides[row])
        del slide.blocks[index]
        slides = list(self.deck.slides)
        slides[row] = slide
        self._restructure(slides, self.tr("Remove from slide"), row)

    def set_setting(self, name: str, value: str) -> None:
        if self.setting(name) == value:
            return
        labels = {
            "theme": self.tr("Change theme"),
            "aspect": self.tr("Change slide size"),
            "logo": self.tr("Change logo"),
            "brand_color": self.tr("Change brand colour"),
        }
        self.undo_stack.push(SetDeckSetting(self, name, value, labels.get(name, name)))

    # ------------------------------------------------------- applied by commands

    def apply_slide_field(self, row: int, field: str, value: Any) -> None:
        setattr(self.deck.slides[row], field, value)
        if field in LAYOUT_FIELDS:
            self.relayout_row(row)
        self.select_requested.emit(row)
        self.slide_changed.emit(row)
        self._edited()

    def apply_block(self, row: int, index: int, data: dict[str, Any]) -> None:
        self.deck.slides[row].blocks[index] = block_from_dict(data)
        self.relayout_row(row)
        self.select_requested.emit(row)
        self.slide_changed.emit(row)
        self._edited()

    def apply_slides(self, slides: list[dict[str, Any]], select: int) -> None:
        self.deck.slides = [Slide.from_dict(s) for s in slides]
        self.relayout()
        self.slides_changed.emit()
        if self.deck.slides:
            self.select_requested.emit(max(0, min(select, len(self.deck.slides) - 1)))
        self._edited()

    def apply_setting(self, name: str, value: str) -> None:
        if name == "brand_color":
            self.prep.brand_color = value
        else:
            setattr(self.deck, name, value)
        if name in REDRAWN_BY_SETTING:
            # The roles draw their diagrams in the deck's colours and proportions: draw them again
            # (slots the user took over stay theirs), so a dark theme gets readable labels.
            apply_role_data(self.prep)
        self.relayout()
        self.slides_changed.emit()
        self._edited()

    # --------------------------------------------------------------- telling others

    def _edited(self) -> None:
        self.session.edited()
        self._broadcast.start()

    def broadcast_now(self) -> None:
        """Let the other panels know the deck changed (they relayout on their own)."""
        self._broadcast.stop()
        self._own_broadcast = True
        try:
            self.session.deck_edited()
        finally:
            self._own_broadcast = False

    def _external_change(self) -> None:
        """Another panel changed the deck (role data refilled, company renamed): lay it all out again."""
        if self._own_broadcast:
            return
        self.relayout()
        self.slides_changed.emit()


def new_block(kind: str, language: str) -> Block:
    """An empty block of ``kind`` the user fills in."""
    said = phrases(language)  # a block's placeholder words are deck content, in the deck's language
    if kind == "table":
        return TableBlock([said.say("editor.column", n=1), said.say("editor.column", n=2)], [["", ""]])
    if kind == "chart":
        return ChartBlock(
            chart_type="column",
            categories=["A", "B", "C"],
            series=[Series(said.say("editor.series", n=1), [1.0, 2.0, 3.0])],
        )
    if kind == "image":
        return ImageBlock()
    return BulletsBlock([Bullet("")])
