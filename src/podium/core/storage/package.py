"""One preparation as a single file (``.podium``) to move between computers or keep as a backup.

The file is a zip holding ``preparation.json`` (format name, format version, the
Podium version that wrote it, the preparation) and the images it shows under
``assets/``. Import treats the file as hostile: it accepts only the entry names
this module writes (so no entry can escape its folder, be absolute or be a
link), bounds every size before and while reading (zip bombs), checks each
image's hash and kind, refuses newer format versions, and always imports as a
new preparation, so nothing already in the library is overwritten. Paths in the
document that do not point at an image inside the file are cleared: an imported
preparation never refers to a file elsewhere on this computer.

Images are found by key: any value under a key named ``path``, ``logo`` or
``image`` (or ending in ``_path``, ``_logo``, ``_image``) that is an absolute path
to an image file. Features that keep images in the preparation should use such keys.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import stat
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from podium import __version__
from podium.core import clock
from podium.core.atomic import atomic_write
from podium.core.errors import ExportError
from podium.core.model import Preparation, new_id

FORMAT = "podium-preparation"
FORMAT_VERSION = 1
SUFFIX = ".podium"
DOCUMENT = "preparation.json"
ASSET_FOLDER = "assets/"

MAX_FILE_BYTES = 300 * 1024 * 1024  # the .podium file itself
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
MAX_ASSET_BYTES = 40 * 1024 * 1024
MAX_TOTAL_BYTES = 300 * 1024 * 1024  # everything unpacked
MAX_ENTRIES = 500
MAX_RATIO = 200  # unpacked / packed, for entries over a megabyte: more is a zip bomb

_ASSET_KEYS = ("path", "logo", "image")
_ASSET_NAME = re.compile(r"^assets/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".svg"}


class PackageError(Exception):
    """A preparation file that cannot be written or read; the message is for the user."""


# ------------------------------------------------------------------- helpers


def _is_asset_key(key: str) -> bool:
    key = key.lower()
    return key in _ASSET_KEYS or key.endswith(tuple("_" + k for k in _ASSET_KEYS))


def _map_assets(value: Any, change: Callable[[str], str]) -> Any:
    """A copy of ``value`` with ``change`` applied to every string under an image key."""
    if isinstance(value, dict):
        return {
            k: change(v) if isinstance(v, str) and _is_asset_key(str(k)) else _map_assets(v, change)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_map_assets(v, change) for v in value]
    return value


def _image_kind(data: bytes) -> str | None:
    """The image format the bytes start with, or None when they are not an image Podium shows."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data.startswith(b"BM"):
        return "bmp"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096].lower():
        return "svg"
    return None


