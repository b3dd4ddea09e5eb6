"""Podium's look in one place: a type scale, a spacing scale, the few colours, and one stylesheet.

Widgets never carry colour or font literals of their own: they say what they are with a
dynamic property and the application stylesheet below draws it in the current scheme.

- ``role``: ``hint`` (guidance under a field, quieter), ``strong`` (a count the eye should find),
  ``heading`` / ``title`` (section and page headings from the type scale), ``guidance``
  (a boxed note of advice), ``pill`` (a small rounded label).
- ``tone``: ``error``, ``warning``, ``ok``, ``urgent``, ``done``, ``info``: the text colour
  (and the box's tint for ``guidance``).

The brand colour (a deep teal) is used with restraint: the default button, the guidance box's
edge and focus rings. Everything else is neutral ink on the palette's window colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# Type scale (points): a major-third ramp from the body size, so headings are few and distinct.
BODY_PT = 10
TYPE_SCALE = {"small": 9, "body": BODY_PT, "lead": 12, "heading": 14, "title": 18}
# Spacing scale (pixels): every margin and gap is one of these.
SPACE = {"xs": 2, "s": 4, "m": 8, "l": 12, "xl": 16, "xxl": 24}
BRAND = "#0F766E"  # teal 700: calm, legible on white; its lighter step is used on dark


@dataclass(frozen=True)
class Scheme:
    ink: str  # body text
    quiet: str  # hints, secondary text
    line: str  # hairlines, frames
    surface: str  # boxes on the window colour (guidance, cards)
    brand: str
    brand_text: str  # text on the brand colour
    error: str
    warning: str
    ok: str
    info: str
    error_tint: str
    warning_tint: str
    info_tint: str


LIGHT = Scheme(
    ink="#1F2933", quiet="#52606D", line="#CBD2D9", surface="#F5F7FA", brand=BRAND, brand_text="#FFFFFF",
    error="#B91C1C", warning="#92400E", ok="#166534", info="#1E40AF",
    error_tint="#FDE2E1", warning_tint="#FEF3C7", info_tint="#E6F4F1",
)  # fmt: skip
DARK = Scheme(
    ink="#E8EAED", quiet="#A9B1BA", line="#3C4043", surface="#26282B", brand="#2DD4BF", brand_text="#0B1F1D",
    error="#FCA5A5", warning="#FCD34D", ok="#86EFAC", info="#93C5FD",
    error_tint="#4C1D1D", warning_tint="#45361A", info_tint="#173B37",
)  # fmt: skip


def scheme(dark: bool | None = None) -> Scheme:
    """The colours of the scheme shown now (or of the one asked for)."""
    if dark is None:
        pal = QGuiApplication.palette()
        dark = (
            pal.color(QPalette.ColorRole.Window).lightness()
            < pal.color(QPalette.ColorRole.WindowText).lightness()
        )
    return DARK if dark else LIGHT


def colour(name: str, dark: bool | None = None) -> QColor:
    """One named colour of the current scheme, for widgets that paint themselves."""
    return QColor(getattr(scheme(dark), name))


def stylesheet(dark: bool) -> str:
    """The application stylesheet for one scheme."""
    s = scheme(dark)
    tones = "\n".join(
        f'*[tone="{tone}"] {{ color: {value}; }}'
        for tone, value in (
            ("error", s.error),
            ("warning", s.warning),
            ("ok", s.ok),
            ("urgent", s.error),
            ("done", s.ok),
            ("info", s.info),
        )
    )
    return f"""
*[role="hint"] {{ color: {s.quiet}; font-size: {TYPE_SCALE["small"]}pt; }}
*[role="strong"] {{ font-weight: 600; }}
*[role="heading"] {{ font-size: {TYPE_SCALE["heading"]}pt; font-weight: 600; margin-top: {SPACE["l"]}px; }}
*[role="title"] {{ font-size: {TYPE_SCALE["title"]}pt; font-weight: 600; }}
*[role="lead"] {{ font-size: {TYPE_SCALE["lead"]}pt; }}
*[role="guidance"] {{
    background: {s.surface}; color: {s.ink}; border: 1px solid {s.line}; border-left: 3px solid {s.brand};
    border-radius: 4px; padding: {SPACE["m"]}px {SPACE["l"]}px;
}}
*[role="guidance"][tone="warning"] {{ background: {s.warning_tint}; border-left-color: {s.warning}; }}
*[role="guidance"][tone="error"] {{ background: {s.error_tint}; border-left-color: {s.error}; }}
*[role="frame"] {{ border: 1px solid {s.line}; }}
*[role="pill"] {{
    border-radius: 9px; padding: {SPACE["xs"]}px {SPACE["m"]}px; background: {s.surface}; color: {s.ink};
}}
{tones}
QPushButton:default {{ background: {s.brand}; color: {s.brand_text}; border: 1px solid {s.brand};
    border-radius: 4px; padding: {SPACE["s"]}px {SPACE["l"]}px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QAbstractItemView:focus {{
    border: 1px solid {s.brand};
}}
"""


def apply(app: QApplication, dark: bool) -> None:
    """Give the whole application the stylesheet of the scheme it now shows."""
    app.setStyleSheet(stylesheet(dark))


def restyle(widget: QWidget) -> None:
    """Redraw ``widget`` after one of its style properties (role, tone) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def mark(widget: QWidget, role: str = "", tone: str = "") -> QWidget:
    """Set ``widget``'s role and tone and redraw it; returns it, for use inline."""
    if role:
        widget.setProperty("role", role)
    widget.setProperty("tone", tone)
    restyle(widget)
    return widget
