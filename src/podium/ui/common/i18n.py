"""The UI language: Podium's own translations plus Qt's, following the system or the user's choice.

English is the source language (every ``tr()`` string is English), so English needs no
translator. For Swedish two QTranslators are installed: ``podium_sv.qm`` compiled from
``resources/translations/podium_sv.ts`` and Qt's ``qtbase_sv.qm`` (the standard buttons and
dialogs). Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every
widget; the main window answers it by rebuilding its pages, so a switch needs no restart.

The deck's language is a separate, per-preparation choice (the wizard's field) and is not
touched here.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from podium import paths
from podium.core.text import short_date
from podium.ui.common import settings

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# Each language named in itself: the list must be readable whatever language is on screen.
LANGUAGES = {"en": "English", "sv": "Svenska"}
_TRANSLATOR_NAME = "podium.translator"
_LANGUAGE_PROPERTY = "podium.language"


def system_language() -> str:
    """The first of the system's UI languages that Podium speaks; English otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve(choice: str) -> str:
    """A settings choice ("system", "en", "sv") as a language code."""
    return choice if choice in LANGUAGES else system_language()


def current_language() -> str:
    """The language the UI is showing now (English before any translator is installed)."""
    app = QCoreApplication.instance()
    value = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else SOURCE_LANGUAGE


def apply_language(choice: str | None = None) -> str:
    """Install the translators for ``choice`` (default: the stored setting); the language now shown.

    Safe to call again at any time: the previous translators are removed first. A missing .qm
    (a source checkout never built) leaves the UI in English and says so in the log.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before choosing its language")
    language = resolve(choice if choice is not None else settings.get(settings.LANGUAGE))
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    shown = SOURCE_LANGUAGE
    if language != SOURCE_LANGUAGE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = _load(f"podium_{language}", str(paths.translations_dir()))
        if ours is not None:
            shown = language
            qt = _load(f"qtbase_{language}", qt_dir)
            for translator in (qt, ours):  # the last installed is searched first
                if translator is not None:
                    translator.setParent(app)
                    QCoreApplication.installTranslator(translator)
    app.setProperty(_LANGUAGE_PROPERTY, shown)
    return shown


def _load(name: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    translator.setObjectName(_TRANSLATOR_NAME)
    if translator.load(name, folder):
        return translator
    log.warning("translation %s not found in %s; showing English", name, folder)
    return None


def moment_text(moment: datetime) -> str:
    """'9 Dec 2026, 10:00' / '9 dec 2026, 10:00': a date and time as the UI language writes it."""
    return f"{short_date(moment.date(), current_language(), year=True)}, {moment:%H:%M}"


def date_time_format() -> str:
    """The display format of date-time editors: '9 Dec 2026 10:00', month names from the UI language."""
    return "d MMM yyyy  HH:mm"
