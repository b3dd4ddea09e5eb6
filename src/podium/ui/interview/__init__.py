"""The Questions tab: practising the panel's likely questions, and the take-away PDFs."""
