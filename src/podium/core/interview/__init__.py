"""The interview itself: the panel's likely questions, practice, panel mode, readiness, take-aways."""
