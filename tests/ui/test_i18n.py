"""The UI in Swedish and English: switched at run time, Qt's own dialogs included, nothing left in English."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from podium import paths
from podium.core.storage.store import Store
from podium.ui.common import i18n, settings
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep
from tests.i18n_tools import TS_DIR, build_translations

MENUS_EN = ["&File", "&Edit", "&View", "&Rehearse", "&Help"]
MENUS_SV = ["&Arkiv", "&Redigera", "&Visa", "&Presentation", "&Hjälp"]


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts compiled with lrelease, as the build does."""
    out = tmp_path_factory.mktemp("qm")
    build_translations.compile_all(out)
    return out


@pytest.fixture
def translations(compiled: Path, monkeypatch: pytest.MonkeyPatch, store: Store) -> Iterator[Path]:
    monkeypatch.setenv(paths.TRANSLATIONS_DIR_ENV, str(compiled))
    yield compiled
    settings.reset(settings.LANGUAGE)  # the settings dialog test stores Swedish
    i18n.apply_language("en")
    QApplication.processEvents()  # windows retranslate now, while their store is still open


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def switch(qtbot: QtBot, window: MainWindow, language: str, expected: list[str]) -> None:
    assert i18n.apply_language(language) == language
    qtbot.waitUntil(lambda: menu_titles(window) == expected, timeout=3000)


def test_switching_language_retranslates_the_open_window(
    window: MainWindow, qtbot: QtBot, translations: Path
) -> None:
    window.create_preparation(make_prep("finance", language="en", company="Nordvik AB"))
    window.workspace.tabs.setCurrentIndex(3)
    titles = [s.title for s in window.prep.deck.slides]
    assert menu_titles(window) == MENUS_EN

    switch(qtbot, window, "sv", MENUS_SV)
    tabs = window.workspace.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "R&esearch",
        "&Data",
        "&Bildspel",
        "&Frågor",
        "&Öva",
    ]
    assert tabs.currentIndex() == 3  # the user stays where they were
    assert window.statusBar().currentMessage() == "Språk: Svenska"
    # The deck keeps its own language: the UI language is not the presentation's.
    assert window.prep.language == "en" and [s.title for s in window.prep.deck.slides] == titles
    assert "Finance" not in window.workspace.header.text() and "Ekonomi" in window.workspace.header.text()

    switch(qtbot, window, "en", MENUS_EN)
    assert window.workspace.tabs.tabText(0) == "Re&search"


def test_settings_dialog_switches_language_without_restart(
    window: MainWindow, qtbot: QtBot, translations: Path
) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.accept()
    qtbot.waitUntil(lambda: menu_titles(window) == MENUS_SV, timeout=3000)
    assert settings.get(settings.LANGUAGE) == "sv"
    assert window.library.new_button.text() == "&Ny förberedelse…"
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if a.text()][:3] == [
        "&Ny förberedelse…",
        "&Öppna…",
        "Öppna s&enaste",
    ]


def test_qt_own_dialog_buttons_are_translated(translations: Path, qtbot: QtBot) -> None:
    i18n.apply_language("sv")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Spara"


def test_a_missing_translation_file_leaves_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, store: Store
) -> None:
    monkeypatch.setenv(paths.TRANSLATIONS_DIR_ENV, str(tmp_path))
    assert i18n.apply_language("sv") == "en"
    assert i18n.current_language() == "en"


@pytest.mark.parametrize(
    ("env", "expected"), [("sv_SE.UTF-8", "sv"), ("de_DE.UTF-8", "en"), ("en_GB.UTF-8", "en")]
)
def test_the_language_follows_the_system(env: str, expected: str) -> None:
    code = "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); " \
           "from podium.ui.common.i18n import system_language; print(system_language())"  # fmt: skip
    environment = {**os.environ, "LANG": env, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, check=True
    )
    assert run.stdout.strip() == expected


# ------------------------------------------------------------------- nothing left in English


def english_sources() -> set[str]:
    """Every English UI string whose Swedish differs, mnemonics removed."""
    root = ET.parse(TS_DIR / "podium_sv.ts").getroot()
    pairs = [
        (_plain(m.findtext("source") or ""), _plain(m.findtext("translation") or ""))
        for m in root.iter("message")
    ]
    swedish = {
        t for _, translation in pairs for t in (translation, translation.rstrip(":…"))
    }  # "Diagram" is Swedish too
    return {source for source, translation in pairs if source != translation and len(source) > 2} - swedish


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def visible_texts(root: QWidget) -> dict[str, str]:
    """What a user can read in ``root``: labels, buttons, tabs, group titles, placeholders, tooltips."""
    texts: dict[str, str] = {}
    for w in [root, *root.findChildren(QWidget)]:
        name = type(w).__name__
        for text in _texts_of(w):
            if text:
                texts[_plain(text)] = name
    return texts


