"""The finance role's workspace panel and its widgets (Qt)."""
