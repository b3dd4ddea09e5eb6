"""The Rehearse section: start the presenter; later, the record of every run."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from podium.ui.session import PreparationSession


class RehearsePanel(QWidget):
    present_requested = Signal()

    def __init__(self, session: PreparationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.present_button = QPushButton(self.tr("Start presenting"))
        self.present_button.setObjectName("presentButton")
        self.present_button.clicked.connect(self.present_requested)
        explain = QLabel(
            self.tr(
                "Rehearse the talk against the clock. Keys: → Space PgDn next, ← PgUp previous, Home/End, Esc to stop."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.present_button)
        layout.addStretch(1)
