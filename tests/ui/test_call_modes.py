"""How the call is made, on the New call page: what each way records, which devices it
offers, the sound test's words, and the choice kept for the next call. The sound server's
lists are given at the edge (the real ones: tests/ui/test_two_track_call.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from recorder.devices import InputDevice
from recorder.endpoints import Endpoint, Endpoints
from tests.ui.conftest import FIXTURES, wait_for
from ui.call_setup import NewCallPage
from ui.main_window import MainWindow
from ui.options import Settings
from ui.recording_page import RecordingPage
from ui.tracks import Verdict

MIC = Endpoint("alsa_input.usb-headset", "USB headset", True)
ADAPTER = Endpoint("alsa_input.usb-phone", "Phone line adapter", False)
SPEAKERS = Endpoint("alsa_output.speakers.monitor", "Speakers", True, "alsa_output.speakers")
HDMI = Endpoint("alsa_output.hdmi.monitor", "HDMI screen", False, "alsa_output.hdmi")
SERVER = Endpoints((MIC, ADAPTER), (SPEAKERS, HDMI), "PulseAudio (on PipeWire 1.0)")


def _page(qtbot: QtBot, mode: str) -> NewCallPage:
    page = NewCallPage("en")
    qtbot.addWidget(page)
    page.load("ch", "fr", "", list_devices=False, call_mode=mode)
    page._devices_listed([InputDevice(3, "pipewire", "ALSA", 64, 48000.0, True)], None)
    page._endpoints_listed(SERVER, None)
    return page


def _items(combo: object) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]


def test_a_phone_on_loudspeaker_is_one_microphone_and_the_page_says_where_to_put_it(
    qtbot: QtBot,
) -> None:
    page = _page(qtbot, "loudspeaker")
    assert page.mode_buttons["loudspeaker"].isChecked()
    assert "on loudspeaker, right next to this computer's microphone" in page.mode_hint.text()
    assert "Without the loudspeaker, the other party is not recorded" in page.mode_hint.text()
    assert page.other_combo.isHidden()
    assert page.other_meter.isHidden()
    assert _items(page.device_combo)[0] == "pipewire (default)"  # PortAudio's, as before
    setup = page.setup()
    assert not setup.two_tracks
    assert setup.device_index == 3
    assert setup.voice is None


@pytest.mark.parametrize(
    ("mode", "label", "theirs", "chosen"),
    [
        ("computer", "The other part&y", ["Speakers (default)", "HDMI screen"], "Speakers"),
        (
            "paired",
            "The other part&y",
            ["Speakers (default)", "HDMI screen", "Phone line adapter (input)"],
            "Speakers",
        ),
        ("adapter", "Phone &adapter", ["Phone line adapter"], "Phone line adapter"),
    ],
)
def test_each_way_of_calling_offers_where_the_other_party_is_heard(
    qtbot: QtBot, mode: str, label: str, theirs: list[str], chosen: str
) -> None:
    page = _page(qtbot, mode)
    assert not page.other_combo.isHidden()
    assert page.other_label.text() == label
    assert _items(page.device_combo)[:2] == ["USB headset (default)", "Phone line adapter"]
    assert _items(page.other_combo) == theirs
    setup = page.setup()
    assert setup.two_tracks
    assert setup.voice == MIC.name
    assert setup.other_party == next(
        e.name for e in SERVER.inputs + SERVER.outputs if e.description == chosen
    )


def test_an_audio_file_plays_as_one_track_whatever_the_way_of_calling(qtbot: QtBot) -> None:
    page = _page(qtbot, "computer")
    page.set_input_file(FIXTURES / "consent_fr_granted.wav")
    assert not page.setup().two_tracks
    assert not page.test_button.isEnabled()  # nothing to listen to before it plays


def test_without_a_sound_server_a_two_track_call_says_why_and_what_to_choose(
    qtbot: QtBot,
) -> None:
    from recorder.errors import AudioDeviceError

    page = NewCallPage("en")
    qtbot.addWidget(page)
    page.load("ch", "fr", "", list_devices=False, call_mode="computer")
    page._endpoints_listed(None, AudioDeviceError("No sound server answers."))
    assert not page.server_note.isHidden()
    assert page.server_note.text() == (
        "No sound server answers. Choose “Mobile phone on loudspeaker” to record with one "
        "microphone."
    )
    page.set_mode("loudspeaker")
    assert page.server_note.isHidden()


def test_without_recordable_outputs_the_other_party_is_an_input_and_the_page_says_so(
    qtbot: QtBot,
) -> None:
    """macOS: Core Audio loops no output back; a loopback driver (BlackHole) is an input.
    Which input hears the call only the user knows: the page guesses none (another
    microphone taken for the other party would record your voice twice, unwarned), and the
    call waits until one is chosen; a choice made before is kept."""
    blackhole = Endpoint("73", "BlackHole 2ch", False)
    builtin = Endpoint("71", "MacBook Pro Microphone", False)
    macos = Endpoints((MIC, builtin, blackhole), (), "Core Audio (soundcard)")
    page = NewCallPage("en")
    qtbot.addWidget(page)
    page.load("ch", "fr", "", list_devices=False, call_mode="computer")
    page.set_user_name("Marie Test")
    page.counterpart_combo.setCurrentText("Swisscom")
    page._endpoints_listed(macos, None)
    assert page.selected_voice() == MIC  # the headset: your voice
    assert _items(page.other_combo) == [
        "Choose the loopback input (e.g. BlackHole)…",
        "MacBook Pro Microphone (input)",
        "BlackHole 2ch (input)",
    ]
    assert page.other_combo.currentIndex() == 0
    assert page.selected_other() is None
    assert page.setup().other_party is None
    started: list[object] = []
    said: list[tuple[str, str]] = []
    page.start_requested.connect(started.append)
    page.message.connect(lambda text, kind: said.append((text, kind)))
    page.start_button.click()
    assert not started
    assert said == [
        (
            "Choose the loopback input the call's sound is sent to (such as BlackHole) as the "
            "other party: without it, the other party is not recorded.",
            "warning",
        )
    ]
    page.other_combo.setCurrentIndex(2)
    page.other_combo.activated.emit(2)  # as the user's pick
    assert page.setup().other_party == "73"
    page.start_button.click()
    assert len(started) == 1
    page._endpoints_listed(macos, None)  # listed again (Refresh): the choice stays
    assert page.setup().other_party == "73"
    # Remembered from the last call (the settings): restored, not asked again.
    again = NewCallPage("en")
    qtbot.addWidget(again)
    again.load("ch", "fr", "", list_devices=False, call_mode="computer", other_party="73")
    again._endpoints_listed(macos, None)
    assert again.other_combo.currentText() == "BlackHole 2ch (input)"
    assert again.setup().other_party == "73"
    # A phone adapter is an input by nature: offered as before, with no placeholder.
    page.set_mode("adapter")
    assert _items(page.other_combo) == ["MacBook Pro Microphone", "BlackHole 2ch"]
    page.set_mode("computer")
    assert page.setup().other_party == "73"
    assert not page.server_note.isHidden()
    assert "no output whose sound can be recorded" in page.server_note.text()
    assert "BlackHole" in page.server_note.text()
    page.set_mode("adapter")
    assert page.server_note.isHidden()


@pytest.mark.parametrize(
    ("mode", "levels", "said"),
    [
        ("loudspeaker", [-30.0], "The microphone hears you. Keep the phone on loudspeaker"),
        ("loudspeaker", [-90.0], "We hear nothing from your microphone"),
        ("computer", [-30.0, -120.0], "We hear nothing from the other party: start the call"),
        ("computer", [-30.0, -35.0], "Both sides are heard: you and the other party."),
    ],
)
def test_the_sound_test_listens_then_says_which_side_is_not_heard(
    qtbot: QtBot, mode: str, levels: list[float], said: str
) -> None:
    page = _page(qtbot, mode)
    page.preflight_s = 0.5
    page.test_sound()
    assert not page.test_button.isEnabled()
    assert page.check_label.text().startswith("Listening (1 s)")
    for meter, db in zip((page.meter, page.other_meter), levels, strict=False):
        meter.set_level(db + 6, db)
    wait_for(qtbot, page.test_button.isEnabled, 3)
    assert page.check_label.text().startswith(said)


def test_the_verdicts_are_plain_sentences(qtbot: QtBot) -> None:
    page = _page(qtbot, "computer")
    page.show_verdict(Verdict.NOTHING)
    assert page.check_label.text().startswith("We hear neither you nor the other party")


def test_a_silent_other_party_on_an_input_is_not_sent_to_check_an_output(
    qtbot: QtBot,
) -> None:
    page = _page(qtbot, "adapter")
    page.show_verdict(Verdict.OTHER_SILENT)
    assert "input chosen for them is connected to the phone" in page.check_label.text()
    assert "output" not in page.check_label.text()
    page.set_mode("computer")
    page.show_verdict(Verdict.OTHER_SILENT)
    assert page.check_label.text().endswith("start the call or check the output.")


def test_the_way_of_calling_is_the_next_calls_default(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.new_call_page
    assert page.mode_buttons["computer"].isChecked()  # a new user's default
    page.set_mode("loudspeaker")
    page.counterpart_combo.setCurrentText("Swisscom")
    page.set_input_file(FIXTURES / "consent_fr_granted.wav")
    window.start_call(page.setup())
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    rp = window.recording_page
    assert rp.other_meter.isHidden()  # one microphone: one meter
    assert rp.you_label.text() == "Microphone"
    saved = json.loads((tmp_path / "ui-settings.json").read_text(encoding="utf-8"))
    assert saved["call_mode"] == "loudspeaker"
    rp.stop_button.click()
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page)
    again = MainWindow(settings=Settings(tmp_path / "ui-settings.json"))
    qtbot.addWidget(again)
    again.start_background()
    assert again.new_call_page.mode_buttons["loudspeaker"].isChecked()


def test_the_recording_page_shows_the_alarm_and_the_answer_until_they_no_longer_apply(
    qtbot: QtBot,
) -> None:
    rp = RecordingPage()
    qtbot.addWidget(rp)
    rp.show()
    rp.reset("Bonjour")
    rp.set_tracks(2)
    assert rp.you_label.text() == "You"
    assert rp.other_meter.isVisible()
    rp.set_silence_alarm(True)
    assert rp.silence_alarm.isVisible()
    rp.set_answer_heard(14.2)
    assert rp.answer_label.text() == "The other party spoke at 00:14."
    assert rp.answer_label.isVisible()
    rp.set_phase("consented")
    assert not rp.answer_label.isVisible()  # asked and answered
    rp.set_tracks(1)
    assert not rp.silence_alarm.isVisible()  # one microphone: nothing to compare
