"""Risk analysis for the project-management role: register, scales, heat map, plan and deck.

Pure Python (no Qt): the register lives in ``Preparation.role_data["project-management"]``
and the deck provider (``podium.roles.project_management.deck``) turns it into slides.
"""
