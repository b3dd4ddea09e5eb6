"""Write a file so that the target path holds either the old file or the complete new one.

Every exporter goes through here: a crash, a full disk or a kill mid-write leaves
at most a hidden temporary file, never a partial document at the target.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class ExportError(Exception):
    """An export that could not be written; the message is for the user."""


def atomic_write(target: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` then move the result onto ``target`` in one step."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"folder does not exist: {folder}")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write to {folder}: {exc.strerror or exc}") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target
