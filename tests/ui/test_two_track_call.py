"""A call on this computer through the window, on the real sound server: a virtual headset
microphone and a virtual speaker (what a softphone plays) are the defaults; a fixture is
played into each. Both meters, the sound test, the silence alarm, the answer heard on the
other party's track and "They agreed" placed where it began; a lost output continued on."""

from __future__ import annotations

import contextlib
import json
import subprocess
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.virtual_audio import (
    MIC_DESCRIPTION,
    MIC_SINK,
    SPEAKER,
    SPEAKER_DESCRIPTION,
    VirtualAudio,
)
from tests.ui.conftest import FIXTURES, announce, wait_audio, wait_for
from ui.main_window import MainWindow
from ui.meter import LevelMeter

pytestmark = pytest.mark.audio

RATE = 48000
SCREENS = Path("/tmp/screens")
ALARM_S = 3.0  # the window's 20 s, shortened for the test
PLAYER_LATENCY_MS = 200


def _clip(tmp_path: Path, fixture: str, start_s: float, end_s: float, name: str) -> Path:
    data, rate = sf.read(str(FIXTURES / fixture), dtype="int16")
    assert rate == RATE
    out = tmp_path / name
    sf.write(out, data[int(start_s * rate) : int(end_s * rate)], rate, subtype="PCM_16")
    return out


class Levels:
    """Every reading a meter shows, with when it came (monotonic)."""

    def __init__(self, meter: LevelMeter) -> None:
        self.readings: list[tuple[float, float]] = []
        meter.level_changed.connect(
            lambda peak, _rms: self.readings.append((time.monotonic(), peak))
        )

    def loudest(self, since: float, until: float | None = None) -> float:
        end = time.monotonic() if until is None else until
        return max((p for t, p in self.readings if since <= t <= end), default=-120.0)


def _played(player: subprocess.Popen[bytes]) -> None:
    _out, err = player.communicate(timeout=30)
    assert player.returncode == 0, err


def _wait_listed(qtbot: QtBot, win: MainWindow) -> None:
    page = win.new_call_page
    wait_for(qtbot, lambda: page.selected_voice() is not None and page.selected_other() is not None)
    assert page.device_combo.currentText() == f"{MIC_DESCRIPTION} (default)"
    assert page.other_combo.currentText() == f"{SPEAKER_DESCRIPTION} (default)"


def _fill_form(win: MainWindow) -> None:
    page = win.new_call_page
    page.counterpart_combo.setCurrentText("Swisscom")
    page.purpose_combo.setCurrentIndex(page.purpose_combo.findData("support"))
    page.language_combo.setCurrentIndex(page.language_combo.findData("fr"))


def _sidecar(win: MainWindow) -> dict[str, Any]:
    assert win.outcome is not None
    assert win.outcome.rec_dir is not None
    return json.loads((win.outcome.rec_dir / "recording.json").read_text(encoding="utf-8"))


def _onset(track: np.ndarray, after_s: float) -> float:
    """Where sound begins on ``track`` after ``after_s``: the first 10 ms above -40 dBFS."""
    win = RATE // 100
    start = int(after_s * RATE)
    for i in range(start, len(track) - win, win):
        block = track[i : i + win].astype(np.float64) / 32768.0
        if np.sqrt(np.mean(block * block)) > 0.01:
            return i / RATE
    raise AssertionError("no sound on the track after the announcement")


