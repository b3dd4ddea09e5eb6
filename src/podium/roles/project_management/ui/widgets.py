"""Editors and dialogs of the Risks tab: level and choice delegates, column mapping, starter library."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from podium.core import clock
from podium.roles.project_management.columns import COMPUTED, REGISTER, Vocabulary
from podium.roles.project_management.importer import Inspection
from podium.roles.project_management.library import LibraryRisk
from podium.roles.project_management.tabular import cell_text

translate = QCoreApplication.translate  # literal contexts, so Qt's lupdate files every string

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (value, label) pairs; ``choices`` is called each time so labels stay current."""

    def __init__(self, choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.choices(index):
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(value)
        if position < 0 and value:  # the user's own word from an import: keep it selectable
            editor.addItem(str(value), value)
            position = editor.count() - 1
        editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """Dates edited with a calendar, shown as ISO dates."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        day = value if isinstance(value, date) else clock.today()
        editor.setDate(QDate(day.year, day.month, day.day))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        d = editor.date()
        model.setData(index, date(d.year(), d.month(), d.day()), Qt.ItemDataRole.EditRole)


def field_names(vocab: Vocabulary) -> dict[str, str]:
    """Readable names of the fields a column can be read as (translated where they are shown)."""

    names = {
        "id": translate("ColumnMappingDialog", "ID"), "title": translate("ColumnMappingDialog", "Title"), "cause": translate("ColumnMappingDialog", "Cause"), "event": translate("ColumnMappingDialog", "Event"), "effect": translate("ColumnMappingDialog", "Effect"),
        "category": translate("ColumnMappingDialog", "Category"), "likelihood": translate("ColumnMappingDialog", "Likelihood"), "impact": translate("ColumnMappingDialog", "Impact"),
        "score": translate("ColumnMappingDialog", "Score (checked, not stored)"), "band": translate("ColumnMappingDialog", "Band (not stored)"),
        "residual_likelihood": translate("ColumnMappingDialog", "Residual likelihood"), "residual_impact": translate("ColumnMappingDialog", "Residual impact"),
        "residual_score": translate("ColumnMappingDialog", "Residual score (not stored)"), "residual_band": translate("ColumnMappingDialog", "Residual band (not stored)"),
        "proximity": translate("ColumnMappingDialog", "Proximity"), "owner": translate("ColumnMappingDialog", "Owner"), "response": translate("ColumnMappingDialog", "Response"),
        "mitigation": translate("ColumnMappingDialog", "Mitigation"), "contingency": translate("ColumnMappingDialog", "Contingency"), "trigger": translate("ColumnMappingDialog", "Trigger or early warning"),
        "status": translate("ColumnMappingDialog", "Status"), "name": translate("ColumnMappingDialog", "Name"), "kind": translate("ColumnMappingDialog", "Type (phase or milestone)"), "start": translate("ColumnMappingDialog", "Start"),
        "end": translate("ColumnMappingDialog", "End"), "date": translate("ColumnMappingDialog", "Date"),
    }  # fmt: skip
    return {f: names.get(f, f) for f in vocab.fields}


class ColumnMappingDialog(QDialog):
    """Asks how to read the file's columns; guesses are preselected and the unsure ones marked."""

    def __init__(
        self, inspection: Inspection, vocab: Vocabulary = REGISTER, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How should Podium read %1?").replace("%1", inspection.table.path.name))
        self.inspection = inspection
        self.combos: dict[int, QComboBox] = {}
        form = QFormLayout()
        names = field_names(vocab)
        sample = inspection.table.rows[0][1] if inspection.table.rows else []
        for match in inspection.matches:
            if not match.header:
                continue
            combo = QComboBox()
            combo.addItem(self.tr("(keep as an extra column)"), None)
            for name, label in names.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(match.field)))
            example = cell_text(sample[match.index]) if match.index < len(sample) else ""
            text = match.header + (f" <span style='color:#627D98'>({example[:30]})</span>" if example else "")
            if match.unsure:
                text = "<b>?</b> " + text
            caption = QLabel(text)
            caption.setToolTip(self.tr("A guess: check it") if match.unsure else "")
            caption.setBuddy(combo)
            form.addRow(caption, combo)
            self.combos[match.index] = combo
        holder = QWidget()
        holder.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        intro = QLabel(self.tr("Podium guessed the columns marked <b>?</b>. Check them, then import. "
                               "Columns kept as extra are exported again unchanged."))  # fmt: skip
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def mapping(self) -> dict[int, str | None]:
        """Column index -> field; one field is read from one column only (the first chosen)."""
        out: dict[int, str | None] = {}
        taken: set[str] = set()
        for index, combo in self.combos.items():
            field = combo.currentData()
            if field in taken and field not in COMPUTED:
                field = None
            if field:
                taken.add(field)
            out[index] = field
        return out


class LibraryDialog(QDialog):
    """The starter library as a checkable list, with the selected risk's cause, event and effect."""

    def __init__(self, entries: tuple[LibraryRisk, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Starter library"))
        self.entries = entries
        self.model = QStandardItemModel(self)
        for entry in entries:
            item = QStandardItem(f"{entry.risk.title} — {entry.risk.category}")
            item.setCheckable(True)
            item.setEditable(False)
            self.model.appendRow(item)
        self.list = QListView()
        self.list.setObjectName("libraryList")
        self.list.setModel(self.model)
        self.details = QTextBrowser()
        self.list.selectionModel().currentChanged.connect(self._show)
        intro = QLabel(self.tr("Tick the risks that apply to this plan, then adapt them in the register: "
                               "a risk copied unchanged convinces no one."))  # fmt: skip
        intro.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to the register"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(760, 460)
        if entries:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        r = self.entries[current.row()].risk
        rows = [(self.tr("Cause"), r.cause), (self.tr("Event"), r.event), (self.tr("Effect"), r.effect),
                (self.tr("Mitigation"), r.mitigation), (self.tr("Contingency"), r.contingency),
                (self.tr("Trigger"), r.trigger)]  # fmt: skip
        html = f"<h3>{_escape(r.title)}</h3>" + "".join(f"<p><b>{k}:</b> {_escape(v)}</p>" for k, v in rows)
        self.details.setHtml(html)

    def set_checked(self, rows: list[int]) -> None:
        for row in range(self.model.rowCount()):
            self.model.item(row).setCheckState(
                Qt.CheckState.Checked if row in rows else Qt.CheckState.Unchecked
            )

    def selected(self) -> list[LibraryRisk]:
        return [
            self.entries[row]
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]


def _escape(text: Any) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
