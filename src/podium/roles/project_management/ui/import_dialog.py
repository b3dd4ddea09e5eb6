"""The import step of a risk register: which column is which field, how ratings become levels, and
what will be read and skipped, before anything changes.

Like the finance Data tab, it shows the first rows as the file numbers them. Each field has a
column picker with Podium's guess preselected, how sure the guess is and why; each rating has
its scale and the thresholds that turn it into levels 1-5, which the user may change. Every
change reads the register again at once and says what the import would give ("Read 52 risks;
skipped 3 rows: 1 total row and 2 without a title") or the first problems; Import is enabled
only when there are none.
"""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from podium.core.tabular.messages import ReadError
from podium.core.tabular.xlsx import column_letter
from podium.core.text import format_number
from podium.roles.project_management.amounts import number
from podium.roles.project_management.importer import RegisterInspection, check_register
from podium.roles.project_management.proposal import FIELDS, RATINGS, axis_of, column_cells
from podium.roles.project_management.ratings import Conversion, default_bounds, detect, money_bounds
from podium.roles.project_management.register_rows import Choice, Outcome, convert, shared_bounds
from podium.roles.project_management.scales import Scales
from podium.roles.project_management.ui.import_rows import RowsModel, field_labels, scale_choices

NOT_READ = -1  # the column picker's "(not in the file)"
_COLOURS = {"sure": "#2E7D32", "likely": "#B26A00", "guess": "#C62828"}


def _bounds_text(bounds: tuple[float, ...], language: str) -> str:
    """'10; 30; 50; 80', '85,000; 500,000; …' (or with the language's marks) for the thresholds field."""
    return "; ".join(format_number(b, language, 0 if float(b).is_integer() else 2) for b in bounds)


def parse_bounds(text: str) -> tuple[float, ...] | None:
    """'10; 30; 50; 80' (or '10, 30, 50, 80') as four rising thresholds, else None."""
    parts = text.split(";") if ";" in text else re.split(r",\s+|\s{2,}", text.strip())
    values = [number(p.strip()) for p in parts if p.strip()]
    if len(values) != 4 or any(v is None for v in values):
        return None
    rising = [float(v) for v in values if v is not None]
    if any(b <= a for a, b in itertools.pairwise(rising)) or rising[0] <= 0:
        return None
    return tuple(rising)