def test_a_call_on_this_computer_records_both_voices_and_follows_each(
    qtbot: QtBot, call_devices: VirtualAudio, window: MainWindow, tmp_path: Path
) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    you = _clip(tmp_path, "consent_fr_granted.wav", 0.0, 6.0, "you.wav")  # reading the text
    them = _clip(tmp_path, "consent_de_granted.wav", 6.0, 8.2, "them.wav")  # their answer
    window.silence_alarm_s = ALARM_S
    page = window.new_call_page
    assert page.mode_buttons["computer"].isChecked()  # a new user's default
    assert page.other_combo.isVisible()
    _wait_listed(qtbot, window)

    # The sound test, before the call: only you are heard.
    mine, theirs = Levels(page.meter), Levels(page.other_meter)
    began = time.monotonic()
    player = call_devices.play_into(MIC_SINK, you, PLAYER_LATENCY_MS)
    page.test_button.click()
    assert not page.test_button.isEnabled()
    assert page.check_label.text().startswith("Listening (5 s)")
    wait_for(qtbot, page.test_button.isEnabled, 10)
    assert page.check_label.text() == (
        "We hear nothing from the other party: start the call or check the output."
    )
    assert mine.loudest(began) > -40
    assert theirs.loudest(began) <= -60
    window.grab().save(str(SCREENS / "new-call-sound-test.png"))
    _played(player)

    # The call: both meters, each labelled.
    _fill_form(window)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    session = window.session
    assert session is not None
    rp = window.recording_page
    assert session.tracks == 2
    assert rp.other_meter.isVisible()
    assert rp.you_label.text() == "You"
    assert rp.other_label.text() == "The other party"
    assert window.settings.get("call_mode") == "computer"
    assert window.settings.get("other_party") == f"{SPEAKER}.monitor"

    mine, theirs = Levels(rp.meter), Levels(rp.other_meter)
    wait_audio(qtbot, window, 0.5)
    announce(qtbot, window)  # you read the text: only your voice is heard
    began = time.monotonic()
    player = call_devices.play_into(MIC_SINK, you, PLAYER_LATENCY_MS)
    wait_for(qtbot, rp.silence_alarm.isVisible, ALARM_S + 8)
    assert rp.silence_alarm.text() == ("⚠  We hear nothing from the other party: check the output.")
    assert not rp.answer_label.isVisible()  # your voice is not their answer
    assert mine.loudest(began) > -40
    assert theirs.loudest(began) <= -60  # what you say does not move their meter
    window.grab().save(str(SCREENS / "recording-page-silence-alarm.png"))
    _played(player)

    # They answer: their meter moves alone, the alarm clears, the window says when.
    began = time.monotonic()
    player = call_devices.play_into(SPEAKER, them, PLAYER_LATENCY_MS)
    wait_for(qtbot, rp.answer_label.isVisible, 10)
    assert rp.answer_label.text().startswith("The other party spoke at 00:")
    answer_s = session.answer_s
    assert answer_s is not None
    wait_for(qtbot, lambda: not rp.silence_alarm.isVisible(), 5)
    wait_for(qtbot, lambda: theirs.loudest(began) > -40, 5)
    window.grab().save(str(SCREENS / "recording-page-other-party-spoke.png"))
    _played(player)
    assert mine.loudest(began) <= -60  # what they say does not move yours
    wait_audio(qtbot, window, answer_s + 2.5)  # the user clicks a while after they spoke
    qtbot.mouseClick(rp.agreed_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: session.phase == "consented")
    assert rp.consent_label.text() == "They agreed. The call is recorded with their consent."

    # Both at once, for the picture of both meters.
    both = time.monotonic()
    players = [
        call_devices.play_into(MIC_SINK, you, PLAYER_LATENCY_MS),
        call_devices.play_into(
            SPEAKER,
            _clip(tmp_path, "consent_de_granted.wav", 0.3, 5.0, "de.wav"),
            PLAYER_LATENCY_MS,
        ),
    ]
    wait_for(qtbot, lambda: rp.meter.peak_dbfs > -30 and rp.other_meter.peak_dbfs > -30, 8)
    window.grab().save(str(SCREENS / "recording-page-both-meters.png"))
    assert mine.loudest(both) > -40
    assert theirs.loudest(both) > -40
    for p in players:
        _played(p)
    qtbot.keyClick(rp, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Stop
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page, 20)

    sidecar = _sidecar(window)
    assert sidecar["audio"]["channels"] == 2
    assert [(t["party"], t["source"]) for t in sidecar["tracks"]] == [
        ("you", MIC_DESCRIPTION),
        ("other", SPEAKER_DESCRIPTION),
    ]
    events = {e["kind"]: e for e in sidecar["events"]}
    pcm, _ = sf.read(str(window.outcome.rec_dir / "original.wav"), dtype="int16", always_2d=True)
    heard = _onset(pcm[:, 1], events["announced"]["seconds"])
    print(f"their answer: sound at {heard:.3f} s, detected at {answer_s:.3f} s")
    assert abs(answer_s - heard) <= 0.3, (answer_s, heard)
    granted = events["granted"]["seconds"]
    print(f"“They agreed” logged at {granted:.3f} s")
    # An event never goes before one already logged: a clock correction or a gap logged
    # between their answer and the click (a loaded machine) holds it there.
    held = [
        e["seconds"]
        for e in sidecar["events"]
        if e["kind"] in ("clock_correction", "gap") and answer_s < e["seconds"] <= granted
    ]
    assert abs(granted - max([answer_s, *held])) <= 0.3, (granted, answer_s, sidecar["events"])


def _kill_their_stream() -> str:
    """End the app's recording of what the speaker plays, as a vanished output would
    (libpulse's kill of a record stream: pactl has no command for it)."""
    import pulsectl
    from pulsectl import _pulsectl

    kill = pulsectl.Pulse._pulse_method_call(_pulsectl.pa.context_kill_source_output)
    with pulsectl.Pulse("temoin test") as pulse:
        speaker = next(s.index for s in pulse.source_list() if s.name == f"{SPEAKER}.monitor")
        streams = pulse.source_output_list()
        ours = [
            o.index
            for o in streams
            if o.source == speaker and o.proplist.get("application.name") == "Témoin"
        ]
        assert ours
        before = [(o.index, o.source, o.proplist.get("application.name")) for o in streams]
        # The fault is the server's ending the stream: under load pipewire-pulse was seen
        # to acknowledge a kill and leave the stream running (still listed, still
        # delivering, 15 s on). Only then is the kill sent again: the app cannot be
        # asked to notice a loss that did not happen.
        kills = 0
        for _ in range(3):
            for index in ours:
                with contextlib.suppress(pulsectl.PulseOperationFailed):
                    kill(pulse, index)
            kills += 1
            deadline = time.monotonic() + 2.0
            while time.monotonic() < deadline:
                left = {o.index for o in pulse.source_output_list()} & set(ours)
                if not left:
                    break
                time.sleep(0.05)
            else:
                continue
            break
    return (
        f"before the kill: {before}; the speaker's monitor {speaker}; killed {ours} "
        f"({kills} kill(s) sent)"
    )


