"""Deleting a call's audio from the library: asked first, done for good, the log stays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recorder.capture import FileSource, Recorder
from recorder.library import Library
from tests.ui.conftest import FIXTURES, wait_for
from ui.main_window import MainWindow


def test_deleting_the_audio_asks_then_keeps_only_the_log(qtbot: QtBot, window: MainWindow) -> None:
    source = FileSource(FIXTURES / "telephony_8k.wav")
    rec = Recorder(source, window.library_root, {"profile": "ch"})
    rec.start()
    rec.wait(10)
    result = rec.stop()
    with Library.open(window.library_root) as lib:
        lib.import_recording(result.dir)
    page = window.library_page
    window.nav.setCurrentRow(1)
    page.refresh(select=result.id)
    wait_for(qtbot, lambda: page.current is not None and page.current["id"] == result.id)
    assert page.delete_button.isEnabled()

    asked: list[str] = []
    page.confirm_delete = lambda title: asked.append(title) or False  # type: ignore[method-assign]
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked
    assert result.wav.exists()  # "No": nothing happens

    page.confirm_delete = lambda title: True  # type: ignore[method-assign]
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: "is deleted" in window.message_bar.text)
    assert not result.wav.exists()
    wait_for(qtbot, lambda: page.current is not None and not page.delete_button.isEnabled())
    assert not page.play_button.isEnabled()
    assert not page.export_button.isEnabled()
    with Library.open(window.library_root, readonly=True) as lib:
        info = lib.get(result.id)
    assert info["recording"]["outcome"] == "discarded"
    assert [c["action"] for c in info["custody"]][-1] == "audio_deleted"
