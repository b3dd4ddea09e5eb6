"""The presenter console: the private screen with the slides, the notes and every clock.

The console only shows; ``Presenter`` decides. Keys and buttons come back as command names
through ``command``, so the same rules run whichever window has the focus.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from podium.core.rehearsal.recorder import Reading
from podium.core.rehearsal.talk_timer import format_clock
from podium.core.rehearsal.timeplan import TimeState
from podium.ui.rehearse.overlays import HelpOverlay, OverviewGrid
from podium.ui.rehearse.panel_card import EndCard, PanelCard
from podium.ui.rehearse.slide_source import SlideSource
from podium.ui.rehearse.slide_view import SlideCache, SlideView

STRIP_COLOURS = {TimeState.NORMAL: "#1F2937", TimeState.WARNING: "#B45309", TimeState.OVER: "#B91C1C"}
TEXT_COLOURS = {TimeState.NORMAL: "#F9FAFB", TimeState.WARNING: "#FCD34D", TimeState.OVER: "#FF9B9B"}
PAGE_SLIDES, PAGE_PANEL, PAGE_END = 0, 1, 2
# Pace and the slide's timer sit on a dark pill, readable on every strip colour.
PILL = "color: %s; background: rgba(0, 0, 0, 150); border-radius: 6px; padding: 1px 10px;"


def _label(name: str, size: int, *, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    font = label.font()
    font.setPixelSize(size)
    font.setBold(bold)
    label.setFont(font)
    label.setProperty("basePixels", size)  # scaled with the console's size, see fit_fonts
    return label


def font_scale(width: int, height: int) -> float:
    """Clock and label sizes are designed for 1920x1080; a laptop window gets them smaller."""
    return max(0.5, min(1.4, min(width / 1920, height / 1080)))


class PresenterConsole(QWidget):
    command = Signal(str, object)  # (command name, key event or None)
    closing = Signal()

    def __init__(
        self, source: SlideSource, cache: SlideCache | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presenterConsole")
        self.setWindowTitle(self.tr("Podium — presenter console"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("#presenterConsole { background: #0B0F14; } QLabel { color: #F3F4F6; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.source = source
        self._build_strip()
        self.current = SlideView(source, background="#0B0F14", cache=cache)
        self.current.setObjectName("currentSlide")
        self.current.dim_blank = True
        self.next_view = SlideView(source, background="#0B0F14", cache=cache)
        self.next_view.setObjectName("nextSlide")
        self.next_label = _label("nextLabel", 16)
        self.next_label.setStyleSheet("color: #9CA3AF;")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("presenterNotes")
        self.notes.setReadOnly(True)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.setStyleSheet(
            "QPlainTextEdit { background: #111827; color: #F9FAFB; border: none; padding: 8px; }"
        )
        self.notes_info = _label("notesInfo", 15)
        self.notes_info.setStyleSheet("color: #9CA3AF;")
        self.guidance = _label("presenterGuidance", 17)
        self.guidance.setWordWrap(True)
        self.guidance.setStyleSheet("background: #1E3A8A; color: #EFF6FF; padding: 10px; border-radius: 4px;")
        self.guidance.hide()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.next_label)
        right_layout.addWidget(self.next_view, 2)
        right_layout.addWidget(self.notes_info)
        right_layout.addWidget(self.notes, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.current)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([1100, 700])
        slides_page = QWidget()
        slides_layout = QVBoxLayout(slides_page)
        slides_layout.setContentsMargins(0, 0, 0, 0)
        slides_layout.addWidget(self.splitter, 1)
        slides_layout.addWidget(self.guidance)

        self.panel_card = PanelCard()
        self.end_card = EndCard()
        self.end_card.again.connect(lambda: self.command.emit("reset", None))
        self.end_card.leave.connect(lambda: self.command.emit("quit", None))
        self.pages = QStackedWidget()
        for page in (slides_page, self.panel_card, self.end_card):
            self.pages.addWidget(page)

        layout = QVBoxLayout()  # installed on self once filled
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.strip)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self._build_buttons())
        self.setLayout(layout)
        self.help = HelpOverlay(self)
        self.overview = OverviewGrid(source, self)
        self.overview.chosen.connect(lambda row: self.command.emit("jump_to", row))
        self.overview.dismissed.connect(self.setFocus)
        self.set_notes_size(20)

    # ------------------------------------------------------------------ building

    def _build_strip(self) -> None:
        self.strip = QFrame()
        self.strip.setObjectName("timeStrip")
        self.elapsed = _label("elapsed", 40, bold=True)
        self.remaining = _label("remaining", 56, bold=True)
        self.pace = _label("pace", 26, bold=True)
        self.slide_timer = _label("slideTimer", 26)
        self.clock = _label("timeOfDay", 22)
        self.status = _label("timerStatus", 18)
        self.counter = _label("slideCounter", 22)
        left = QVBoxLayout()
        left.addWidget(self.elapsed)
        left.addWidget(self.status)
        middle = QVBoxLayout()
        middle.addWidget(self.remaining, 0, Qt.AlignmentFlag.AlignHCenter)
        middle.addWidget(self.pace, 0, Qt.AlignmentFlag.AlignHCenter)
        right = QVBoxLayout()
        right.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.slide_timer, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()  # installed on self.strip once filled
        row.setContentsMargins(18, 8, 18, 8)
        row.addLayout(left, 1)
        row.addLayout(middle, 2)
        row.addLayout(right, 1)
        self.strip.setLayout(row)

    def _build_buttons(self) -> QGridLayout:
        """One row of buttons, or two when the console is narrower than the row (a long language,
        one small screen): never wider than the window, never a clipped label."""
        row = self._button_grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text in (
            ("timer", self.tr("Start (S)")),
            ("reset", self.tr("Reset (R)")),
            ("overview", self.tr("Overview (O)")),
            ("black", self.tr("Black (B)")),
            ("white", self.tr("White (W)")),
            ("guidance", self.tr("Guidance (G)")),
            ("question", self.tr("Panel question (Q)")),
            ("swap", self.tr("Swap screens (X)")),
            ("video_call", self.tr("Video-call mode")),
            ("help", self.tr("Keys (?)")),
            ("quit", self.tr("End (Esc)")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{name}Button")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must never press a button
            # No minimum width from the label: the window decides the width and the rows follow.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, n=name: self.command.emit(n, None))
            self.buttons[name] = button
        self._arrange_buttons(len(self.buttons))
        self.buttons["video_call"].setCheckable(True)
        self.buttons["video_call"].setToolTip(
            self.tr(
                "The audience sees its own window: share only that window in the call; this console stays private."
            )
        )
        return row

    # ------------------------------------------------------------------ showing

    def set_notes_size(self, points: int) -> None:
        font = QFont(self.notes.font())
        font.setPixelSize(points)
        self.notes.setFont(font)

    def scroll_notes(self, pages: int) -> None:
        bar = self.notes.verticalScrollBar()
        action = (
            QAbstractSlider.SliderAction.SliderPageStepAdd
            if pages > 0
            else QAbstractSlider.SliderAction.SliderPageStepSub
        )
        for _ in range(abs(pages)):
            bar.triggerAction(action)

    def pace_text(self, r: Reading) -> str:
        amount = round(abs(r.pace.seconds))
        amount_text = f"{amount} s" if amount < 60 else format_clock(amount)
        if not r.started or r.pace.on_plan:
            return self.tr("On plan")
        if r.pace.behind:
            return self.tr("%1 behind plan").replace("%1", amount_text)
        return self.tr("%1 ahead of plan").replace("%1", amount_text)

    def counter_text(self, index: int, count: int, backup: bool | str, jump: str) -> str:
        """'Slide 4 of 12', with ' · backup' (or ' · hidden' for an imported deck's hidden slide)."""
        if jump:
            return self.tr("Go to slide: %1▌").replace("%1", jump)
        text = self.tr("Slide %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count))
        if backup == "hidden":
            return text + self.tr(" · hidden")
        return text + (self.tr(" · backup") if backup else "")

    def show_reading(self, r: Reading, now: datetime, slide: tuple[int, int, bool | str], jump: str) -> None:
        """Every clock at once; ``slide`` is (index, count, backup) and ``jump`` the typed digits."""
        state = r.qa_state if r.finished else r.state
        colour = STRIP_COLOURS[state]
        self._style(self.strip, f"#timeStrip {{ background: {colour}; border-radius: 6px; }}")
        self.strip.setProperty("state", state.value)
        self.elapsed.setText(self.tr("Elapsed %1").replace("%1", format_clock(r.elapsed)))
        remaining = format_clock(r.remaining, countdown=True)
        if r.finished:
            qa_total = (
                (r.slot_ends_at - r.talk_ends_at).total_seconds() if r.slot_ends_at and r.talk_ends_at else 0
            )
            self.remaining.setText(
                self.tr("Q&A %1 / %2")
                .replace("%1", format_clock(r.qa_elapsed))
                .replace("%2", format_clock(qa_total))
            )
        elif r.remaining >= 0:
            self.remaining.setText(self.tr("%1 left").replace("%1", remaining))
        else:
            self.remaining.setText(self.tr("%1 over").replace("%1", remaining.lstrip("-")))
        self.pace.setText(self.pace_text(r))
        pace_colour = (
            "#86EFAC" if r.pace.on_plan or not r.started else ("#FCD34D" if r.pace.behind else "#93C5FD")
        )
        self._style(self.pace, PILL % pace_colour)
        self.pace.setProperty("state", "on" if r.pace.on_plan else ("behind" if r.pace.behind else "ahead"))
        if r.slide_budget > 0:
            slide_text = (
                self.tr("This slide %1 / %2")
                .replace("%1", format_clock(r.slide_seconds))
                .replace("%2", format_clock(r.slide_budget))
            )
        else:
            slide_text = self.tr("This slide %1 (no budget)").replace("%1", format_clock(r.slide_seconds))
        self.slide_timer.setText(slide_text)
        self._style(self.slide_timer, PILL % TEXT_COLOURS[r.slide_state])
        self.slide_timer.setProperty("state", r.slide_state.value)
        clock = now.strftime("%H:%M")
        if r.talk_ends_at is not None:
            ends = self.tr("talk ended %1, Q&A to %2") if r.finished else self.tr("talk ends %1, Q&A to %2")
            clock += "  ·  " + ends.replace("%1", r.talk_ends_at.strftime("%H:%M")).replace(
                "%2", r.slot_ends_at.strftime("%H:%M") if r.slot_ends_at else ""
            )
        self.clock.setText(clock)
        if r.finished:
            status = self.tr("Talk over")
        elif not r.started:
            status = self.tr("Waiting: advance or press S to start the clock")
        elif r.running:
            status = self.tr("Running")
        else:
            status = self.tr("PAUSED — press S to resume")
        self.status.setText(status)
        self.buttons["timer"].setText(self.tr("Pause (S)") if r.running else self.tr("Start (S)"))
        self.counter.setText(self.counter_text(*slide, jump))

    @staticmethod
    def _style(widget: QWidget, sheet: str) -> None:
        """Restyle only on a change: a style sheet re-polishes the widget, the costliest step here."""
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)

    def fit_fonts(self) -> None:
        scale = font_scale(self.width(), self.height())
        for label in self.findChildren(QLabel):
            base = label.property("basePixels")
            if base and label.font().pixelSize() != max(9, round(base * scale)):
                font = label.font()
                font.setPixelSize(max(9, round(base * scale)))
                label.setFont(font)

    def _arrange_buttons(self, columns: int) -> None:
        grid = self._button_grid
        for i, button in enumerate(self.buttons.values()):
            grid.addWidget(button, i // columns, i % columns)
        self._button_columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        widest = max(b.sizeHint().width() for b in self.buttons.values())  # the grid's columns are equal
        fits = (self.width() - 24) // (widest + 8)
        columns = max(1, min(len(self.buttons), fits))
        rows = -(-len(self.buttons) // columns)
        columns = -(-len(self.buttons) // rows)  # as even as the rows allow
        if columns != self._button_columns:
            self._arrange_buttons(columns)
        self.fit_fonts()
        for overlay in (self.help, self.overview):
            overlay.setGeometry(self.rect())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.command.emit("key", event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
