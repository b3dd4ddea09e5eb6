"""``podium questions``: a role's question bank, or the panel's challenges to every slide of a deck.

For printing and review outside the app. ``--json`` prints what a script reads:
``[{"id", "category", "question"}]`` for a bank and ``[{"slide", "title", "challenges": [{"id",
"kind", "question"}]}]`` for a deck. A deck is a .pptx (Podium's own or one made elsewhere) or a
PDF with text; its language comes from ``--language``, else from the file, else English.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from podium.cli.common import EXIT_OK, Parser, fail
from podium.core.model import LANGUAGES


def add_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    q = sub.add_parser(
        "questions",
        help="print a role's question bank, or the panel's challenges to every slide of a deck",
        description="Print a role's question bank (--role), or the challenges a sceptical panel would put "
        "to every slide of a deck file (--challenges DECK, a .pptx or a PDF).",
    )
    q.add_argument(
        "--role", help="role id (see 'podium roles'): print its bank, the shared questions included"
    )
    q.add_argument(
        "--challenges", type=Path, metavar="DECK", help="a .pptx or .pdf deck: challenge every slide"
    )
    q.add_argument("--language", choices=LANGUAGES, default=None, help="default: the deck's own, else en")
    q.add_argument("--category", help="only the questions of this category (a key such as classic or doubts)")
    q.add_argument("--json", action="store_true", help="print JSON")


def run_questions(args: argparse.Namespace) -> int:
    from podium.core.errors import RoleError
    from podium.core.interview.deck_text import DeckFileError

    if not args.role and not args.challenges:
        return fail("say which questions to print: --role ROLE for a bank, or --challenges DECK for a deck")
    try:
        if args.challenges:
            return _challenges(args)
        return _bank(args)
    except (RoleError, DeckFileError) as exc:
        return fail(str(exc))


def _bank(args: argparse.Namespace) -> int:
    from podium.core.interview.questions import categories, core_questions, role_questions
    from podium.core.roles import get_role

    get_role(args.role)  # an unknown role is an error, not an empty bank
    language = args.language or "en"
    questions = core_questions(language) + role_questions(args.role, language)
    known = categories(language)
    if args.category:
        if args.category not in {c.key for c in known}:
            return fail(f"unknown category {args.category!r} (known: {', '.join(c.key for c in known)})")
        questions = [q for q in questions if q.category == args.category]
    if args.json:
        rows = [{"id": q.id, "category": q.category, "question": q.text} for q in questions]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for category in known:
        mine = [q for q in questions if q.category == category.key]
        if mine:
            print(f"{category.name} ({category.key})")
            for q in mine:
                print(f"  {q.id}\t{q.text}")
            print()
    return EXIT_OK


def _challenges(args: argparse.Namespace) -> int:
    from podium.core.interview.challenges import slide_challenges
    from podium.core.interview.deck_text import read_deck
    from podium.core.roles import get_role

    if args.role:
        get_role(args.role)
    slides, found = read_deck(args.challenges)
    language = args.language or found or "en"
    rows: list[dict[str, Any]] = []
    for slide in slides:
        asked = slide_challenges(slide, language, args.role or "")
        rows.append(
            {
                "slide": slide.number,
                "title": slide.title,
                "challenges": [{"id": q.id, "kind": q.kind, "question": q.text} for q in asked],
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        print(f"{row['slide']}. {row['title']}")
        for challenge in row["challenges"]:
            print(f"   - {challenge['question']}")
    return EXIT_OK
