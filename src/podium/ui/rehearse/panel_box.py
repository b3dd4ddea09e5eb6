"""The Rehearse tab's panel settings: questions after the talk, when the panel interrupts, and how
long an answer should take in each category."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from podium.core.interview.model import Category
from podium.core.interview.panel import EVERY, OFF, RANDOM, SLIDES, PanelSettings, parse_slides
from podium.ui.rehearse.panel_settings import save_panel_settings

OWN_TARGET = 0  # the spin box's lowest value: each question keeps its own target


class PanelBox(QGroupBox):
    """Edits one ``PanelSettings`` in place and stores it on every change."""

    changed = Signal()

    def __init__(self, settings: PanelSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The panel"), parent)
        self.settings = settings
        self.categories: list[Category] = []
        s = settings
        self.after_last = QCheckBox(self.tr("Questions after the last slide"))
        self.after_last.setChecked(s.after_last)
        self.mode = QComboBox()
        self.mode.setObjectName("interruptMode")
        for text, value in (
            (self.tr("never"), OFF),
            (self.tr("at random moments"), RANDOM),
            (self.tr("on the slides I choose"), SLIDES),
            (self.tr("about every few minutes"), EVERY),
        ):
            self.mode.addItem(text, value)
        self.mode.setToolTip(
            self.tr(
                "The panel breaks in mid-slide with a challenge to that slide; the talk clock holds while you answer."
            )
        )
        self.count = QSpinBox()
        self.count.setRange(1, 10)
        self.count.setValue(max(1, s.random_count))
        self.count.setSuffix(self.tr(" slides"))
        self.slides = QLineEdit(", ".join(str(n) for n in s.slides))
        self.slides.setObjectName("interruptSlides")
        self.slides.setPlaceholderText(self.tr("slide numbers, e.g. 3, 7"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 30)
        self.minutes.setValue(s.every_minutes)
        self.minutes.setPrefix(self.tr("every "))
        self.minutes.setSuffix(self.tr(" min"))
        self.detail = QStackedWidget()
        for widget in (QLabel(), self.count, self.slides, self.minutes):
            self.detail.addWidget(widget)
        self.targets_button = QPushButton(self.tr("Answer times…"))
        self.targets_button.setToolTip(self.tr("How long an answer should take, per kind of question"))
        self.targets_button.clicked.connect(self.edit_targets)
        form = QFormLayout(self)
        form.addRow(self.after_last)
        form.addRow(self.tr("Interrupts"), self.mode)
        form.addRow("", self.detail)
        form.addRow(self.targets_button)
        self.mode.setCurrentIndex(max(0, self.mode.findData(s.interrupt)))
        self.detail.setCurrentIndex(self.mode.currentIndex())
        self.detail.setVisible(s.interrupt != OFF)
        self.after_last.toggled.connect(self._edited)
        self.mode.currentIndexChanged.connect(self._edited)
        self.count.valueChanged.connect(self._edited)
        self.slides.editingFinished.connect(self._edited)
        self.minutes.valueChanged.connect(self._edited)

    def _edited(self) -> None:
        s = self.settings
        s.after_last = self.after_last.isChecked()
        s.interrupt = str(self.mode.currentData())
        self.detail.setCurrentIndex(self.mode.currentIndex())
        self.detail.setVisible(s.interrupt != OFF)
        s.random_count = self.count.value()
        s.slides = parse_slides(self.slides.text())
        self.slides.setText(", ".join(str(n) for n in s.slides))
        s.every_minutes = self.minutes.value()
        save_panel_settings(s)
        self.changed.emit()

    def edit_targets(self) -> None:
        dialog = TargetsDialog(self.categories, self.settings.targets, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.settings.targets = dialog.targets()
            save_panel_settings(self.settings)
            self.changed.emit()


class TargetsDialog(QDialog):
    """One target per category (the deck language's names); "each question's own" leaves it alone."""

    def __init__(
        self, categories: list[Category], targets: dict[str, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answer times"))
        self.spins: dict[str, QSpinBox] = {}
        intro = QLabel(
            self.tr(
                "A spoken answer should take 60 to 90 seconds: long enough for evidence, short enough "
                "to stop. Set a target for a kind of question, or leave each question its own."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        for category in categories:
            spin = QSpinBox()
            spin.setObjectName(f"target_{category.key}")
            spin.setRange(OWN_TARGET, 240)
            spin.setSingleStep(15)
            spin.setSpecialValueText(self.tr("each question's own"))
            spin.setSuffix(self.tr(" s"))
            spin.setValue(targets.get(category.key, OWN_TARGET))
            spin.setToolTip(category.description)
            self.spins[category.key] = spin
            form.addRow(category.name, spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def targets(self) -> dict[str, int]:
        return {key: max(30, spin.value()) for key, spin in self.spins.items() if spin.value() != OWN_TARGET}
