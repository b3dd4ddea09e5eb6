"""Decks finished elsewhere: a .pptx from any office suite or a PDF, read for rehearsal.

``open_deck`` reads the slides' titles, text and notes (python-pptx, PDFium), the notes a
speaker keeps beside a PDF (``notes_files``), and gives every slide a content key, so the
history of a slide follows it when the file changes. ``office`` turns a .pptx into a PDF through
LibreOffice, cached by the file's hash; ``record`` keeps each deck's budgets, typed notes and runs.
"""
