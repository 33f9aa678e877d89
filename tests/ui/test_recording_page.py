"""The recording page on its own: keys and labels stay what the tooltips and README say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recorder.consent import ConsentSession
from ui.recording_page import RecordingPage

KEYS = {
    "announce": "Ctrl+L",
    "agreed": "Ctrl+Y",
    "refused": "Ctrl+N",
    "transfer": "Ctrl+T",
    "pause": "Ctrl+P",
    "stop": "Ctrl+E",
}


@pytest.fixture
def page(qtbot: QtBot) -> RecordingPage:
    rp = RecordingPage()
    qtbot.addWidget(rp)
    with qtbot.waitActive(rp):  # a button's key works in the active window only
        rp.show()
    return rp


def test_ctrl_p_pauses_and_resumes_again_and_again(qtbot: QtBot, page: RecordingPage) -> None:
    page.set_phase("consented")
    for paused in (True, False, True, False):
        # A key "clicks" the button after a short animation: wait for the signal.
        with qtbot.waitSignal(page.pause_toggled, timeout=2000) as toggled:
            qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert toggled.args == [paused]
        page.set_phase("paused" if paused else "consented")  # what the session answers
        assert page.pause_button.shortcut().toString() == "Ctrl+P"
        assert page.pause_button.toolTip().endswith("(Ctrl+P)")
    assert page.pause_button.toolTip() == "Pause (sensitive data) (Ctrl+P)"


@pytest.mark.parametrize(
    "phases",
    [
        ("consented", "paused", "consented"),
        ("announcing", "device_lost", "consented", "stopping"),
        ("paused", "device_lost", "paused", "consented"),
    ],
)
def test_every_button_keeps_its_key_whatever_the_phase(
    page: RecordingPage, phases: tuple[str, ...]
) -> None:
    for phase in phases:
        page.set_phase(phase)
        for name, key in KEYS.items():
            button = getattr(page, f"{name}_button")
            assert button.shortcut().toString() == key, (phase, name)
            assert button.toolTip().endswith(f"({key})"), (phase, name)


def test_ctrl_l_says_the_announcement_is_being_read_and_enables_the_answers(
    qtbot: QtBot, page: RecordingPage
) -> None:
    page.reset("Bonjour, ici Marie Test.")
    core = ConsentSession(8000)
    page.set_allowed(core.allowed())  # what the window passes on before anyone is told
    assert not page.agreed_button.isEnabled()
    assert not page.refused_button.isEnabled()
    with qtbot.waitSignal(page.announce_requested, timeout=2000):
        qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    core.apply("announced", 0)  # what the window does once the session noted it
    page.set_allowed(core.allowed())
    assert page.agreed_button.isEnabled()
    assert page.refused_button.isEnabled()
    assert not page.announce_button.isEnabled()
