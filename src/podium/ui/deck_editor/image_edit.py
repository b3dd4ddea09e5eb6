"""An image block: choose the picture (copied into Podium's data folder) and describe it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from podium.core.model import ImageBlock
from podium.ui.common import messages, style
from podium.ui.deck_editor.assets import AssetError, import_image
from podium.ui.deck_editor.undo_keys import UndoKeys


class ImageEdit(QWidget):
    edited = Signal(object, bool)  # ImageBlock, typing

    def __init__(self, keys: UndoKeys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block = ImageBlock()
        self.thumb = QLabel()
        self.thumb.setFixedSize(120, 68)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.mark(self.thumb, "frame")
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.choose = QPushButton(self.tr("Choose image…"))
        self.choose.clicked.connect(self.choose_file)
        self.alt = QLineEdit()
        self.alt.setObjectName("imageAlt")
        self.alt.setPlaceholderText(self.tr("What the image shows, for screen readers"))
        self.alt.setAccessibleName(self.tr("Image description"))
        self.alt.textEdited.connect(lambda text: self._emit(alt=text, typing=True))
        keys.watch(self.alt)
        row = QHBoxLayout()
        row.addWidget(self.thumb)
        row.addWidget(self.name, 1)
        row.addWidget(self.choose)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(row)
        form.addRow(self.tr("Description:"), self.alt)

    def load(self, block: ImageBlock) -> None:
        self.block = block
        self.name.setText(Path(block.path).name if block.path else self.tr("No image chosen yet"))
        pixmap = QPixmap(block.path) if block.path else QPixmap()
        self.thumb.setPixmap(
            pixmap.scaled(self.thumb.size(), Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation) if not pixmap.isNull() else QPixmap()
        )  # fmt: skip
        if self.alt.text() != block.alt:
            self.alt.setText(block.alt)

    def choose_file(self) -> None:
        path = messages.ask_open_path(
            self, self.tr("Choose image"), self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff)")
        )
        if not path:
            return
        try:
            stored = import_image(path)
        except AssetError as exc:
            messages.error(self, self.tr("Image not added"), str(exc))
            return
        alt = self.block.alt or Path(path).stem.replace("_", " ").replace("-", " ")
        self._emit(path=stored, alt=alt, typing=False)

    def _emit(self, *, path: str | None = None, alt: str | None = None, typing: bool) -> None:
        block = ImageBlock(
            path=self.block.path if path is None else path,
            alt=self.block.alt if alt is None else alt,
            example=False,
            source=self.block.source,
        )
        self.edited.emit(block, typing)
