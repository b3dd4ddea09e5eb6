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
    QGridLayout,
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
        self.dialog: TargetsDialog | None = None
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
        self.targets_button = QPushButton(self.tr("Kinds of question…"))
        self.targets_button.setToolTip(
            self.tr("Which kinds of question the panel asks, and how long an answer should take")
        )
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
        dialog = TargetsDialog(self.categories, self.settings, self)
        dialog.accepted.connect(lambda: self._targets_chosen(dialog))
        self.dialog = dialog
        dialog.open()

    def _targets_chosen(self, dialog: TargetsDialog) -> None:
        self.settings.targets = dialog.targets()
        self.settings.skip = dialog.skipped()
        save_panel_settings(self.settings)
        self.changed.emit()


class TargetsDialog(QDialog):
    """Per category (the deck language's names): whether the panel asks it, and the answer's target
    ("each question's own" leaves the question's target alone)."""

    def __init__(
        self, categories: list[Category], settings: PanelSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kinds of question"))
        self.spins: dict[str, QSpinBox] = {}
        self.asked: dict[str, QCheckBox] = {}
        intro = QLabel(
            self.tr(
                "A spoken answer should take 60 to 90 seconds: long enough for evidence, short enough "
                "to stop. Set a target for a kind of question, or leave each question its own."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>The panel asks</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Answer in</b>")), 0, 1)
        for row, category in enumerate(categories, start=1):
            check = QCheckBox(category.name)
            check.setObjectName(f"asked_{category.key}")
            check.setToolTip(category.description)
            check.setChecked(category.key not in settings.skip)
            spin = QSpinBox()
            spin.setObjectName(f"target_{category.key}")
            spin.setAccessibleName(self.tr("Answer time: %1").replace("%1", category.name))
            spin.setRange(OWN_TARGET, 240)
            spin.setSingleStep(15)
            spin.setSpecialValueText(self.tr("each question's own"))
            spin.setSuffix(self.tr(" s"))
            spin.setValue(settings.targets.get(category.key, OWN_TARGET))
            check.toggled.connect(spin.setEnabled)
            spin.setEnabled(check.isChecked())
            self.asked[category.key], self.spins[category.key] = check, spin
            grid.addWidget(check, row, 0)
            grid.addWidget(spin, row, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout()  # installed on self once filled
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.setLayout(layout)

    def targets(self) -> dict[str, int]:
        return {key: max(30, spin.value()) for key, spin in self.spins.items() if spin.value() != OWN_TARGET}

    def skipped(self) -> list[str]:
        return sorted(key for key, check in self.asked.items() if not check.isChecked())
