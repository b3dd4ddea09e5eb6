"""Podium's core: pure Python, never Qt.

At the top, the kernel every feature shares: ``model`` (the preparation and its deck),
``clock``, ``text``, ``atomic`` (every file write), ``errors`` and ``roles`` (the role
registry). Below it, one package per feature: ``render``, ``deck``, ``research``,
``interview``, ``rehearsal`` and ``storage``.
"""
