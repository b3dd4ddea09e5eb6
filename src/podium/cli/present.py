"""``podium present FILE``: rehearse a .pptx or PDF finished elsewhere; ``--check`` reads it without a display.

``podium FILE.pptx`` and ``podium FILE.pdf`` mean the same as ``podium present FILE``, as
pdfpc and Pympress take a file: no other command ends in .pptx or .pdf, so it cannot be misread.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from podium.cli.common import EXIT_OK, Parser, fail

SUFFIXES = (".pptx", ".pdf")


def add_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    present = sub.add_parser(
        "present",
        help="rehearse a .pptx or PDF in the presenter (also: podium FILE)",
        description="Open the presenter on a PowerPoint or PDF deck. Notes come from the deck, or for a "
        "PDF from a pdfpc file (FILE.pdfpc) or a Markdown file (FILE.notes.md, FILE.md) beside it.",
    )
    present.add_argument("file", type=Path, help="the .pptx or .pdf to rehearse")
    present.add_argument(
        "--check",
        action="store_true",
        help="print '<n> slides, <m> with notes', hidden slides and the aspect, without a display",
    )


def shortcut(argv: Sequence[str]) -> list[str]:
    """``podium [options] FILE.pptx`` as ``podium [options] present FILE.pptx``."""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg.startswith("-") or (i > 0 and args[i - 1] == "--data-dir"):
            continue  # an option, or the data dir's value
        return [*args[:i], "present", *args[i:]] if arg.lower().endswith(SUFFIXES) else args
    return args


def run(args: argparse.Namespace) -> int:
    from podium.core.rehearsal.decks.model import DeckError
    from podium.core.rehearsal.decks.reader import open_deck

    path: Path = args.file
    try:
        deck = open_deck(path)
    except DeckError as exc:
        return fail(str(exc))
    except Exception as exc:  # a file no reader expected: one sentence, never a traceback
        return fail(f"Cannot present {path}: it could not be read ({type(exc).__name__}).")
    if args.check:
        print(deck.check_line())
        return EXIT_OK
    from podium.ui.app import run_presenter

    return run_presenter(path)
