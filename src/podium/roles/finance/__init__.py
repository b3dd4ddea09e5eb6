"""Finance role: read the employer's data set, profile it, analyse it and fill the report deck.

Pure Python (no Qt). pandas and openpyxl are imported inside functions, so the
app does not pay for them at start-up.
"""
