"""The window's start-up scan is ``temoin recover``: it also applies a consent cut a
crash left owed, so the Library never shows audio the law said to delete."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.integration.test_commit_protocol import _record
from tests.ui.conftest import wait_for
from ui.main_window import MainWindow
from ui.options import Settings


def test_the_window_finishes_a_consent_cut_a_crash_left_owed(qtbot: QtBot, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    # Killed once the call was saved, before the consent decision (cut at the transfer)
    # was even journaled: only the reconciler knows it is owed.
    killed = _record(lib, "cut", "sidecar.written:kill")
    assert killed.returncode != 0
    rec_dir = next((lib / "recordings").iterdir())
    settings = Settings(tmp_path / "ui-settings.json")
    settings.set("user_name", "Marie Test")
    settings.set("first_run_done", True)
    win = MainWindow(settings=settings, library_root=lib)
    win.library_page.quiet = True
    qtbot.addWidget(win)
    win.show()
    wait_for(qtbot, lambda: win.ready and win.recovered, 30)
    page = win.library_page
    wait_for(qtbot, lambda: page.proxy.rowCount() == 1, 10)
    page.select(rec_dir.name)
    wait_for(qtbot, lambda: page.current is not None, 10)
    assert page.current is not None
    audio = page.current["recording"]["audio"]
    assert audio["duration_s"] == 8.0  # cut at the transfer: the refusing newcomer is gone
    kinds = [e["kind"] for e in page.current["recording"]["events"]]
    assert "truncated" in kinds
