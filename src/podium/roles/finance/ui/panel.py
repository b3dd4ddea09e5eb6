"""The finance role's Data tab: import the employer's data set, check its quality, choose the columns.

Reading, profiling and analysing run on Qt's thread pool with progress and
cancel. The preparation changes only when an analysis succeeds: then the
record goes to ``prep.role_data["finance"]`` and the session refills the
deck's charts and tables. A file that cannot be used leaves everything as it was.

Every choice made here (the columns, the sign convention, another file) is one step on the
tab's undo stack: the step holds the record before and after (a few kilobytes), so undo
puts the deck back at once, without analysing again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from podium.core.tabular.messages import render_error
from podium.roles.finance import wording as w
from podium.roles.finance.analysis import Choice
from podium.roles.finance.pipeline import KEY, VERSION, choose, load, record, set_convention
from podium.roles.finance.quality import quality_lines
from podium.roles.finance.ui.columns import ColumnsBox
from podium.roles.finance.ui.models import PREVIEW_ROWS, PreviewModel
from podium.roles.finance.ui.undo import RecordEdit
from podium.ui.common import messages
from podium.ui.common.i18n import current_language
from podium.ui.common.jobs import Job
from podium.ui.common.session import PreparationSession

LARGE_FILE = 20 * 1024 * 1024


class FinancePanel(QWidget):
    def __init__(self, session: PreparationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table: Any = None  # the typed data set while the tab is open (never stored)
        self.summary: dict[str, Any] | None = None
        self.path: Path | None = None
        self.job: Job | None = None  # the read or analysis the tab waits for
        self._job_kind = ""
        self._keep_choice = False
        self._recorded = True  # whether the analysis under way is a user's choice, to be undoable
        self.undo_stack = QUndoStack(self)
        self.setAcceptDrops(True)
        self._build()
        self._show_record()

    @property
    def prep(self):
        return self.session.prep

    def section_title(self) -> str:
        return self.tr("&Data")

    # ------------------------------------------------------------------ widgets

    def _build(self) -> None:
        self.import_button = QPushButton(self.tr("&Import data set…"))
        self.import_button.setObjectName("importData")
        self.import_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setObjectName("dataFile")
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet")
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelData")
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setObjectName("dataStatus")
        self.status.setWordWrap(True)
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        self.undo_button.setObjectName("dataUndo")
        self.redo_button.setObjectName("dataRedo")
        self.undo_button.setDefaultAction(undo)
        self.redo_button.setDefaultAction(redo)
        top = QHBoxLayout()
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)
        top.addWidget(self.import_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_combo)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)

        self.columns = ColumnsBox(self)
        self.columns.changed.connect(self._choice_changed)
        self.columns.sign_chosen.connect(self._sign_changed)
        # the pickers by name, as tests and the rest of the tab reach them
        self.date_combo, self.category_combo = self.columns.date_combo, self.columns.category_combo
        self.compare_combo, self.quantity_combo = self.columns.compare_combo, self.columns.quantity_combo
        self.compare_quantity_combo = self.columns.compare_quantity_combo
        self.measures, self.measures_view = self.columns.measures, self.columns.measures_view
        self.sign_combo, self.sign_note = self.columns.sign_combo, self.columns.sign_note
        self.quality = QStringListModel(self)
        self.quality_view = QListView()
        self.quality_view.setObjectName("quality")
        self.quality_view.setModel(self.quality)
        self.quality_view.setWordWrap(True)
        self.quality_view.setSpacing(3)
        self.quality_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        quality = QGroupBox(self.tr("Quality (as on the data slide)"))
        QVBoxLayout(quality).addWidget(self.quality_view)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.columns)
        left_layout.addWidget(quality, 1)

        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("preview")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.preview_caption = QLabel()
        self.hint = QLabel(
            self.tr(
                "Import the data set the employer sent you (CSV or Excel), or drop the file here. Podium reads it, "
                "checks its quality and fills the deck's charts and tables; the conclusions are yours to add."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.preview)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_caption)
        right_layout.addWidget(self.stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 700])

        layout = QVBoxLayout()  # installed on self once filled
        layout.addLayout(top)
        layout.addLayout(busy)
        self.setLayout(layout)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self._set_busy(False)

    # ------------------------------------------------------------------- import

    def choose_file(self) -> None:
        path = messages.ask_open_path(
            self,
            self.tr("Import data set"),
            self.tr("Data sets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)"),
        )
        if path and self._may_replace(Path(path)):
            self.start_import(Path(path))

    def _may_replace(self, path: Path) -> bool:
        """A data set already feeds the deck: replace it only when the user says so (Undo brings it back)."""
        if self.path is None or not self.prep.role_data.get(KEY):
            return True
        question = self.tr("Replace the data set %1 with %2? The deck's figures will come from the new file; "
                           "Undo brings the old ones back.")  # fmt: skip
        return messages.confirm(
            self,
            self.tr("Replace the data set"),
            question.replace("%1", self.path.name).replace("%2", path.name),
        )

    def start_import(self, path: Path, sheet: str | None = None, keep_choice: bool = False) -> None:
        """Read and profile ``path`` off the UI thread, then analyse it with the suggested columns."""
        self.path = path
        self._keep_choice = keep_choice
        self._run("load", lambda progress: load(path, sheet, progress.report))
        size = path.stat().st_size if path.is_file() else 0
        if size > LARGE_FILE:  # say why it takes a moment
            text = self.tr("Reading %1 (%2)…").replace("%2", f"{size / 1024 / 1024:,.0f} MB")
        else:
            text = self.tr("Reading %1…")
        self.status.setText(text.replace("%1", path.name))

    def start_analysis(self, choice: Choice, recorded: bool = True) -> None:
        """Analyse the table for ``choice``; ``recorded``: the result is an undoable step."""
        table, summary = self.table, self.summary
        if table is None or summary is None:  # nothing read yet: the import analyses when it is done
            return
        previous = self.prep.role_data.get(KEY)  # the user's sign convention stays for the same measure
        self._recorded = recorded
        self._run("analyse", lambda progress: record(table, summary, choice, progress.report, previous))
        self.status.setText(self.tr("Analysing…"))

    def _run(self, kind: str, work: Any) -> None:
        if self.job is not None:
            self.job.cancel()  # a newer request replaces it
        failure = self.tr("Podium could not read the data set: %1")
        job = Job(work, self, failure=failure, explain=_too_big)
        job.progressed.connect(self._progress)
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)
        self.job, self._job_kind = job, kind
        self.progress.setValue(0)
        self._set_busy(True)
        job.start()

    def _current(self) -> bool:
        """Whether the signal comes from the job still wanted (not a replaced or cancelled one)."""
        return self.job is not None and self.sender() is self.job

    def _progress(self, fraction: float, _message: str) -> None:
        if self._current():
            self.progress.setValue(int(fraction * 1000))

    def _done(self, result: Any) -> None:
        if not self._current():
            return
        self.job = None
        self._set_busy(False)
        if self._job_kind == "load":
            self._loaded(result)
        else:
            self._analysed(result)

    def _loaded(self, result: tuple[Any, dict[str, Any]]) -> None:
        self.table, self.summary = result
        stored = (self.prep.role_data.get(KEY) or {}).get("choice") or {}
        reopening = self._keep_choice and stored
        choice = Choice.from_dict(stored) if reopening else choose(self.table, self.summary)
        self._fill_pickers(choice)
        self._show_preview()
        if reopening and (self.prep.role_data.get(KEY) or {}).get("version") == VERSION:
            self.status.setText(self._headline())  # the deck already holds this analysis
            return
        # A new file (an undoable step), or a record from an older Podium analysed afresh (not one).
        self.start_analysis(choice, recorded=not reopening)

    def _analysed(self, result: dict[str, Any]) -> None:
        before = self.prep.role_data.get(KEY)
        if self._recorded and isinstance(before, dict):
            self.undo_stack.push(RecordEdit(self, before, result, self.tr("Change the data set's columns")))
        self._store(result)
        self.status.setText(
            self._headline() + " " + self.tr("The deck's charts and tables are filled from it.")
        )

    def _store(self, result: dict[str, Any]) -> None:
        self.prep.role_data[KEY] = result
        self.session.role_data_changed()
        self._show_quality()
        self._show_sign()
        self.file_label.setText(self._file_text())

    def apply_record(self, result: dict[str, Any]) -> None:
        """Undo and redo: show and store ``result`` as the analysis, re-reading its file for the
        preview when it is another file than the one open."""
        self._store(result)
        source = result.get("source") or {}
        same = self.path is not None and str(self.path.resolve()) == source.get("path")
        if same and self.table is not None and self.table.sheet == source.get("sheet"):
            self._fill_pickers(Choice.from_dict(result["choice"]))
        elif Path(source.get("path", "")).is_file():
            self.start_import(Path(source["path"]), source.get("sheet"), keep_choice=True)
        self.status.setText(self._headline())

    def _sign_changed(self, kind: str) -> None:
        stored = self.prep.role_data.get(KEY)
        if not isinstance(stored, dict) or (stored.get("convention") or {}).get("kind") == kind:
            return
        after = {**stored, "convention": set_convention(kind)}
        self.undo_stack.push(RecordEdit(self, stored, after, self.tr("Change what above budget means")))
        self._store(after)

    def _show_sign(self) -> None:
        stored = self.prep.role_data.get(KEY)
        self.columns.show_convention(stored.get("convention") if isinstance(stored, dict) else None)

    def cancel(self) -> None:
        """Stop the read or analysis; the tab is free at once, the work stops at its next report."""
        if self.job is None:
            return
        self.job.cancel()
        self.job = None
        self._set_busy(False)
        self.status.setText(self.tr("Cancelled. Nothing was changed."))

    def _failed(self, message: str) -> None:
        if not self._current():
            return
        self.job = None
        self._set_busy(False)
        self.status.setText(self.tr("Nothing was changed."))
        messages.error(self, self.tr("Cannot use this data set"), message)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.import_button.setEnabled(not busy)

    # ---------------------------------------------------------------- pickers

    def _fill_pickers(self, choice: Choice) -> None:
        self.columns.fill(self.table.kinds, choice)
        sheets = self.table.sheets
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        self.sheet_combo.setCurrentText(self.table.sheet or "")
        self.sheet_combo.setVisible(bool(sheets))
        self.sheet_label.setVisible(bool(sheets))

    def current_choice(self) -> Choice:
        return self.columns.choice()

    def _choice_changed(self) -> None:
        if self.table is None:
            return
        choice = self.current_choice()
        if not choice.measures:
            self.status.setText(
                self.tr("Tick at least one measure to analyse; the deck keeps the last analysis.")
            )
            return
        self.start_analysis(choice)

    def _sheet_chosen(self, index: int) -> None:
        sheet = self.sheet_combo.itemText(index)
        if self.path is not None and self.table is not None and sheet != self.table.sheet:
            self.start_import(self.path, sheet)

    # ------------------------------------------------------------------ display

    def _show_record(self) -> None:
        """On opening: what the stored analysis says, and a background re-read for the preview."""
        stored = self.prep.role_data.get(KEY)
        self.columns.set_enabled(False)
        self.sheet_combo.hide()
        self.sheet_label.hide()
        self._show_sign()
        if not isinstance(stored, dict) or "source" not in stored:
            return
        self._show_quality()
        self.file_label.setText(self._file_text())
        path = Path(stored["source"]["path"])
        if path.is_file():
            self.start_import(path, stored["source"].get("sheet"), keep_choice=True)
        else:
            self.status.setText(
                self.tr(
                    "The file is no longer at %1. The deck keeps the analysis made from it; "
                    "import the file again to change the columns."
                ).replace("%1", str(path))
            )

    def _show_quality(self) -> None:
        stored = self.prep.role_data.get(KEY)
        lines = (
            quality_lines(stored, self.prep.language)
            if isinstance(stored, dict) and "profile" in stored
            else []
        )
        self.quality.setStringList(lines)

    def _show_preview(self) -> None:
        self.preview_model.set_frame(self.table.frame, self.table.kinds, self.prep.language, self.summary)
        self.preview.resizeColumnsToContents()
        self.stack.setCurrentWidget(self.preview)
        rows = len(self.table.frame)
        text = (
            self.tr("First %1 of %2 rows; row numbers as in the file.")
            if rows > PREVIEW_ROWS
            else self.tr("All %2 rows; row numbers as in the file.")
        )
        self.preview_caption.setText(
            text.replace("%1", w.count(PREVIEW_ROWS, self.prep.language)).replace(
                "%2", w.count(rows, self.prep.language)
            )
        )

    def _file_text(self) -> str:
        stored = self.prep.role_data.get(KEY) or {}
        source = stored.get("source") or {}
        name = source.get("name", "")
        return f"<b>{_escape(name)}</b>" + (f" · {_escape(source['sheet'])}" if source.get("sheet") else "")

    def _headline(self) -> str:
        summary = self.summary or (self.prep.role_data.get(KEY) or {}).get("profile") or {}
        text = self.tr("%1 rows × %2 columns").replace(
            "%1", w.count(summary.get("rows", 0), self.prep.language)
        )
        text = text.replace("%2", str(len(summary.get("columns", []))))
        period = summary.get("period")
        if period:
            text += ", " + w.data_span(period, self.prep.language)
        return text + "."

    # -------------------------------------------------------------- drag & drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and event.mimeData().urls()[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = Path(event.mimeData().urls()[0].toLocalFile())
        event.acceptProposedAction()
        self.start_import(path)


def _too_big(exc: BaseException) -> str | None:
    """The reader's sentence in the UI's language, or the one for a data set too big for memory."""
    said = render_error(exc, current_language())
    if said is not None:
        return said
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "FinancePanel", "The data set does not fit in memory. Import a smaller extract."
        )
    return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
