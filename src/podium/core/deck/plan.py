"""The deck plan: how many slides a talk of a given length carries, which ones, and the skip plan.

A panel that sets five minutes stops a candidate with twelve slides. Each role's template gives
every slide a ``priority`` (1: never cut, the answer, the recommendation, the title and the close;
higher numbers go first); the plan keeps the most important slides the talk length allows and
moves the rest to the appendix after the close, where the candidate can still jump to them in
the questions or pull them back. The user's own moves ("Move to the talk", "Move to appendix")
are kept on every re-plan, and so is every slide's content: planning only reorders slides and
shares out the time.
"""

from __future__ import annotations

from dataclasses import dataclass

from podium.core.deck.templating import split_seconds
from podium.core.model import Deck, Slide

NEVER_CUT = 1


def max_timed_slides(minutes: int) -> int:
    """The most timed slides a talk of ``minutes`` carries: a title and a close, and about one
    slide per 100 seconds between them (5 min: 6, 10 min: 9, 15 min: 12, 20 min: 15)."""
    return max(3, int(3 + 0.6 * minutes))


def _plannable(slide: Slide) -> bool:
    return slide.priority > NEVER_CUT and not slide.placement


def _kept_by_plan(slide: Slide) -> bool:
    """A slide the plan may move either way: it has a priority and the user has not placed it."""
    return slide.priority > 0 and not slide.placement


def plan_deck(deck: Deck, minutes: int, order: list[str]) -> None:
    """Choose the timed slides of ``deck`` for a talk of ``minutes`` and share the time out.

    ``order`` is the template's slide keys in presentation order; a slide that comes back from
    the appendix returns to its place in it. Slides the plan cuts move after the close, before
    the appendix the template or the user made.
    """
    rank = {key: i for i, key in enumerate(order)}
    candidates = [s for s in deck.slides if _kept_by_plan(s)]
    fixed_in = [s for s in deck.slides if not _kept_by_plan(s) and not s.backup]
    room = max_timed_slides(minutes) - len(fixed_in) - sum(1 for s in candidates if s.priority <= NEVER_CUT)
    # Most important first; on a tie the earlier slide stays (it sets up what follows).
    optional = sorted(
        (s for s in candidates if s.priority > NEVER_CUT),
        key=lambda s: (s.priority, rank.get(s.key, len(rank))),
    )
    keep = {id(s) for s in candidates if s.priority <= NEVER_CUT} | {id(s) for s in optional[: max(0, room)]}
    for slide in candidates:
        slide.backup = id(slide) not in keep
    _arrange(deck, rank)
    share_time(deck, minutes)


def _arrange(deck: Deck, rank: dict[str, int]) -> None:
    """Timed slides in presentation order, then the slides the plan cut, then the other backups.

    A timed slide that was in the appendix goes back after the last timed slide that comes
    before it in the template (or before the close when none does).
    """
    timed = [s for s in deck.slides if not s.backup]
    returning = [s for s in timed if s.key in rank and _was_after_close(deck, s)]
    timed = [s for s in timed if all(s is not r for r in returning)]
    for slide in sorted(returning, key=lambda s: rank[s.key]):
        position = _home(timed, slide, rank)
        timed.insert(position, slide)
    cut = sorted(
        (s for s in deck.slides if s.backup and _kept_by_plan(s)), key=lambda s: rank.get(s.key, len(rank))
    )
    others = [s for s in deck.slides if s.backup and not _kept_by_plan(s)]
    deck.slides[:] = [*timed, *cut, *others]


def _was_after_close(deck: Deck, slide: Slide) -> bool:
    closes = [i for i, s in enumerate(deck.slides) if s.kind == "closing" and not s.backup]
    return bool(closes) and deck.slides.index(slide) > closes[-1] and slide.kind != "closing"


def _home(timed: list[Slide], slide: Slide, rank: dict[str, int]) -> int:
    """Where ``slide`` goes back among ``timed``: after the last slide the template puts before it."""
    position = None
    for i, other in enumerate(timed):
        if other.key in rank and rank[other.key] < rank[slide.key] and other.kind != "closing":
            position = i + 1
    if position is not None:
        return position
    closes = [i for i, s in enumerate(timed) if s.kind == "closing"]
    return closes[0] if closes else len(timed)


def share_time(deck: Deck, minutes: int) -> None:
    """Split the talk over the timed slides by their weights, to the second."""
    timed = deck.timed_slides
    for slide, seconds in zip(timed, split_seconds(minutes * 60, [s.weight for s in timed]), strict=True):
        slide.target_seconds = seconds
    for slide in deck.slides:
        if slide.backup:
            slide.target_seconds = 0


def move_to_appendix(deck: Deck, index: int, minutes: int, order: list[str]) -> None:
    """The user's move: slide ``index`` leaves the talk for the appendix, and stays there on a re-plan."""
    slide = deck.slides[index]
    slide.placement, slide.backup = "appendix", True
    deck.slides.pop(index)
    closes = [i for i, s in enumerate(deck.slides) if not s.backup]
    deck.slides.insert(closes[-1] + 1 if closes else 0, slide)
    share_time(deck, minutes)


def move_to_talk(deck: Deck, index: int, minutes: int, order: list[str]) -> None:
    """The user's move: slide ``index`` comes back into the talk at its place, and stays on a re-plan."""
    slide = deck.slides.pop(index)
    slide.placement, slide.backup = "talk", False
    timed = [s for s in deck.slides if not s.backup]
    rank = {key: i for i, key in enumerate(order)}
    if slide.key in rank:
        position = _home(timed, slide, rank)
    else:  # a slide of the user's own: just before the close
        position = next((i for i, s in enumerate(timed) if s.kind == "closing"), len(timed))
    if position < len(timed):
        at = deck.slides.index(timed[position])
    else:
        at = deck.slides.index(timed[-1]) + 1 if timed else 0
    deck.slides.insert(at, slide)
    share_time(deck, minutes)


def appendix_count(deck: Deck) -> int:
    """Slides after the timed talk (the plan's cuts and the template's appendix)."""
    return sum(1 for s in deck.slides if s.backup)


@dataclass(frozen=True)
class SkipPlan:
    """If the panel stops the talk at half time: the slides to drop and the ones to go to."""

    drop: list[int]  # deck indices of timed slides to leave out
    keep: list[int]  # deck indices of the timed slides still to show after half time
    saved_seconds: int


def skip_plan(deck: Deck) -> SkipPlan:
    """Which slides to drop when the panel calls time at half the talk: every slide after the
    half-way mark except those the plan never cuts (the answer, the recommendation, the close)."""
    timed = [(i, s) for i, s in enumerate(deck.slides) if not s.backup]
    half = sum(s.target_seconds for _, s in timed) / 2
    elapsed = 0
    drop: list[int] = []
    keep: list[int] = []
    for i, slide in timed:
        starts = elapsed
        elapsed += slide.target_seconds
        if starts < half:
            continue
        essential = slide.kind == "closing" or 0 < slide.priority <= NEVER_CUT
        (keep if essential else drop).append(i)
    saved = sum(deck.slides[i].target_seconds for i in drop)
    return SkipPlan(drop, keep, saved)
