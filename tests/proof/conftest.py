"""Fixtures for the proofs; the profile itself lives in ``tests/proof/profile.py``."""

from __future__ import annotations

import pytest

from tests.proof.profile import PROFILE, Profile
from tests.ui.conftest import clock, dialogs, store, window  # noqa: F401 - the UI fixtures, shared here


@pytest.fixture(scope="session")
def proof() -> Profile:
    return PROFILE
