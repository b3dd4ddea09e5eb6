"""Slides on screen: the painter that draws a laid-out slide (and its charts) with QPainter, and
the thumbnail strip with the large preview."""
