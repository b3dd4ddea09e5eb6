"""The .desktop entry and the AppStream metainfo: valid for the freedesktop tools, one app id."""

from __future__ import annotations

import configparser
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from podium import __version__, paths
from tests.packaging.conftest import tool

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{paths.APP_ID}.desktop"
METAINFO = LINUX / f"{paths.APP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_appstreamcli_validates_the_metainfo() -> None:
    run = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr


def test_desktop_file_validate_accepts_the_entry() -> None:
    run = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


def test_one_reverse_dns_id_everywhere() -> None:
    root = ET.parse(METAINFO).getroot()
    entry = desktop_entry()
    assert paths.APP_ID == "se.podium.Podium"
    assert root.findtext("id") == paths.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert entry["Icon"] == paths.APP_ID
    assert (ROOT / "resources" / "icons" / f"{paths.APP_ID}.svg").is_file()
    assert (ROOT / "packaging" / "icons" / "hicolor" / "scalable" / "apps" / f"{paths.APP_ID}.svg").is_file()


def test_the_entry_starts_the_installed_command() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    root = ET.parse(METAINFO).getroot()
    assert desktop_entry()["Exec"].split()[0] in scripts
    assert root.findtext("provides/binary") in scripts
    # Qt names X11 windows after the application name; the dock groups them under this entry.
    assert desktop_entry()["StartupWMClass"] == paths.APP_NAME


def test_metainfo_releases_this_version_and_speaks_swedish() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.find("releases/release").get("version") == __version__
    assert root.find(f"summary[@{XML_LANG}='sv']") is not None
    assert root.findall(f"description/p[@{XML_LANG}='sv']")
    entry = desktop_entry()
    assert entry["Comment[sv]"] and entry["GenericName[sv]"] and entry["Keywords[sv]"]
