"""A diagram block (timeline, heat map) in the editor: it is drawn from data, so it is shown, not edited.

Its shapes come from the role's data; the planner tab is where the user changes
them, and the slide redraws. Here the user sees what it is and where to change it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from podium.core.deck.slots import follows_data
from podium.core.model import DiagramBlock


class DiagramView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagramView")
        self.summary = QLabel()
        self.summary.setObjectName("diagramSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)

    def load(self, block: DiagramBlock) -> None:
        title = block.title or self.tr("Drawing")
        count = len(block.shapes)
        if follows_data(block):
            text = self.tr("“%1”, drawn from your data (%2 shapes). Change the data in the role's planner tab "
                           "and the slide redraws.")  # fmt: skip
        else:
            text = self.tr("“%1”, a drawing of %2 shapes. It stays as it is in the exported pptx, where each "
                           "shape can still be edited.")  # fmt: skip
        self.summary.setText(text.replace("%1", title).replace("%2", str(count)))
