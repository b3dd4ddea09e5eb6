"""The Scales tab: the words and meanings of the 1–5 levels and the score bands, all undoable.

What each level means belongs in the plan's own money and time; the deck's method slide
shows exactly what is set here.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from podium.roles.project_management.register import Register
from podium.roles.project_management.scales import BANDS, Scales, band_name, check_floors
from podium.roles.project_management.ui.models import Index, ListModel
from podium.ui.common import style


class ScaleLevel:
    """One row of the scales table, over the register's two ``Level`` objects."""

    def __init__(self, register: Register, level: int) -> None:
        self._register, self.level = register, level

    def __getattr__(self, name: str) -> Any:
        axis, _, part = name.partition("_")
        if part in ("label", "meaning") and axis in ("likelihood", "impact"):
            return getattr(getattr(self._register.scales, axis)[self.level - 1], part)
        raise AttributeError(name)

    def __setattr__(self, name: str, value: Any) -> None:
        axis, _, part = name.partition("_")
        if part in ("label", "meaning") and axis in ("likelihood", "impact"):
            setattr(getattr(self._register.scales, axis)[self.level - 1], part, value)
            self._register.custom_scales = True
        else:
            super().__setattr__(name, value)


class SetScales(QUndoCommand):
    """Replace the whole scales object (band floors, or a reset to the defaults)."""

    def __init__(self, model: ScalesModel, new: Scales, custom: bool, text: str) -> None:
        super().__init__(text)
        register = model.register
        self.model = model
        self.old, self.old_custom = copy.deepcopy(register.scales), register.custom_scales
        self.new, self.new_custom = copy.deepcopy(new), custom

    def redo(self) -> None:
        self.model.apply_scales(copy.deepcopy(self.new), self.new_custom)

    def undo(self) -> None:
        self.model.apply_scales(copy.deepcopy(self.old), self.old_custom)


class ScalesModel(ListModel):
    """Five levels: word and meaning for likelihood and for impact."""

    columns = ("likelihood_label", "likelihood_meaning", "impact_label", "impact_meaning")

    def __init__(self, register: Register, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__([ScaleLevel(register, n) for n in range(1, 6)], stack, parent)
        self.register = register

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Likelihood"), self.tr("What it means"), self.tr("Impact"), self.tr("What it means"))[
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(self.items[index.row()], self.columns[index.column()])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "").strip()
        if self.columns[index.column()].endswith("label") and not text:
            return False  # a level always has a word
        self.push_value(index.row(), self.columns[index.column()], text)
        return True

    def set_floors(self, floors: tuple[int, int, int]) -> None:
        scales = copy.deepcopy(self.register.scales)
        scales.floors = floors
        self.stack.push(SetScales(self, scales, True, self.tr("Change the bands")))

    def reset(self, language: str) -> None:
        self.stack.push(SetScales(self, Scales.default(language), False, self.tr("Reset the scales")))

    def apply_scales(self, scales: Scales, custom: bool) -> None:
        self.beginResetModel()
        self.register.scales, self.register.custom_scales = scales, custom
        self.endResetModel()
        self.changed.emit()


class ScalesEditor(QWidget):
    """Level words and meanings in a table; band floors in three spin boxes."""

    def __init__(self, model: ScalesModel, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.language = model, language
        intro = QLabel(self.tr("Describe each level in the plan's own money and time, for example "
                               "“SEK 1–3m or 2–4 months”. The method slide shows these scales."))  # fmt: skip
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("scalesTable")
        self.table.setModel(model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Likelihood and impact scales"))
        self.spins: list[QSpinBox] = []
        bands = QHBoxLayout()
        for name in (self.tr("Medium from"), self.tr("High from"), self.tr("Very high from")):
            spin = QSpinBox()
            spin.setRange(2, 25)
            spin.setAccessibleName(name)
            spin.editingFinished.connect(self._floors_edited)
            label = QLabel(name)
            label.setBuddy(spin)
            bands.addWidget(label)
            bands.addWidget(spin)
            self.spins.append(spin)
        bands.addStretch(1)
        self.reset_button = QPushButton(self.tr("Reset to defaults"))
        self.reset_button.clicked.connect(lambda: self.model.reset(self.language))
        bands.addWidget(self.reset_button)
        self.summary = QLabel()
        self.summary.setObjectName("bandSummary")
        self.problem = QLabel()
        style.mark(self.problem, tone="error")
        layout = QVBoxLayout()  # installed on self once filled
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(QLabel(self.tr("<b>Bands</b> (score = likelihood × impact, 1–25)")))
        layout.addLayout(bands)
        self.setLayout(layout)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + 5 * self.table.verticalHeader().defaultSectionSize() + 4)
        model.modelReset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        scales = self.model.register.scales
        for spin, value in zip(self.spins, scales.floors, strict=True):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        parts = []
        for band in BANDS:
            lo, hi = scales.band_range(band)
            parts.append(f"{band_name(band, self.language)} {lo}–{hi}")
        self.summary.setText(" · ".join(parts))

    def _floors_edited(self) -> None:
        floors = tuple(spin.value() for spin in self.spins)
        problem = check_floors(floors)
        if problem:
            self.problem.setText(self.tr("Each band must start higher than the one below it."))
            return
        self.problem.clear()
        if floors != self.model.register.scales.floors:
            self.model.set_floors(floors)  # type: ignore[arg-type]

    def current(self) -> QModelIndex:
        return self.table.currentIndex()
