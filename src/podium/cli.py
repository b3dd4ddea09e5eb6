"""Command line: the GUI by default, plus headless subcommands.

Every failure ends in one clear line on stderr and a non-zero exit; exports go
through ``atomic_write`` so a failure leaves no partial file.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from podium import __version__, paths

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"podium: {message} (see 'podium --help')\n")


def _minutes(value: str) -> int:
    try:
        minutes = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of minutes: {value!r}") from None
    if not 1 <= minutes <= 180:
        raise argparse.ArgumentTypeError(f"talk length must be 1 to 180 minutes, not {minutes}")
    return minutes


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="podium", description="Prepare and rehearse a second-interview presentation.")
    parser.add_argument("--version", action="version", version=f"podium {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, help="where preparations are stored (default: user data dir)"
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    sub.add_parser("gui", help="start the desktop app (the default)")
    roles = sub.add_parser("roles", help="list the role ids and names")
    roles.add_argument("--language", choices=["en", "sv"], default="en")
    gen = sub.add_parser("generate", help="write a scaffolded deck without a display")
    gen.add_argument("--role", required=True, help="role id (see 'podium roles')")
    gen.add_argument("--company", required=True)
    gen.add_argument("--job-title", default="")
    gen.add_argument("--language", choices=["en", "sv"], default="en")
    gen.add_argument("--minutes", type=_minutes, default=15, help="talk length in minutes")
    gen.add_argument("--interview-date", type=_date, default=None)
    gen.add_argument("--brand-color", default="", help="company colour as #RRGGBB")
    gen.add_argument("--no-guidance", action="store_true", help="leave Podium's guidance out of the notes")
    gen.add_argument("-o", "--output", required=True, type=Path, help="the .pptx to write")
    data = gen.add_argument_group("role data", "files that fill the deck's charts and tables")
    data.add_argument("--data", type=Path, help="finance: the data set (CSV or .xlsx)")
    data.add_argument("--sheet", help="finance: the Excel sheet to read")
    data.add_argument("--date", dest="date_column", help="finance: the date column")
    data.add_argument(
        "--measure", action="append", dest="measures", help="finance: a measure column (repeatable)"
    )
    data.add_argument("--category", dest="category_column", help="finance: the category column")
    data.add_argument("--risks", type=Path, help="project management: the risk register (CSV or .xlsx)")
    data.add_argument("--plan", type=Path, help="project management: the plan's phases (CSV or .xlsx)")
    data.add_argument("--brief", type=Path, help="marketing: a campaign brief (JSON)")
    from podium.cli_package import add_commands

    add_commands(sub)
    return parser


def _fail(message: str) -> int:
    print(f"podium: {message}", file=sys.stderr)
    return EXIT_ERROR


def _cmd_roles(args: argparse.Namespace) -> int:
    from podium.core.roles import catalogue

    for role in catalogue().values():
        print(f"{role.id}\t{role.name(args.language)}\t{role.task(args.language)}")
    return EXIT_OK


def _cmd_generate(args: argparse.Namespace) -> int:
    from podium.core.deck.fill import provider
    from podium.core.deck.scaffold import scaffold
    from podium.core.errors import ExportError, RoleDataError, RoleError
    from podium.core.model import Preparation
    from podium.core.roles import get_role
    from podium.export.pptx_writer import write_pptx

    if args.output.suffix.lower() != ".pptx":
        return _fail(f"the output must be a .pptx file: {args.output}")
    try:
        role = get_role(args.role)
        prep = Preparation(
            role=args.role,
            company=args.company,
            job_title=args.job_title,
            language=args.language,
            talk_minutes=args.minutes,
            brand_color=args.brand_color,
            interview_at=datetime.combine(args.interview_date, datetime.min.time())
            if args.interview_date
            else None,
        )
        module = provider(role)
        if module is not None and hasattr(module, "load_cli"):
            module.load_cli(prep, args)  # raises RoleDataError with a message for the user
        prep.deck = scaffold(prep)
        write_pptx(prep, args.output, include_guidance=not args.no_guidance)
    except (RoleError, RoleDataError, ExportError) as exc:
        return _fail(str(exc))
    print(f"wrote {args.output} ({len(prep.deck.slides)} slides)")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.data_dir is not None:
        os.environ[paths.DATA_DIR_ENV] = str(args.data_dir.resolve())
    if args.command == "roles":
        return _cmd_roles(args)
    if args.command == "generate":
        return _cmd_generate(args)
    from podium import cli_package

    if args.command in cli_package.COMMANDS:
        return cli_package.run(args)
    from podium.ui.app import run_gui

    return run_gui()


if __name__ == "__main__":
    sys.exit(main())
