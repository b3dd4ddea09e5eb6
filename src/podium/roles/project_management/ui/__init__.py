"""The project-management role's workspace panel and its widgets (Qt)."""
