"""Build a presenter for a preparation: its deck (or a PDF), its time plan, its questions, its store.

Also keeps the user's presenter settings between sessions (one JSON value, ui.common.settings.PRESENTER_TIMING). The
hard stop is left out on purpose: yesterday's 10:30 must not silently apply today.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from podium.core.clock import now as wall_now
from podium.core.interview.panel import deal
from podium.core.model import Preparation
from podium.core.rehearsal.talk_timer import Clock
from podium.core.rehearsal.timeplan import TimePlan, TimingSettings
from podium.core.render.layout import layout_deck
from podium.core.storage.store import Store
from podium.ui.common import settings as ui_settings
from podium.ui.rehearse.presenter import Presenter
from podium.ui.rehearse.slide_source import DeckSource, PdfSource, SlideSource

SETTINGS_KEY = ui_settings.PRESENTER_TIMING.key


def load_settings() -> TimingSettings:
    raw = ui_settings.get(ui_settings.PRESENTER_TIMING)
    try:
        data = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        data = {}
    settings = TimingSettings.from_dict(data if isinstance(data, dict) else {})
    settings.hard_stop = None
    return settings


def save_settings(settings: TimingSettings) -> None:
    data = settings.to_dict()
    data["hard_stop"] = None
    ui_settings.put(ui_settings.PRESENTER_TIMING, json.dumps(data))


def source_and_plan(prep: Preparation, pdf: Path | None = None) -> tuple[SlideSource, TimePlan]:
    """The deck (or PDF) to show and its plan; raises ``PdfError`` for a PDF that cannot be shown."""
    talk, qa = prep.talk_minutes * 60, prep.qa_minutes * 60
    if pdf is None:
        layouts = layout_deck(prep.deck, language=prep.language, brand=prep.brand_color, footer=prep.company)
        return DeckSource(prep.deck.slides, layouts, prep.language), TimePlan.from_slides(
            prep.deck.slides, talk, qa
        )
    source = PdfSource(pdf, prep.language, prep.deck.slides)
    if source.matches_deck:
        return source, TimePlan.from_slides(prep.deck.slides, talk, qa)
    return source, TimePlan.even(source.count, talk, qa)


def start_presenter(
    prep: Preparation,
    store: Store,
    settings: TimingSettings,
    *,
    pdf: Path | None = None,
    clock: Clock | None = None,
    now: Callable[[], datetime] = wall_now,
    seed: int | None = None,
) -> Presenter:
    """A presenter whose runs are saved to ``store`` under ``prep``; not yet shown."""
    source, plan = source_and_plan(prep, pdf)
    rng = random.Random(seed)
    presenter = Presenter(
        source,
        plan,
        settings,
        deal=lambda: deal(prep, rng),
        clock=clock or time.monotonic,
        now=now,
        save=lambda record: store.add_rehearsal(prep.id, record),
        interruption_seed=seed,
    )
    presenter.settings_changed.connect(save_settings)
    return presenter
