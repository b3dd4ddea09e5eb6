"""Words the provider puts on slides, written separately for English and Swedish readers.

They are the role's phrasebook, ``templates/project-management/phrases.<lang>.toml``.
"""

from __future__ import annotations

from podium.core.phrasebook import Phrasebook, phrases

ROLE = "project-management"

# The example plan shown until the candidate enters theirs: (kind, start month, end month), named
# by the phrasebook's ``example_plan``, one name per entry.
EXAMPLE_PLAN: tuple[tuple[str, int, int | None], ...] = (
    ("phase", 0, 3),
    ("milestone", 3, None),
    ("phase", 3, 8),
    ("milestone", 9, None),
    ("phase", 9, 14),
    ("milestone", 15, None),
    ("milestone", 17, None),
)


def texts(language: str) -> Phrasebook:
    """The project-management role's phrases in ``language``."""
    return phrases(language, ROLE)
