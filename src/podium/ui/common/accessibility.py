"""Accessible names for inputs whose visible label Qt cannot connect to them.

Qt names a field after the ``QLabel`` whose buddy it is, but only when the label is the field's
sibling. A form row that wraps the field with its guidance or unit (a container as the buddy, or
the field one level down) leaves a screen reader saying just "edit". ``name_from_labels`` walks a
finished page once and gives each such field its label's words; the page is rebuilt on a language
change, so the names follow the language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)


def label_text(label: QLabel) -> str:
    """A label's words as a name: mnemonic and trailing colon removed, markup dropped."""
    text = label.text()
    if label.textFormat() != Qt.TextFormat.PlainText and "<" in text:
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces for ``widget`` (Qt's own rules)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def name_from_labels(root: QWidget) -> int:
    """Name every unnamed input under ``root`` after the label that points at it; how many were named."""
    named = 0
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None:
            continue
        targets = (
            [buddy]
            if isinstance(buddy, INPUTS)
            else [w for w in buddy.findChildren(QWidget) if isinstance(w, INPUTS)][:1]
        )
        words = label_text(label)
        for target in targets:
            if words and not target.accessibleName() and not spoken_name(target):
                target.setAccessibleName(words)
                named += 1
    return named
