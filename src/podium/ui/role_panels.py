"""The role-specific planning panel shown in the workspace, if the role has one.

Each role with structured inputs (campaign brief, data set, risk register) has a
panel module; roles without one simply have no extra section.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from podium.ui.common.session import PreparationSession

# role id -> (module, class). Modules are imported only when that role is opened. A panel class
# takes the session, and has ``section_title() -> str`` (translated) for its tab.
PANELS: dict[str, tuple[str, str]] = {
    "marketing": ("podium.roles.marketing.ui.panel", "MarketingPanel"),
    "finance": ("podium.roles.finance.ui.panel", "FinancePanel"),
    "project-management": ("podium.roles.project_management.ui.panel", "RiskPanel"),
}


def panel_for(session: PreparationSession) -> QWidget | None:
    entry = PANELS.get(session.prep.role)
    if entry is None:
        return None
    module_name, class_name = entry
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls(session)
