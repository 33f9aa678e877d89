"""Verifying a bundle of a call the app could not finish: the window says what holds."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.helpers.cli_run import temoin
from tests.helpers.crash import env_for, export_json, kill_mid_call
from tests.ui.conftest import wait_for
from ui.main_window import MainWindow


def test_a_recovered_bundle_verifies_and_says_its_hash_was_taken_at_recovery(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    lib = tmp_path / "other-lib"  # someone else's recording, sent as a bundle
    rec_dir = kill_mid_call(lib)
    assert temoin("recover", env=env_for(lib)).returncode == 0
    export_json(lib, rec_dir.name, tmp_path / "sent.zip")
    page = window.library_page
    page.verify(tmp_path / "sent.zip")
    wait_for(qtbot, lambda: page.last_verify is not None, 60)
    assert page.last_verify.ok, page.last_verify.failures
    text = window.message_bar.text
    assert "taken at recovery" in text
    assert "before the last checkpoint matches the hash taken while recording" in text
    assert window.message_bar.level == "info"
