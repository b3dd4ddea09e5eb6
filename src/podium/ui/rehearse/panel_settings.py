"""The panel's settings between sessions: one JSON value (``ui.common.settings.PRESENTER_PANEL``).

Before panel mode had settings of its own, "questions after the last slide" and "interrupt at
N random slides" were kept with the clock's settings (``PRESENTER_TIMING``); a user who set
them there keeps them.
"""

from __future__ import annotations

import json
from typing import Any

from podium.core.interview.panel import OFF, RANDOM, PanelSettings
from podium.ui.common import settings as ui_settings


def _json(setting: ui_settings.Setting[str]) -> dict[str, Any]:
    raw = ui_settings.get(setting)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


def load_panel_settings() -> PanelSettings:
    data = _json(ui_settings.PRESENTER_PANEL)
    if data:
        return PanelSettings.from_dict(data)
    old = _json(ui_settings.PRESENTER_TIMING)
    settings = PanelSettings(after_last=bool(old.get("panel_after_last", True)))
    count = old.get("panel_random")
    if isinstance(count, int) and not isinstance(count, bool) and count > 0:
        settings.interrupt, settings.random_count = RANDOM, min(10, count)
    else:
        settings.interrupt = OFF
    return settings


def save_panel_settings(settings: PanelSettings) -> None:
    ui_settings.put(ui_settings.PRESENTER_PANEL, json.dumps(settings.to_dict()))
