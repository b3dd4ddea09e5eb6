"""Slides on screen, for every part of the UI that shows a deck: the painter that draws a
laid-out slide (and its charts) with QPainter, the thumbnail strip with the large preview, and
the list of what is still unfinished."""
