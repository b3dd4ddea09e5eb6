"""Company research (issue: research panel). Until it lands, the section says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from podium.ui.session import PreparationSession


def coming_soon(parent: QWidget, text: str) -> None:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    QVBoxLayout(parent).addWidget(label)


class ResearchPanel(QWidget):
    def __init__(self, session: PreparationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        coming_soon(self, self.tr("Company research — the business, its goals, the department and the people "
                                  "on your panel — arrives in a coming version of Podium."))  # fmt: skip
