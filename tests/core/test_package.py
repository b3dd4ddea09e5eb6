"""The .podium preparation file: a faithful round trip, and every hostile file refused with a clear message."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import struct
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from podium.core.model import ImageBlock
from podium.core.roles import catalogue
from podium.core.storage import package
from podium.core.storage.package import FORMAT_VERSION, PackageError, export_preparation, import_preparation
from tests.helpers import make_prep

ROLES = set(catalogue())


def _png(path: Path, colour: str = "#2F6FDE") -> Path:
    Image.new("RGB", (40, 20), colour).save(path)
    return path


def _write_zip(path: Path, entries: dict[str, bytes], manifest: dict | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if manifest is not None:
            archive.writestr(package.DOCUMENT, json.dumps(manifest))
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _manifest(**changes: object) -> dict:
    base = {
        "format": package.FORMAT,
        "version": FORMAT_VERSION,
        "preparation": make_prep().to_dict(),
        "assets": {},
    }
    base.update(changes)
    return base


def test_round_trip_keeps_everything_and_carries_the_images(tmp_path: Path) -> None:
    prep = make_prep("marketing", "sv", company="Nordvik {{ 7*7 }} AB", job_title="Marknadschef")
    logo = _png(tmp_path / "logo.png")
    photo = _png(tmp_path / "team photo.png", "#F2A541")
    prep.research["company"] = {"logo": str(logo), "website": "https://nordvik.example"}
    prep.deck.slides[2].blocks.append(ImageBlock(path=str(photo), alt="Teamet"))
    prep.deck.slides[1].notes = "Öppna med svaret: {% raw %} _x0041_ \u200b"
    (tmp_path / "out").mkdir()
    target = export_preparation(prep, tmp_path / "out" / "nordvik.podium")
    logo.unlink()  # the file must carry the images itself
    photo.unlink()

    imported = import_preparation(target, tmp_path / "assets", ROLES)

    assert imported.id != prep.id  # imported as a new preparation, never over the original
    new_logo = Path(imported.research["company"]["logo"])
    new_photo = Path(imported.deck.slides[2].blocks[-1].path)
    assert new_logo.parent == new_photo.parent == tmp_path / "assets" / imported.id
    assert Image.open(new_logo).getpixel((0, 0)) == (0x2F, 0x6F, 0xDE)
    assert Image.open(new_photo).getpixel((0, 0)) == (0xF2, 0xA5, 0x41)
    expected = prep.to_dict()
    got = imported.to_dict()
    for doc in (expected, got):
        doc.pop("id")
        doc["research"]["company"].pop("logo")
        doc["deck"]["slides"][2]["blocks"][-1].pop("path")
    assert got == expected


def test_paths_to_files_outside_the_package_are_never_kept(tmp_path: Path) -> None:
    prep = make_prep()
    prep.deck.slides[1].blocks.append(ImageBlock(path="/etc/passwd", alt="x"))
    prep.research["company"] = {"logo": "/root/.ssh/id_rsa.png"}
    target = export_preparation(prep, tmp_path / "p.podium")
    names = zipfile.ZipFile(target).namelist()
    assert names == [package.DOCUMENT]  # neither file went into the package
    # A hand-made file that names outside paths gets them cleared on import.
    doc = prep.to_dict()
    hostile = _write_zip(tmp_path / "h.podium", {}, _manifest(preparation=doc))
    imported = import_preparation(hostile, tmp_path / "assets", ROLES)
    assert imported.deck.slides[1].blocks[-1].path == ""
    assert imported.research["company"]["logo"] == ""


@pytest.mark.parametrize(
    "name",
    ["../evil.png", "assets/../../evil.png", "/etc/cron.d/evil", "C:/Windows/evil.png", "assets\\..\\evil.png",
     "assets/sub/evil.png", "other.txt", "assets/.hidden.png"],
)  # fmt: skip
def test_entries_that_could_escape_the_folder_are_refused(tmp_path: Path, name: str) -> None:
    path = _write_zip(tmp_path / "slip.podium", {name: b"\x89PNG\r\n\x1a\nowned"}, _manifest())
    before = path.read_bytes()
    with pytest.raises(PackageError, match="cannot be imported") as err:
        import_preparation(path, tmp_path / "assets", ROLES)
    assert "slip.podium" in str(err.value) and "Nothing was changed" in str(err.value)
    assert not (tmp_path / "assets").exists() and not (tmp_path / "evil.png").exists()
    assert path.read_bytes() == before


def test_symlink_entries_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "link.podium"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(package.DOCUMENT, json.dumps(_manifest()))
        info = zipfile.ZipInfo("assets/001-logo.png")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(PackageError, match="is a link"):
        import_preparation(path, tmp_path / "assets", ROLES)


def test_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomb.podium"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(package.DOCUMENT, json.dumps(_manifest()))
        archive.writestr("assets/001-bomb.png", b"\0" * (20 * 1024 * 1024))
    assert path.stat().st_size < 100_000
    with pytest.raises(PackageError, match="zip bomb"):
        import_preparation(path, tmp_path / "assets", ROLES)


def test_huge_entries_and_too_many_entries_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package, "MAX_DOCUMENT_BYTES", 10_000)
    big = _write_zip(tmp_path / "big.podium", {}, _manifest(padding="x" * 20_000))
    with pytest.raises(PackageError, match="more than allowed"):
        import_preparation(big, tmp_path / "assets", ROLES)
    many = _write_zip(tmp_path / "many.podium", {f"assets/{i}.png": b"" for i in range(600)}, _manifest())
    with pytest.raises(PackageError, match="entries"):
        import_preparation(many, tmp_path / "assets", ROLES)


def test_entry_larger_than_its_header_says_is_caught_while_reading(tmp_path: Path) -> None:
    """A header that lies about the unpacked size must not get past the streaming check."""
    path = tmp_path / "liar.podium"
    document = json.dumps(_manifest()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(package.DOCUMENT, document)
    data = bytearray(path.read_bytes())
    small = struct.pack("<I", 100)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local and central headers
        at = data.find(signature)
        data[at + offset : at + offset + 4] = small
    path.write_bytes(bytes(data))
    with pytest.raises(PackageError, match="cannot be imported"):
        import_preparation(path, tmp_path / "assets", ROLES)


def test_newer_format_says_to_update(tmp_path: Path) -> None:
    path = _write_zip(
        tmp_path / "new.podium", {}, _manifest(version=FORMAT_VERSION + 1, written_by="Podium 9.0")
    )
    with pytest.raises(PackageError, match=r"newer Podium .*Update Podium"):
        import_preparation(path, tmp_path / "assets", ROLES)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"PK\x03\x04 truncated", "not a zip"),
        (bytes(range(256)) * 64, "not a zip"),
    ],
    ids=["zero-bytes", "truncated", "random"],
)
def test_damaged_files_give_a_clear_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.podium"
    path.write_bytes(content)
    with pytest.raises(PackageError, match=message):
        import_preparation(path, tmp_path / "assets", ROLES)
    assert path.read_bytes() == content


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ({"format": "something-else"}, "not a Podium preparation"),
        ({**_manifest(), "version": "1"}, "version"),
        ({**_manifest(), "preparation": []}, "does not hold a preparation"),
        ({**_manifest(), "preparation": {"company": "no role"}}, "not valid"),
        ({**_manifest(), "preparation": {"role": "astronaut"}}, "role 'astronaut'"),
        ({**_manifest(), "preparation": {**make_prep().to_dict(), "interview_at": "tomorrow"}}, "not valid"),
        ({**_manifest(), "assets": {"assets/001-x.png": {"sha256": "0"}}}, "missing"),
    ],
    ids=["format", "version-type", "not-a-dict", "no-role", "unknown-role", "bad-date", "missing-image"],
)
def test_documents_that_are_not_preparations(tmp_path: Path, manifest: dict, message: str) -> None:
    path = _write_zip(tmp_path / "doc.podium", {}, manifest)
    with pytest.raises(PackageError, match=message):
        import_preparation(path, tmp_path / "assets", ROLES)


def test_damaged_or_disguised_images_are_refused(tmp_path: Path) -> None:
    prep = make_prep()
    prep.research["company"] = {"logo": str(_png(tmp_path / "logo.png"))}
    good = export_preparation(prep, tmp_path / "good.podium")
    with zipfile.ZipFile(good) as archive:
        entries = {n: archive.read(n) for n in archive.namelist()}
    image = next(n for n in entries if n.startswith("assets/"))
    damaged = dict(entries)
    damaged[image] = entries[image][:-10] + b"0123456789"
    with zipfile.ZipFile(tmp_path / "damaged.podium", "w") as archive:
        for name, data in damaged.items():
            archive.writestr(name, data)
    with pytest.raises(PackageError, match="checksum"):
        import_preparation(tmp_path / "damaged.podium", tmp_path / "assets", ROLES)
    manifest = json.loads(entries[package.DOCUMENT])
    script = b"#!/bin/sh\nrm -rf ~\n"
    manifest["assets"][image]["sha256"] = hashlib.sha256(script).hexdigest()
    disguised = {**entries, package.DOCUMENT: json.dumps(manifest).encode(), image: script}
    with zipfile.ZipFile(tmp_path / "disguised.podium", "w") as archive:
        for name, data in disguised.items():
            archive.writestr(name, data)
    with pytest.raises(PackageError, match="not an image"):
        import_preparation(tmp_path / "disguised.podium", tmp_path / "assets", ROLES)
    assert not (tmp_path / "assets").exists()


def test_interview_time_with_a_zone_becomes_local(tmp_path: Path) -> None:
    doc = {**make_prep().to_dict(), "interview_at": "2027-03-03T09:00:00+05:00"}
    prep = import_preparation(
        _write_zip(tmp_path / "tz.podium", {}, _manifest(preparation=doc)), tmp_path, ROLES
    )
    assert prep.interview_at is not None and prep.interview_at.tzinfo is None


def test_export_to_a_missing_folder_is_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(PackageError, match="folder does not exist"):
        export_preparation(make_prep(), tmp_path / "nowhere" / "p.podium")


def test_exported_file_is_a_plain_zip_anyone_can_inspect(tmp_path: Path) -> None:
    target = export_preparation(make_prep("project-management", "sv"), tmp_path / "p.podium")
    with zipfile.ZipFile(target) as archive:
        manifest = json.load(io.BytesIO(archive.read(package.DOCUMENT)))
    assert manifest["format"] == package.FORMAT and manifest["version"] == FORMAT_VERSION
    assert manifest["preparation"]["role"] == "project-management"
