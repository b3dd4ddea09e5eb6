"""The Risks tab of a project-management preparation: register, plan, scales and the live heat map.

Edits go through one ``QUndoStack`` (Ctrl+Z, Ctrl+Shift+Z) and are written back into
``prep.role_data``; ``session.role_data_changed()`` then refills the deck's slots, so the
heat map here and in the export are the same drawing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from podium.core import clock
from podium.core.errors import ExportError, RoleDataError
from podium.core.model import Deck
from podium.core.render.layout import layout_deck
from podium.core.tabular.messages import ReadError, render_error
from podium.roles.project_management.columns import PLAN
from podium.roles.project_management.exporter import export_register
from podium.roles.project_management.importer import (
    Inspection,
    RegisterInspection,
    check_register,
    convert_plan,
    inspect_plan,
    inspect_register,
    plan_from_text,
)
from podium.roles.project_management.library import LibraryRisk, pull, starter_library
from podium.roles.project_management.mapping import reapply, remember, remembered
from podium.roles.project_management.register import PlanItem, Risk, load_register, next_id, save_register
from podium.roles.project_management.register_rows import Choice
from podium.roles.project_management.ui.import_dialog import RegisterImportDialog
from podium.roles.project_management.ui.models import PlanModel, RegisterModel
from podium.roles.project_management.ui.register_view import RegisterView
from podium.roles.project_management.ui.scales import ScalesEditor, ScalesModel
from podium.roles.project_management.ui.verdict import VerdictModel, VerdictTab
from podium.roles.project_management.ui.widgets import (
    ChoiceDelegate,
    ColumnMappingDialog,
    DateDelegate,
    LibraryDialog,
)
from podium.ui.common import messages
from podium.ui.common.i18n import current_language
from podium.ui.common.jobs import BusyDialog, Job
from podium.ui.common.session import PreparationSession
from podium.ui.slides.slides_view import SlidePreview

FILE_FILTER = "Registers (*.csv *.xlsx *.xlsm *.txt)"


class DeckSlidePreview(SlidePreview):
    """One slide of the preparation's deck (by key), redrawn whenever the deck changes."""

    def __init__(self, session: PreparationSession, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.key = session, key
        session.deck_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        prep = self.session.prep
        slide = next((s for s in prep.deck.slides if s.key == self.key), None)
        if slide is None:
            self.show_layout(None, prep.language)
            return
        one = Deck(slides=[slide], theme=prep.deck.theme, aspect=prep.deck.aspect, logo=prep.deck.logo)
        self.show_layout(layout_deck(one, language=prep.language, brand=prep.brand_color, footer=prep.company)[0],
                         prep.language)  # fmt: skip


class RiskPanel(QWidget):
    """The project-management planner: what the deck's risk slides are built from."""

    def __init__(self, session: PreparationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskPanel")
        self.session = session
        prep = session.prep
        self.language = prep.language
        self.register = load_register(prep)
        self.reading: Job | None = None  # a file being read in the background
        self.import_step: RegisterImportDialog | None = None  # the register's import step, while open
        self.undo_stack = QUndoStack(self)
        self.register_model = RegisterModel(self.register, self.language, self.undo_stack, self)
        self.plan_model = PlanModel(self.register.plan, self.undo_stack, self)
        self.scales_model = ScalesModel(self.register, self.undo_stack, self)
        self.verdict_model = VerdictModel(self.register, self.undo_stack, self)
        for model in (self.register_model, self.plan_model, self.scales_model, self.verdict_model):
            model.changed.connect(self._data_changed)
        self.scales_model.changed.connect(self.register_model.refresh_all)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.register_view = RegisterView(self.register_model)
        self.register_view.table.doubleClicked.connect(lambda _i: self.register_view.show_message(""))
        self._button(self.tr("&Add"), self.add_risk, "addRisk")
        self._button(self.tr("D&uplicate"), self.duplicate_risks, "duplicateRisk", QKeySequence("Ctrl+D"))
        self._button(self.tr("De&lete"), self.delete_risks, "deleteRisk", QKeySequence.StandardKey.Delete)
        self._button(self.tr("From &library…"), self.pull_from_library, "libraryRisk")
        self._button(self.tr("&Import…"), self.import_register, "importRisks")
        self._button(self.tr("E&xport…"), self.export_register, "exportRisks")
        self.undo_button = self._button(self.tr("Undo"), self.undo_stack.undo, "undoRisk")
        self.redo_button = self._button(self.tr("Redo"), self.undo_stack.redo, "redoRisk")
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("riskTabs")
        self.tabs.addTab(self.register_view, self.tr("Re&gister"))
        self.tabs.addTab(self._plan_tab(), self.tr("&Plan"))
        self.scales_editor = ScalesEditor(self.scales_model, self.language)
        self.tabs.addTab(self.scales_editor, self.tr("&Scales"))
        self.heatmap_preview = DeckSlidePreview(session, "heatmap")
        self.tabs.addTab(self.heatmap_preview, self.tr("Heat &map"))
        self.verdict_tab = VerdictTab(self.verdict_model, session, DeckSlidePreview)
        self.tabs.addTab(self.verdict_tab, self.tr("Ver&dict"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

    def section_title(self) -> str:
        return self.tr("R&isks")  # Alt+K is the Deck tab (Dec&k)

    # ------------------------------------------------------------------ plumbing

    def _button(
        self, text: str, slot, name: str, shortcut=None, target: QHBoxLayout | None = None
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        if shortcut is not None:
            action = QAction(self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            (self.register_view.table if target is None else self.plan_table).addAction(action)
        if target is None:
            self.register_view.add_button(button)
        else:
            target.addWidget(button)
        return button

    def _data_changed(self) -> None:
        self.register_view.show_message(self.register_model.rejected)
        save_register(self.session.prep, self.register)
        self.session.role_data_changed()
        self.verdict_tab.editor.refresh()  # the go-live, buffer and ratings follow the plan and the register

    # ------------------------------------------------------------------ register

    def add_risk(self) -> None:
        risk = Risk(id=next_id([r.id for r in self.register.risks]))
        row = len(self.register.risks)
        self.register_model.insert(row, [risk], self.tr("Add a risk"))
        self.register_view.select_source_row(row)
        self.register_view.table.edit(self.register_view.table.currentIndex())

    def duplicate_risks(self) -> None:
        rows = self.register_view.selected_source_rows()
        if not rows:
            return
        taken = [r.id for r in self.register.risks]
        copies = []
        for row in rows:
            new_id = next_id(taken)
            taken.append(new_id)
            copies.append(self.register.risks[row].copy(id=new_id))
        self.register_model.insert(rows[-1] + 1, copies, self.tr("Duplicate risks"))
        self.register_view.select_source_row(rows[-1] + 1)

    def delete_risks(self) -> None:
        rows = self.register_view.selected_source_rows()
        self.register_model.remove(rows, self.tr("Delete risks"))

    def pull_from_library(self) -> None:
        chosen = self.choose_from_library(starter_library(self.language))
        if not chosen:
            return
        risks = pull(chosen, [r.id for r in self.register.risks])
        row = len(self.register.risks)
        self.register_model.insert(row, risks, self.tr("Add risks from the library"))
        self.register_view.select_source_row(row)

    def choose_from_library(self, entries: tuple[LibraryRisk, ...]) -> list[LibraryRisk]:
        """The library risks the user ticks (a seam tests replace)."""
        dialog = LibraryDialog(entries, self)
        return dialog.selected() if dialog.exec() else []

    def ask_mapping(self, inspection: Inspection, vocab=PLAN) -> dict[int, str | None] | None:
        """How to read the file's columns, asked when Podium is unsure (a seam tests replace)."""
        dialog = ColumnMappingDialog(inspection, vocab, self)
        return dialog.mapping() if dialog.exec() else None

    def _mapping_for(
        self, inspection: Inspection, required: tuple[tuple[str, ...], ...], vocab
    ) -> dict | None:
        mapping = inspection.mapping()
        fields = set(mapping.values())
        missing = any(not any(f in fields for f in options) for options in required)
        if inspection.unsure or (missing and inspection.unmapped):
            return self.ask_mapping(inspection, vocab)
        return mapping

    def import_register(self) -> None:
        path = messages.ask_open_path(self, self.tr("Import a risk register"), FILE_FILTER)
        if path:
            self.import_register_file(Path(path))

    def _read_in_background(self, work, label: str, title: str, finish) -> None:
        """Read a file off the UI thread behind a busy dialog with Cancel; ``work(progress)`` reports
        how far it is, ``finish(result)`` runs on the UI thread when it is done, never after a cancel."""
        if self.reading is not None:
            self.reading.cancel()
        explain = lambda error: render_error(error, current_language())  # noqa: E731
        read = Job(work, self, failure=self.tr("Could not read the file: %1"), explain=explain)
        self.reading = read

        def forget() -> None:
            if self.reading is read:
                self.reading = None

        def done(value: object) -> None:
            forget()
            finish(value)

        def failed(text: str) -> None:
            forget()
            messages.error(self, title, text)

        read.succeeded.connect(done)
        read.failed.connect(failed)
        read.cancelled.connect(forget)
        BusyDialog(read, label, self).canceled.connect(forget)
        read.start()

    def import_register_file(self, path: Path) -> None:
        """Read ``path`` in the background, then show the import step (columns, scales, what is read)."""
        title = self.tr("Import a risk register")
        scales = self.register.scales
        self._read_in_background(lambda progress: inspect_register(path, scales, progress),
                                 self.tr("Reading %1…").replace("%1", path.name), title,
                                 lambda inspection: self._register_read(path, inspection))  # fmt: skip

    def _register_read(self, path: Path, inspection: RegisterInspection) -> None:
        """The import step, opened with the last import's mapping where the columns are the same."""
        choice = reapply(inspection, remembered(self.session.prep))
        dialog = RegisterImportDialog(inspection, choice, self.register.scales, current_language(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._register_chosen(path, inspection, dialog.choice()))
        self.import_step = dialog
        dialog.finished.connect(lambda _r: setattr(self, "import_step", None))
        dialog.open()

    def _register_chosen(self, path: Path, inspection: RegisterInspection, choice: Choice) -> None:
        title = self.tr("Import a risk register")
        language = current_language()
        try:
            outcome = check_register(inspection, choice, self.register.scales)
        except ReadError as exc:
            messages.error(self, title, exc.render(language))
            return
        if self.register.risks and not messages.confirm(
            self, title,
            self.tr("Replace the %1 risks in the register with the %2 from %3? You can undo this with Ctrl+Z.")
            .replace("%1", str(len(self.register.risks))).replace("%2", str(len(outcome.risks))).replace("%3", path.name),
        ):  # fmt: skip
            return
        remember(self.session.prep, inspection, choice, outcome)
        self.register_model.replace(outcome.risks, self.tr("Import %1").replace("%1", path.name))
        count = len(outcome.risks)
        done = self.tr("1 risk imported from %2.") if count == 1 else self.tr("%1 risks imported from %2.")
        lines = [done.replace("%1", str(count)).replace("%2", path.name), outcome.summary().render(language)]
        if outcome.kept:
            lines.append(self.tr("Kept as extra columns: %1.").replace("%1", ", ".join(outcome.kept)))
        lines += [n.render(language) for n in (*inspection.grid.notes, *outcome.notes)][:10]
        messages.info(self, title, "\n".join(lines))

    def export_register(self) -> None:
        title = self.tr("Export the risk register")
        path = messages.ask_save_path(self, title, "risk-register.xlsx", "Excel (*.xlsx);;CSV (*.csv)")
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".xlsx")
        try:
            export_register(
                target, self.register.risks, self.register.plan, self.register.scales, self.language
            )
        except (RoleDataError, ExportError) as exc:
            messages.error(self, title, str(exc))
            return
        messages.info(
            self,
            title,
            self.tr("The register (%1 risks) was written to %2.")
            .replace("%1", str(len(self.register.risks)))
            .replace("%2", str(target)),
        )

    # ---------------------------------------------------------------------- plan

    def _plan_tab(self) -> QWidget:
        self.plan_table = QTableView()
        self.plan_table.setObjectName("planTable")
        self.plan_table.setAccessibleName(self.tr("Phases and milestones"))
        self.plan_table.setModel(self.plan_model)
        self.plan_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        kinds = [
            ("phase", self.plan_model.kind_name("phase")),
            ("milestone", self.plan_model.kind_name("milestone")),
        ]
        self._plan_delegates = [
            ChoiceDelegate(lambda _i: kinds, self.plan_table),
            DateDelegate(self.plan_table),
        ]
        self.plan_table.setItemDelegateForColumn(1, self._plan_delegates[0])
        self.plan_table.setItemDelegateForColumn(2, self._plan_delegates[1])
        self.plan_table.setItemDelegateForColumn(3, self._plan_delegates[1])
        buttons = QHBoxLayout()
        self._button(self.tr("Add p&hase"), lambda: self.add_plan_item("phase"), "addPhase", target=buttons)
        self._button(
            self.tr("Add mi&lestone"), lambda: self.add_plan_item("milestone"), "addMilestone", target=buttons
        )
        self._button(
            self.tr("Delete"),
            self.delete_plan_items,
            "deletePlanItem",
            QKeySequence.StandardKey.Delete,
            buttons,
        )
        self._button(
            self.tr("Paste rows"), self.paste_plan, "pastePlan", QKeySequence.StandardKey.Paste, buttons
        )
        self._button(self.tr("Import plan…"), self.import_plan, "importPlan", target=buttons)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Paste rows copied from a spreadsheet (name, start, end), or import a CSV or Excel file. "
                              "A row with one date is a milestone."))  # fmt: skip
        hint.setWordWrap(True)
        left = QWidget()
        column = QVBoxLayout()  # installed on left once filled
        column.addLayout(buttons)
        left.setLayout(column)
        column.addWidget(self.plan_table, 1)
        column.addWidget(hint)
        self.plan_preview = DeckSlidePreview(self.session, "plan")
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.plan_preview)
        splitter.setStretchFactor(1, 1)
        return splitter

    def add_plan_item(self, kind: str) -> None:
        plan = self.register.plan
        start = max((p.finish for p in plan), default=clock.today())
        item = PlanItem(self.tr("New milestone") if kind == "milestone" else self.tr("New phase"), start,
                        None if kind == "milestone" else start, kind)  # fmt: skip
        self.plan_model.insert(len(plan), [item], self.tr("Add to the plan"))
        index = self.plan_model.index(len(plan) - 1, 0)
        self.plan_table.setCurrentIndex(index)
        self.plan_table.edit(index)

    def delete_plan_items(self) -> None:
        rows = sorted({i.row() for i in self.plan_table.selectionModel().selectedRows()})
        if not rows and self.plan_table.currentIndex().isValid():
            rows = [self.plan_table.currentIndex().row()]
        self.plan_model.remove(rows, self.tr("Delete from the plan"))

    def paste_plan(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            return
        try:
            items = plan_from_text(text).plan
        except RoleDataError as exc:
            messages.error(self, self.tr("Paste the plan"), str(exc))
            return
        self.plan_model.insert(len(self.register.plan), items, self.tr("Paste into the plan"))

    def import_plan(self) -> None:
        path = messages.ask_open_path(self, self.tr("Import the plan"), FILE_FILTER)
        if path:
            self.import_plan_file(Path(path))

    def import_plan_file(self, path: Path) -> None:
        title = self.tr("Import the plan")
        self._read_in_background(lambda progress: inspect_plan(path, progress),
                                 self.tr("Reading %1…").replace("%1", path.name), title,
                                 lambda inspection: self._plan_read(path, inspection))  # fmt: skip

    def _plan_read(self, path: Path, inspection: Inspection) -> None:
        try:
            mapping = self._mapping_for(inspection, (("name",), ("start", "date", "end")), PLAN)
            if mapping is None:
                return
            items = convert_plan(inspection, mapping).plan
        except RoleDataError as exc:
            messages.error(self, self.tr("Import the plan"), str(exc))
            return
        if self.register.plan and not messages.confirm(
            self, self.tr("Import the plan"),
            self.tr("Replace the %1 rows of the plan with the %2 from %3? You can undo this with Ctrl+Z.")
            .replace("%1", str(len(self.register.plan))).replace("%2", str(len(items))).replace("%3", path.name),
        ):  # fmt: skip
            return
        self.plan_model.replace(items, self.tr("Import %1").replace("%1", path.name))
