"""The main window and what hangs off it: menus, library, new-preparation wizard, workspace tabs,
settings and about dialogs, and the .podium import/export actions."""
