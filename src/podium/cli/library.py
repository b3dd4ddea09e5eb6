"""``podium list``, ``podium export-prep`` and ``podium import-prep``: the library from the command line.

The store and the package code load only when one of these commands runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from podium.cli.common import EXIT_OK, Parser, fail

COMMANDS = ("list", "export-prep", "import-prep")


def add_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    sub.add_parser("list", help="list the preparations in the library: id, role, title")
    exp = sub.add_parser("export-prep", help="write one preparation and its images as a .podium file")
    exp.add_argument("prep", help="the preparation's id (or its first characters) or its exact title")
    exp.add_argument("-o", "--output", required=True, type=Path, help="the .podium file to write")
    imp = sub.add_parser("import-prep", help="add the preparation in a .podium file to the library")
    imp.add_argument("file", type=Path, help="a .podium file written by Podium")


def run(args: argparse.Namespace) -> int:
    from podium import paths
    from podium.core.roles import catalogue
    from podium.core.storage.package import SUFFIX, PackageError, export_preparation, import_preparation
    from podium.core.storage.store import Store, StoreError

    try:
        store = Store(paths.database_path())
    except StoreError as exc:
        return fail(str(exc))
    with store:
        try:
            if args.command == "list":
                for summary in store.summaries():
                    print(f"{summary.id}\t{summary.role}\t{summary.title}")
                return EXIT_OK
            if args.command == "export-prep":
                matches = [s for s in store.summaries() if s.id.startswith(args.prep) or s.title == args.prep]
                if len(matches) != 1:
                    found = "no preparation" if not matches else f"{len(matches)} preparations"
                    return fail(f"{found} match {args.prep!r} (see 'podium list')")
                output = args.output
                if output.suffix.lower() != SUFFIX:
                    return fail(f"the output must be a {SUFFIX} file: {output}")
                export_preparation(store.load(matches[0].id), output)
                print(f"wrote {output}")
                return EXIT_OK
            prep = import_preparation(args.file, paths.data_dir() / "assets", set(catalogue()))
            store.save(prep)
            print(f"{prep.id}\t{prep.role}\t{prep.display_title}")
            return EXIT_OK
        except (PackageError, StoreError) as exc:
            return fail(str(exc))
