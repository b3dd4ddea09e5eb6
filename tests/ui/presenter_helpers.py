"""Build a real presenter (console + audience window) on a clock the test drives."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from podium.core.model import Preparation
from podium.core.questions import Question
from podium.core.rehearsal import Rehearsal
from podium.core.timeplan import TimingSettings
from podium.ui.present_launch import source_and_plan
from podium.ui.presenter import Presenter
from tests.helpers import make_prep
from tests.ui.conftest import NOW, FakeClock


def wall(clock: FakeClock) -> Callable[[], datetime]:
    """A wall clock that moves with the monotonic one (FakeClock starts at 1000)."""
    return lambda: NOW + timedelta(seconds=clock.now - 1000)


def make_presenter(
    qtbot: QtBot,
    clock: FakeClock,
    *,
    prep: Preparation | None = None,
    settings: TimingSettings | None = None,
    deal: Callable[[], list[Question]] | None = None,
    saved: list[Rehearsal] | None = None,
    seed: int | None = None,
) -> Presenter:
    prep = prep or make_prep("finance", talk_minutes=10)
    source, plan = source_and_plan(prep)
    presenter = Presenter(
        source,
        plan,
        settings or TimingSettings(),
        deal=deal,
        clock=clock,
        now=wall(clock),
        save=saved.append if saved is not None else None,
        interruption_seed=seed,
    )
    qtbot.addWidget(presenter.console)
    qtbot.addWidget(presenter.audience)
    presenter.show()
    qtbot.waitExposed(presenter.console)
    return presenter


def press(qtbot: QtBot, presenter: Presenter, *keys: Qt.Key | str, shift: bool = False) -> None:
    """Key presses on the console, as the presenter's clicker or keyboard sends them."""
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    for key in keys:
        qtbot.keyClick(presenter.console, key, modifier)


def questions(n: int) -> list[Question]:
    return [
        Question(id=f"q{i}", text=f"Question {i}?", guidance=f"Hint {i}", target_seconds=60) for i in range(n)
    ]