def _safe_stem(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-_")[:60]
    return stem or "image"


# -------------------------------------------------------------------- export


def export_preparation(prep: Preparation, target: Path) -> Path:
    """Write ``prep`` and its images to ``target`` (atomically); returns the path written."""
    names: dict[str, str] = {}
    payload: dict[str, bytes] = {}

    def collect(value: str) -> str:
        if not value:
            return value
        if value in names:
            return names[value]
        source = Path(value)
        if not (source.is_absolute() and source.suffix.lower() in _IMAGE_SUFFIXES and source.is_file()):
            return ""  # a missing or foreign file is not carried along, nor its local path
        if source.stat().st_size > MAX_ASSET_BYTES:
            raise PackageError(
                f"The image {source} is larger than {MAX_ASSET_BYTES // (1024 * 1024)} MB; "
                "use a smaller copy before exporting."
            )
        data = source.read_bytes()
        if _image_kind(data) is None:
            return ""
        name = f"{ASSET_FOLDER}{len(names) + 1:03d}-{_safe_stem(source.stem)}{source.suffix.lower()}"
        names[value] = name
        payload[name] = data
        return name

    document = _map_assets(prep.to_dict(), collect)
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "written_by": f"Podium {__version__}",
        "written_at": clock.utcnow().isoformat(timespec="seconds"),
        "preparation": document,
        "assets": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            for name, data in payload.items()
        },
    }

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(DOCUMENT, json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, data in payload.items():
                archive.writestr(name, data, compress_type=zipfile.ZIP_STORED)

    try:
        return atomic_write(Path(target), write)
    except ExportError as exc:
        raise PackageError(str(exc)) from exc


# -------------------------------------------------------------------- import


def _refuse(source: Path, why: str) -> PackageError:
    return PackageError(f"{source.name} cannot be imported: {why}. Nothing was changed.")


def _check_entry(source: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise _refuse(source, f"the entry {name!r} is a link, which a preparation file never holds")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise _refuse(source, f"the entry {name!r} has an absolute path")
    if ".." in re.split(r"[/\\]", name) or "\\" in name or "\x00" in name:
        raise _refuse(source, f"the entry {name!r} points outside the file's own folder")
    if info.flag_bits & 0x1:
        raise _refuse(source, f"the entry {name!r} is encrypted")
    if name != DOCUMENT and name != ASSET_FOLDER and not _ASSET_NAME.match(name):
        raise _refuse(source, f"it holds an entry Podium does not write ({name[:80]!r})")
    limit = MAX_DOCUMENT_BYTES if name == DOCUMENT else MAX_ASSET_BYTES
    if info.file_size > limit:
        raise _refuse(source, f"the entry {name!r} unpacks to {info.file_size:,} bytes, more than allowed")
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise _refuse(source, f"the entry {name!r} is compressed suspiciously well (a zip bomb?)")


def _read_entry(source: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """The entry's bytes, stopping as soon as more arrive than its header promised or the limit allows."""
    cap = min(limit, info.file_size)
    buffer = io.BytesIO()
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(1024 * 1024):
                buffer.write(chunk)
                if buffer.tell() > cap:
                    raise _refuse(source, f"the entry {info.filename!r} is larger than its header says")
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
        RuntimeError,
    ) as exc:
        raise _refuse(source, f"the file is damaged ({exc})") from exc
    except NotImplementedError as exc:  # an unsupported compression method
        raise _refuse(source, f"it uses a compression Podium cannot read ({exc})") from exc
    return buffer.getvalue()


def _manifest(source: Path, raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _refuse(source, f"its {DOCUMENT} is not valid JSON ({str(exc)[:120]})") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(source, "it is not a Podium preparation file")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refuse(source, f"its format version {version!r} is not valid")
    if version > FORMAT_VERSION:
        written_by = str(manifest.get("written_by", "a newer Podium"))[:40]
        raise PackageError(
            f"{source.name} was written by a newer Podium ({written_by}, file format {version}; this one "
            f"reads format {FORMAT_VERSION} and older). Update Podium to import it; nothing was changed."
        )
    if not isinstance(manifest.get("preparation"), dict) or not isinstance(manifest.get("assets", {}), dict):
        raise _refuse(source, "it does not hold a preparation")
    return manifest


def read_package(source: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The manifest and the verified image bytes of a preparation file; raises PackageError."""
    source = Path(source)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise PackageError(f"Cannot read {source}: {exc.strerror or exc}") from exc
    if size == 0:
        raise _refuse(source, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise _refuse(source, f"the file is {size:,} bytes, larger than a preparation file can be")
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise _refuse(source, "it is not a Podium preparation file (not a zip archive)") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _refuse(source, f"it holds {len(infos):,} entries, more than a preparation has")
        seen: set[str] = set()
        for info in infos:
            _check_entry(source, info)
            if info.filename in seen:
                raise _refuse(source, f"the entry {info.filename!r} appears twice")
            seen.add(info.filename)
        if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
            raise _refuse(source, "it unpacks to more than a preparation can hold")
        if DOCUMENT not in seen:
            raise _refuse(source, f"it has no {DOCUMENT}")
        manifest = _manifest(
            source, _read_entry(source, archive, archive.getinfo(DOCUMENT), MAX_DOCUMENT_BYTES)
        )
        images: dict[str, bytes] = {}
        for name, meta in manifest.get("assets", {}).items():
            if (
                not isinstance(name, str)
                or name not in seen
                or name == DOCUMENT
                or not isinstance(meta, dict)
            ):
                raise _refuse(source, f"the image {str(name)[:80]!r} it lists is missing")
            data = _read_entry(source, archive, archive.getinfo(name), MAX_ASSET_BYTES)
            if hashlib.sha256(data).hexdigest() != meta.get("sha256"):
                raise _refuse(source, f"the image {name!r} is damaged (its checksum does not match)")
            if _image_kind(data) is None:
                raise _refuse(source, f"the entry {name!r} is not an image")
            images[name] = data
    return manifest, images


def import_preparation(source: Path, assets_root: Path, known_roles: set[str] | None = None) -> Preparation:
    """The preparation in ``source`` under a new id, its images copied to ``assets_root/<id>/``."""
    source = Path(source)
    manifest, images = read_package(source)
    prep_id = new_id()
    folder = Path(assets_root) / prep_id
    kept: dict[str, str] = {name: str(folder / name.removeprefix(ASSET_FOLDER)) for name in images}
    document = _map_assets(manifest["preparation"], lambda value: kept.get(value, ""))
    document["id"] = prep_id
    try:
        prep = Preparation.from_dict(document)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
        raise _refuse(
            source, f"its preparation is not valid ({type(exc).__name__}: {str(exc)[:120]})"
        ) from exc
    if (
        prep.interview_at is not None and prep.interview_at.tzinfo is not None
    ):  # Podium keeps local, naive times
        prep.interview_at = prep.interview_at.astimezone().replace(tzinfo=None)
    if known_roles is not None and prep.role not in known_roles:
        raise _refuse(source, f"it was made for the role {prep.role!r}, which this Podium does not have")
    if images:
        try:
            folder.mkdir(parents=True, exist_ok=False)
            for name, data in images.items():
                Path(kept[name]).write_bytes(data)
        except OSError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise PackageError(f"Cannot copy the images of {source.name} to {folder}: {exc}") from exc
    return prep
