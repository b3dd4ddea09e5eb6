"""Where the finance record lives in ``prep.role_data`` and which shape of it the deck reads.

Apart from ``pipeline`` (which makes the record) so that filling a deck from a kept record does
not import the reader and the analysis.
"""

from __future__ import annotations

KEY = "finance"
VERSION = 2  # 2: bridges, the prior-period change beside the budget variance, sign convention, unit
