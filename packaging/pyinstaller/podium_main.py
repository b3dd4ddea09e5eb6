"""Entry point of the frozen app: the same ``podium`` command as the installed package."""

import sys

from podium.cli import main

if __name__ == "__main__":
    sys.exit(main())
