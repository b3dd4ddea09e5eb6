"""Opening a data file safely: size and memory checks, progress and cancel, column names.

Shared by the CSV and Excel readers; no pandas here.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from podium.core.errors import RoleDataError
from podium.roles.finance import sniff

MAX_CSV_BYTES = 500 * 1024 * 1024
MAX_XLSX_BYTES = 60 * 1024 * 1024  # openpyxl reads about 100,000 cells a second: bigger takes minutes
STREAM_ABOVE = 64 * 1024 * 1024  # larger CSV files are read with progress and mid-read cancel
MEMORY_FACTOR = 6  # a parsed table takes up to this many times its CSV size in memory


Progress = Callable[[float], None]  # called with 0..1, raises Cancelled to stop (core.progress's report fits)


class ProgressReader(io.RawIOBase):
    """A file wrapper that reports how far pandas has read, and lets the user cancel in the middle."""

    def __init__(self, handle: Any, size: int, progress: Progress | None) -> None:
        self._handle, self._size, self._progress = handle, max(1, size), progress

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._handle.readinto(buffer)
        if self._progress is not None:
            self._progress(min(1.0, self._handle.tell() / self._size))
        return int(n or 0)


def check_file(path: Path, max_bytes: int | None) -> tuple[int, bytes]:
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise RoleDataError(f"{path}: no such file.") from None
    except OSError as exc:
        raise RoleDataError(f"{path}: cannot be read ({exc.strerror or exc}).") from None
    if path.is_dir():
        raise RoleDataError(f"{path} is a folder, not a data file.")
    if size == 0:
        raise RoleDataError(f"{name} is empty (0 bytes): export the data again and choose that file.")
    is_xlsx = path.suffix.lower() in (".xlsx", ".xlsm")
    limit = max_bytes or (MAX_XLSX_BYTES if is_xlsx else MAX_CSV_BYTES)
    if size > limit:
        advice = (
            "Save the sheet as CSV (File > Save As > CSV) and import that, or keep only the rows and columns you need."
            if is_xlsx
            else "Keep only the rows and columns you need (or sum it by month) and import that."
        )
        raise RoleDataError(f"{name} is {mb(size)}; Podium reads files up to {mb(limit)}. {advice}")
    available = available_memory()
    if available and size * MEMORY_FACTOR > available:
        raise RoleDataError(
            f"{name} is {mb(size)} and would need about {mb(size * MEMORY_FACTOR)} of memory; "
            f"only {mb(available)} is free. Close other programs, or import a smaller extract."
        )
    try:
        with path.open("rb") as handle:
            head = handle.read(sniff.HEAD_BYTES)
    except OSError as exc:
        raise RoleDataError(f"{name} cannot be read ({exc.strerror or exc}).") from None
    return size, head


def mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB" if size >= 1024 * 1024 else f"{size / 1024:,.0f} kB"


def available_memory() -> int:
    """Memory the system can give us (Linux MemAvailable, else free pages; 0 when unknown)."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return 0


def unique_names(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, raw in enumerate(names):
        name = str(raw).strip() or f"Column {i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    return out
