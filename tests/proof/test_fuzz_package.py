"""Fuzz the preparation-file importer: any bytes, damaged real files, and real files with mutated documents.

Whatever comes in, ``import_preparation`` either refuses with ``PackageError``
or returns a preparation that Podium can lay out, export, save, reload and
show in the main window. Nothing is written outside the assets folder.
"""

from __future__ import annotations

import copy
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from podium.core.model import ImageBlock
from podium.core.render.layout import layout_deck
from podium.core.roles import catalogue
from podium.core.storage import package
from podium.core.storage.package import PackageError, export_preparation, import_preparation
from podium.core.storage.store import Store
from podium.export.pptx_writer import build_presentation
from podium.ui.window.main_window import MainWindow
from tests.helpers import make_prep
from tests.proof.profile import PROFILE
from tests.ui.conftest import Dialogs

ROLES = set(catalogue())
FUZZ = settings(
    max_examples=PROFILE.examples,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _real_package(folder: Path) -> bytes:
    prep = make_prep("project-management", "sv")
    Image.new("RGB", (16, 16), "#E15554").save(folder / "logo.png")
    prep.research["company"] = {"logo": str(folder / "logo.png")}
    prep.deck.slides[1].blocks.append(ImageBlock(path=str(folder / "logo.png"), alt="logga"))
    return export_preparation(prep, folder / "real.podium").read_bytes()


_CACHE: dict[str, bytes] = {}


def _template(factory: pytest.TempPathFactory) -> bytes:
    if "package" not in _CACHE:
        _CACHE["package"] = _real_package(factory.mktemp("template"))
    return _CACHE["package"]


def _survives(prep_file: Path, assets: Path) -> str:
    """Import; if accepted, the preparation must lay out, export, save and reload."""
    try:
        prep = import_preparation(prep_file, assets, ROLES)
    except PackageError as exc:
        assert prep_file.name in str(exc) or "Cannot" in str(exc)
        return "refused"
    layout_deck(prep.deck, language=prep.language, brand=prep.brand_color, footer=prep.company)
    build_presentation(prep).save(io.BytesIO())
    with Store(assets.parent / "fuzz.sqlite3") as store:
        store.save(prep)
        assert store.load(prep.id).to_dict() == prep.to_dict()
    for path in assets.rglob("*"):
        assert path.resolve().is_relative_to(assets.resolve())
    return "read"


@FUZZ
@given(data=st.binary(max_size=4000))
def test_any_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    (folder / "x.podium").write_bytes(data)
    _survives(folder / "x.podium", folder / "assets")


@FUZZ
@example(cuts=[(0.125, b"\x00")], keep=1.0)  # a damaged deflate stream raised zlib.error past the importer
@given(cuts=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)), min_size=1, max_size=6),
       keep=st.floats(0.0, 1.0))  # fmt: skip
def test_damaged_real_files(
    tmp_path_factory: pytest.TempPathFactory, cuts: list[tuple[float, bytes]], keep: float
) -> None:
    data = bytearray(_template(tmp_path_factory))
    for where, junk in cuts:
        at = int(where * (len(data) - 1))
        data[at : at + len(junk)] = junk
    data = data[: max(1, int(len(data) * keep))] if keep < 0.999 else data
    folder = tmp_path_factory.mktemp("damaged")
    (folder / "d.podium").write_bytes(bytes(data))
    event(_survives(folder / "d.podium", folder / "assets"))


def _mutate(document: dict[str, Any], draw: st.DrawFn) -> dict[str, Any]:
    """Replace a few values somewhere in the document with arbitrary JSON."""
    doc = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 4))):
        node: Any = doc
        while True:
            keys = list(node.keys()) if isinstance(node, dict) else list(range(len(node)))
            if not keys:
                break
            key = draw(st.sampled_from(keys))
            child = node[key]
            if isinstance(child, dict | list) and child and draw(st.integers(0, 9)) < 8:  # mostly deep
                node = child
                continue
            node[key] = draw(JSON)
            break
    return doc


@st.composite
def mutated_manifest(draw: st.DrawFn) -> dict[str, Any]:
    prep = make_prep(draw(st.sampled_from(sorted(ROLES))), draw(st.sampled_from(["en", "sv"])))
    return {
        "format": package.FORMAT,
        "version": 1,
        "preparation": _mutate(prep.to_dict(), draw),
        "assets": {},
    }


@FUZZ
@given(manifest=mutated_manifest())
def test_real_files_with_mutated_documents(
    tmp_path_factory: pytest.TempPathFactory, manifest: dict[str, Any]
) -> None:
    folder = tmp_path_factory.mktemp("mutated")
    with zipfile.ZipFile(folder / "m.podium", "w") as archive:
        archive.writestr(package.DOCUMENT, json.dumps(manifest, allow_nan=True))
    event(_survives(folder / "m.podium", folder / "assets"))


@settings(max_examples=max(10, PROFILE.examples // 6), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])  # fmt: skip
@given(manifest=mutated_manifest())
def test_accepted_files_open_in_the_main_window(
    window: MainWindow, dialogs: Dialogs, tmp_path_factory: pytest.TempPathFactory, manifest: dict[str, Any]
) -> None:
    folder = tmp_path_factory.mktemp("window")
    with zipfile.ZipFile(folder / "w.podium", "w") as archive:
        archive.writestr(package.DOCUMENT, json.dumps(manifest, allow_nan=True))
    dialogs.errors.clear()
    from podium.ui.window.package_actions import import_file

    import_file(window, str(folder / "w.podium"))
    event("refused" if dialogs.errors else "opened")
    if dialogs.errors:
        assert dialogs.errors[0][0] == "Cannot import"
        return
    assert window.workspace is not None
    tabs = window.workspace.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        tabs.currentWidget().grab()
    window.show_library()
