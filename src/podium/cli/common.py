"""What every command shares: exit codes and the one-line failure."""

from __future__ import annotations

import sys

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def fail(message: str) -> int:
    """Say what went wrong in one line on stderr; the exit code for it."""
    print(f"podium: {message}", file=sys.stderr)
    return EXIT_ERROR