def _texts_of(w: QWidget) -> list[str]:
    found = [w.toolTip(), w.accessibleName(), w.windowTitle() if w.isWindow() else ""]
    if isinstance(w, (QLabel, QAbstractButton)):
        found.append(w.text())
    if isinstance(w, QGroupBox):
        found.append(w.title())
    if isinstance(w, (QLineEdit, QPlainTextEdit)):
        found.append(w.placeholderText())
    if isinstance(w, QTabWidget):
        found += [w.tabText(i) for i in range(w.count())]
    for action in w.actions():
        found += [action.text(), action.toolTip() if action.toolTip() != _plain(action.text()) else ""]
    return found


@pytest.mark.parametrize("role", ["marketing", "finance", "project-management"])
def test_no_english_is_left_on_screen_in_swedish(
    window: MainWindow, qtbot: QtBot, translations: Path, role: str
) -> None:
    switch(qtbot, window, "sv", MENUS_SV)
    window.create_preparation(make_prep(role, language="sv", company="Nordvik AB"))
    english = english_sources()
    shown: dict[str, str] = {}
    tabs = window.workspace.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(1)
        shown.update(visible_texts(window))
    for menu_action in window.menuBar().actions():
        shown.update({_plain(a.text()): "menu" for a in menu_action.menu().actions() if a.text()})
    left = sorted(f"{text!r} in {where}" for text, where in shown.items() if text in english)
    assert not left, "English on a Swedish screen:\n" + "\n".join(left)


@pytest.mark.parametrize("role", ["marketing", "finance", "project-management"])
def test_every_text_on_screen_changes_with_the_language(
    window: MainWindow, qtbot: QtBot, translations: Path, role: str
) -> None:
    """Catches what no .ts knows about: a string never passed through tr(), or looked up under a
    context lupdate did not file it under. The same screen is read in English and in Swedish;
    what reads the same in both must be a word the two languages share."""

    def screen() -> dict[str, str]:
        shown: dict[str, str] = {}
        tabs = window.workspace.tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.wait(1)
            shown.update(visible_texts(window))
        for menu_action in window.menuBar().actions():
            shown.update({_plain(a.text()): "menu" for a in menu_action.menu().actions() if a.text()})
        return shown

    # Each screen shows a deck in its own language, so slide text differs too and drops out.
    window.create_preparation(make_prep(role, language="en", company="Nordvik AB"))
    english = screen()
    switch(qtbot, window, "sv", MENUS_SV)
    window.create_preparation(make_prep(role, language="sv", company="Nordvik AB"))
    swedish = screen()
    same = set(english) & set(swedish) - shared_words()
    data = re.compile(r"#[0-9A-F]{6}|https?://\S*|Nordvik AB — Podium")  # the user's data and examples of it
    left = sorted(
        f"{t!r} in {swedish[t]}" for t in same if any(c.isalpha() for c in t) and not data.fullmatch(t)
    )
    assert not left, "Not translated:\n" + "\n".join(left)


def shared_words() -> set[str]:
    """Strings whose Swedish is the English (Status, Budget, PDF …), as the .ts says."""
    root = ET.parse(TS_DIR / "podium_sv.ts").getroot()
    same = [_plain(m.findtext("translation") or "") for m in root.iter("message")
            if _plain(m.findtext("source") or "") == _plain(m.findtext("translation") or "")]  # fmt: skip
    return {form for text in same for form in (text, text.rstrip(":"))}


def _mnemonic(text: str) -> str:
    plain = text.replace("&&", "")
    i = plain.find("&")
    return plain[i + 1].lower() if 0 <= i < len(plain) - 1 else ""


@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("role", ["marketing", "finance", "project-management"])
def test_alt_keys_of_menus_and_sections_are_unique(
    window: MainWindow, qtbot: QtBot, translations: Path, language: str, role: str
) -> None:
    """Alt+letter must reach one place: two menus or a menu and a tab on one letter do nothing."""
    if language == "sv":
        switch(qtbot, window, "sv", MENUS_SV)
    window.create_preparation(make_prep(role, language=language))
    tabs = window.workspace.tabs
    titles = menu_titles(window) + [tabs.tabText(i) for i in range(tabs.count())]
    keys = [_mnemonic(t) for t in titles]
    assert "" not in keys, titles
    assert len(set(keys)) == len(keys), titles
