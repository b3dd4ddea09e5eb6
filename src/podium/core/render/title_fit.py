"""Whether a title Podium writes fits the narrowest title box any deck has.

Roles write action titles from data (a column name, a campaign name) whose length nobody chose;
each role tries its forms from the fullest to the shortest and keeps the first that fits here,
so a title Podium writes is never the one that overflows, in any theme, aspect or logo setting.
"""

from __future__ import annotations

from functools import lru_cache

from podium.core.render.decor import content_decor
from podium.core.render.layout import MARGIN, SLIDE_HEIGHT, SLIDE_WIDTHS
from podium.core.render.measure import wrap
from podium.core.render.theme import THEMES

TITLE_SIZE, TITLE_LINES = 22.0, 2  # the smallest size a title shrinks to, and the lines its box holds


@lru_cache(maxsize=1)
def _title_room() -> tuple[float, tuple[str, ...]]:
    """The narrowest title box any deck can have (4:3, a logo beside the title) and every title font."""
    width = SLIDE_WIDTHS["4:3"]
    narrowest = min(
        width
        - 2 * MARGIN
        - ((logo[2] + 16) if (logo := content_decor(theme, width, SLIDE_HEIGHT, MARGIN).logo) else 0)
        for theme in THEMES.values()
    )
    return narrowest, tuple(sorted({theme.bold_file for theme in THEMES.values()}))


@lru_cache(maxsize=512)
def title_fits(title: str) -> bool:
    """True when ``title`` takes at most two lines at the smallest title size in every theme, at 4:3
    beside a logo."""
    width, fonts = _title_room()
    return bool(title) and all(len(wrap(title, width, TITLE_SIZE, font)) <= TITLE_LINES for font in fonts)
