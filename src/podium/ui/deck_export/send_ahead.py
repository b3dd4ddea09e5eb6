"""Advice in the Export dialog for a deck the panel asked to see in advance, with a cover note.

Panels often ask for the deck before a second interview. The advice sits where the file is
made, beside the choice it bears on (Podium's guidance in the notes travels with a .pptx).
The advice is in the UI's language; the cover note is in the deck's, since it goes to the
panel, and is copied with one click.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from podium.core.model import Preparation
from podium.core.phrasebook import phrases
from podium.core.text import format_date


def cover_note(prep: Preparation) -> str:
    """One line to send with the deck, in the deck's language, naming the interview day if known."""
    said = phrases(prep.language)
    if prep.interview_at is None:
        return said.say("send_ahead.cover_undated")
    return said.say("send_ahead.cover", date=format_date(prep.interview_at.date(), prep.language))


class SendAheadBox(QGroupBox):
    """What to send, when, in which format, and a one-line cover note to copy."""

    def __init__(self, prep: Preparation, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sending the deck ahead?"), parent)
        self.setObjectName("sendAhead")
        points = (
            self.tr("Send a PDF unless they ask for the editable file: it looks the same on every screen, "
                    "and your speaker notes stay with you."),
            self.tr("If they want the .pptx, leave Podium's guidance out and read your notes as the panel would: "
                    "the notes travel with the file."),
            self.tr("Send it by their deadline (with none, the working day before) and present the version you "
                    "sent; if you change it, bring the new one and say what changed."),
        )  # fmt: skip
        self.advice = QLabel("<ul style='margin-left: -20px'>" + "".join(f"<li>{escape(p)}</li>" for p in points)
                             + "</ul>")  # fmt: skip
        self.advice.setObjectName("sendAheadAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel(cover_note(prep))
        self.note.setObjectName("coverNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setAccessibleName(self.tr("Cover note"))
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setToolTip(self.tr("Copy the cover note, to paste into your e-mail"))
        self.copy.clicked.connect(self.copy_note)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Cover note:")), 0, Qt.AlignmentFlag.AlignTop)
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout()  # installed on self once filled
        layout.addWidget(self.advice)
        layout.addLayout(note_row)
        self.setLayout(layout)

    def copy_note(self) -> None:
        QGuiApplication.clipboard().setText(self.note.text())
        self.copy.setText(self.tr("Copied"))
