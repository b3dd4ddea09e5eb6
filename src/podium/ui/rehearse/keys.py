"""The presenter's keys: what PowerPoint and LibreOffice users already know, plus a few of ours.

Kept as data so the key-help overlay and the key handler can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

translate = QCoreApplication.translate  # literal contexts, so Qt's lupdate files every string

K = Qt.Key

# command -> keys. A command name is what Presenter.run_command understands.
KEYMAP: dict[str, tuple[Qt.Key, ...]] = {
    "next": (K.Key_Right, K.Key_Down, K.Key_Space, K.Key_PageDown, K.Key_N, K.Key_Return, K.Key_Enter),
    "previous": (K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace, K.Key_P),
    "first": (K.Key_Home,),
    "last": (K.Key_End,),
    "black": (K.Key_B, K.Key_Period),
    "white": (K.Key_W, K.Key_Comma),
    "overview": (K.Key_O, K.Key_Tab),
    "timer": (K.Key_S, K.Key_Pause),
    "reset": (K.Key_R,),
    "guidance": (K.Key_G,),
    "skip": (K.Key_K,),
    "bigger": (K.Key_Plus, K.Key_Equal),
    "smaller": (K.Key_Minus,),
    "question": (K.Key_Q,),
    "swap": (K.Key_X,),
    "help": (K.Key_Question, K.Key_F1, K.Key_H),
    "escape": (K.Key_Escape,),
}
COMMAND_FOR_KEY = {key: command for command, keys in KEYMAP.items() for key in keys}
DIGITS = {getattr(K, f"Key_{d}"): str(d) for d in range(10)}


def command_for(key: int, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> str:
    """The command a key press means, '' for none. Shift+Up/Down scroll the notes."""
    if modifiers & Qt.KeyboardModifier.ShiftModifier and key in (K.Key_Up, K.Key_Down):
        return "notes_up" if key == K.Key_Up else "notes_down"
    if key in DIGITS:
        return "digit"
    try:
        return COMMAND_FOR_KEY.get(K(key), "")
    except ValueError:
        return ""


@dataclass
class JumpBuffer:
    """Digits typed before Enter: '12' then Enter jumps to slide 12, as in PowerPoint."""

    digits: str = ""

    def push(self, digit: str) -> None:
        if len(self.digits) < 4:
            self.digits += digit

    def backspace(self) -> None:
        self.digits = self.digits[:-1]

    def take(self) -> int | None:
        """The typed slide number (1-based), clearing the buffer."""
        number, self.digits = self.digits, ""
        return int(number) if number else None


def help_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for the key-help overlay, translated when called."""

    return [
        (translate("PresenterKeys", "→ ↓ Space PgDn N Enter"), translate("PresenterKeys", "Next slide")),
        (translate("PresenterKeys", "← ↑ PgUp Backspace P"), translate("PresenterKeys", "Previous slide")),
        (translate("PresenterKeys", "Home / End"), translate("PresenterKeys", "First / last slide")),
        (translate("PresenterKeys", "number + Enter"), translate("PresenterKeys", "Go to that slide")),
        (
            translate("PresenterKeys", "B or .  /  W or ,"),
            translate("PresenterKeys", "Black / white screen (again to return)"),
        ),
        (translate("PresenterKeys", "O or Tab"), translate("PresenterKeys", "Overview of all slides")),
        (
            translate("PresenterKeys", "S or Pause"),
            translate("PresenterKeys", "Start, pause or resume the clock"),
        ),
        (translate("PresenterKeys", "R"), translate("PresenterKeys", "Reset the clock: start a new run")),
        (translate("PresenterKeys", "G"), translate("PresenterKeys", "Show or hide the slide's guidance")),
        (
            translate("PresenterKeys", "K"),
            translate("PresenterKeys", "Skip plan: what to drop if stopped at half time"),
        ),
        (translate("PresenterKeys", "+ / −"), translate("PresenterKeys", "Larger / smaller notes")),
        (translate("PresenterKeys", "Shift+↑ / Shift+↓"), translate("PresenterKeys", "Scroll the notes")),
        (translate("PresenterKeys", "Q"), translate("PresenterKeys", "A panel question now")),
        (translate("PresenterKeys", "1 – 5"), translate("PresenterKeys", "Rate your answer to the panel")),
        (translate("PresenterKeys", "X"), translate("PresenterKeys", "Swap screens")),
        (translate("PresenterKeys", "? or F1"), translate("PresenterKeys", "This help")),
        (
            translate("PresenterKeys", "Esc"),
            translate("PresenterKeys", "Close help or overview; leave the presentation"),
        ),
    ]
