"""Edit ▸ Settings: the UI language and the colour scheme, applied at once (no restart).

The deck's own language is not here: it belongs to each preparation (the wizard's field), since
a Swedish speaker may well present in English.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from podium.ui.common import appearance, i18n, settings


class SettingsDialog(QDialog):
    """Language and appearance; OK stores and applies them, Cancel changes nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.scheme = QComboBox()
        self.scheme.setObjectName("colorSchemeChoice")
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.scheme_label = QLabel()
        self.scheme_label.setBuddy(self.scheme)
        self.deck_note = QLabel()
        self.deck_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.scheme_label, self.scheme)
        layout = QVBoxLayout()  # installed on self once filled
        layout.addLayout(form)
        self.setLayout(layout)
        layout.addWidget(self.deck_note)
        layout.addWidget(self.buttons)
        self._fill(settings.get(settings.LANGUAGE), settings.get(settings.COLOR_SCHEME))
        self.setMinimumWidth(420)

    def _fill(self, language: str, scheme: str) -> None:
        """(Re)write every text, keeping the current choices: also run on a language change."""
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.scheme_label.setText(self.tr("&Appearance:"))
        self.deck_note.setText(
            self.tr("A deck's own language is chosen per preparation, in its New Preparation details.")
        )
        self.language.clear()
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(self.tr("System default (%1)").replace("%1", system), "system")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setToolTip(self.tr("The language of menus, buttons and guidance on screen"))
        self.scheme.clear()
        self.scheme.addItem(self.tr("Follow the system"), "system")
        self.scheme.addItem(self.tr("Light"), "light")
        self.scheme.addItem(self.tr("Dark"), "dark")
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(scheme)))
        self.scheme.setToolTip(self.tr("Light or dark colours for the windows"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill(self.language.currentData(), self.scheme.currentData())
        super().changeEvent(event)

    def accept(self) -> None:
        language, scheme = str(self.language.currentData()), str(self.scheme.currentData())
        settings.put(settings.LANGUAGE, language)
        settings.put(settings.COLOR_SCHEME, scheme)
        super().accept()
        appearance.apply_color_scheme(scheme)
        if i18n.resolve(language) != i18n.current_language():
            i18n.apply_language(language)
