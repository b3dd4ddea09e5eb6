"""Installing the transcription model once, from a source the user chooses, with a hash check.

A source is a download address (http, https or file URL of a .tar.gz, .tgz, .tar or .zip
archive), an archive the user already has, or a model folder (a CTranslate2 Whisper model:
``model.bin``, ``config.json``, ``tokenizer.json`` and a vocabulary file). The SHA-256 is
computed while the bytes are read (of the archive, or of the folder's files in name order) and
compared with the one the user gives; a download needs one, since only the hash says the file
is the one its page describes. The model is unpacked beside its final place and moved there
only after the check, so a failed or cancelled install leaves the previous model as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import tarfile
import tempfile
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from podium.core.atomic import atomic_write
from podium.core.errors import Cancelled
from podium.core.progress import Progress

MODEL_FOLDER = "whisper"
MANIFEST = "podium-model.json"
REQUIRED = ("model.bin", "config.json", "tokenizer.json")
VOCABULARY = ("vocabulary.json", "vocabulary.txt")
ARCHIVES = (".tar.gz", ".tgz", ".tar", ".zip")
CHUNK = 1 << 20


class ModelError(ValueError):
    """The model cannot be installed; the message is one sentence for the user."""


@dataclass(frozen=True)
class Installed:
    folder: Path
    sha256: str
    source: str
    size: int


def installed_model(models_dir: Path) -> Path | None:
    """The installed model folder, if a complete one is there."""
    folder = models_dir / MODEL_FOLDER
    return folder if (folder / MANIFEST).is_file() and _missing(folder) == [] else None


def _missing(folder: Path) -> list[str]:
    missing = [name for name in REQUIRED if not (folder / name).is_file()]
    if not any((folder / name).is_file() for name in VOCABULARY):
        missing.append(VOCABULARY[0])
    return missing


def _is_url(source: str) -> bool:
    return source.split(":", 1)[0].lower() in ("http", "https", "file") and "://" in source


def _copy(reader: BinaryIO, writer: BinaryIO, total: int, digest: hashlib._Hash, progress: Progress,
          done: int = 0, grand_total: int = 0, what: str = "") -> int:  # fmt: skip
    """Copy in chunks, hashing and reporting progress; the bytes copied."""
    grand_total = grand_total or total
    while chunk := reader.read(CHUNK):
        digest.update(chunk)
        writer.write(chunk)
        done += len(chunk)
        progress.report(done / grand_total if grand_total else 0.0, what)
    return done


def _fetch(source: str, into: Path, progress: Progress) -> tuple[Path, str]:
    """Download or copy the archive ``source`` into ``into``; its path and SHA-256."""
    digest = hashlib.sha256()
    name = Path(source.split("?", 1)[0].rstrip("/")).name or "model.tar.gz"
    target = into / name
    try:
        if _is_url(source):
            with urllib.request.urlopen(source, timeout=30) as response, target.open("wb") as out:
                total = int(response.headers.get("Content-Length") or 0)
                _copy(response, out, total, digest, progress, what=f"Downloading {name}")
        else:
            path = Path(source).expanduser()
            with path.open("rb") as reader, target.open("wb") as out:
                _copy(reader, out, path.stat().st_size, digest, progress, what=f"Reading {name}")
    except urllib.error.URLError as exc:
        raise ModelError(f"The model could not be downloaded from {source} ({exc.reason}).") from None
    except FileNotFoundError:
        raise ModelError(f"{source} does not exist.") from None
    except OSError as exc:
        raise ModelError(f"The model could not be read from {source} ({exc.strerror or exc}).") from None
    return target, digest.hexdigest()


def _unpack(archive: Path, into: Path) -> None:
    """Unpack ``archive``, refusing members that would land outside ``into``."""
    root = into.resolve()
    try:
        if archive.name.lower().endswith(".zip"):
            with zipfile.ZipFile(archive) as zipped:
                for member in zipped.namelist():
                    if not (root / member).resolve().is_relative_to(root):
                        raise ModelError(f"{archive.name} holds a file outside its folder ({member}).")
                zipped.extractall(into)
        else:
            with tarfile.open(archive) as tarred:
                tarred.extractall(into, filter="data")
    except (tarfile.TarError, zipfile.BadZipFile, EOFError) as exc:
        raise ModelError(f"{archive.name} is not a model archive Podium can unpack ({exc}).") from None


def _model_root(folder: Path) -> Path:
    """The folder holding model.bin: the archive's top level, or the one folder inside it."""
    if (folder / "model.bin").is_file():
        return folder
    found = sorted(p.parent for p in folder.rglob("model.bin"))
    return found[0] if found else folder


