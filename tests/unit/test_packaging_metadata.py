"""The desktop metadata (desktop entry, AppStream, icons) is valid and agrees with the code."""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from recorder import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "ch.temoin.Temoin"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()  # noqa: S314 - our own committed file


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (CI installs it; see .ci/run)")
    return path


def test_metainfo_newest_release_is_the_code_version() -> None:
    releases = _metainfo().findall("./releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == __version__


def test_one_app_id_everywhere() -> None:
    root = _metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert _desktop_entry()["Icon"] == APP_ID
    assert f'APP_ID = "{APP_ID}"' in (PACKAGING / "temoin.spec").read_text(encoding="utf-8")


def test_desktop_entry_starts_the_windowed_executable() -> None:
    entry = _desktop_entry()
    assert entry["Exec"].split()[0] == "temoin-gui"
    assert entry["Terminal"] == "false"


def test_spec_names_the_version_from_the_code() -> None:
    spec = (PACKAGING / "temoin.spec").read_text(encoding="utf-8")
    assert "from recorder import __version__" in spec
    assert not re.search(r"version\s*=\s*[\"']\d", spec), "the spec must not hard-code a version"


def test_macos_bundle_asks_for_the_microphone_with_a_reason() -> None:
    spec = (PACKAGING / "temoin.spec").read_text(encoding="utf-8")
    assert '"NSMicrophoneUsageDescription"' in spec


def test_metainfo_screenshots_exist_in_docs() -> None:
    images = [img.text or "" for img in _metainfo().findall("./screenshots//image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[-1]).is_file(), url


def test_icon_set_has_every_size_rendered_from_the_svg() -> None:
    assert (ICONS / "temoin.svg").is_file()
    for size in ICON_SIZES:
        data = (ICONS / f"temoin-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size)


def test_desktop_file_validates() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_validates() -> None:
    # --no-net: the screenshot URLs are checked for form, never fetched.
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
