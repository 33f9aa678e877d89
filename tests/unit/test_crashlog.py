"""Crash logs: one writer for every face, owner-only, named for the face and the moment."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from recorder import __version__
from recorder.crashlog import CLI_PREFIX, UI_PREFIX, write_crash_log


def _raised() -> ValueError:
    try:
        raise ValueError("boom")
    except ValueError as exc:
        return exc


@pytest.mark.parametrize("prefix", [CLI_PREFIX, UI_PREFIX])
def test_a_crash_log_is_owner_only_and_holds_the_version_and_trace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefix: str
) -> None:
    monkeypatch.setenv("TEMOIN_LOG_DIR", str(tmp_path / "logs"))
    path = write_crash_log(_raised(), prefix)
    assert path is not None
    assert path.parent == tmp_path / "logs"
    assert re.fullmatch(rf"{prefix}-\d{{8}}T\d{{6}}Z-{os.getpid()}\.log", path.name)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"temoin {__version__}\nTraceback (most recent call last):\n")
    assert text.rstrip().endswith("ValueError: boom")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_an_unwritable_log_folder_is_not_a_second_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("TEMOIN_LOG_DIR", str(blocker / "logs"))
    assert write_crash_log(_raised(), CLI_PREFIX) is None
