"""Exports drawn by Podium's own painter: PDF of the slides, handout PDF, PNG per slide.

Everything here paints on QPdfWriter or QImage, both safe off the UI thread, and
writes through ``core.atomic`` so a target is never left half-written.
"""