def _explain_no_loss(window: MainWindow, killed: str) -> None:
    """Print what the recorder, its streams and every thread were doing."""
    import faulthandler
    import sys

    import pulsectl

    rec = window.session._recorder if window.session is not None else None
    print(killed)
    print("session phase:", window.session.phase if window.session else None)
    if rec is not None:
        print("recorder:", rec.state, rec.frames_captured, [e.kind for e in rec.events])
    with pulsectl.Pulse("temoin test") as pulse:
        for o in pulse.source_output_list():
            print(
                "source output:",
                o.index,
                o.source,
                o.proplist.get("application.name"),
                o.proplist.get("application.process.id"),
                o.proplist.get("media.name"),
            )
        print("sources:", [(s.index, s.name) for s in pulse.source_list()])
    faulthandler.dump_traceback(file=sys.__stderr__, all_threads=True)


def test_a_lost_output_is_named_and_the_call_goes_on_with_both_tracks(
    qtbot: QtBot, call_devices: VirtualAudio, window: MainWindow, tmp_path: Path
) -> None:
    page = window.new_call_page
    _wait_listed(qtbot, window)
    _fill_form(window)
    assert page.close_probe()  # the meters off, none still opening: only the call is on it
    window.start_call(page.setup())
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    wait_audio(qtbot, window, 1.0)
    killed = _kill_their_stream()
    try:
        wait_for(
            qtbot, lambda: window.session is not None and window.session.phase == "device_lost"
        )
    except Exception:
        with contextlib.suppress(Exception):
            _explain_no_loss(window, killed)  # a failure in CI says what the recorder was doing
        raise
    rp = window.recording_page
    assert rp.state_label.text() == "⚠  SOUND LOST — NOT RECORDING"
    assert window.windowTitle().startswith("⚠ SOUND LOST")
    assert "the other party" in window.message_bar.text
    assert rp.other_device_combo.isVisible()
    wait_for(qtbot, lambda: rp.other_device_combo.currentText() == SPEAKER_DESCRIPTION)
    assert rp.device_combo.currentText() == MIC_DESCRIPTION
    rp.continue_button.click()
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    assert "Recording again" in window.message_bar.text
    before = window.session.recorded_seconds
    wait_audio(qtbot, window, before + 1.0)
    rp.stop_button.click()
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page, 20)
    sidecar = _sidecar(window)
    assert sidecar["audio"]["channels"] == 2
    kinds = [e["kind"] for e in sidecar["events"]]
    assert "device_lost" in kinds
    assert "segment_start" in kinds


@pytest.fixture
def soundcard_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows' path (soundcard's list and streams) on this PipeWire server."""
    monkeypatch.setenv("TEMOIN_AUDIO_BACKEND", "soundcard")


def test_on_the_soundcard_backend_the_new_call_page_lists_both_sides_and_meters_them(
    qtbot: QtBot,
    call_devices: VirtualAudio,
    soundcard_backend: None,
    window: MainWindow,
    tmp_path: Path,
) -> None:
    from recorder.loopback import SoundcardSource

    page = window.new_call_page
    assert page.mode_buttons["computer"].isChecked()
    _wait_listed(qtbot, window)
    assert page._endpoints.server == "PulseAudio (soundcard)"
    assert page.server_note.isHidden()
    wait_for(qtbot, lambda: len(page._probes) == 2 and not page._opening)
    assert all(isinstance(p.source, SoundcardSource) for p in page._probes)
    mine, theirs = Levels(page.meter), Levels(page.other_meter)
    began = time.monotonic()
    players = [
        call_devices.play_into(
            MIC_SINK, _clip(tmp_path, "consent_fr_granted.wav", 0.0, 2.0, "you.wav")
        ),
        call_devices.play_into(
            SPEAKER, _clip(tmp_path, "consent_de_granted.wav", 0.3, 2.3, "them.wav")
        ),
    ]
    wait_for(qtbot, lambda: mine.loudest(began) > -40 and theirs.loudest(began) > -40, 8)
    for p in players:
        _played(p)
    print(f"meters: you {mine.loudest(began):.1f} dBFS, them {theirs.loudest(began):.1f} dBFS")
    setup = page.setup()
    assert setup.two_tracks
    assert setup.voice == "temoin_mic_in"
    assert setup.other_party == f"{SPEAKER}.monitor"
