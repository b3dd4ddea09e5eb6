"""The presenter: the rules behind the console and the audience window.

Owns the run (``RehearsalRecorder``), what is on screen (slide, blank screen, panel question,
end card) and where the two windows go. Every key and button becomes a command here, so both
windows behave the same. A repeating QTimer only repaints the clocks; time itself comes from
the injected monotonic clock.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from podium.core.clock import now as wall_now
from podium.core.interview.panel import Hand, Interruptions, PanelRound, PanelSettings, as_hand
from podium.core.interview.questions import Question
from podium.core.rehearsal.recorder import RehearsalRecorder
from podium.core.rehearsal.review import run_summary
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.speaking import speaking_seconds
from podium.core.rehearsal.talk_timer import Clock, format_clock
from podium.core.rehearsal.timeplan import TimePlan, TimingSettings
from podium.core.storage.store import StoreError
from podium.ui.common import messages
from podium.ui.rehearse.audience_window import AudienceWindow
from podium.ui.rehearse.console import PAGE_END, PAGE_PANEL, PAGE_SLIDES, PresenterConsole
from podium.ui.rehearse.keys import DIGITS, JumpBuffer, command_for
from podium.ui.rehearse.panel_card import RATING_KEYS
from podium.ui.rehearse.screens import place_windows
from podium.ui.rehearse.skip_plan import skip_plan_text
from podium.ui.rehearse.slide_source import SlideSource
from podium.ui.rehearse.slide_view import SlideCache, SlideWarmer

MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
MIN_PARTIAL_SECONDS = 20  # a run stopped early is kept once it is this long
NOTES_POINTS = (10, 60)


class Presenter(QObject):
    recorded = Signal(object)  # a Rehearsal, after it was saved
    settings_changed = Signal(object)  # TimingSettings the user changed from the console
    closed = Signal()
    slide_shown = Signal(int, bool)  # the slide on screen and whether the clock runs (the recording's cut)

    def __init__(
        self,
        source: SlideSource,
        plan: TimePlan,
        settings: TimingSettings,
        *,
        deal: Callable[[], Hand | list[Question]] | None = None,
        clock: Clock = time.monotonic,
        now: Callable[[], datetime] = wall_now,
        save: Callable[[Rehearsal], None] | None = None,
        interruption_seed: int | None = None,
        panel: PanelSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.settings = settings
        self.recorder = RehearsalRecorder(source.metas, plan, settings, clock, now)
        self._clock = clock
        self._now = now
        self._save = save
        self._deal = deal or list
        self.panel_settings = panel or PanelSettings()
        self.hand = as_hand(self._deal())  # this run's questions: each slide's challenges, then the pile
        budgets = [plan.budget(i) for i in range(len(source.metas))]
        self.interruptions = Interruptions(self.panel_settings, budgets, random.Random(interruption_seed))
        self.blank = ""
        self.jump = JumpBuffer()
        self.panel: PanelRound | None = None
        self.mode = "slides"  # slides, panel, end
        self.show_guidance = False
        self.show_skip = False  # the skip plan in the guidance box (K)
        self.swapped = False
        self.last_record: Rehearsal | None = None
        self._closing = False
        self._shown_notes: int | None = None
        self.cache = SlideCache(source)
        self.console = PresenterConsole(source, self.cache)
        self.audience = AudienceWindow(source, self.cache)
        self.warmer = SlideWarmer(self)
        for window in (self.console, self.audience):
            window.command.connect(self.run_command)
            window.closing.connect(self.close)
        self.console.panel_card.rated.connect(lambda n: self.run_command("rate", n))
        self.console.set_notes_size(settings.notes_points)
        self.console.buttons["video_call"].setChecked(settings.video_call)
        self._repaint = QTimer(self)
        self._repaint.setInterval(250)  # repaints only: the time comes from the clock
        self._repaint.timeout.connect(self.refresh_time)
        self._repaint.start()
        if not settings.start_on_advance:
            self.recorder.start()
        self.show_slide()

    # ------------------------------------------------------------------ windows

    def show(self) -> None:
        self.place_windows()
        # Labels start at their 1920-pixel design size, which can hold the console wider than its
        # share of one small screen; once placed they scale down (fit_fonts), so place again.
        QTimer.singleShot(0, self.place_windows)
        self.console.activateWindow()
        self.console.setFocus()

    def place_windows(self) -> None:
        full = place_windows(
            self.console, self.audience, swapped=self.swapped, video_call=self.settings.video_call
        )
        self.console.buttons["swap"].setEnabled(full)

    @property
    def two_screens(self) -> bool:
        return self.console.buttons["swap"].isEnabled()

    # ----------------------------------------------------------------- commands

    @property
    def index(self) -> int:
        return self.recorder.index

    @property
    def count(self) -> int:
        return self.source.count

    def following(self, index: int) -> int | None:
        """The slide after ``index``; None at the end of the talk. Backup (and hidden) slides are
        skipped like PowerPoint's hidden slides (reach them by number or the overview)."""
        metas = self.source.metas
        if index + 1 >= self.count:
            return None
        if metas[index].backup:
            return index + 1
        return next((i for i in range(index + 1, self.count) if not metas[i].backup), None)

    def run_command(self, name: str, arg: object = None) -> None:
        if name == "key" and isinstance(arg, QKeyEvent):
            self.handle_key(arg)
            return
        handler = getattr(self, f"_cmd_{name}", None)
        if handler is not None:
            handler(arg) if name in ("jump_to", "rate") else handler()
        self.show_slide()

    def handle_key(self, event: QKeyEvent) -> None:
        key, command = event.key(), command_for(event.key(), event.modifiers())
        if key in MODIFIER_KEYS:
            return  # Shift on its way to '?' must not close the help that '?' then reopens
        if self.console.help.isVisible() and command not in ("help", "escape"):
            self.console.help.hide()
        if command == "digit" and self.mode == "panel":
            self._cmd_rate(RATING_KEYS.get(Qt.Key(key), 0))
        elif command == "digit" and self.mode == "slides":
            self.jump.push(DIGITS[Qt.Key(key)])
        elif self.jump.digits and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            number = self.jump.take()
            if number:
                self.go_to(number - 1)
        elif self.jump.digits and key == Qt.Key.Key_Backspace:
            self.jump.backspace()
        elif self.jump.digits and command == "escape":
            self.jump.take()
        elif command:
            self.run_command(command)
            return
        self.show_slide()

    def _cmd_next(self) -> None:
        if self.blank:
            self.blank = ""
        elif self.mode == "panel":
            self._panel_next()
        elif self.mode == "slides" and self.source.step(self.index, +1):
            pass  # the slide's next overlay
        elif self.mode == "slides":
            following = self.following(self.index)
            if following is None:
                self._end_of_talk()
            else:
                self.go_to(following)

    def _cmd_previous(self) -> None:
        if self.blank:
            self.blank = ""
        elif self.mode == "slides" and not self.source.step(self.index, -1):
            self.go_to(self.index - 1)

    def _cmd_first(self) -> None:
        self.go_to(0)

    def _cmd_last(self) -> None:
        timed = [i for i, meta in enumerate(self.source.metas) if not meta.backup]
        self.go_to(timed[-1] if timed else self.count - 1)

    def _cmd_jump_to(self, row: object) -> None:
        self.console.setFocus()
        if isinstance(row, int):
            self.go_to(row)

    def _cmd_black(self) -> None:
        self.blank = "" if self.blank == "black" else "black"

    def _cmd_white(self) -> None:
        self.blank = "" if self.blank == "white" else "white"

    def _cmd_overview(self) -> None:
        if self.console.overview.isVisible():  # every overlay key toggles
            self.console.overview.hide()
        elif self.mode == "slides":
            self.console.overview.open(self.index)

    def _cmd_timer(self) -> None:
        if self.panel is not None:  # the answer's clock; the talk's holds until the answer is over
            self.panel.pause() if self.panel.timer.running else self.panel.resume()
            return
        self.recorder.toggle()

    def _cmd_reset(self) -> None:
        """Throw the run away; the clock waits for the next start. From the end card: from the top."""
        if self.mode == "end":
            self.recorder.index = 0
        self.recorder.reset()
        self.panel, self.mode, self.blank = None, "slides", ""
        self.interruptions.reset()
        self.hand = as_hand(self._deal())
        if not self.settings.start_on_advance:
            self.recorder.start()
        self._repaint.start()

    def _cmd_guidance(self) -> None:
        self.show_guidance, self.show_skip = not self.show_guidance, False

    def _cmd_skip(self) -> None:
        self.show_skip, self.show_guidance = not self.show_skip, False

    def _notes_size(self, step: int) -> None:
        low, high = NOTES_POINTS
        self.settings.notes_points = max(low, min(high, self.settings.notes_points + step))
        self.console.set_notes_size(self.settings.notes_points)
        self.settings_changed.emit(self.settings)

    def _cmd_bigger(self) -> None:
        self._notes_size(+2)

    def _cmd_smaller(self) -> None:
        self._notes_size(-2)

    def _cmd_notes_up(self) -> None:  # Shift+Up: the notes, or in panel mode the coaching
        if self.mode == "panel":
            self.console.panel_card.scroll_coaching(-1)
        else:
            self.console.scroll_notes(-1)

    def _cmd_notes_down(self) -> None:
        if self.mode == "panel":
            self.console.panel_card.scroll_coaching(+1)
        else:
            self.console.scroll_notes(+1)

    def _cmd_question(self) -> None:
        if self.mode == "slides":
            self._interrupt()

    def _cmd_rate(self, rating: object) -> None:
        """The candidate's 1-5 verdict on the answer just given; then the next question."""
        panel = self.panel
        if panel is None or panel.phase != "rate" or not isinstance(rating, int) or not rating:
            return
        if not panel.rate(rating):
            self._round_over()

    def _cmd_swap(self) -> None:
        if self.two_screens:
            self.swapped = not self.swapped
            self.place_windows()

    def _cmd_video_call(self) -> None:
        self.settings.video_call = not self.settings.video_call
        self.console.buttons["video_call"].setChecked(self.settings.video_call)
        self.settings_changed.emit(self.settings)
        self.place_windows()

    def _cmd_help(self) -> None:
        help_overlay = self.console.help
        help_overlay.setGeometry(self.console.rect())
        help_overlay.setVisible(not help_overlay.isVisible())
        help_overlay.raise_()

    def _cmd_escape(self) -> None:
        if self.console.help.isVisible():
            self.console.help.hide()
        elif self.console.overview.isVisible():
            self.console.overview.hide()
        elif self.blank:
            self.blank = ""
        elif self.mode == "panel" and self.panel is not None:
            self.panel.stop()
            self._round_over()
        else:
            self.close()

    def _cmd_quit(self) -> None:
        self.close()

    # ---------------------------------------------------------------- the run

    def go_to(self, index: int) -> None:
        if self.mode != "slides" or not self.count:
            return
        index = max(0, min(self.count - 1, index))
        self.blank = ""
        if index != self.index:
            self.source.enter(index, backwards=index < self.index)
        self.recorder.go_to(index)
        self.show_slide()

    def _interrupt(self) -> None:
        """The panel breaks in with this slide's weakest challenge (else the next question); the
        talk clock holds until the answer is over."""
        key = self.source.metas[self.index].key if self.index < len(self.source.metas) else ""
        question = self.hand.take(key)
        if question is None:
            return
        self.panel = PanelRound([question], self._clock, at_slide=self.index, slide_key=key)
        if self.recorder.running:
            self.recorder.hold()
        else:
            self.panel.pause()
        self.mode = "panel"

    def _check_interruption(self) -> bool:
        r = self.recorder
        if self.mode != "slides" or self.blank or not r.running:
            return False
        if not self.interruptions.due(self.index, r.slide_seconds(self.index), r.elapsed):
            return False
        self._interrupt()
        return self.mode == "panel"

    def _end_of_talk(self) -> None:
        self.recorder.finish()
        if not self.recorder.started:
            return  # never started: there is no run to end
        if self.panel_settings.after_last and self.hand:
            self.panel = PanelRound(self.hand.rest(), self._clock)
            self.mode = "panel"
        else:
            self._complete()

    def _panel_next(self) -> None:
        """→ during an answer: done, show the coaching; → after it: on without a rating."""
        assert self.panel is not None
        if self.panel.phase == "answer":
            self.panel.answered()
        elif not self.panel.skip():
            self._round_over()

    def _round_over(self) -> None:
        assert self.panel is not None
        self.recorder.answers.extend(self.panel.answers)
        interrupted = self.panel.at_slide is not None
        self.panel = None
        if interrupted:
            self.recorder.release()
            self.mode = "slides"
        else:
            self._complete()

    def _complete(self) -> None:
        self.mode = "end"
        self._repaint.stop()  # the clocks stand still on the result
        record = self.recorder.record(completed=True, source=self.source.source_name)
        if record is not None:
            self._keep(record)
            self.console.end_card.show_record(record, run_summary(record, self.source.language))

    def _keep(self, record: Rehearsal) -> None:
        self.last_record = record
        if self._save is not None:
            try:
                self._save(record)
            except StoreError as exc:
                messages.error(self.console, self.tr("Rehearsal not saved"), str(exc))
                return
        self.recorded.emit(record)

    def close(self) -> None:
        """Leave: a run stopped part-way is still kept once it is long enough to learn from."""
        if self._closing:
            return
        self._closing = True
        self._repaint.stop()
        self.warmer.stop()
        after_last = self.panel is not None and self.panel.at_slide is None
        if self.mode == "panel" and self.panel is not None:  # an answer in progress is kept, unrated
            self.panel.stop()
            self.recorder.answers.extend(self.panel.answers)
        if self.mode == "panel" and after_last:
            record = self.recorder.record(completed=True, source=self.source.source_name)
        elif self.mode != "end" and self.recorder.elapsed >= MIN_PARTIAL_SECONDS:
            self.recorder.finish()
            record = self.recorder.record(completed=False, source=self.source.source_name)
        else:
            record = None
        if record is not None:
            self._keep(record)
        self.audience.close()
        self.console.close()
        self.closed.emit()

    # ----------------------------------------------------------------- showing

    def show_slide(self) -> None:
        if self._closing:
            return
        i, count = self.index, self.count
        self.audience.view.show_slide(i, blank=self.blank)
        caption = {"black": self.tr("The audience sees a black screen (B)"),
                   "white": self.tr("The audience sees a white screen (W)")}.get(self.blank, "")  # fmt: skip
        self.console.current.show_slide(i, blank=self.blank, caption=caption)
        following = self.following(i) if count else None
        if following is not None:
            meta = self.source.metas[following]
            self.console.next_view.show_slide(following)
            self.console.next_label.setText(
                self.tr("Next: %1").replace("%1", f"{following + 1}. {meta.title}")
            )
        else:
            after = (
                self.tr("Panel questions") if self.panel_settings.after_last and self.hand else self.tr("End")
            )
            self.console.next_view.show_slide(None, caption=after)
            self.console.next_label.setText(self.tr("Next: %1").replace("%1", after))
        if self._shown_notes != i and i < count:
            self._shown_notes = i
            self.console.notes.setPlainText(self.source.notes(i) or self.tr("(no notes for this slide)"))
            spoken = speaking_seconds(self.source.notes(i), self.source.language)
            budget = self.recorder.plan.budget(i)
            self.console.notes_info.setText(
                self.tr("Notes ≈ %1 to say · budget %2")
                .replace("%1", format_clock(spoken))
                .replace("%2", format_clock(budget) if budget else self.tr("none (backup)"))
            )
        if self.show_skip:  # the skip plan in the guidance box, until K or G again
            slides = getattr(self.source, "slides", None)
            self.console.guidance.setText(
                skip_plan_text(slides) if slides else self.tr("No skip plan for a deck made elsewhere.")
            )
        elif i < count:
            self.console.guidance.setText(self.source.guidance(i) or self.tr("No guidance for this slide."))
        self.console.guidance.setVisible(self.show_guidance or self.show_skip)
        page = {"slides": PAGE_SLIDES, "panel": PAGE_PANEL, "end": PAGE_END}[self.mode]
        self.console.pages.setCurrentIndex(page)
        if self.panel is not None:
            self.console.panel_card.show_round(self.panel, self.source.language, show_hint=self.show_guidance)
        self.refresh_time()
        self._plan_warming()
        self.slide_shown.emit(i, self.recorder.running)

    def _plan_warming(self) -> None:
        """Render the slides the user is likely to show next while they talk."""
        ahead = []
        following = self.following(self.index)
        if following is not None:
            after = self.following(following)
            ahead += [following] + ([after] if after is not None else [])
        if self.index > 0:
            ahead.append(self.index - 1)
        views = [self.console.current, self.console.next_view]
        if self.audience.isVisible():
            views.append(self.audience.view)
        self.warmer.plan([(view, i) for i in ahead for view in views])

    def refresh_time(self) -> None:
        if self._closing:
            return
        if self._check_interruption():  # the moment has come: the panel breaks in
            self.show_slide()
            return
        backup: bool | str = self.index < len(self.source.metas) and self.source.metas[self.index].backup
        if backup and getattr(self.source, "hides", False):
            backup = "hidden"  # an imported deck's hidden slide is called what PowerPoint calls it
        self.console.show_reading(
            self.recorder.reading(), self._now(), (self.index, self.count, backup), self.jump.digits
        )
        if self.panel is not None:
            self.console.panel_card.update_timer(self.panel)
            if self.recorder.held:
                self.console.status.setText(self.tr("Talk clock held while you answer"))

    def status_text(self) -> str:
        """One line for tests and the accessible description."""
        r = self.recorder.reading()
        return (
            self.tr("Slide %1 of %2   ·   elapsed %3   ·   remaining %4")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(self.count))
            .replace("%3", format_clock(r.elapsed))
            .replace("%4", format_clock(r.remaining, countdown=True))
        )
