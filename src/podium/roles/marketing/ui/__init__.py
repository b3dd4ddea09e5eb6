"""The marketing role's workspace panel and its widgets (Qt)."""
