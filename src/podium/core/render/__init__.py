"""Rendering without Qt: the theme, real font metrics, and the layout every output draws from.

``layout`` turns a deck into boxes with fitted text; the pptx writer, the Qt painter and the
PDF exports all draw those boxes, so every output breaks lines in the same places.
"""
