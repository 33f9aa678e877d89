"""The after-call page says what to check before the next call: a two-track call whose
other party's track heard nothing all call shows that warning there (in the window's
language, in plain words: no channel, no decibels), with the check that fits where that
track came from (an output, or a second input such as a phone adapter); a call where they
were heard shows none. Real calls on the real sound server."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import soundfile as sf
from pytestqt.qtbot import QtBot

from recorder.call import SILENT_OTHER_PARTY, CallWarning
from tests.helpers.virtual_audio import (
    ADAPTER_DESCRIPTION,
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
    assert warning.details["kind"] == "output"
    label = window.after_call_page.warnings_label
    assert label.isVisible()
    text = label.text()
    assert text == core_bridge.describe_warning(warning)
    assert text.startswith("Nothing was heard from the other party during the whole call: ")
    assert f"“{SPEAKER_DESCRIPTION}”" in text
    assert "the output chosen for the other party" in text
    assert "phone adapter" not in text  # an output: nothing to plug into the phone
    assert "channel" not in text
    assert "dBFS" not in text
    # The command line's words keep the figures (or say the track was all zeros).
    assert warning.text.startswith("Nothing was heard from the other party on channel 2 (“")
    if warning.details["total_silence"]:
        assert "total silence" in text
        assert "total silence, not a sound" in warning.text
        assert "dBFS" not in warning.text
    else:
        assert "only a very faint sound" in text
        assert f"{warning.details['dbfs']:.0f} dBFS" in warning.text
    assert MIC_DESCRIPTION not in text  # your track was heard: not named


def test_a_silent_phone_adapter_is_checked_at_the_phone_not_at_an_output(
    call_devices: VirtualAudio, qtbot: QtBot, tmp_path: Path
) -> None:
    """A second input for the other party (a USB phone adapter) that heard nothing: no
    output is involved, so the advice is to check the adapter's connection to the phone."""
    from recorder.call import silent_tracks
    from recorder.capture import Recorder
    from recorder.endpoints import find_input
    from recorder.pulse import PulseSource
    from recorder.twotrack import TwoTrackSource

    # Nothing is played into the speaker the adapter hears: its track stays silent.
    source = TwoTrackSource(
        PulseSource(find_input(MIC_DESCRIPTION)), PulseSource(find_input(ADAPTER_DESCRIPTION))
    )
    rec = Recorder(source, tmp_path / "lib", {}, stop_after_frames=RATE)
    rec.start()
    try:
        assert rec.wait(20)
        result = rec.stop()
        (warning,) = silent_tracks(rec)
    finally:
        rec.release()
    assert result.outcome == "completed"
    assert warning.code == SILENT_OTHER_PARTY
    assert warning.details["kind"] == "input"
    assert warning.details["source"] == ADAPTER_DESCRIPTION
    assert warning.details["total_silence"] is (warning.details["dbfs"] <= -120.0)
    assert warning.text.startswith(
        f"Nothing was heard from the other party on channel 2 (“{ADAPTER_DESCRIPTION}”, an "
        "input) during the whole call: "
    )
    assert "a phone adapter connected to the phone" in warning.text
    assert "output" not in warning.text
    assert install_translations("en")
    text = core_bridge.describe_warning(warning)
    assert f"“{ADAPTER_DESCRIPTION}”" in text
    assert "if it is a phone adapter, that it is connected to the phone" in text
    assert "output" not in text
    assert "channel" not in text
    assert "dBFS" not in text


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


def _silent(kind: str, dbfs: float) -> CallWarning:
    return CallWarning(
        SILENT_OTHER_PARTY,
        "Nothing was heard from the other party on channel 2 … (English)",
        {
            "channel": 2,
            "source": "Haut-parleurs %1",
            "kind": kind,
            "dbfs": dbfs,
            "total_silence": dbfs <= -120.0,
        },
    )


def test_the_warning_is_said_in_the_windows_language(qtbot: QtBot) -> None:
    output, adapter = _silent("output", -96.4), _silent("input", -120.0)
    assert install_translations("en")
    assert core_bridge.describe_warning(output) == (
        "Nothing was heard from the other party during the whole call: only a very faint "
        "sound on “Haut-parleurs %1”, too quiet to be a voice. Before the next call, check "
        "that the call's sound goes to the output chosen for the other party, or put the "
        "call on loudspeaker."
    )
    assert core_bridge.describe_warning(adapter).startswith(
        "Nothing was heard from the other party during the whole call: there was total "
        "silence on “Haut-parleurs %1”. Before the next call, check that this input hears "
        "the call: if it is a phone adapter, that it is connected to the phone;"
    )
    # A file's channel: what was heard, and no device to check.
    assert core_bridge.describe_warning(_silent("file", -120.0)).endswith(
        "there was total silence on “Haut-parleurs %1”."
    )
    assert install_translations("fr")
    text = core_bridge.describe_warning(output)
    assert text.startswith("Rien n'a été entendu de votre interlocuteur pendant tout l'appel")
    assert "« Haut-parleurs %1 »" in text  # the device's name, as it is
    assert "sortie choisie pour votre interlocuteur" in text
    assert "adaptateur téléphonique" in core_bridge.describe_warning(adapter)
    assert "silence total" in core_bridge.describe_warning(adapter)
    assert install_translations("de")
    text = core_bridge.describe_warning(adapter)
    assert text.startswith("Vom Gegenüber war während des ganzen Anrufs nichts zu hören")
    assert "«Haut-parleurs %1»" in text
    assert "Telefonadapter" in text
    assert install_translations("it")
    text = core_bridge.describe_warning(output)
    assert "su «Haut-parleurs %1»" in text
    assert "uscita scelta per l'interlocutore" in text
    assert "adattatore telefonico" in core_bridge.describe_warning(adapter)
    for lang in ("en", "fr", "de", "it"):
        assert install_translations(lang)
        for warning in (output, adapter):
            said = core_bridge.describe_warning(warning)
            assert "dBFS" not in said
            assert not any(figure in said for figure in ("96", "120"))  # no figures shown
            assert "%" not in said.replace("Haut-parleurs %1", "")  # every placeholder filled
    # A warning this window does not know keeps the core's own words.
    other = CallWarning("something_new", "Something new to check.")
    assert core_bridge.describe_warning(other) == "Something new to check."
