"""The Verdict tab: which milestone is the go-live, the buffer and reserve the plan holds, and the
candidate's own plan-health ratings where the data cannot give one. Every edit is undoable.

Beside the form, the verdict and plan-health slides as they will be exported, redrawn on each edit.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from podium.roles.project_management.analysis import analyse
from podium.roles.project_management.health import AREAS, RAG_COLORS, Rating, derived
from podium.roles.project_management.register import HEALTH_RATINGS, Register
from podium.roles.project_management.schedule import find_go_live, level_money, plan_buffer
from podium.ui.common import style
from podium.ui.common.session import PreparationSession

_FIELDS = ("go_live", "buffer_weeks", "reserve", "health")


class SetVerdict(QUndoCommand):
    """Change one of the register's verdict settings (go-live, buffer, reserve, health)."""

    def __init__(self, model: VerdictModel, field: str, value: Any, text: str) -> None:
        super().__init__(text)
        self.model, self.field = model, field
        self.old, self.new = copy.deepcopy(getattr(model.register, field)), copy.deepcopy(value)

    def redo(self) -> None:
        self.model.apply(self.field, copy.deepcopy(self.new))

    def undo(self) -> None:
        self.model.apply(self.field, copy.deepcopy(self.old))


class VerdictModel(QObject):
    """The register's verdict settings, edited through the panel's undo stack."""

    changed = Signal()

    def __init__(self, register: Register, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.register, self.stack = register, stack

    def apply(self, field: str, value: Any) -> None:
        setattr(self.register, field, value)
        self.changed.emit()

    def set(self, field: str, value: Any, text: str) -> None:
        if field in _FIELDS and getattr(self.register, field) != value:
            self.stack.push(SetVerdict(self, field, value, text))

    def set_go_live(self, name: str) -> None:
        self.set("go_live", name, self.tr("Choose the go-live"))

    def set_buffer(self, weeks: float | None) -> None:
        self.set("buffer_weeks", weeks, self.tr("Change the buffer"))

    def set_reserve(self, amount: float | None) -> None:
        self.set("reserve", amount, self.tr("Change the cost reserve"))

    def set_health(self, area: str, rating: str, reason: str) -> None:
        """The candidate's rating of ``area`` ('' gives it back to the data) and its reason."""
        health = copy.deepcopy(self.register.health)
        if rating or reason.strip():
            health[area] = {"rating": rating if rating in HEALTH_RATINGS else "", "reason": reason.strip()}
        else:
            health.pop(area, None)
        self.set("health", health, self.tr("Rate the plan"))


class VerdictEditor(QWidget):
    """Go-live, buffer and reserve on top; one row per plan-health area below."""

    def __init__(
        self, model: VerdictModel, session: PreparationSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model, self.session = model, session
        self._filling = False

        self.go_live = QComboBox()
        self.go_live.setObjectName("goLive")
        self.go_live.setAccessibleName(self.tr("Go-live milestone"))
        self.go_live.activated.connect(self._go_live_chosen)
        self.buffer_from_plan = QCheckBox(self.tr("Read the buffer from the plan"))
        self.buffer_from_plan.setObjectName("bufferFromPlan")
        self.buffer_from_plan.toggled.connect(self._buffer_edited)
        self.buffer = QDoubleSpinBox()
        self.buffer.setObjectName("bufferWeeks")
        self.buffer.setRange(0, 104)
        self.buffer.setDecimals(1)
        self.buffer.setSuffix(self.tr(" weeks"))
        self.buffer.setAccessibleName(self.tr("Buffer before go-live, in weeks"))
        self.buffer.editingFinished.connect(self._buffer_edited)
        self.reserve = QDoubleSpinBox()
        self.reserve.setObjectName("costReserve")
        self.reserve.setRange(0, 100_000)
        self.reserve.setDecimals(2)
        self.reserve.setAccessibleName(self.tr("Cost reserve in the plan, in millions"))
        self.reserve.setSpecialValueText(self.tr("None"))
        self.reserve.editingFinished.connect(self._reserve_edited)
        buffer_row = QHBoxLayout()
        buffer_row.addWidget(self.buffer_from_plan)
        buffer_row.addWidget(self.buffer)
        buffer_row.addStretch(1)
        form = QFormLayout()
        go_live_label = QLabel(self.tr("Go-&live:"))
        go_live_label.setBuddy(self.go_live)
        form.addRow(go_live_label, self.go_live)
        form.addRow(self.tr("Buffer before it:"), buffer_row)
        self.reserve_label = QLabel(self.tr("Cos&t reserve in the plan (millions):"))
        self.reserve_label.setBuddy(self.reserve)
        form.addRow(self.reserve_label, self.reserve)
        plan_box = QGroupBox(self.tr("The date the verdict is about"))
        plan_box.setLayout(form)

        grid = QGridLayout()
        for column, text in enumerate((self.tr("Area"), self.tr("From the data"), self.tr("My rating"),
                                       self.tr("My reason"))):  # fmt: skip
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        self.derived: dict[str, QLabel] = {}
        self.rating: dict[str, QComboBox] = {}
        self.reason: dict[str, QLineEdit] = {}
        names = self._area_names()
        for row, area in enumerate(AREAS, start=1):
            name = QLabel(names[area])
            derived = QLabel()
            derived.setWordWrap(True)
            derived.setObjectName(f"derived-{area}")
            combo = QComboBox()
            combo.setObjectName(f"rating-{area}")
            combo.setAccessibleName(self.tr("My rating of %1").replace("%1", names[area]))
            combo.addItem(self.tr("Follow the data"), "")
            for key, word in (
                ("green", self.tr("Green")),
                ("amber", self.tr("Amber")),
                ("red", self.tr("Red")),
            ):
                combo.addItem(word, key)
            combo.activated.connect(lambda _i, a=area: self._health_edited(a))
            reason = QLineEdit()
            reason.setObjectName(f"reason-{area}")
            reason.setAccessibleName(self.tr("Why, for %1").replace("%1", names[area]))
            reason.setPlaceholderText(self.tr("One line the panel can check"))
            reason.editingFinished.connect(lambda a=area: self._health_edited(a))
            for column, widget in enumerate((name, derived, combo, reason)):
                grid.addWidget(widget, row, column)
            self.derived[area], self.rating[area], self.reason[area] = derived, combo, reason
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        health_box = QGroupBox(self.tr("Plan health"))
        health_layout = QVBoxLayout()  # installed on health_box once filled
        hint = QLabel(self.tr("Podium rates what the plan and the register show. Where it cannot, the slide shows an "
                              "example until you give your own rating and reason; the slide then says it is your "
                              "judgement."))  # fmt: skip
        hint.setWordWrap(True)
        health_layout.addWidget(hint)
        health_layout.addLayout(grid)
        health_box.setLayout(health_layout)

        layout = QVBoxLayout(self)
        layout.addWidget(plan_box)
        layout.addWidget(health_box)
        layout.addStretch(1)
        model.changed.connect(self.refresh)
        self.refresh()

    def _area_names(self) -> dict[str, str]:
        return {
            "schedule": self.tr("Schedule realism"),
            "contingency": self.tr("Contingency"),
            "benefits": self.tr("Benefit ownership"),
            "dependencies": self.tr("Dependencies"),
            "governance": self.tr("Governance"),
        }

    def refresh(self) -> None:
        """Show the register's settings and what the data says, without echoing edits back."""
        self._filling = True
        register = self.model.register
        plan = register.plan
        self.go_live.clear()
        found = find_go_live(plan)
        automatic = (
            self.tr("Found in the plan: %1").replace("%1", found.name) if found else self.tr("No plan yet")
        )
        self.go_live.addItem(automatic, "")
        for item in sorted(plan, key=lambda p: p.finish):
            if item.kind == "milestone":
                self.go_live.addItem(item.name, item.name)
        index = self.go_live.findData(register.go_live) if register.go_live else 0
        self.go_live.setCurrentIndex(max(0, index))
        chosen = find_go_live(plan, register.go_live)
        from_plan = plan_buffer(plan, chosen)[0] if chosen else 0.0
        self.buffer_from_plan.setChecked(register.buffer_weeks is None)
        self.buffer_from_plan.setText(
            self.tr("Read from the plan (%1 weeks)").replace("%1", QLocale().toString(from_plan, "f", 1))
        )
        self.buffer.setEnabled(register.buffer_weeks is not None)
        self.buffer.setValue(register.buffer_weeks if register.buffer_weeks is not None else from_plan)
        self.reserve.setValue((register.reserve or 0.0) / 1e6)
        currency = level_money(register.scales)[1]
        self.reserve_label.setText(
            self.tr("Cos&t reserve in the plan (millions of %1):").replace("%1", currency)
            if currency
            else self.tr("Cos&t reserve in the plan (millions):")
        )
        analysis = analyse(self.session.prep)
        for area in AREAS:
            own = register.health.get(area, {})
            combo = self.rating[area]
            combo.setCurrentIndex(max(0, combo.findData(own.get("rating", ""))))
            if self.reason[area].text() != own.get("reason", ""):
                self.reason[area].setText(own.get("reason", ""))
            self._show_derived(area, None if analysis.example else derived(analysis, area))
        self._filling = False

    def _show_derived(self, area: str, rating: Rating | None) -> None:
        label = self.derived[area]
        if rating is None:
            label.setText(self.tr("Not in the data: give your own rating"))
            style.mark(label, tone="warning")
            return
        words = {"green": self.tr("Green"), "amber": self.tr("Amber"), "red": self.tr("Red")}
        color = RAG_COLORS[rating.rating]
        label.setText(f'<span style="color:{color}">■</span> {words[rating.rating]}: {rating.reason}')
        style.mark(label, tone="")

    def _go_live_chosen(self) -> None:
        if not self._filling:
            self.model.set_go_live(str(self.go_live.currentData() or ""))

    def _buffer_edited(self) -> None:
        if self._filling:
            return
        self.buffer.setEnabled(not self.buffer_from_plan.isChecked())
        self.model.set_buffer(None if self.buffer_from_plan.isChecked() else round(self.buffer.value(), 1))

    def _reserve_edited(self) -> None:
        if not self._filling:
            value = round(self.reserve.value(), 2)
            self.model.set_reserve(value * 1e6 if value > 0 else None)

    def _health_edited(self, area: str) -> None:
        if not self._filling:
            self.model.set_health(area, str(self.rating[area].currentData() or ""), self.reason[area].text())


class VerdictTab(QSplitter):
    """The editor on the left, the verdict and plan-health slides on the right."""

    def __init__(self, model: VerdictModel, session: PreparationSession, preview: Any) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.editor = VerdictEditor(model, session)
        slides = QWidget()
        column = QVBoxLayout(slides)
        column.setContentsMargins(0, 0, 0, 0)
        self.verdict_preview, self.health_preview = preview(session, "verdict"), preview(session, "health")
        column.addWidget(self.verdict_preview, 1)
        column.addWidget(self.health_preview, 1)
        self.addWidget(self.editor)
        self.addWidget(slides)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setSizes([700, 700])
