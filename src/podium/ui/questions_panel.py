"""Practice of the panel's likely questions. Until it lands, the section says so plainly."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from podium.ui.research_panel import coming_soon
from podium.ui.session import PreparationSession


class QuestionsPanel(QWidget):
    def __init__(self, session: PreparationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        coming_soon(
            self, self.tr("Practice of the panel's likely questions arrives in a coming version of Podium.")
        )
