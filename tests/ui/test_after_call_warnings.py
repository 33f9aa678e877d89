"""The after-call page says what to check before the next call: a two-track call whose
other party's track heard nothing all call shows that warning there (in the window's
language); a call where they were heard shows none. Real calls on the real sound server."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import soundfile as sf
from pytestqt.qtbot import QtBot

from recorder.call import SILENT_OTHER_PARTY, CallWarning
from tests.helpers.virtual_audio import (
    MIC_DESCRIPTION,
    MIC_SINK,
    SPEAKER,
    SPEAKER_DESCRIPTION,
    VirtualAudio,
)
from tests.ui.conftest import FIXTURES, wait_audio, wait_for
from ui import core_bridge
from ui.i18n import install_translations
from ui.main_window import MainWindow

pytestmark = pytest.mark.audio

RATE = 48000


def _clip(tmp_path: Path, fixture: str, start_s: float, end_s: float) -> Path:
    data, rate = sf.read(str(FIXTURES / fixture), dtype="int16")
    assert rate == RATE
    out = tmp_path / f"clip-{start_s:g}-{end_s:g}.wav"
    sf.write(out, data[int(start_s * rate) : int(end_s * rate)], rate, subtype="PCM_16")
    return out


def _start_two_track_call(qtbot: QtBot, window: MainWindow) -> None:
    page = window.new_call_page
    assert page.mode_buttons["computer"].isChecked()
    wait_for(qtbot, lambda: page.selected_voice() is not None and page.selected_other() is not None)
    assert page.other_combo.currentText() == f"{SPEAKER_DESCRIPTION} (default)"
    page.counterpart_combo.setCurrentText("Swisscom")
    page.purpose_combo.setCurrentIndex(page.purpose_combo.findData("support"))
    page.language_combo.setCurrentIndex(page.language_combo.findData("fr"))
    assert page.close_probe()  # the page's meters off: only the call listens
    window.start_call(page.setup())
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    assert window.session is not None
    assert window.session.tracks == 2


def _stop(qtbot: QtBot, window: MainWindow) -> None:
    window.recording_page.stop_button.click()
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page, 20)


def _played(player: subprocess.Popen[bytes]) -> None:
    _out, err = player.communicate(timeout=30)
    assert player.returncode == 0, err


def test_a_call_whose_other_party_was_never_heard_says_so_after_the_call(
    qtbot: QtBot, call_devices: VirtualAudio, window: MainWindow, tmp_path: Path
) -> None:
    _start_two_track_call(qtbot, window)
    you = _clip(tmp_path, "consent_fr_granted.wav", 0.0, 2.0)
    player = call_devices.play_into(MIC_SINK, you)  # you speak; the speaker stays silent
    _played(player)
    wait_audio(qtbot, window, 2.0)
    _stop(qtbot, window)

    assert window.outcome is not None
    (warning,) = window.outcome.warnings
    assert warning.code == SILENT_OTHER_PARTY
    assert warning.details["channel"] == 2
    label = window.after_call_page.warnings_label
    assert label.isVisible()
    text = label.text()
    assert text.startswith("Nothing was heard from the other party on channel 2 (“")
    assert SPEAKER_DESCRIPTION in text
    assert f"{warning.details['dbfs']:.0f} dBFS" in text
    assert MIC_DESCRIPTION not in text  # your track was heard: not named


def test_a_call_where_the_other_party_was_heard_shows_no_warning(
    qtbot: QtBot, call_devices: VirtualAudio, window: MainWindow, tmp_path: Path
) -> None:
    _start_two_track_call(qtbot, window)
    them = _clip(tmp_path, "consent_de_granted.wav", 0.3, 2.5)
    player = call_devices.play_into(SPEAKER, them)
    _played(player)
    wait_audio(qtbot, window, 2.5)
    _stop(qtbot, window)

    assert window.outcome is not None
    assert window.outcome.warnings == []
    assert not window.after_call_page.warnings_label.isVisible()
    assert window.after_call_page.warnings_label.text() == ""


def test_the_warning_is_said_in_the_windows_language(qtbot: QtBot) -> None:
    warning = CallWarning(
        SILENT_OTHER_PARTY,
        "Nothing was heard from the other party on channel 2 … (English)",
        {"channel": 2, "source": "Haut-parleurs %1", "dbfs": -96.4},
    )
    assert install_translations("fr")
    text = core_bridge.describe_warning(warning)
    assert text.startswith("Rien n'a été entendu de votre interlocuteur sur le canal 2")
    assert "« Haut-parleurs %1 »" in text  # the device's name, as it is
    assert "-96 dBFS" in text
    assert install_translations("de")
    assert core_bridge.describe_warning(warning).startswith("Vom Gegenüber war auf Kanal 2 («")
    assert install_translations("it")
    assert "nulla sul canale 2 («Haut-parleurs %1»)" in core_bridge.describe_warning(warning)
    # A warning this window does not know keeps the core's own words.
    other = CallWarning("something_new", "Something new to check.")
    assert core_bridge.describe_warning(other) == "Something new to check."
