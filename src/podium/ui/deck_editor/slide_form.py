"""The selected slide's fields: guidance alongside, title, time, blocks and speaker notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from podium.core.deck.checks import EMPTY, EXAMPLE, NO_NOTES, NO_TITLE, NOTES_DRAFT, PLACEHOLDER
from podium.core.deck.slots import detached_title_source, title_follows_data
from podium.core.model import Slide
from podium.core.rehearsal.speaking import speaking_seconds, word_count
from podium.core.rehearsal.talk_timer import format_clock
from podium.ui.common import style
from podium.ui.deck_editor.block_panel import BlockPanel
from podium.ui.deck_editor.document import MAX_BLOCKS, DeckDocument
from podium.ui.deck_editor.undo_keys import UndoKeys


class SlideForm(QScrollArea):
    def __init__(self, doc: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideForm")
        self.setWidgetResizable(True)
        self.doc = doc
        self.row = -1
        self.keys = UndoKeys(doc.undo_stack, self)
        self.guidance = QLabel()
        self.guidance.setObjectName("guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.mark(self.guidance, "guidance")
        self.title = QLineEdit()
        self.title.setObjectName("slideTitle")
        self.title.setAccessibleName(self.tr("Slide title"))
        self.title.textEdited.connect(lambda text: self._set("title", text, typing=True))
        self.title_note = QLabel()
        self.title_note.setObjectName("titleNote")
        self.title_note.setWordWrap(True)
        self.title_follow = QPushButton(self.tr("Follow data again"))
        self.title_follow.setObjectName("titleFollowData")
        self.title_follow.clicked.connect(self._follow_title_data)
        self.subtitle = QLineEdit()
        self.subtitle.setObjectName("slideSubtitle")
        self.subtitle.setAccessibleName(self.tr("Subtitle"))
        self.subtitle.setPlaceholderText(self.tr("Optional"))
        self.subtitle.textEdited.connect(lambda text: self._set("subtitle", text, typing=True))
        self.seconds = QSpinBox()
        self.seconds.setObjectName("targetSeconds")
        self.seconds.setAccessibleName(self.tr("Target time in seconds"))
        self.seconds.setRange(0, 3600)
        self.seconds.setSingleStep(15)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.valueChanged.connect(lambda value: self._set("target_seconds", value, typing=True))
        self.clock = QLabel()
        self.backup = QCheckBox(self.tr("Backup slide (kept out of the timed plan)"))
        self.backup.setObjectName("backup")
        self.backup.toggled.connect(lambda on: self._set("backup", on))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(self.tr("Speaker notes"))
        self.notes.setPlaceholderText(self.tr("What you will say on this slide"))
        self.notes.setUndoRedoEnabled(False)
        self.notes.setMinimumHeight(110)
        self.notes.textChanged.connect(self._notes_changed)
        self.notes_info = QLabel()
        self.notes_info.setObjectName("notesInfo")
        self.keys.watch(self.title, self.subtitle, self.notes, self.seconds)
        self.blocks_box = QVBoxLayout()
        self.panels: list[BlockPanel] = []
        self.add_button = QPushButton(self.tr("Add to slide"))
        self.add_button.setObjectName("addBlock")
        menu = QMenu(self.add_button)
        for kind, text in (("bullets", self.tr("Bullet points")), ("table", self.tr("Table")),
                           ("chart", self.tr("Chart")), ("image", self.tr("Image"))):  # fmt: skip
            menu.addAction(text, self._adder(kind))
        self.add_button.setMenu(menu)

        time_row = QHBoxLayout()
        time_row.addWidget(self.seconds)
        time_row.addWidget(self.clock, 1)
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(self.guidance)
        form.addRow(self.tr("&Title:"), self.title)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_note, 1)
        title_row.addWidget(self.title_follow)
        form.addRow("", title_row)
        form.addRow(self.tr("S&ubtitle:"), self.subtitle)
        form.addRow(self.tr("Time:"), time_row)
        form.addRow(self.backup)
        form.addRow(self.blocks_box)
        form.addRow(self.add_button)
        form.addRow(self.tr("Speaker &notes:"), self.notes)
        form.addRow(self.notes_info)
        self.setWidget(body)
        self._loading = False

    # ------------------------------------------------------------------ loading

    def _adder(self, kind: str) -> Callable[[], None]:
        """The 'Add to slide' menu's action for one kind of block, on whichever slide is shown then."""
        return lambda: self.doc.add_block(self.row, kind)

    def show_row(self, row: int) -> None:
        self.row = row
        self.reload()

    def reload(self) -> None:
        """Show the model's values, leaving alone any field that already shows them (cursor stays put)."""
        deck = self.doc.deck
        if not 0 <= self.row < len(deck.slides):
            self.setEnabled(False)
            return
        self.setEnabled(True)
        slide = deck.slides[self.row]
        self._loading = True
        try:
            self.guidance.setText(slide.guidance or self.tr("No guidance for this slide."))
            for field, widget in (("title", self.title), ("subtitle", self.subtitle)):
                value = getattr(slide, field)
                if widget.text() != value:
                    position = widget.cursorPosition()
                    widget.setText(value)
                    widget.setCursorPosition(min(position, len(value)))
            self._show_title_source(slide)
            if self.seconds.value() != slide.target_seconds:
                self.seconds.setValue(slide.target_seconds)
            self.seconds.setEnabled(not slide.backup)
            self.clock.setText(self.tr("(%1)").replace("%1", format_clock(slide.target_seconds)) if not slide.backup
                               else self.tr("not timed"))  # fmt: skip
            self.backup.setChecked(slide.backup)
            if self.notes.toPlainText() != slide.notes:
                cursor = self.notes.textCursor().position()
                self.notes.setPlainText(slide.notes)
                moved = self.notes.textCursor()
                moved.setPosition(min(cursor, len(slide.notes)))
                self.notes.setTextCursor(moved)
            self._load_blocks()
            words = word_count(slide.notes)
            self.notes_info.setText(
                self.tr("%1 words, about %2 to say").replace("%1", str(words))
                .replace("%2", format_clock(speaking_seconds(slide.notes, self.doc.language)))
            )  # fmt: skip
        finally:
            self._loading = False

    def _load_blocks(self) -> None:
        blocks = self.doc.deck.slides[self.row].blocks
        if [p.kind for p in self.panels] != [b.kind for b in blocks]:
            old, self.panels = self.panels, []  # first: a retiring editor losing focus must not write back
            for panel in old:
                panel.setParent(None)
                panel.deleteLater()
            for index, block in enumerate(blocks):
                panel = BlockPanel(block, self.doc.language, self.keys)
                panel.row = self.row
                panel.edited.connect(lambda b, typing, p=panel: self._block_edited(p, b, typing))
                panel.remove_requested.connect(lambda i=index: self.doc.remove_block(self.row, i))
                panel.follow_data_requested.connect(lambda i=index: self._follow_data(i))
                self.blocks_box.addWidget(panel)
                self.panels.append(panel)
        else:
            for panel, block in zip(self.panels, blocks, strict=True):
                panel.row = self.row
                panel.load(block)
        self.add_button.setVisible(len(blocks) < MAX_BLOCKS)

    # ------------------------------------------------------------------ editing

    def _set(self, field: str, value: object, *, typing: bool = False) -> None:
        if not self._loading and self.row >= 0:
            self.doc.set_slide_field(self.row, field, value, typing=typing)

    def _notes_changed(self) -> None:
        self._set("notes", self.notes.toPlainText(), typing=True)

    def _block_edited(self, panel: BlockPanel, block: object, typing: bool) -> None:
        """An edit from a block editor, applied only to the slide and block that editor shows."""
        if self._loading or panel not in self.panels or panel.row != self.row:
            return
        index = self.panels.index(panel)
        if self.doc.deck.slides[self.row].blocks[index].kind != panel.kind:
            return
        self.doc.set_block(self.row, index, block, typing=typing)  # type: ignore[arg-type]

    def _show_title_source(self, slide: Slide) -> None:
        """Say whether the data writes this title (an action title) or the user took it over."""
        follows, detached = title_follows_data(slide), bool(detached_title_source(slide))
        if follows:
            self.title_note.setText(
                self.tr("Written from your data: the slide's conclusion. Edit it to make it your own.")
            )
        elif detached:
            self.title_note.setText(self.tr("Your own title: the data no longer changes it."))
        self.title_note.setVisible(follows or detached)
        self.title_follow.setVisible(detached)

    def _follow_title_data(self) -> None:
        if not self.doc.follow_title_data_again(self.row):
            from podium.ui.common import messages

            messages.info(self, self.tr("Nothing to fill it with"),
                          self.tr("Your data cannot state this slide's conclusion yet. Add the data in the role's planner tab first."))  # fmt: skip

    def _follow_data(self, index: int) -> None:
        if not self.doc.follow_data_again(self.row, index):
            from podium.ui.common import messages

            messages.info(self, self.tr("Nothing to fill it with"),
                          self.tr("Your data does not fill this block yet. Add the data in the role's planner tab first."))  # fmt: skip

    # --------------------------------------------------------------- navigation

    def focus_item(self, kind: str, block_index: int = -1) -> None:
        """Put the cursor where the unfinished item is, so one click takes the user there."""
        if kind in (NO_NOTES, NOTES_DRAFT):
            self.notes.setFocus()
            self.ensureWidgetVisible(self.notes)
        elif kind in (EXAMPLE, EMPTY, PLACEHOLDER) and 0 <= block_index < len(self.panels):
            self.panels[block_index].focus_editor()
            self.ensureWidgetVisible(self.panels[block_index])
        elif kind in (NO_TITLE, PLACEHOLDER, EXAMPLE):
            self.title.setFocus()
            self.ensureWidgetVisible(self.title)
