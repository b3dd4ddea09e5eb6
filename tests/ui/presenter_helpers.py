"""Build a real presenter (console + audience window) on a clock the test drives."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from podium.core.interview.panel import Hand, PanelSettings
from podium.core.interview.questions import Question
from podium.core.model import Bullet, BulletsBlock, Preparation, Slide
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.timeplan import TimingSettings
from podium.ui.rehearse.launch import source_and_plan
from podium.ui.rehearse.presenter import Presenter
from tests.helpers import make_prep
from tests.ui.conftest import NOW, FakeClock

PLAN = [
    ("title", "Nordvik AB: analysis and recommendations", 25),
    ("summary", "Executive summary", 75),
    ("data", "The data and its quality", 50),
    ("metrics", "Key metrics", 50),
    ("trend", "Trend: revenue by month", 50),
    ("breakdown", "Breakdown: gross margin by region", 50),
    ("variance", "Variance: actual vs budget", 50),
    ("drivers", "What drives the gap", 75),
    ("recommendations", "Recommendations", 75),
    ("risks", "Risks and sensitivities", 50),
    ("closing", "Summary and next steps", 50),
]  # 600 s: a 10-minute talk, then one backup slide


def fixed_slides() -> list[Slide]:
    """A 12-slide deck the tests own, so template edits elsewhere never move their numbers."""
    slides = [
        Slide(
            title,
            blocks=[BulletsBlock([Bullet(f"{title}: the point"), Bullet("The evidence", level=1)])],
            notes=f"What I say about {title.lower()}.",
            guidance=f"Guidance for {title.lower()}.",
            target_seconds=seconds,
            kind="title" if key == "title" else "content",
            key=key,
        )
        for key, title, seconds in PLAN
    ]
    slides.append(Slide("Appendix: definitions", key="appendix", target_seconds=0, backup=True))
    return slides


def fixed_prep(**kw: object) -> Preparation:
    prep = make_prep("finance", talk_minutes=10, **kw)
    prep.deck.slides = fixed_slides()
    return prep


def use_fixed_deck(window: object) -> None:
    """Give the main window's open preparation the tests' own deck."""
    session = window.session  # type: ignore[attr-defined]
    session.prep.deck.slides = fixed_slides()
    session.deck_edited()


def wall(clock: FakeClock) -> Callable[[], datetime]:
    """A wall clock that moves with the monotonic one (FakeClock starts at 1000)."""
    return lambda: NOW + timedelta(seconds=clock.now - 1000)


def make_presenter(
    qtbot: QtBot,
    clock: FakeClock,
    *,
    prep: Preparation | None = None,
    settings: TimingSettings | None = None,
    deal: Callable[[], Hand | list[Question]] | None = None,
    saved: list[Rehearsal] | None = None,
    seed: int | None = None,
    panel: PanelSettings | None = None,
) -> Presenter:
    prep = prep or fixed_prep()
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
        panel=panel,
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
