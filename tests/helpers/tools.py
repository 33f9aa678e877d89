"""System tools the tests drive (poppler, Chromium): found, or skipped with what to install.

Under CI (``TEMOIN_REQUIRE_AUDIO=1``, set by ``.ci/run``) a missing tool fails
the test instead: a skip there would hide an untested capability.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

STRICT = os.environ.get("TEMOIN_REQUIRE_AUDIO") == "1"

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    # Without these Chromium tries to reach the network at start (none here, none wanted).
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-logging=stderr",
    "--v=0",
)


def need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} not found; install the Debian package {package}"
        if STRICT:
            pytest.fail(message)
        pytest.skip(message)
    return path


def run_chromium(
    tmp_path: Path, *args: str, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """Headless Chromium with a throwaway profile and no network; stderr holds the console."""
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    return subprocess.run(
        [
            need("chromium", "chromium"),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'chromium-profile'}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=check,
    )


def console_lines(stderr: str) -> list[str]:
    """The page's console messages Chromium logged (errors from scripts, blocked loads)."""
    return [line for line in stderr.splitlines() if "CONSOLE" in line]
