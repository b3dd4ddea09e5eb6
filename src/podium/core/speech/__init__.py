"""Hearing a rehearsal: speech and pauses per slide from a recording, and, with the optional
transcription engine, words, fillers and the talking points said. Pure Python, no Qt."""
