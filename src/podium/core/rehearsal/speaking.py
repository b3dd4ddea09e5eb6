"""How long the speaker notes take to say, from their word count.

A calm presentation pace is about 140 words a minute in English. Swedish words run longer
(compounds: "riskhanteringsplan" is one word), so the same minute holds fewer, about 120. The
pace is each language's ``locale.words_per_minute`` in the shared phrasebook.
The estimate is a guide: it tells the user a slide's notes cannot fit its budget before the
first rehearsal proves it.
"""

from __future__ import annotations

import re

from podium.core.phrasebook import phrases

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def speaking_seconds(notes: str, language: str = "en") -> int:
    """Seconds to say ``notes`` aloud at a calm pace in ``language``."""
    words = word_count(notes)
    return round(words * 60 / phrases(language).number("locale.words_per_minute"))
