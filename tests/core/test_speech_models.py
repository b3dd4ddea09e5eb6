"""Installing the transcription model once: from a download, an archive or a folder, with
progress and a SHA-256 check; a failed install leaves the previous model in place."""

from __future__ import annotations

import hashlib
import io
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from podium.core.errors import Cancelled
from podium.core.progress import Tracker
from podium.core.speech.engine import status
from podium.core.speech.models import ModelError, install_model, installed_model, remove_model
from tests.site_server import Site, serve

FILES = {
    "model.bin": b"\x00" * 300_000,
    "config.json": b"{}",
    "tokenizer.json": b"{}",
    "vocabulary.json": b"[]",
}


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve()


def _archive(files: dict[str, bytes], top: str = "whisper-base") -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(f"{top}/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


class Reports(Tracker):
    def __init__(self) -> None:
        super().__init__()
        self.fractions: list[float] = []

    def report(self, fraction: float, message: str = "") -> None:
        super().report(fraction, message)
        self.fractions.append(fraction)


def test_a_download_is_checked_reported_and_installed(site: Site, tmp_path: Path) -> None:
    data = _archive(FILES)
    site.page("/base.tar.gz", data, "application/gzip")
    progress = Reports()
    digest = hashlib.sha256(data).hexdigest()
    done = install_model(f"{site.url}/base.tar.gz", tmp_path, progress, digest.upper())
    assert done.sha256 == digest and installed_model(tmp_path) == done.folder
    assert (done.folder / "model.bin").read_bytes() == FILES["model.bin"]
    assert progress.fractions == sorted(progress.fractions) and progress.fractions[-1] == 1.0
    assert len(progress.fractions) >= 2


def test_a_wrong_hash_installs_nothing_and_keeps_the_previous_model(site: Site, tmp_path: Path) -> None:
    folder = tmp_path / "have"
    folder.mkdir()
    for name, data in FILES.items():
        (folder / name).write_bytes(data)
    first = install_model(str(folder), tmp_path / "models", Tracker())
    site.page("/base.tar.gz", _archive({**FILES, "model.bin": b"other"}), "application/gzip")
    with pytest.raises(ModelError, match="not the one given: it was not installed"):
        install_model(f"{site.url}/base.tar.gz", tmp_path / "models", Tracker(), "0" * 64)
    assert installed_model(tmp_path / "models") == first.folder
    assert (first.folder / "model.bin").read_bytes() == FILES["model.bin"]
    assert [p.name for p in (tmp_path / "models").iterdir()] == ["whisper"]  # no leftovers


def test_sources_the_user_has_and_what_is_refused(tmp_path: Path, site: Site) -> None:
    zipped = tmp_path / "base.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        for name, data in FILES.items():
            z.writestr(name, data)
    models = tmp_path / "models"
    assert (
        install_model(str(zipped), models, Tracker()).sha256
        == hashlib.sha256(zipped.read_bytes()).hexdigest()
    )
    remove_model(models)
    assert installed_model(models) is None
    lacking = tmp_path / "lacking.tar.gz"
    lacking.write_bytes(_archive({"model.bin": b"x"}))
    cases = [
        (str(lacking), None, "lacks config.json, tokenizer.json, vocabulary.json"),
        (f"{site.url}/base.tar.gz", None, "needs its SHA-256"),
        (str(zipped), "abc", "64 hexadecimal characters"),
        (str(tmp_path / "none.tar.gz"), None, "does not exist"),
        (str(tmp_path / "notes.txt"), None, "is not a model archive"),
        (f"{site.url}/missing.tar.gz", "0" * 64, "could not be downloaded"),
        ("", None, "Choose a model"),
    ]
    (tmp_path / "notes.txt").write_text("x", "utf-8")
    for source, digest, words in cases:
        with pytest.raises(ModelError, match=words):
            install_model(source, models, Tracker(), digest)
    assert installed_model(models) is None


def test_cancel_stops_the_install_and_leaves_nothing(tmp_path: Path) -> None:
    archive = tmp_path / "base.tar.gz"
    archive.write_bytes(_archive({**FILES, "model.bin": bytes(range(256)) * 20_000}))
    progress = Tracker()
    progress.cancel()
    with pytest.raises(Cancelled):
        install_model(str(archive), tmp_path / "models", progress)
    assert list((tmp_path / "models").iterdir()) == []


def test_status_says_what_transcription_needs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from podium.core.speech import engine

    monkeypatch.setattr(engine, "engine_installed", lambda: False)
    missing = status(tmp_path)
    assert not missing.ready and "install podium[transcribe]" in missing.message
    assert "speaking time and pauses work without it" in missing.message
    monkeypatch.setattr(engine, "engine_installed", lambda: True)
    assert "needs a speech model" in status(tmp_path).message and engine.load_engine(tmp_path) is None
    folder = tmp_path / "have"
    folder.mkdir()
    for name, data in FILES.items():
        (folder / name).write_bytes(data)
    install_model(str(folder), tmp_path, Tracker())
    ready = status(tmp_path)
    assert ready.ready and ready.model == tmp_path / "whisper" and "ready" in ready.message
    loaded = engine.load_engine(tmp_path)
    assert loaded is not None and loaded.model_dir == tmp_path / "whisper"
