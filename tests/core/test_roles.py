"""The role registry: shipped roles pair a template folder with a plug-in package; a folder alone is
a role without data slots; a broken plug-in is refused with a message that says what to fix."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import podium.roles
from podium.core.errors import RoleError
from podium.core.roles import RolePlugin, catalogue, discover, get_role, load_roles, register

ROLE_TOML = 'id = "{id}"\n[name]\nen = "Name"\n[task]\nen = "Task"\n'
DECK = '[[slide]]\nkey = "one"\ntitle = "One"\n'


def role_folder(root: Path, role_id: str) -> Path:
    folder = root / role_id
    folder.mkdir(parents=True)
    (folder / "role.toml").write_text(ROLE_TOML.format(id=role_id), encoding="utf-8")
    (folder / "deck.en.toml").write_text(DECK, encoding="utf-8")
    return folder


@pytest.fixture
def role_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder searched as part of podium.roles, as PODIUM_ROLE_PATH makes one."""
    folder = tmp_path / "more-roles"
    folder.mkdir()
    monkeypatch.setattr(podium.roles, "__path__", [*podium.roles.__path__, str(folder)])
    yield folder
    for name in [m for m in sys.modules if m.startswith("podium.roles.") and m.count(".") == 2]:
        if name.rpartition(".")[2] not in ("finance", "marketing", "project_management"):
            del sys.modules[name]
    catalogue.cache_clear()


def test_every_shipped_role_has_its_plug_in_and_its_folder() -> None:
    roles = catalogue()
    assert list(roles) == ["marketing", "finance", "project-management"]
    for role in roles.values():
        assert role.plugin is not None and role.plugin.id == role.id
        assert role.plugin.blocks and role.plugin.load_cli and role.plugin.panel and role.plugin.cli_options
        assert (role.folder / "role.toml").is_file() and role.folder.name == role.id


def test_a_template_folder_alone_is_a_role_without_data_slots(tmp_path: Path) -> None:
    role_folder(tmp_path, "teaching")
    role = load_roles(tmp_path)["teaching"]
    assert role.plugin is None and role.deck_template("sv")["slide"][0]["title"] == "One"


def test_a_package_found_on_the_role_path_plugs_in(role_path: Path, tmp_path: Path) -> None:
    package = role_path / "teaching"
    package.mkdir()
    templates = role_folder(tmp_path / "templates", "teaching")
    (package / "__init__.py").write_text(
        "from pathlib import Path\nfrom podium.core.roles import RolePlugin\n"
        f"ROLE = RolePlugin(id='teaching', templates=Path({str(templates)!r}))\n",
        encoding="utf-8",
    )
    assert discover()["teaching"].templates == templates
    catalogue.cache_clear()
    assert get_role("teaching").folder == templates


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("X = 1\n", "declares no ROLE"),
        ("from podium.core.roles import RolePlugin\nROLE = RolePlugin(id='tutor')\n", "the names must match"),
        ("import no_such_module_anywhere\n", "cannot be loaded"),
    ],
)
def test_a_broken_role_package_is_refused_by_name(role_path: Path, source: str, message: str) -> None:
    package = role_path / "teaching"
    package.mkdir()
    (package / "__init__.py").write_text(source, encoding="utf-8")
    with pytest.raises(RoleError, match=f"role package 'teaching' .*{message}"):
        discover()


def test_a_plug_in_needs_a_template_folder() -> None:
    with pytest.raises(RoleError, match="has no template folder"):
        load_roles(plugins={"teaching": RolePlugin(id="teaching")})


def test_a_plug_in_whose_folder_cannot_be_read_leaves_the_catalogue_as_it_was(tmp_path: Path) -> None:
    before = list(catalogue())
    plugin = RolePlugin(id="teaching", templates=tmp_path / "missing")
    with pytest.raises(RoleError, match="cannot read role template"):
        register(plugin)
    assert list(catalogue()) == before
    wrong = role_folder(tmp_path, "tutor")
    with pytest.raises(RoleError, match="names a template folder of role 'tutor'"):
        register(dataclasses.replace(plugin, templates=wrong))
    assert list(catalogue()) == before
