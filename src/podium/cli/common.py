"""What every command shares: exit codes, the one-line failure and the parser that gives it."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"podium: {message} (see 'podium --help')\n")


def fail(message: str) -> int:
    """Say what went wrong in one line on stderr; the exit code for it."""
    print(f"podium: {message}", file=sys.stderr)
    return EXIT_ERROR
