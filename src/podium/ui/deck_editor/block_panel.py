"""One block of the slide in the editor: its heading, the notices that apply to it, and its editor."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from podium.core.deck.slots import detached_source, follows_data
from podium.core.model import Block, BulletsBlock, ChartBlock, DiagramBlock, ImageBlock, TableBlock
from podium.ui.common import style
from podium.ui.deck_editor.bullets_edit import BulletsEdit, without_empty_lines
from podium.ui.deck_editor.diagram_view import DiagramView
from podium.ui.deck_editor.grid import GridEditor
from podium.ui.deck_editor.image_edit import ImageEdit
from podium.ui.deck_editor.undo_keys import UndoKeys


class BlockPanel(QFrame):
    """Emits ``edited(block, typing)``; the form turns that into an undoable command."""

    edited = Signal(object, bool)
    remove_requested = Signal()
    follow_data_requested = Signal()

    def __init__(self, block: Block, language: str, keys: UndoKeys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blockPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.kind = block.kind
        self.block = block
        self.row = -1  # the slide this panel currently shows (set by the form)
        self.heading = QLabel()
        self.heading.setObjectName("blockHeading")
        self.notice = QLabel()
        self.notice.setObjectName("blockNotice")
        self.notice.setWordWrap(True)
        style.mark(self.notice, "hint")
        self.own_button = QPushButton(self.tr("These are mine"))
        self.own_button.setToolTip(
            self.tr("Keep the example content as your own: it is no longer marked as an example")
        )
        self.own_button.clicked.connect(self._take_over_example)
        self.follow_button = QPushButton(self.tr("Follow data again"))
        self.follow_button.clicked.connect(self.follow_data_requested)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove this block from the slide"))
        self.remove_button.clicked.connect(self.remove_requested)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for button in (self.own_button, self.follow_button, self.remove_button):
            top.addWidget(button)
        self.editor: BulletsEdit | GridEditor | ImageEdit | DiagramView
        if isinstance(block, BulletsBlock):
            self.editor = BulletsEdit()
            keys.watch(self.editor)
            self.editor.edited.connect(lambda b: self.edited.emit(b, True))
            self.editor.finished.connect(self._tidy_bullets)
        elif isinstance(block, TableBlock | ChartBlock):
            self.editor = GridEditor(block.kind, language, keys)
            self.editor.edited.connect(self.edited)
        elif isinstance(block, DiagramBlock):
            self.editor = DiagramView()
        else:
            self.editor = ImageEdit(keys)
            self.editor.edited.connect(self.edited)
        layout = QVBoxLayout()  # installed on self once filled
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(top)
        self.setLayout(layout)
        layout.addWidget(self.notice)
        layout.addWidget(self.editor)
        self.load(block)

    def load(self, block: Block) -> None:
        self.block = block
        names = {
            "bullets": self.tr("Bullet points"),
            "table": self.tr("Table"),
            "chart": self.tr("Chart"),
            "image": self.tr("Image"),
            "diagram": self.tr("Diagram"),
        }
        self.heading.setText(f"<b>{names.get(block.kind, block.kind)}</b>")
        example = bool(getattr(block, "example", False))
        notices = []
        if follows_data(block) and example:
            notices.append(
                self.tr("Fills in from your data once you add it; until then it shows an example.")
            )
        elif follows_data(block):
            notices.append(
                self.tr(
                    "Filled from your data: it updates when the data changes. Editing it keeps your version instead."
                )
            )
        elif detached_source(block):
            notices.append(self.tr("You changed this block, so it no longer follows your data."))
        if example:
            notices.append(
                self.tr("Example content, labelled “Example” on the slide: replace it with your own.")
            )
        self.notice.setText(" ".join(notices))
        self.notice.setVisible(bool(notices))
        self.own_button.setVisible(example)
        self.follow_button.setVisible(bool(detached_source(block)))
        self.editor.load(block)  # type: ignore[arg-type]

    def _take_over_example(self) -> None:
        block = self.block
        if isinstance(block, BulletsBlock):
            data = block.to_dict()
            for item in data["items"]:
                item["example"] = False
            self.edited.emit(BulletsBlock.from_dict(data), False)
        elif isinstance(block, TableBlock | ChartBlock | ImageBlock | DiagramBlock):
            data = block.to_dict()
            data["example"] = False
            self.edited.emit(type(block).from_dict(data), False)

    def _tidy_bullets(self) -> None:
        if isinstance(self.editor, BulletsEdit):
            current = self.editor.current_block()
            tidy = without_empty_lines(current)
            if tidy.to_dict() != current.to_dict():
                self.edited.emit(tidy, False)

    def focus_editor(self) -> None:
        target = self.editor.view if isinstance(self.editor, GridEditor) else self.editor
        target.setFocus()
