"""Command line: the GUI by default, plus headless subcommands.

Every failure ends in one clear line on stderr and a non-zero exit; exports go
through ``atomic_write`` so a failure leaves no partial file. ``generate`` writes a
deck (``cli.generate``); ``list``, ``export-prep`` and ``import-prep`` work on the
library (``cli.library``); ``present`` rehearses a .pptx or PDF (``cli.present``);
``questions`` prints a question bank or a deck's challenges (``cli.questions``); ``rehearse analyse``
hears a recorded talk (``cli.rehearse``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from podium import __version__, paths
from podium.cli import generate, library, present, questions, rehearse
from podium.cli.common import Parser, fail
from podium.core.errors import RoleError


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="podium", description="Prepare and rehearse a second-interview presentation.")
    parser.add_argument("--version", action="version", version=f"podium {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, help="where preparations are stored (default: user data dir)"
    )
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    sub.add_parser("gui", help="start the desktop app (the default)")
    generate.add_commands(sub)
    library.add_commands(sub)
    present.add_commands(sub)
    questions.add_commands(sub)
    rehearse.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        parser = build_parser()
    except RoleError as exc:  # a role plug-in that cannot be loaded
        return fail(str(exc))
    args = parser.parse_args(present.shortcut(sys.argv[1:] if argv is None else argv))
    if args.data_dir is not None:
        os.environ[paths.DATA_DIR_ENV] = str(args.data_dir.resolve())
    if args.command == "roles":
        return generate.run_roles(args)
    if args.command == "generate":
        return generate.run_generate(args)
    if args.command in library.COMMANDS:
        return library.run(args)
    if args.command == "present":
        return present.run(args)
    if args.command == "questions":
        return questions.run_questions(args)
    if args.command == "rehearse":
        return rehearse.run(args)
    from podium.ui.app import run_gui

    return run_gui()


if __name__ == "__main__":
    sys.exit(main())
