"""Rehearsing and presenting: the presenter console and audience window, and the Rehearse tab
with the history of runs."""
