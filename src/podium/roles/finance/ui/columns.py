"""The Data tab's column pickers: which column is the date, the measures, the category, the
comparison and the quantities, and whether above budget is favourable (a revenue) or not (a cost)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QListView, QWidget

from podium.roles.finance.analysis import Choice
from podium.roles.finance.profile import PRIOR_NAMES
from podium.roles.finance.ui.models import MeasuresModel

NONE = ""  # the "(none)" entry of a column picker


class ColumnsBox(QGroupBox):
    changed = Signal()  # the user picked another column
    sign_chosen = Signal(str)  # "revenue" or "cost"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Columns"))
        self._filling = False
        self.date_combo = QComboBox()
        self.category_combo = QComboBox()
        self.compare_combo = QComboBox()
        self.quantity_combo = QComboBox()
        self.compare_quantity_combo = QComboBox()
        for combo, name in self._combos_named():
            combo.setObjectName(name)
            combo.activated.connect(self._picked)
        self.quantity_combo.setToolTip(
            self.tr(
                "Units sold: with the comparison's units too, the bridge splits the gap into price, volume and mix."
            )
        )
        self.sign_combo = QComboBox()
        self.sign_combo.setObjectName("signConvention")
        self.sign_combo.addItem(self.tr("favourable (a revenue)"), "revenue")
        self.sign_combo.addItem(self.tr("unfavourable (a cost)"), "cost")
        self.sign_combo.activated.connect(lambda _i: self.sign_chosen.emit(self.sign_combo.currentData()))
        self.sign_note = QLabel()
        self.sign_note.setObjectName("signNote")
        self.sign_note.setWordWrap(True)
        self.measures = MeasuresModel(self)
        self.measures.itemChanged.connect(self._picked)
        self.measures_view = QListView()
        self.measures_view.setObjectName("measures")
        self.measures_view.setModel(self.measures)
        self.measures_view.setMaximumHeight(110)
        form = QFormLayout(self)
        for text, field in (
            (self.tr("&Date:"), self.date_combo),
            (self.tr("&Measures:"), self.measures_view),
            (self.tr("Ca&tegory:"), self.category_combo),
            (self.tr("Compare &with:"), self.compare_combo),
            (self.tr("&Quantity:"), self.quantity_combo),
            (self.tr("Its q&uantity:"), self.compare_quantity_combo),
            (self.tr("A&bove budget is:"), self.sign_combo),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.sign_note)

    def _combos_named(self) -> tuple[tuple[QComboBox, str], ...]:
        return (
            (self.date_combo, "dateColumn"),
            (self.category_combo, "categoryColumn"),
            (self.compare_combo, "compareColumn"),
            (self.quantity_combo, "quantityColumn"),
            (self.compare_quantity_combo, "compareQuantityColumn"),
        )

    def _picked(self, *_args: object) -> None:
        if not self._filling:
            self.changed.emit()

    def fill(self, kinds: dict[str, str], choice: Choice) -> None:
        """Offer the columns of each kind, with ``choice`` selected."""
        self._filling = True
        none = self.tr("(none)")
        for combo, kind, current in (
            (self.date_combo, "date", choice.date),
            (self.category_combo, "text", choice.category),
            (self.compare_combo, "number", choice.compare),
            (self.quantity_combo, "number", choice.quantity),
            (self.compare_quantity_combo, "number", choice.compare_quantity),
        ):
            combo.clear()
            combo.addItem(none, NONE)
            for name, k in kinds.items():
                if k == kind:
                    combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(current or NONE)))
        self.measures.set_columns([c for c, k in kinds.items() if k == "number"], choice.measures)
        self._filling = False
        self.set_enabled(True)

    def set_enabled(self, enabled: bool) -> None:
        for combo, _ in self._combos_named():
            combo.setEnabled(enabled)
        self.measures_view.setEnabled(enabled)

    def choice(self) -> Choice:
        """The columns picked; a column never plays two parts (a measure is not its own comparison)."""
        measures = self.measures.checked()
        compare = self.compare_combo.currentData() or None
        if compare in measures:
            compare = None
        kind = None if not compare else ("prior" if PRIOR_NAMES.search(compare) else "budget")
        quantity = self.quantity_combo.currentData() or None
        if quantity in measures or quantity == compare:
            quantity = None
        compare_quantity = self.compare_quantity_combo.currentData() or None
        if not (compare and quantity) or compare_quantity in (*measures, compare, quantity):
            compare_quantity = None
        return Choice(
            date=self.date_combo.currentData() or None,
            measures=measures,
            category=self.category_combo.currentData() or None,
            compare=compare,
            compare_kind=kind,
            quantity=quantity,
            compare_quantity=compare_quantity,
        )

    def show_convention(self, convention: dict[str, Any] | None) -> None:
        """The sign convention in force, and whether it is the user's or a guess (and from what)."""
        self.sign_combo.setEnabled(convention is not None)
        if convention is None:
            self.sign_note.clear()
            return
        self.sign_combo.setCurrentIndex(max(0, self.sign_combo.findData(convention["kind"])))
        if not convention.get("guessed", True):
            self.sign_note.setText(self.tr("Your choice; kept when you change the columns."))
        elif convention.get("from"):
            self.sign_note.setText(
                self.tr("Guessed from the name “%1”; change it if that is wrong.").replace(
                    "%1", convention["from"]
                )
            )
        else:
            self.sign_note.setText(
                self.tr("No name says cost, so read as a revenue; change it if that is wrong.")
            )
