"""Images and logos the user adds are copied into Podium's data folder.

A deck keeps working when the original file is moved or deleted, and a
preparation exported as one file can carry its images along.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from podium import paths
from podium.core.render.layout import image_size

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff")


class AssetError(Exception):
    """An image that cannot be used; the message names the file and says why."""


def images_dir() -> Path:
    folder = paths.data_dir() / "images"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def import_image(source: str | Path) -> str:
    """Copy ``source`` into the data folder (named by its content) and return the copy's path."""
    path = Path(source)
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        raise AssetError(f"{path.name}: not an image Podium can place (use PNG or JPEG)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AssetError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if image_size(str(path)) is None:
        raise AssetError(f"{path.name}: the file is not a readable image")
    target = images_dir() / (hashlib.sha256(data).hexdigest()[:20] + path.suffix.lower())
    if not target.exists():
        try:
            shutil.copyfile(path, target)
        except OSError as exc:
            raise AssetError(
                f"cannot copy {path.name} into Podium's data folder: {exc.strerror or exc}"
            ) from exc
    return str(target)
