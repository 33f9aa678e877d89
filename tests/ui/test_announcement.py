"""The announcement is noted when the user says they are reading it, and answers wait for it."""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import Qt
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from tests.ui.conftest import FIXTURES, announce, wait_audio, wait_for
from ui import session as session_module
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


# The consent buttons and the event each one posts.
BUTTONS = {
    "announce_button": "announced",
    "agreed_button": "granted",
    "refused_button": "refused",
    "transfer_button": "transferred",
    "withdraw_button": "withdrawn",
}


def _offered(window: MainWindow) -> set[str]:
    """The consent events the window lets the user post now (enabled and on screen)."""
    rp = window.recording_page
    kinds = {
        kind
        for name, kind in BUTTONS.items()
        if getattr(rp, name).isEnabled() and getattr(rp, name).isVisibleTo(rp)
    }
    if rp.pause_button.isEnabled():
        kinds.add("resumed" if rp.pause_button.isChecked() else "paused")
    return kinds


def _core_allows(window: MainWindow) -> frozenset[str]:
    session = window.session
    assert session is not None
    assert session._call is not None
    return session._call.allowed_actions()


def _settled(window: MainWindow, expected: set[str]) -> bool:
    session = window.session
    return _offered(window) == expected and session is not None and not session._pending


def test_the_window_offers_only_what_the_cores_consent_rules_take_at_each_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No consent rule lives in the window: each step's buttons are a subset of
    ``Call.allowed_actions()``, and the core's wider table reaches the window (a transfer
    before anyone answered, a pause while waiting for the answer)."""
    # 40 s of speech, played in real time: the steps never outrun the input on a slow machine.
    speech, rate = sf.read(FIXTURES / "consent_fr_granted.wav", dtype="int16")
    long_call = tmp_path / "long_call.wav"
    sf.write(long_call, np.concatenate([speech] * 4), rate, subtype="PCM_16")
    page = window.new_call_page
    page.counterpart_combo.setCurrentText("Swisscom")
    page.set_input_file(long_call)
    page.start_button.click()
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    rp = window.recording_page

    steps: list[tuple[str, set[str]]] = []

    def step(name: str, expected: set[str]) -> None:
        try:
            wait_for(qtbot, lambda: _settled(window, expected), 5)
        except WaitTimeout:
            pytest.fail(f"{name}: offered {_offered(window)}, not {expected}")
        offered = _offered(window)
        assert offered <= _core_allows(window), name  # never a button the core refuses
        steps.append((name, offered))

    step("nobody told yet", {"announced", "transferred"})
    announce(qtbot, window)
    step("told, no answer", {"granted", "refused", "transferred", "paused"})
    rp.pause_button.click()  # a card number spelled out while they think it over
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "paused")
    step("paused before any answer", {"resumed"})  # no "withdrew": they never agreed
    rp.pause_button.click()
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    step("resumed, still no answer", {"granted", "refused", "transferred", "paused"})
    assert "When they have answered, click their answer" in rp.consent_label.text()
    rp.agreed_button.click()
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "consented")
    step("agreed", {"withdrawn", "transferred", "paused"})
    rp.pause_button.click()
    step("paused after agreeing", {"resumed", "withdrawn"})
    rp.pause_button.click()
    rp.transfer_button.click()  # while the resume is on its way: nothing else is taken
    step("resumed", {"withdrawn", "transferred", "paused"})
    assert "transferred" not in _kinds(window)
    # However slow this machine, the second click counts as a double click's.
    monkeypatch.setattr(session_module, "REPEAT_GUARD_S", 600.0)
    rp.transfer_button.click()
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    step("someone new", {"announced", "transferred", "paused"})
    assert not rp.agreed_button.isEnabled()
    rp.transfer_button.click()  # the second half of a double click: nobody new
    qtbot.wait(300)
    assert _kinds(window).count("transferred") == 1

    assert [k for k in _kinds(window) if k != "start"][:7] == [
        "announced",
        "paused",
        "resumed",
        "granted",
        "paused",
        "resumed",
        "transferred",
    ]
    rp.stop_button.click()
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page)