def _hash_folder(folder: Path, into: Path, progress: Progress) -> str:
    """Copy a model folder's files into ``into``, hashing names and contents in name order."""
    files = sorted(p for p in folder.iterdir() if p.is_file())
    total = sum(p.stat().st_size for p in files)
    digest = hashlib.sha256()
    done = 0
    for path in files:
        digest.update(path.name.encode() + b"\0")
        with path.open("rb") as reader, (into / path.name).open("wb") as out:
            done = _copy(reader, out, 0, digest, progress, done, total, f"Reading {path.name}")
    return digest.hexdigest()


def install_model(source: str, models_dir: Path, progress: Progress, sha256: str | None = None) -> Installed:
    """Install the model from ``source`` into ``models_dir`` after checking its hash."""
    source = source.strip()
    expected = (sha256 or "").strip().lower() or None
    if not source:
        raise ModelError("Choose a model: a download address, an archive or a folder.")
    if _is_url(source) and not source.lower().startswith("file:") and expected is None:
        raise ModelError(
            "A download needs its SHA-256 (from the page that offers it) so Podium can check it."
        )
    if expected is not None and (len(expected) != 64 or any(c not in "0123456789abcdef" for c in expected)):
        raise ModelError("The SHA-256 should be 64 hexadecimal characters.")
    local = None if _is_url(source) else Path(source).expanduser()
    if local is not None and not local.exists():
        raise ModelError(f"{local} does not exist.")
    models_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".model-", dir=models_dir))
    try:
        unpacked = work / "model"
        unpacked.mkdir()
        if local is not None and local.is_dir():
            digest = _hash_folder(_model_root(local), unpacked, progress)
        else:
            if local is not None and not local.name.lower().endswith(ARCHIVES):
                raise ModelError(
                    f"{local.name} is not a model archive (.tar.gz, .tgz, .tar or .zip) or folder."
                )
            archive, digest = _fetch(source, work, progress)
            if expected is not None and digest != expected:
                raise ModelError(_mismatch(digest))
            progress.report(1.0, "Unpacking")
            _unpack(archive, work / "unpacked")
            shutil.move(str(_model_root(work / "unpacked")), str(unpacked := work / "checked"))
        if expected is not None and digest != expected:
            raise ModelError(_mismatch(digest))
        missing = _missing(unpacked)
        if missing:
            raise ModelError(f"That is not a Whisper model for CTranslate2: it lacks {', '.join(missing)}.")
        size = sum(p.stat().st_size for p in unpacked.iterdir() if p.is_file())
        manifest = {"sha256": digest, "source": source, "size": size}
        atomic_write(unpacked / MANIFEST, lambda tmp: tmp.write_text(json.dumps(manifest, indent=1), "utf-8"))
        final = models_dir / MODEL_FOLDER
        old = work / "previous"
        if final.exists():
            final.rename(old)
        unpacked.rename(final)
        return Installed(final, digest, source, size)
    except Cancelled:
        raise
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(work)


def _mismatch(digest: str) -> str:
    return f"The model's SHA-256 is {digest}, not the one given: it was not installed."


def remove_model(models_dir: Path) -> None:
    shutil.rmtree(models_dir / MODEL_FOLDER, ignore_errors=True)
