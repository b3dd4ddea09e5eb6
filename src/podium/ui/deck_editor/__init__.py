"""The deck editor: slide list, slide form, live preview, fit feedback, design and the to-do list.

Every change goes through ``DeckDocument`` as a QUndoCommand on one QUndoStack,
so Ctrl+Z and Ctrl+Shift+Z walk back and forth through all of it.
"""