class RegisterImportDialog(QDialog):
    """Asks how to read a register: a column per field, a scale per rating, and shows the result."""

    def __init__(
        self,
        inspection: RegisterInspection,
        choice: Choice,
        scales: Scales,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.inspection, self.scales, self.language = inspection, scales, language
        self.grid = inspection.grid
        self.conversions: dict[str, Conversion] = dict(choice.conversions)
        self.outcome: Outcome | None = None
        self.setObjectName("registerImport")
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.grid.name))
        self.columns: dict[str, QComboBox] = {}
        self.scale_boxes: dict[str, QComboBox] = {}
        self.bounds: dict[str, QLineEdit] = {}
        self.scale_texts: dict[str, QLabel] = {}
        self.reasons: dict[str, QLabel] = {}
        self._filling = True

        header = QLabel(self._where())
        header.setObjectName("importWhere")
        header.setWordWrap(True)
        self.model = RowsModel(self.grid, self)
        self.preview = QTableView()
        self.preview.setObjectName("importPreview")
        self.preview.setModel(self.model)
        self.preview.setAlternatingRowColors(True)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        caption = QLabel(self.tr("The first rows, numbered as in the file. Grey rows will be skipped."))
        caption.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(caption)
        right_layout.addWidget(self.preview, 1)

        form = QWidget()
        grid = QGridLayout(form)
        grid.setColumnStretch(2, 1)
        labels = field_labels()
        row = 0
        for name in FIELDS:
            label = QLabel(labels[name])
            combo = QComboBox()
            combo.setObjectName(f"column_{name}")
            combo.addItem(self.tr("(not in the file)"), NOT_READ)
            for i, title in enumerate(self.grid.header):
                combo.addItem(f"{column_letter(i)} · {title}", i)
            at = choice.columns.get(name)
            combo.setCurrentIndex(max(0, combo.findData(NOT_READ if at is None else at)))
            combo.currentIndexChanged.connect(lambda _i, n=name: self._column_changed(n))
            label.setBuddy(combo)
            reason = QLabel()
            reason.setObjectName(f"reason_{name}")
            reason.setWordWrap(True)
            reason.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(reason, row, 2)
            self.columns[name], self.reasons[name] = combo, reason
            row += 1
            if name in RATINGS:
                row = self._scale_row(grid, row, name)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("importProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #C62828")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(1280, 760)
        splitter.setSizes([760, 520])
        self._filling = False
        for name in RATINGS:
            self._show_scale(name)
        self.refresh()
        self._fit_columns()

    # ------------------------------------------------------------------ building

    def _where(self) -> str:
        grid = self.grid
        first, last = (grid.header_rows[0], grid.header_rows[-1]) if grid.header_rows else (0, 0)
        several = last > first
        rows = f"{first}–{last}" if several else str(first or "—")
        on_sheet = bool(grid.sheet and len(grid.sheets) > 1)
        if on_sheet:
            text = (
                self.tr("%1, sheet “%4”: header rows %2; rows below the header: %3.")
                if several
                else self.tr("%1, sheet “%4”: header row %2; rows below the header: %3.")
            ).replace("%4", grid.sheet or "")
        else:
            text = (
                self.tr("%1: header rows %2; rows below the header: %3.")
                if several
                else self.tr("%1: header row %2; rows below the header: %3.")
            )
        text = text.replace("%1", grid.name).replace("%2", rows).replace("%3", str(len(grid.rows)))
        notes = [n.render(self.language) for n in grid.notes]
        return "<br>".join(
            [f"<b>{_escape(text)}</b>", *(f"<span style='color:#627D98'>{_escape(n)}</span>" for n in notes)]
        )

    def _scale_row(self, grid: QGridLayout, row: int, name: str) -> int:
        box = QComboBox()
        box.setObjectName(f"scale_{name}")
        for kind, top, label in scale_choices():
            box.addItem(label, f"{kind}:{top}")
        box.currentIndexChanged.connect(lambda _i, n=name: self._scale_changed(n))
        edit = QLineEdit()
        edit.setObjectName(f"bounds_{name}")
        edit.setPlaceholderText(self.tr("levels 2–5 begin at, e.g. 10; 30; 50; 80"))
        edit.setToolTip(self.tr("Where levels 2, 3, 4 and 5 begin, separated by semicolons."))
        edit.editingFinished.connect(lambda n=name: self._bounds_changed(n))
        text = QLabel()
        text.setObjectName(f"scaleText_{name}")
        text.setWordWrap(True)
        line = QHBoxLayout()
        line.setContentsMargins(16, 0, 0, 6)
        line.addWidget(QLabel(self.tr("Scale:")))
        line.addWidget(box, 1)
        holder = QWidget()
        holder.setLayout(line)
        said = QVBoxLayout()  # the thresholds above what they mean, beside the scale
        said.setContentsMargins(0, 0, 0, 6)
        said.addWidget(edit)
        said.addWidget(text)
        explained = QWidget()
        explained.setLayout(said)
        grid.addWidget(holder, row, 0, 1, 2)
        grid.addWidget(explained, row, 2)
        self.scale_boxes[name], self.bounds[name], self.scale_texts[name] = box, edit, text
        return row + 1

    # ------------------------------------------------------------------ reading the widgets

    def choice(self) -> Choice:
        """The mapping and scales as the dialog shows them now."""
        columns: dict[str, int | None] = {}
        for name, combo in self.columns.items():
            data = combo.currentData()
            columns[name] = None if data is None or data == NOT_READ else int(data)
        return Choice(columns, {k: v for k, v in self.conversions.items() if columns.get(k) is not None})

    def _column_changed(self, name: str) -> None:
        if self._filling:
            return
        column = self.choice().columns[name]
        if name in RATINGS and column is not None:
            self.conversions[name] = detect(column_cells(self.grid, column), axis_of(name), self.grid.header[column],
                                            self.scales)  # fmt: skip
            self._show_scale(name)
        self.reasons[name].setText(self._badge("sure", self.tr("as you chose")) if column is not None else "")
        self.refresh()

    def _scale_changed(self, name: str) -> None:
        if self._filling:
            return
        kind, _sep, top_text = str(self.scale_boxes[name].currentData()).partition(":")
        top = int(top_text or 5)
        column = self.choice().columns.get(name)
        cells = column_cells(self.grid, column) if column is not None else []
        current = self.conversions.get(name)
        if kind == "money":
            found = detect(
                cells, "impact", self.grid.header[column] if column is not None else "", self.scales
            )
            bounds = (
                found.bounds
                if found.kind == "money"
                else money_bounds([v for c in cells if (v := number(c))])
            )
            conversion = Conversion("money", bounds=bounds, currency=found.currency, factor=found.factor)
        elif kind == "days":
            conversion = Conversion("days", bounds=default_bounds("days"), factor=7.0 if top == 7 else 1.0)
        elif kind == "words":
            conversion = Conversion("words", three=top == 3)
        elif kind == "levels":
            conversion = Conversion("levels", top)
        else:
            keep = current.bounds if current is not None and current.kind in ("percent", "fraction") else ()
            conversion = Conversion(kind, bounds=keep or default_bounds(kind))
        self.conversions[name] = conversion
        self._show_scale(name)
        self.refresh()

    def _bounds_changed(self, name: str) -> None:
        current = self.conversions.get(name)
        edit = self.bounds[name]
        parsed = parse_bounds(edit.text())
        if current is None or not current.bounds:
            return
        if parsed is None:
            edit.setStyleSheet("border: 1px solid #C62828")
            edit.setToolTip(
                self.tr("Write four rising numbers separated by semicolons, e.g. 10; 30; 50; 80.")
            )
            return
        edit.setStyleSheet("")
        self.conversions[name] = current.with_bounds(parsed)
        for shown in RATINGS:
            self._show_scale(shown)
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a thresholds field confirms the thresholds; it does not import yet."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() in self.bounds.values():
            event.accept()
            return
        super().keyPressEvent(event)

    def set_bounds(self, name: str, text: str) -> None:
        """Type thresholds into a rating's field and confirm them (what Enter does)."""
        self.bounds[name].setText(text)
        self._bounds_changed(name)

    # ------------------------------------------------------------------ showing

    def _show_scale(self, name: str) -> None:
        conversion = shared_bounds(Choice({}, self.conversions)).conversions.get(name) or Conversion()
        box, edit = self.scale_boxes[name], self.bounds[name]
        self._filling, was = True, self._filling
        top = (
            7
            if conversion.kind == "days" and conversion.factor == 7.0
            else 3
            if conversion.three
            else conversion.top
        )
        at = box.findData(f"{conversion.kind}:{top if conversion.kind in ('levels', 'words', 'days') else 5}")
        box.setCurrentIndex(max(0, at))
        self._filling = was
        residual = name.startswith("residual_")
        edit.setVisible(bool(conversion.bounds) and not residual)
        edit.setText(_bounds_text(conversion.bounds, self.language))
        said = conversion.describe().render(self.language)
        if residual and conversion.bounds:
            said += " " + self.tr("(the thresholds of the rating before the actions)")
        self.scale_texts[name].setText(f"<span style='color:#627D98'>{_escape(said)}</span>")

    def _fit_columns(self, widest: int = 240) -> None:
        """Each preview column as wide as its header or cells, up to ``widest`` pixels."""
        header = self.preview.horizontalHeader()
        for column in range(self.model.columnCount()):
            wanted = max(header.sectionSizeHint(column), self.preview.sizeHintForColumn(column))
            header.resizeSection(column, min(wanted, widest))

    def _badge(self, level: str, why: str) -> str:
        words = {"sure": self.tr("sure"), "likely": self.tr("likely"), "guess": self.tr("a guess")}
        colour = _COLOURS[level]
        return f"<span style='color:{colour}'>● {words[level]}</span> <span style='color:#627D98'>{_escape(why)}</span>"

    def show_guesses(self) -> None:
        for name, guess in self.inspection.proposal.guesses.items():
            chosen = name in self.columns and self.columns[name].currentData() == guess.column
            if chosen and guess.column is not None and guess.reason is not None:
                self.reasons[name].setText(self._badge(guess.level, guess.reason.render(self.language)))

    def refresh(self) -> None:
        """Read the register with what the dialog shows; say the outcome or the first problems."""
        choice = self.choice()
        labels = field_labels()
        self.model.set_fields({c: labels[f] for f, c in choice.columns.items() if c is not None}, set())
        try:
            self.outcome = check_register(self.inspection, choice, self.scales)
        except ReadError as error:
            self.outcome = None
            self.summary.setText("")
            self.problems.setText(error.render(self.language))
            self.ok.setEnabled(False)
            outcome = (
                convert(self.grid, choice, self.scales) if choice.columns.get("title") is not None else None
            )
            self._grey(outcome)
            self.show_guesses()
            return
        self.problems.setText("")
        lines = [self.outcome.summary().render(self.language)]
        lines += [n.render(self.language) for n in self.outcome.notes]
        if self.outcome.kept:
            lines.append(self.tr("Kept as extra columns: %1.").replace("%1", ", ".join(self.outcome.kept)))
        self.summary.setText("\n".join(lines))
        self.ok.setEnabled(True)
        self._grey(self.outcome)
        self.show_guesses()

    def _grey(self, outcome: Outcome | None) -> None:
        skipped = {n for rows in (outcome.skipped.values() if outcome else ()) for n in rows}
        self.model.set_fields(self.model.fields, skipped)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
