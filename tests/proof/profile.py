"""The proof profile: short in CI, long on demand.

``PODIUM_PROOF=long`` runs each kill loop at least 50 times and gives the fuzzers
many more examples; the default ``short`` profile keeps CI to a few minutes.
``PODIUM_PROOF_SEED=<n>`` replays the random kill moments of an earlier run (the
seed is printed in every failure message).
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    kills: int  # SIGKILLs while the app is editing
    export_kills: int  # SIGKILLs during each kind of export
    examples: int  # hypothesis examples for in-process fuzzers
    office_examples: int  # hypothesis examples that each cost one LibreOffice conversion
    seed: int

    def rng(self, salt: str) -> random.Random:
        return random.Random(f"{self.seed}:{salt}")

    def __str__(self) -> str:
        return f"PODIUM_PROOF={self.name} PODIUM_PROOF_SEED={self.seed}"


PROFILES: dict[str, dict[str, int]] = {
    "short": {"kills": 6, "export_kills": 4, "examples": 60, "office_examples": 2},
    "long": {"kills": 60, "export_kills": 30, "examples": 1500, "office_examples": 12},
}


def current_profile() -> Profile:
    name = os.environ.get("PODIUM_PROOF", "short")
    if name not in PROFILES:
        raise SystemExit(f"PODIUM_PROOF must be one of {sorted(PROFILES)}, not {name!r}")
    seed = int(os.environ.get("PODIUM_PROOF_SEED") or random.SystemRandom().randrange(1 << 30))
    return Profile(name=name, seed=seed, **PROFILES[name])


PROFILE = current_profile()  # read once, so hypothesis settings and fixtures agree
