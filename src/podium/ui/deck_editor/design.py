"""Design of the deck: theme (shown on the user's own title slide), slide size, brand colour and logo.

Every choice is an undoable command, so trying a theme and stepping back is safe.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from podium.core.model import Slide
from podium.core.render.layout import SLIDE_WIDTHS, layout_slide
from podium.core.render.theme import THEMES, get_theme, parse_hex, to_hex
from podium.ui.common import messages
from podium.ui.deck_editor.assets import AssetError, import_image
from podium.ui.deck_editor.document import DeckDocument
from podium.ui.slides.painter import render_pixmap

SWATCH_WIDTH = 150


def ask_color(parent: QWidget, initial: str, title: str) -> str:
    """The colour the user picked as '#RRGGBB', or '' when cancelled (tests replace this)."""
    color = QColorDialog.getColor(QColor(initial or "#2F6FDE"), parent, title)
    return color.name().upper() if color.isValid() else ""


class DesignPanel(QWidget):
    def __init__(self, doc: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("designPanel")
        self.doc = doc
        self.themes = QListWidget()
        self.themes.setObjectName("themeList")
        self.themes.setAccessibleName(self.tr("Themes"))
        self.themes.setViewMode(QListWidget.ViewMode.IconMode)
        self.themes.setIconSize(QSize(SWATCH_WIDTH, SWATCH_WIDTH * 9 // 16))
        self.themes.setMovement(QListWidget.Movement.Static)
        self.themes.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.themes.setWordWrap(True)
        self.themes.setSpacing(6)
        self.themes.itemClicked.connect(
            lambda item: self.doc.set_setting("theme", item.data(Qt.ItemDataRole.UserRole))
        )
        self.wide = QRadioButton(self.tr("16:9 (widescreen)"))
        self.square = QRadioButton(self.tr("4:3"))
        group = QButtonGroup(self)
        for button, aspect in ((self.wide, "16:9"), (self.square, "4:3")):
            group.addButton(button)
            button.toggled.connect(lambda on, a=aspect: self._aspect_toggled(a, on))
        self.brand = QLineEdit()
        self.brand.setObjectName("brandColour")
        self.brand.setPlaceholderText("#1F6FEB")
        self.brand.setAccessibleName(self.tr("Brand colour"))
        self.brand.setMaxLength(7)
        self.brand.editingFinished.connect(self._brand_typed)
        self.pick = QPushButton(self.tr("Pick…"))
        self.pick.clicked.connect(self._pick)
        self.clear_brand = QPushButton(self.tr("Theme colour"))
        self.clear_brand.setToolTip(self.tr("Use the theme's own accent instead of the brand colour"))
        self.clear_brand.clicked.connect(lambda: self.doc.set_setting("brand_color", ""))
        self.brand_note = QLabel()
        self.brand_note.setWordWrap(True)
        self.brand_note.setObjectName("brandNote")
        self.logo_name = QLabel()
        self.logo_choose = QPushButton(self.tr("Choose logo…"))
        self.logo_choose.clicked.connect(self._choose_logo)
        self.logo_remove = QPushButton(self.tr("Remove logo"))
        self.logo_remove.clicked.connect(lambda: self.doc.set_setting("logo", ""))
        aspect_row, brand_row, logo_row = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        aspect_row.addWidget(self.wide)
        aspect_row.addWidget(self.square)
        aspect_row.addStretch(1)
        for widget in (self.brand, self.pick, self.clear_brand):
            brand_row.addWidget(widget)
        for part in (self.logo_name, self.logo_choose, self.logo_remove):
            logo_row.addWidget(part)
        form = QFormLayout()
        form.addRow(self.tr("Slide size:"), aspect_row)
        form.addRow(self.tr("Brand colour:"), brand_row)
        form.addRow(self.brand_note)
        form.addRow(self.tr("Logo:"), logo_row)
        layout = QVBoxLayout()  # installed on self once filled
        layout.addWidget(QLabel(self.tr("<b>Theme</b>")))
        layout.addWidget(self.themes, 1)
        layout.addLayout(form)
        self.setLayout(layout)
        self._swatch_key: tuple = ()
        self.refresh()

    def refresh(self) -> None:
        """Show the current choices; theme swatches are redrawn only when what they show changed."""
        deck, prep = self.doc.deck, self.doc.prep
        sample = next((s for s in deck.slides if s.kind == "title"), None) or Slide(
            prep.company or "Podium", kind="title"
        )
        key = (sample.title, sample.subtitle, deck.aspect, deck.logo, prep.brand_color, prep.language)
        if key != self._swatch_key:
            self._swatch_key = key
            self._draw_swatches(sample)
        for i in range(self.themes.count()):
            item = self.themes.item(i)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) == deck.theme)
        for button, aspect in ((self.wide, "16:9"), (self.square, "4:3")):
            button.blockSignals(True)
            button.setChecked(deck.aspect == aspect)
            button.blockSignals(False)
        if not self.brand.hasFocus():
            self.brand.setText(prep.brand_color)
        theme = self.doc.theme()
        brand = parse_hex(prep.brand_color)
        if brand is not None and theme.accent != to_hex(brand):
            self.brand_note.setText(
                self.tr("Adjusted to %1 so text on it stays readable (WCAG AA).").replace("%1", theme.accent)
            )
        else:
            self.brand_note.clear()
        self.logo_name.setText(deck.logo.rsplit("/", 1)[-1] if deck.logo else self.tr("none"))
        self.logo_remove.setEnabled(bool(deck.logo))

    def _draw_swatches(self, sample: Slide) -> None:
        deck, prep = self.doc.deck, self.doc.prep
        self.themes.clear()
        width = SLIDE_WIDTHS.get(deck.aspect, SLIDE_WIDTHS["16:9"])
        self.themes.setIconSize(QSize(SWATCH_WIDTH, round(SWATCH_WIDTH * 540 / width)))
        for theme_id, base in THEMES.items():
            laid = layout_slide(replace(sample), get_theme(theme_id, prep.brand_color), width=width,
                                language=prep.language, footer=prep.company, number=1, logo=deck.logo)  # fmt: skip
            item = QListWidgetItem(
                render_pixmap(laid, SWATCH_WIDTH, language=prep.language), base.name(prep.language)
            )
            item.setData(Qt.ItemDataRole.UserRole, theme_id)
            item.setToolTip(base.description(prep.language))
            self.themes.addItem(item)

    def _aspect_toggled(self, aspect: str, on: bool) -> None:
        if on:  # the button turned off reports too
            self.doc.set_setting("aspect", aspect)

    def _brand_typed(self) -> None:
        text = self.brand.text().strip()
        rgb = parse_hex(text)
        if text and rgb is None:
            self.brand_note.setText(self.tr("Type a colour as #RRGGBB, for example #1F6FEB."))
            return
        self.doc.set_setting("brand_color", to_hex(rgb) if rgb else "")

    def _pick(self) -> None:
        color = ask_color(self, self.doc.prep.brand_color, self.tr("Brand colour"))
        if color:
            self.doc.set_setting("brand_color", color)

    def _choose_logo(self) -> None:
        path = messages.ask_open_path(
            self, self.tr("Choose logo"), self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)")
        )
        if not path:
            return
        try:
            stored = import_image(path)
        except AssetError as exc:
            messages.error(self, self.tr("Logo not added"), str(exc))
            return
        self.doc.set_setting("logo", stored)
