"""The Deck tab: slide list, live preview with fit feedback, and the slide editor, to-do list and design.

This module only assembles the parts and routes signals between them; edits go
through ``DeckDocument`` so that one QUndoStack covers all of them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from podium.core.deck import edits
from podium.core.deck.checks import UnfinishedItem
from podium.core.deck.fit import can_split, fit_report
from podium.core.interview.readiness import DECK, Missing
from podium.core.rehearsal.talk_timer import format_clock
from podium.core.render.layout import SlideLayout
from podium.ui.common import settings, style
from podium.ui.common.session import PreparationSession
from podium.ui.deck_editor.design import DesignPanel
from podium.ui.deck_editor.document import DeckDocument
from podium.ui.deck_editor.fit_panel import FitPanel
from podium.ui.deck_editor.slide_form import SlideForm
from podium.ui.slides.slides_view import SlideList, SlideListModel, SlidePreview
from podium.ui.slides.todo import TodoList

STATUS_DELAY_MS = 150  # thumbnails and the to-do list catch up this long after the last keystroke


class DeckSection(QWidget):
    """Thumbnails, the large preview, and the selected slide's editor with guidance alongside."""

    area_requested = Signal(str)  # a to-do item outside the deck: research, questions or rehearse

    def __init__(self, session: PreparationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc = DeckDocument(session, self)
        self.undo_stack = self.doc.undo_stack
        self.model = SlideListModel(self)
        self.model.mover = self.doc.move_slide
        self.slide_list = SlideList()
        self.slide_list.setModel(self.model)
        self.timing = QLabel()
        self.timing.setObjectName("deckTiming")
        self.timing.setWordWrap(True)
        self.preview = SlidePreview()
        self.fit = FitPanel()
        self.form = SlideForm(self.doc)
        self.todo = TodoList()
        self.design = DesignPanel(self.doc)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("deckTabs")
        self.tabs.addTab(self.form, self.tr("&Slide"))
        self.tabs.addTab(self.todo, self.tr("To &do"))
        self.tabs.addTab(self.design, self.tr("Desi&gn"))
        self.toolbar = self._build_toolbar()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.slide_list, 1)
        talk_row = QHBoxLayout()
        left_layout.addLayout(talk_row)  # in its parent before it holds items (no stale item wrappers)
        self.talk_minutes = QSpinBox()
        self.talk_minutes.setObjectName("talkMinutes")
        self.talk_minutes.setRange(1, 180)
        self.talk_minutes.setSuffix(self.tr(" min"))
        self.talk_minutes.setKeyboardTracking(False)  # one re-plan when the user has typed the number
        self.talk_minutes.setToolTip(
            self.tr(
                "The talk length: a shorter talk keeps the most important slides and moves the rest to the appendix"
            )
        )
        talk_label = QLabel(self.tr("&Talk length:"))
        talk_label.setBuddy(self.talk_minutes)
        talk_row.addWidget(talk_label)
        talk_row.addWidget(self.talk_minutes)
        talk_row.addStretch(1)
        left_layout.addWidget(self.timing)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.preview, 1)
        centre_layout.addWidget(self.fit)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("deckSplitter")
        for widget in (left, centre, self.tabs):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.slide_list.selectionModel().currentChanged.connect(lambda cur, _prev: self.show_slide(cur.row()))
        self._pending_rows: set[int] = set()
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self._flush_status)
        self.doc.slide_changed.connect(self._slide_changed)
        self.doc.slides_changed.connect(self.refresh)
        self.talk_minutes.setValue(self.prep.talk_minutes)
        self.talk_minutes.valueChanged.connect(self.doc.set_talk_minutes)
        self.doc.select_requested.connect(self._select_if_needed)
        self.todo.activated.connect(self.go_to)
        self.fit.shorten_requested.connect(self._shorten)
        self.fit.split_requested.connect(lambda: self.doc.split_slide(self.current_row()))
        self.fit.smaller_requested.connect(
            lambda on: self.doc.set_slide_field(self.current_row(), "small_text", on)
        )
        self.fit.more_time_requested.connect(
            lambda seconds: self.doc.set_slide_field(self.current_row(), "target_seconds", seconds)
        )
        self.refresh()
        if self.layouts:
            self.select(0)

    # -------------------------------------------------------------- properties

    @property
    def prep(self):
        return self.session.prep

    @property
    def layouts(self) -> list[SlideLayout]:
        return self.doc.layouts

    @property
    def guidance(self) -> QLabel:
        return self.form.guidance

    @property
    def notes(self):
        return self.form.notes

    # ----------------------------------------------------------------- toolbar

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("deckToolbar")
        self.add_menu = QMenu(self.tr("Add slide"), self)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        add = QToolButton()
        add.setText(self.tr("Add slide"))
        add.setObjectName("addSlide")
        add.setMenu(self.add_menu)
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(add)

        def action(text: str, slot, shortcut: str | None = None) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(slot)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.slide_list.addAction(act)
            bar.addAction(act)
            return act

        self.duplicate_action = action(
            self.tr("Duplicate"), lambda: self.doc.duplicate_slide(self.current_row()), "Ctrl+D"
        )
        self.delete_action = action(
            self.tr("Delete"), lambda: self.doc.delete_slide(self.current_row()), "Del"
        )
        self.up_action = action(self.tr("Move up"), lambda: self._move(-1))
        self.down_action = action(self.tr("Move down"), lambda: self._move(1))
        self.up_action.setToolTip(self.tr("Move the slide up (Ctrl+Up in the slide list)"))
        self.down_action.setToolTip(self.tr("Move the slide down (Ctrl+Down in the slide list)"))
        self.slide_list.move_requested.connect(self._move)
        self.backup_action = action(self.tr("Move to appendix"), self._toggle_backup)
        self.backup_action.setToolTip(
            self.tr(
                "Move the slide after the close, out of the timed talk, for the questions; or back into the talk"
            )
        )
        self.split_action = action(self.tr("Split"), lambda: self.doc.split_slide(self.current_row()))
        bar.addSeparator()
        self.export_action = action(self.tr("Export…"), self.open_export)
        return bar

    def _fill_add_menu(self) -> None:
        menu = self.add_menu
        menu.clear()
        language = self.prep.language
        try:
            types = edits.slide_types(self.prep)
            names = edits.slide_type_names(self.prep)
        except Exception:  # a role whose data cannot be read still lets the user add blank slides
            types, names = [], {}
        for slide in types:
            act = menu.addAction(names.get(slide.key) or slide.title or slide.key)
            act.setToolTip(slide.guidance)
            act.triggered.connect(lambda _=False, s=slide: self.doc.insert_slide(self.current_row() + 1, s))
        if types:
            menu.addSeparator()
        menu.addAction(self.tr("Blank slide"), lambda: self.doc.insert_slide(
            self.current_row() + 1, edits.blank_slide("content", language)))  # fmt: skip
        menu.addAction(self.tr("Section divider"), lambda: self.doc.insert_slide(
            self.current_row() + 1, edits.blank_slide("section", language)))  # fmt: skip

    def _move(self, step: int) -> None:
        row = self.current_row()
        self.doc.move_slide(row, row + step)

    def _toggle_backup(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self.prep.deck.slides):
            if self.prep.deck.slides[row].backup:
                self.doc.move_to_talk(row)
            else:
                self.doc.move_to_appendix(row)

    # ----------------------------------------------------------------- showing

    def current_row(self) -> int:
        return self.slide_list.currentIndex().row()

    def select(self, row: int) -> None:
        self.slide_list.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.show_slide(row)

    def _select_if_needed(self, row: int) -> None:
        if row != self.current_row():
            self.select(row)

    def refresh(self) -> None:
        """Everything laid out again (structure, design or another panel changed the deck)."""
        self._status_timer.stop()
        self._pending_rows.clear()
        row = max(0, self.current_row())
        self.slide_list.set_aspect(self.prep.deck.aspect)
        self.model.set_deck(self.prep.deck.slides, self.layouts, self.prep.language)
        self.design.refresh()
        if self.layouts:
            self.select(min(row, len(self.layouts) - 1))
        self._update_status()

    def show_slide(self, row: int) -> None:
        if not 0 <= row < len(self.layouts):
            self.preview.show_layout(None, self.prep.language)
            self.form.show_row(-1)
            return
        self.preview.show_layout(self.layouts[row], self.prep.language)
        if self.form.row != row:
            self.form.show_row(row)
        else:
            self.form.reload()
        self._update_fit(row)
        self.backup_action.setText(
            self.tr("Move to the talk") if self.prep.deck.slides[row].backup else self.tr("Move to appendix")
        )
        self.split_action.setEnabled(can_split(self.prep.deck.slides[row]))

    def _slide_changed(self, row: int) -> None:
        """A keystroke's worth of change: the preview now, thumbnail and to-do list once typing pauses."""
        if row == self.current_row():
            self.show_slide(row)
        self._pending_rows.add(row)
        self._status_timer.start()

    def _flush_status(self) -> None:
        rows, self._pending_rows = self._pending_rows, set()
        for row in sorted(rows):
            self.model.refresh_row(row, self.layouts)
        self._update_status()

    def _update_fit(self, row: int) -> None:
        prep = self.prep
        report = fit_report(prep.deck, row, self.layouts[row], language=prep.language, brand=prep.brand_color,
                            footer=prep.company)  # fmt: skip
        self.fit.show_report(report, small_allowed=prep.deck.slides[row].small_text)

    def _update_status(self) -> None:
        deck = self.prep.deck
        self.todo.refresh(self.session.to_do(), deck)
        count = len(self.todo.model.items)
        self.tabs.setTabText(
            1, self.tr("To &do (%1)").replace("%1", str(count)) if count else self.tr("To &do")
        )
        total, talk = deck.total_target_seconds, self.prep.talk_minutes * 60
        if self.talk_minutes.value() != self.prep.talk_minutes:
            with QSignalBlocker(self.talk_minutes):
                self.talk_minutes.setValue(self.prep.talk_minutes)
        backups = sum(1 for s in deck.slides if s.backup)
        text = (
            self.tr("Timed plan %1 of a %2 talk")
            .replace("%1", format_clock(total))
            .replace("%2", format_clock(talk))
        )
        if backups:
            text += (self.tr(", 1 backup slide") if backups == 1
                     else self.tr(", %1 backup slides").replace("%1", str(backups)))  # fmt: skip
        self.timing.setText(text)
        style.mark(self.timing, tone="error" if total > talk else "")

    # -------------------------------------------------------------- navigation

    def go_to(self, item: UnfinishedItem | Missing) -> None:
        """One click from the to-do list (or the export dialog) to the unfinished item.

        An item outside the deck (research, questions, rehearsal) asks the workspace for its tab.
        """
        if isinstance(item, Missing):
            if item.area != DECK:
                self.area_requested.emit(item.area)
                return
            item = UnfinishedItem(item.slide_index, item.kind, item.block_index)
        self.tabs.setCurrentWidget(self.form)
        self.select(item.slide_index)
        self.form.focus_item(item.kind, item.block_index)

    def _shorten(self, where: str) -> None:
        self.tabs.setCurrentWidget(self.form)
        if where == "notes":
            self.form.notes.setFocus()
        elif self.form.panels:
            self.form.panels[0].focus_editor()

    # ------------------------------------------------------------------ export

    def open_export(self) -> None:
        from podium.ui.deck_export.dialog import ExportDialog, default_stem

        self._flush_status()
        self.doc.broadcast_now()
        self.session.flush()
        folder = settings.get(settings.EXPORT_FOLDER)
        stem = default_stem(self.prep, Path(str(folder)) if folder else None)
        dialog = ExportDialog(self.prep, stem, self, to_do=self.session.to_do())
        dialog.jump_requested.connect(self.go_to)
        dialog.exported.connect(lambda _paths: settings.put(settings.EXPORT_FOLDER, str(dialog.stem.parent)))
        self.export_dialog = dialog
        dialog.open()
