"""Build a presenter: for a preparation's deck, or for a deck finished elsewhere (.pptx or PDF,
``start_deck_presenter``), with its time plan, its questions and where its runs are kept.

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
from podium.core.interview.challenges import slide_challenges
from podium.core.interview.panel import DEFAULT_DEAL, Hand, PanelSettings, deal
from podium.core.interview.questions import Question, core_questions
from podium.core.interview.slide_text import SlideContent
from podium.core.model import Preparation
from podium.core.rehearsal.decks import office
from podium.core.rehearsal.decks.reader import open_deck
from podium.core.rehearsal.decks.record import DeckRecords, RecordError
from podium.core.rehearsal.runs import Rehearsal
from podium.core.rehearsal.talk_timer import Clock
from podium.core.rehearsal.timeplan import TimePlan, TimingSettings
from podium.core.render.layout import layout_deck
from podium.core.storage.store import Store, StoreError
from podium.ui.common import settings as ui_settings
from podium.ui.rehearse.deck_source import ImportedSource
from podium.ui.rehearse.panel_settings import load_panel_settings
from podium.ui.rehearse.presenter import Presenter
from podium.ui.rehearse.slide_source import DeckSource

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


def source_and_plan(prep: Preparation) -> tuple[DeckSource, TimePlan]:
    """The preparation's deck to show and its plan."""
    talk, qa = prep.talk_minutes * 60, prep.qa_minutes * 60
    layouts = layout_deck(prep.deck, language=prep.language, brand=prep.brand_color, footer=prep.company)
    return DeckSource(prep.deck.slides, layouts, prep.language), TimePlan.from_slides(
        prep.deck.slides, talk, qa
    )


def start_presenter(
    prep: Preparation,
    store: Store,
    settings: TimingSettings,
    *,
    clock: Clock | None = None,
    now: Callable[[], datetime] = wall_now,
    seed: int | None = None,
    panel: PanelSettings | None = None,
) -> Presenter:
    """A presenter on the preparation's deck whose runs are saved to ``store``; not yet shown.

    The panel deals the weakest questions first, judged by every earlier run's answers."""
    source, plan = source_and_plan(prep)
    rng = random.Random(seed)
    panel = panel if panel is not None else load_panel_settings()
    presenter = Presenter(
        source,
        plan,
        settings,
        deal=lambda: deal(prep, rng, rehearsals=_runs(store, prep), settings=panel),
        clock=clock or time.monotonic,
        now=now,
        save=lambda record: store.add_rehearsal(prep.id, record),
        interruption_seed=seed,
        panel=panel,
    )
    presenter.settings_changed.connect(save_settings)
    from podium.ui.rehearse.recording import attach

    presenter.recording = attach(presenter, prep.id)  # type: ignore[attr-defined]
    return presenter


def _runs(store: Store | None, prep: Preparation) -> list[Rehearsal]:
    """The preparation's earlier runs, whose answers say which questions went worst."""
    try:
        return store.rehearsals(prep.id) if store is not None else []
    except StoreError:  # the history cannot be read: deal as for a first run
        return []


def _imported_challenges(source: ImportedSource, panel: PanelSettings) -> dict[str, list[Question]]:
    """A challenge to each slide of a deck made elsewhere, from its own words, by the slide's key."""
    out: dict[str, list[Question]] = {}
    for slide, meta in zip(source.deck.slides, source.metas, strict=False):
        lines = tuple(line.strip() for line in slide.text.splitlines() if line.strip())
        content = SlideContent(
            slide.number, meta.key, slide.title, lines, kind="title" if slide.number == 1 else "content"
        )
        asked = [q for q in slide_challenges(content, source.language) if q.category not in panel.skip]
        if asked:
            out[meta.key] = asked
    return out


def deck_records() -> DeckRecords:
    from podium import paths

    return DeckRecords(paths.data_dir() / "decks")


def imported_source(
    path: Path,
    language: str | None = None,
    prep: Preparation | None = None,
    records: DeckRecords | None = None,
) -> ImportedSource:
    """The deck at ``path`` ready to present; raises ``DeckError`` for a file it cannot show.

    Opened from a preparation, the talk takes the preparation's length; a deck with exactly as
    many slides as the preparation's is most likely that deck finished elsewhere, so its budgets,
    notes (where the file has none) and guidance apply slide by slide."""
    from podium.ui.common import i18n

    language = prep.language if prep is not None else (language or i18n.current_language())
    deck = open_deck(path)
    record = (records or deck_records()).for_deck(deck)
    companion = None
    if prep is not None:
        record.talk_seconds, record.qa_seconds = prep.talk_minutes * 60, prep.qa_minutes * 60
        if len(prep.deck.slides) == len(deck.slides):
            companion = prep.deck.slides
            deck = deck.with_notes({i + 1: s.notes for i, s in enumerate(companion)})
    source = ImportedSource(deck, record, language, soffice=office.find_soffice())
    if companion is not None:
        source.use_companion(companion)
    return source


def start_deck_presenter(
    source: ImportedSource,
    settings: TimingSettings,
    *,
    records: DeckRecords,
    prep: Preparation | None = None,
    store: Store | None = None,
    clock: Clock | None = None,
    now: Callable[[], datetime] = wall_now,
    seed: int | None = None,
    panel: PanelSettings | None = None,
) -> Presenter:
    """A presenter on an imported deck (``imported_source``); its runs go to the deck's record, and
    to the preparation's when opened from one. The source stays its owner's (a deck window's).
    Every slide is challenged from its own words, as the preparation's own deck is."""
    rng = random.Random(seed)
    language = source.language
    panel = panel if panel is not None else load_panel_settings()

    def hand() -> Hand:
        challenges = _imported_challenges(source, panel)
        if prep is not None:
            dealt = deal(prep, rng, rehearsals=_runs(store, prep), settings=panel)
            return Hand(dealt.pile, {**dealt.by_slide, **challenges})
        bank = [q for q in core_questions(language) if q.category not in panel.skip]
        return Hand(rng.sample(bank, min(DEFAULT_DEAL, len(bank))), challenges)

    def save(run: Rehearsal) -> None:
        try:
            records.add_run(source.record, run)
        except RecordError as exc:
            raise StoreError(str(exc)) from exc
        if prep is not None and store is not None:
            store.add_rehearsal(prep.id, run)

    for i in range(source.count):
        source.enter(i, backwards=False)
    presenter = Presenter(
        source,
        source.plan,
        settings,
        deal=hand,
        clock=clock or time.monotonic,
        now=now,
        save=save,
        interruption_seed=seed,
        panel=panel,
    )
    presenter.settings_changed.connect(save_settings)

    def pictures() -> None:
        show_pictures(presenter)

    source.pictures_ready.connect(pictures)
    presenter.closed.connect(lambda: source.pictures_ready.disconnect(pictures))
    return presenter


def show_pictures(presenter: Presenter) -> None:
    """The slides' pictures arrived: every view and the overview show them from now on."""
    for view in (presenter.console.current, presenter.console.next_view, presenter.audience.view):
        view.update()
    presenter.console.overview._built_width = 0
    presenter.show_slide()
