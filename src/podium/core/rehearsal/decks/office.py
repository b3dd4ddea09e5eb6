"""A .pptx as a PDF through LibreOffice, cached by the file's hash.

LibreOffice converts the whole file at once (``soffice --headless --convert-to pdf``), hidden
slides included so pages and slides stay in step, in a profile of Podium's own under the cache
dir (never the user's LibreOffice profile, which may be open). The PDF is kept under the hash of
the .pptx's bytes: opening the same file again costs no conversion, and a changed file is
converted anew. The command polls for a cancel while LibreOffice works and kills it then.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from podium.core.atomic import atomic_write
from podium.core.errors import Cancelled
from podium.core.progress import Progress

SOFFICE_ENV = "PODIUM_SOFFICE"  # the LibreOffice binary to use; "" means none (to show the outline)
TIMEOUT_SECONDS = 300
KEEP = 40  # converted decks kept in the cache; older ones go
HIDDEN_TOO = 'pdf:impress_pdf_Export:{"ExportHiddenSlides":{"type":"boolean","value":"true"}}'
_LOCK = threading.Lock()  # one conversion at a time: they share the profile


class ConversionError(Exception):
    """LibreOffice could not convert the deck; the text says why, in English."""


def find_soffice() -> str | None:
    """LibreOffice's soffice, from ``PODIUM_SOFFICE``, the PATH or its usual install places."""
    override = os.environ.get(SOFFICE_ENV)
    if override is not None:
        return override or None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    places = {
        "darwin": ["/Applications/LibreOffice.app/Contents/MacOS/soffice"],
        "win32": [
            rf"{os.environ.get(var, '')}\LibreOffice\program\soffice.exe"
            for var in ("ProgramFiles", "ProgramFiles(x86)")
        ],
    }.get(sys.platform, [])
    return next((place for place in places if Path(place).is_file()), None)


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def cached_pdf(cache: Path, digest: str) -> Path | None:
    """The PDF converted earlier from the .pptx with this hash; None when there is none."""
    pdf = cache / "decks" / f"{digest}.pdf"
    return pdf if pdf.is_file() and pdf.stat().st_size > 0 else None


def convert(pptx: Path, digest: str, cache: Path, soffice: str, progress: Progress | None = None) -> Path:
    """The PDF of ``pptx`` (whose bytes hash to ``digest``), converted now unless cached."""
    found = cached_pdf(cache, digest)
    if found is not None:
        return found
    folder = cache / "decks"
    folder.mkdir(parents=True, exist_ok=True)
    with _LOCK, tempfile.TemporaryDirectory(prefix="convert-", dir=folder) as work:
        source = Path(work) / f"deck{pptx.suffix.lower()}"
        shutil.copyfile(pptx, source)  # LibreOffice names its output after the input, and locks it
        profile = (cache / "libreoffice-profile").resolve().as_uri()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", HIDDEN_TOO, "--outdir", work, str(source)]  # fmt: skip
        _run(command, progress, Path(work) / "soffice.log")
        produced = Path(work) / "deck.pdf"
        if not produced.is_file() or produced.stat().st_size == 0:
            raise ConversionError(f"LibreOffice could not convert {pptx.name} to PDF")
        target = folder / f"{digest}.pdf"
        atomic_write(target, lambda tmp: shutil.copyfile(produced, tmp))
    _prune(folder)
    return target


def _run(command: list[str], progress: Progress | None, log: Path) -> None:
    try:
        with open(log, "wb") as errors:  # a file, not a pipe: a chatty LibreOffice never blocks
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
    except OSError as exc:
        raise ConversionError(f"LibreOffice could not be started: {exc.strerror or exc}") from exc
    began = time.monotonic()
    try:
        while process.poll() is None:
            if progress is not None:
                progress.check()
            if time.monotonic() - began > TIMEOUT_SECONDS:
                raise ConversionError(f"LibreOffice did not finish within {TIMEOUT_SECONDS} s")
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(0.01)
    except (Cancelled, ConversionError):
        process.kill()
        process.wait()
        raise
    if process.returncode != 0:
        detail = log.read_bytes().decode("utf-8", "replace").strip().splitlines()[-1:]
        raise ConversionError(f"LibreOffice stopped with an error{': ' + detail[0] if detail else ''}")


def _prune(folder: Path) -> None:
    """Keep the ``KEEP`` most recently converted decks."""
    pdfs = sorted(folder.glob("*.pdf"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in pdfs[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
