"""Opening a table file safely: what it is (by its bytes, not its name), its size and the memory it needs.

Nothing here parses the table. ``open_source`` refuses, in one sentence, a missing file, a
folder, an empty file, a file over the size limit, a PDF or an image under a .csv name, an old
.xls workbook, and returns the first bytes for the sniffer.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from podium.core.tabular.messages import fail, phrase

HEAD_BYTES = 256 * 1024  # what the sniffer reads to learn the layout
MAX_CSV_BYTES = 500 * 1024 * 1024
MAX_XLSX_BYTES = 60 * 1024 * 1024  # openpyxl reads about 100,000 cells a second: bigger takes minutes
MEMORY_FACTOR = 6  # a parsed table takes up to this many times its CSV size in memory
XLSX_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class Source:
    """A file that may be read: its size, its first bytes and whether it is a workbook."""

    path: Path
    size: int
    head: bytes
    workbook: bool  # an .xlsx inside, whatever its name says
    renamed: bool = False  # a workbook saved under a text name (export.csv that is an .xlsx)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def complete(self) -> bool:
        """Whether ``head`` is the whole file."""
        return self.size <= len(self.head)


def describe_binary(head: bytes) -> str | None:
    """What a binary file is, from its magic bytes ('zip', 'xls', 'pdf', 'image', 'binary'), or None
    when it looks like text (UTF-16 included)."""
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "image"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text (Excel's "Unicode text")
    if b"\x00" in head[:4096]:
        return "binary"
    return None


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


def _cannot_read(path: Path, exc: OSError) -> Exception:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return fail("no_permission", name=path.name)
    return fail("unreadable", name=path.name)


def open_source(path: str | Path, max_bytes: int | None = None) -> Source:
    """Check ``path`` before anything parses it; raises ``ReadError`` with the one sentence to show."""
    path = Path(path)
    try:
        if path.is_dir():
            raise fail("folder", path=str(path))
        size = path.stat().st_size
    except FileNotFoundError:
        raise fail("no_file", path=str(path)) from None
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    name = path.name
    if size == 0:
        raise fail("empty", name=name)
    suffix = path.suffix.lower()
    by_name = suffix in XLSX_SUFFIXES
    _check_size(name, size, max_bytes or (MAX_XLSX_BYTES if by_name else MAX_CSV_BYTES), by_name)
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    kind = describe_binary(head)
    if suffix == ".xls" or kind == "xls":
        raise fail("old_xls", name=name)
    if by_name and kind != "zip":
        if kind is None:
            raise fail("text_named_xlsx", name=name)
        raise fail("not_xlsx", name=name, kind=phrase(f"kind.{kind}"))
    if kind not in (None, "zip"):
        raise fail("not_text", name=name, kind=phrase(f"kind.{kind}"))
    workbook = kind == "zip"
    if workbook and not by_name:
        _check_size(name, size, max_bytes or MAX_XLSX_BYTES, True)
    available = available_memory()
    if available and size * MEMORY_FACTOR > available:
        raise fail("memory", name=name, size=mb(size), need=mb(size * MEMORY_FACTOR), free=mb(available))
    return Source(path, size, head, workbook, renamed=workbook and not by_name)


def _check_size(name: str, size: int, limit: int, workbook: bool) -> None:
    if size > limit:
        raise fail("too_big_xlsx" if workbook else "too_big", name=name, size=mb(size), limit=mb(limit))
