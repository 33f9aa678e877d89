"""The announcement is noted when the user says they are reading it, and answers wait for it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import FIXTURES, announce, wait_audio, wait_for
from ui.main_window import MainWindow


def _kinds(window: MainWindow) -> list[str]:
    assert window.session is not None
    return [str(e.get("kind")) for e in window.session.events]


def test_the_announcement_is_noted_when_read_not_when_recording_starts(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.new_call_page
    page.counterpart_combo.setCurrentText("Swisscom")
    page.set_input_file(FIXTURES / "consent_fr_granted.wav")
    page.start_button.click()
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    rp = window.recording_page
    assert rp.announce_button.isEnabled()
    assert not rp.agreed_button.isEnabled()
    assert not rp.refused_button.isEnabled()
    assert "Ctrl+L" in rp.consent_label.text()

    wait_audio(qtbot, window, 1.0)
    qtbot.keyClick(rp, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # no answer yet
    qtbot.wait(300)
    assert window.session is not None
    assert window.session.phase == "announcing"
    assert "announced" not in _kinds(window)

    read_from = window.session.recorded_seconds
    announce(qtbot, window, key=True)
    wait_for(qtbot, lambda: "announced" in _kinds(window))
    told = next(e for e in window.session.events if e["kind"] == "announced")
    assert float(told["seconds"]) >= read_from  # when it was read, not 00:00
    assert not rp.announce_button.isEnabled()
    qtbot.keyClick(rp, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(300)
    assert _kinds(window).count("announced") == 1  # once per person

    rp.agreed_button.click()
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "consented")
    rp.stop_button.click()
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page)
    assert window.outcome is not None
    assert window.outcome.assessment is not None
    verdict = window.outcome.assessment["verdict_text"]
    said = window.after_call_page.kept_label.text()
    assert said.index("Recording saved") < said.index(html.escape(verdict))  # news, then why
