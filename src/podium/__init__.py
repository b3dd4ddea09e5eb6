"""Podium: prepare, build and rehearse the presentation task of a second interview."""

__version__ = "0.1.0"
