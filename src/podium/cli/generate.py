"""``podium roles`` and ``podium generate``: a scaffolded deck without a display.

The role-data options (``--data``, ``--risks``, ``--brief`` …) are not written here: each role's
plug-in declares its own (``RolePlugin.cli_options``) and reads them in its ``load_cli``. Every
role's options are accepted whatever ``--role`` says, and only that role's are read.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from podium.cli.common import EXIT_OK, Parser, fail
from podium.core.errors import ExportError, RoleDataError, RoleError
from podium.core.model import GUIDANCE_IN_NOTES
from podium.core.roles import Role, catalogue


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


def add_commands(sub: argparse._SubParsersAction[Parser]) -> None:
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
    gen.add_argument(
        "--guidance",
        action=argparse.BooleanOptionalAction,
        default=GUIDANCE_IN_NOTES,
        help="put Podium's guidance into the speaker notes (default: left out, as in the Export dialog: "
        "the notes are your script, and they travel with a file sent ahead)",
    )
    gen.add_argument("-o", "--output", required=True, type=Path, help="the .pptx to write")
    for role in catalogue().values():
        _add_role_options(gen, role)


def _add_role_options(parser: argparse.ArgumentParser, role: Role) -> None:
    """The role's own options, as one group in ``podium generate --help``."""
    if role.plugin is None or not role.plugin.cli_options:
        return
    group = parser.add_argument_group(f"role data for --role {role.id}")
    for option in role.plugin.cli_options:
        kwargs: dict[str, Any] = {"dest": option.dest, "help": option.help}
        if option.path:
            kwargs["type"] = Path
        if option.repeat:
            kwargs["action"] = "append"
        try:
            group.add_argument(option.flag, **kwargs)
        except argparse.ArgumentError as exc:
            raise RoleError(
                f"role {role.id!r} declares the option {option.flag}, which is taken: {exc}"
            ) from None


def run_roles(args: argparse.Namespace) -> int:
    for role in catalogue().values():
        print(f"{role.id}\t{role.name(args.language)}\t{role.task(args.language)}")
    return EXIT_OK


def run_generate(args: argparse.Namespace) -> int:
    from podium.core.deck.scaffold import scaffold
    from podium.core.model import Preparation
    from podium.core.roles import get_role
    from podium.export.pptx_writer import write_pptx

    if args.output.suffix.lower() != ".pptx":
        return fail(f"the output must be a .pptx file: {args.output}")
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
        if role.plugin is not None and role.plugin.load_cli is not None:
            role.plugin.load_cli(prep, args)  # raises RoleDataError with a message for the user
        prep.deck = scaffold(prep)
        write_pptx(prep, args.output, include_guidance=args.guidance)
    except (RoleError, RoleDataError, ExportError) as exc:
        return fail(str(exc))
    timed = len(prep.deck.timed_slides)
    print(f"wrote {args.output} ({timed} slides, {len(prep.deck.slides) - timed} in the appendix)")
    return EXIT_OK
