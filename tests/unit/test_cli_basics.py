"""The command line's basic promises: version, no-display message, clean errors."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from recorder import __version__
from tests.helpers.cli_run import ROOT, temoin


def test_version_prints_the_package_version() -> None:
    out = temoin("--version", app=True, timeout=60)
    assert out.returncode == 0
    assert out.stdout.strip() == f"temoin {__version__}"


def test_no_display_says_so_instead_of_aborting() -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    out = temoin(env=env, app=True, timeout=60)
    assert out.returncode == 5
    assert "No display found" in out.stderr
    assert "temoin demo" in out.stderr
    assert "Traceback" not in out.stderr


def test_unknown_command_is_a_usage_error() -> None:
    out = temoin("no-such-command", app=True, timeout=60)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr


def test_missing_portaudio_is_explained_with_exit_4(tmp_path: Path) -> None:
    # A sounddevice stand-in that fails to load its library exactly as the real one does.
    fake = tmp_path / "sounddevice.py"
    fake.write_text("raise OSError('PortAudio library not found')\n")
    env = dict(os.environ, PYTHONPATH=f"{tmp_path}{os.pathsep}{ROOT}")
    out = temoin("devices", env=env, app=True, timeout=60)
    assert out.returncode == 4
    assert "sudo apt-get install libportaudio2" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("path", sorted((ROOT / "recorder").rglob("*.py")), ids=lambda p: p.name)
def test_core_never_imports_qt_or_ui(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            assert name.split(".")[0] not in {"PySide6", "shiboken6", "ui"}, f"{path}: {name}"


def test_importing_the_cli_loads_no_qt() -> None:
    code = "import sys, recorder.cli; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "False"
