"""A lost microphone mid-call, consent ended by a transferred person or a withdrawal,
and the first-run dialog: driven through the window with fake devices at the edge."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recorder.capture import CLOSING_THREAD_NAMES, FileSource
from recorder.devices import PORTAUDIO_LOCK, InputDevice, portaudio_generation
from recorder.errors import AudioDeviceError
from recorder.levels import LevelProbe, LevelSink
from tests.helpers.fake_source import FakeSource
from tests.helpers.virtual_audio import VirtualAudio
from tests.ui.conftest import FIXTURES, announce, wait_audio, wait_for
from ui import core_bridge
from ui.first_run import FirstRunDialog, apply_system_language
from ui.i18n import install_translations
from ui.main_window import MainWindow
from ui.options import Settings

RATE = 48000
FIXTURE = FIXTURES / "consent_fr_granted.wav"


def _speech(seconds: float, start_s: float = 1.0) -> np.ndarray:
    data, rate = sf.read(str(FIXTURE), dtype="int16", always_2d=True)
    assert rate == RATE
    a = int(start_s * rate)
    return np.ascontiguousarray(data[a : a + int(seconds * rate)])


def _tone(seconds: float, hz: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (np.sin(2 * np.pi * hz * t) * 12000).astype(np.int16).reshape(-1, 1)


def _start(win: MainWindow, source: Any, fixture: str = "consent_fr_granted.wav") -> None:
    page = win.new_call_page
    page.counterpart_combo.setCurrentText("Swisscom")
    page.purpose_combo.setCurrentIndex(page.purpose_combo.findData("support"))
    page.language_combo.setCurrentIndex(page.language_combo.findData("fr"))
    page.set_input_file(FIXTURES / fixture)
    win.start_call(page.setup(), source=source)


def _phase(win: MainWindow) -> str:
    return "" if win.session is None else win.session.phase


def _sidecar(win: MainWindow) -> dict[str, Any]:
    assert win.outcome is not None
    assert win.outcome.rec_dir is not None
    return json.loads((win.outcome.rec_dir / "recording.json").read_text(encoding="utf-8"))


def test_lost_microphone_waits_for_the_user_then_continues_in_the_same_recording(
    qtbot: QtBot, window: MainWindow
) -> None:
    first = _speech(0.6)
    asked: list[tuple[int | None, int, int]] = []
    second = FakeSource.playing(_tone(0.4), rate=RATE, label="Laptop microphone (fake)", loop=True)

    def factory(index: int | None, rate: int, channels: int) -> Any:
        asked.append((index, rate, channels))
        if len(asked) == 1:  # the first choice records 16 kHz: the core refuses it
            return FakeSource.playing(_tone(0.4)[::3], rate=16000, label="Old webcam (fake)")
        return second

    window.source_factory = factory
    # The headset is gone from the list too: whatever this machine has, only the default.
    window.device_lister = list
    _start(window, FakeSource.playing(first, rate=RATE))
    rp = window.recording_page
    wait_for(qtbot, lambda: _phase(window) == "announcing")
    announce(qtbot, window)
    qtbot.keyClick(rp, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # They agreed
    wait_for(qtbot, lambda: _phase(window) == "device_lost", 10)

    # Visible everywhere, and nothing stopped by itself.
    assert window.is_recording
    qtbot.waitUntil(lambda: window.windowTitle().startswith("⚠ MIC LOST"), timeout=2000)
    assert rp.lost_frame.isVisible()
    assert not rp.agreed_button.isVisible()
    assert "LOST" in rp.state_label.text()
    bar = window.message_bar
    assert bar.level == "error"
    assert "saved" in bar.text
    assert "00:00" in bar.text
    labels = [b.text() for b in bar.action_buttons]
    assert labels == ["Continue on another microphone…", "End the call"]
    assert window.call_stack.currentWidget() is rp
    wait_for(qtbot, lambda: rp.device_combo.count() >= 1)  # the current devices, + default
    assert rp.device_combo.currentText() == "The system's default microphone"
    bar.action_buttons[0].click()
    assert QApplication.focusWidget() is rp.device_combo  # keyboard user lands on the list

    # A device in another format: the core's sentence, still lost, still a way out.
    qtbot.keyClick(rp.continue_button, Qt.Key.Key_Space)
    wait_for(qtbot, lambda: "16000 Hz" in rp.lost_status.text())
    assert _phase(window) == "device_lost"
    assert "16000 Hz" in bar.text
    assert len(bar.action_buttons) == 2
    assert rp.continue_button.isEnabled()

    # The next one fits: recording again, same file, back where the call was.
    rp.continue_button.click()
    wait_for(qtbot, lambda: _phase(window) == "consented")
    assert asked == [(None, RATE, 1), (None, RATE, 1)]
    assert not rp.lost_frame.isVisible()
    assert window.windowTitle().startswith("● REC")
    assert bar.level == "info"
    assert "Laptop microphone (fake)" in bar.text
    lost_at = window.session.recorded_seconds if window.session else 0.0
    wait_audio(qtbot, window, lost_at + 0.5)
    qtbot.keyClick(rp, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Stop
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page)

    sidecar = _sidecar(window)
    kinds = [e["kind"] for e in sidecar["events"]]
    assert kinds.index("device_lost") < kinds.index("segment_start")
    segments = sidecar["segments"]
    assert len(segments) == 2
    assert segments[0]["start_frame"] == 0
    assert segments[0]["frames"] == len(first)
    assert segments[1]["start_frame"] == len(first)
    assert segments[1]["device"] == "Laptop microphone (fake)"
    assert window.outcome is not None
    assert window.outcome.action == "kept"
    audio, rate = sf.read(str(window.outcome.rec_dir / "original.wav"), dtype="int16")
    assert rate == RATE
    assert len(audio) == sidecar["audio"]["frames"] == len(first) + segments[1]["frames"]
    assert np.array_equal(audio[: len(first)], first[:, 0])  # the headset, to the last frame
    tone = _tone(0.4)[:, 0]
    after = audio[len(first) :]
    assert len(after) >= RATE // 2
    assert np.array_equal(after[: len(tone)], tone)  # then the laptop microphone
    assert "2 parts" in window.after_call_page.kept_label.text()
    assert window.windowTitle() == "Témoin"


def test_a_library_deleted_mid_call_stops_the_call_and_says_where_the_audio_went(
    qtbot: QtBot, window: MainWindow
) -> None:
    import shutil

    speech = _speech(20.0)
    _start(window, FakeSource.playing(speech, rate=RATE))
    wait_for(qtbot, lambda: _phase(window) == "announcing")
    wait_audio(qtbot, window, 1.5)  # a checkpoint or two on disk
    session = window.session
    assert session is not None
    assert session.recorder is not None
    folder = session.recorder.dir
    shutil.rmtree(window.library_root)
    wait_for(qtbot, lambda: "was deleted, moved or made read-only" in window.message_bar.text)
    assert window.message_bar.level == "error"
    assert "The disk is full" not in window.message_bar.text  # not the wrong advice
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page, 20)
    rescued = window.library_root.parent / f"temoin-rescued-{folder.name}"
    wait_for(qtbot, lambda: str(rescued) in window.message_bar.text)
    audio, rate = sf.read(str(rescued / "original.wav"), dtype="int16")
    assert rate == RATE
    assert 0 < len(audio) < len(speech)  # stopped at once, not at the end of the call
    assert np.array_equal(audio, speech[: len(audio), 0])  # every frame captured


def test_ending_the_call_after_a_lost_microphone_keeps_what_was_recorded(
    qtbot: QtBot, window: MainWindow
) -> None:
    first = _speech(0.5)
    _start(window, FakeSource.playing(first, rate=RATE))
    wait_for(qtbot, lambda: _phase(window) == "device_lost", 10)
    bar = window.message_bar
    assert "microphone" in bar.text.lower()
    next(b for b in bar.action_buttons if b.text() == "End the call").click()
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page)
    outcome = window.outcome
    assert outcome is not None
    assert outcome.outcome == "device_lost"
    assert outcome.reason == "device_lost"
    assert "lost" in window.after_call_page.kept_label.text()
    assert bar.level == "error"
    assert not bar.action_buttons
    assert _sidecar(window)["audio"]["frames"] == len(first)
    assert window.windowTitle() == "Témoin"


def test_refusal_after_a_transfer_keeps_the_first_persons_part(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.new_call_page
    page.counterpart_combo.setCurrentText("Swisscom")
    page.set_input_file(FIXTURE)
    page.start_button.click()
    rp = window.recording_page
    wait_for(qtbot, lambda: _phase(window) == "announcing")
    announce(qtbot, window)
    wait_audio(qtbot, window, 0.4)
    rp.agreed_button.click()
    wait_for(qtbot, lambda: _phase(window) == "consented")
    wait_audio(qtbot, window, 0.9)
    rp.transfer_button.click()
    # Once the core applied it (the window follows the core's state).
    wait_for(
        qtbot,
        lambda: (
            window.session is not None
            and "transferred" in [e["kind"] for e in window.session.events]
        ),
    )
    wait_for(qtbot, lambda: _phase(window) == "announcing")
    announce(qtbot, window)
    wait_audio(qtbot, window, 1.4)
    rp.refused_button.click()
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page)
    outcome = window.outcome
    assert outcome is not None
    assert outcome.action == "truncated"
    sidecar = _sidecar(window)
    transfer = next(e for e in sidecar["events"] if e["kind"] == "transferred")
    assert sidecar["audio"]["frames"] == transfer["frame"]
    assert sf.info(str(outcome.rec_dir / "original.wav")).frames == transfer["frame"]
    text = window.after_call_page.kept_label.text()
    kept = f"{int(transfer['frame'] / RATE) // 60:02d}:{int(transfer['frame'] / RATE) % 60:02d}"
    assert "The part recorded with consent (" + kept in text
    assert "since the new person came on the line was deleted" in text
    assert "Say now:" in text


def test_withdrawal_stops_the_call_and_keeps_only_the_part_with_consent(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.new_call_page
    page.counterpart_combo.setCurrentText("Swisscom")
    page.set_input_file(FIXTURE)
    page.start_button.click()
    rp = window.recording_page
    wait_for(qtbot, lambda: _phase(window) == "announcing")
    assert not rp.withdraw_button.isVisible()  # nothing to withdraw before agreeing
    announce(qtbot, window)
    wait_audio(qtbot, window, 0.3)
    rp.agreed_button.click()
    wait_for(qtbot, lambda: rp.withdraw_button.isVisible())
    wait_audio(qtbot, window, 0.8)
    qtbot.keyClick(rp, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # They &withdrew
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page)
    outcome = window.outcome
    assert outcome is not None
    assert outcome.reason == "withdrawn"
    assert outcome.action == "truncated"
    sidecar = _sidecar(window)
    withdrawn = next(e for e in sidecar["events"] if e["kind"] == "withdrawn")
    assert sidecar["audio"]["frames"] == withdrawn["frame"] > 0
    assert "withdrew" in window.after_call_page.kept_label.text()
    lines = [rp.markers_list.item(i).text() for i in range(rp.markers_list.count())]
    assert any("Consent withdrawn" in line for line in lines)


def test_first_run_without_a_microphone_says_so_and_saves_the_choices(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "s.json")
    dialog = FirstRunDialog(settings, device_lister=list)  # a machine with no microphone
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for(qtbot, lambda: bool(dialog.mic_status.text()))
    assert "No microphone" in dialog.mic_status.text()
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("de"))
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("fr"))
    dialog.name_edit.setText("  Hans Muster ")
    dialog.accept()
    assert settings.get("ui_language") == "de"
    assert settings.get("home_profile") == "fr"
    assert settings.get("user_name") == "Hans Muster"
    assert settings.get("first_run_done") is True
    assert settings.get("device") == ""


def test_first_run_microphone_test_moves_the_meter(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.json")
    probes: list[LevelProbe] = []

    def probe(index: int | None, put: Any) -> LevelProbe:
        # The real probe and level sink, fed by the fixture at the pace of a microphone.
        p = LevelProbe(index, put, source=FileSource(FIXTURE, realtime=True))
        probes.append(p)
        return p

    mic = InputDevice(3, "Desk microphone (fake)", "ALSA", 1, 48000.0, True)
    dialog = FirstRunDialog(settings, probe_factory=probe, device_lister=lambda: [mic])
    qtbot.addWidget(dialog)
    wait_for(qtbot, lambda: dialog.device_combo.count() == 1)
    assert dialog.device_combo.currentText() == "Desk microphone (fake)"
    assert probes
    wait_for(qtbot, lambda: dialog.meter.peak_dbfs > -40, 10)  # the speech in the fixture
    dialog.accept()
    assert settings.get("device") == "Desk microphone (fake)"
    assert probes[-1]._source._stop.is_set()  # the probe was stopped with the dialog


def test_first_run_lists_the_real_microphone_and_hears_it(
    qtbot: QtBot, tmp_path: Path, virtual_audio: VirtualAudio
) -> None:
    """Through the real parts: PortAudio's list, the real probe, speech played into the
    virtual device's sink moves the meter."""
    settings = Settings(tmp_path / "s.json")
    dialog = FirstRunDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for(qtbot, lambda: dialog.device_combo.count() >= 1)
    names = [dialog.device_combo.itemText(i) for i in range(dialog.device_combo.count())]
    defaults = [d.name for d in core_bridge.list_devices() if d.is_default]
    assert defaults, names
    assert dialog.device_combo.currentText() == defaults[0], names
    player = virtual_audio.play(FIXTURE)
    try:
        wait_for(qtbot, lambda: dialog.meter.peak_dbfs > -40, 15)
    finally:
        player.kill()
        player.communicate()
    dialog.accept()
    assert settings.get("device") == defaults[0]


@pytest.fixture
def portaudio_on(own_audio: VirtualAudio) -> Iterator[VirtualAudio]:
    """This process's PortAudio on a private server the test may kill and restart; the
    environment and PortAudio's list are put back afterwards for the other tests. Ask for
    it before ``window``: PortAudio must not be re-initialised under a window listing it."""
    import os

    keys = ("XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS", "PIPEWIRE_RUNTIME_DIR")
    saved = {k: os.environ.get(k) for k in (*keys, "PULSE_RUNTIME_PATH")}
    own_audio.apply_to_process()
    # Through the app's own rescan: it waits for a meter still opening a device and closes
    # the open ones first (re-initialising PortAudio under a stream crashes the process).
    core_bridge.list_devices(rescan=True)
    try:
        yield own_audio
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        core_bridge.list_devices(rescan=True)


def _real_names() -> list[str]:
    return [d.name for d in core_bridge.list_devices()]  # PortAudio's list as it has it


def _refresh(qtbot: QtBot, page: Any) -> None:
    """Press Refresh once the listing before it is done (a disabled button ignores it)."""
    wait_for(qtbot, page.refresh_button.isEnabled)
    page.refresh_button.click()
    assert not page.refresh_button.isEnabled()
    wait_for(qtbot, page.refresh_button.isEnabled)


@pytest.fixture
def restarts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per re-initialisation of PortAudio (the real one still runs)."""
    import sounddevice as sd

    calls: list[int] = []
    real_terminate = sd._terminate

    def terminate() -> None:
        calls.append(1)
        real_terminate()

    monkeypatch.setattr(sd, "_terminate", terminate)
    return calls


def _kill_server_with_no_stream_open(qtbot: QtBot, audio: VirtualAudio) -> None:
    """The audio server goes, with no stream of ours on it. A stream open on a server that
    dies can trip PortAudio 19.6's endless error loop (upstream #1037): that case is
    ``test_refresh_says_why_the_list_is_old_when_a_stream_never_let_go``.

    Nor one being closed: a source leaves ``open_live_sources`` when its bounded close
    gives up (2 s), while its closing thread may still be inside the stream (a meter
    stopped as the window hid, aborted on its worker once open)."""
    from recorder.capture import closing_threads_report, open_live_sources

    def quiet() -> bool:
        closing = any(t.name in CLOSING_THREAD_NAMES for t in threading.enumerate())
        return not closing and not open_live_sources()

    while True:
        try:
            wait_for(qtbot, quiet, 10)
        except qtbot.TimeoutError as exc:
            raise AssertionError(
                f"a stream is still open or closing: {open_live_sources()}\n"
                f"{closing_threads_report()}"
            ) from exc
        # Held, no meter can be opening a stream (LevelProbe.start holds it throughout):
        # one starting as the server dies would be the stuck case.
        with PORTAUDIO_LOCK:
            if quiet():
                audio.kill_daemons()
                return


def test_refresh_asks_portaudio_again_for_the_microphones_there_are_now(
    qtbot: QtBot, portaudio_on: VirtualAudio, window: MainWindow
) -> None:
    page = window.new_call_page
    window.hide()  # no meter on the server this test kills (see the helper)
    _refresh(qtbot, page)
    there = [d.name for d in page._devices]
    assert any(d.is_default for d in page._devices), there

    # The audio server, and every microphone with it, gone. PortAudio alone would go on
    # listing (some of) what it saw when it started.
    _kill_server_with_no_stream_open(qtbot, portaudio_on)
    _refresh(qtbot, page)
    assert not page._devices, [d.name for d in page._devices]
    assert "No microphone was found" in window.message_bar.text

    portaudio_on.restart_server()  # plugged back in
    _refresh(qtbot, page)
    assert [d.name for d in page._devices] == there
    assert any(d.is_default for d in page._devices)


def test_the_settings_refresh_lists_the_microphones_there_are_now(
    qtbot: QtBot, portaudio_on: VirtualAudio, window: MainWindow
) -> None:
    window.hide()  # no meter on the server this test kills
    page = window.settings_page
    page.load()

    def listed() -> list[str]:
        return [str(page.device_combo.itemData(i)) for i in range(page.device_combo.count())]

    def refresh() -> None:
        wait_for(qtbot, page.refresh_button.isEnabled)
        page.refresh_button.click()
        wait_for(qtbot, page.refresh_button.isEnabled)

    refresh()
    there = listed()
    assert len(there) > 1, there  # "System default" and the server's microphones
    page.device_combo.setCurrentIndex(len(there) - 1)
    page.device_combo.activated.emit(len(there) - 1)  # as the user's pick
    chosen = page.device_combo.currentData()
    _kill_server_with_no_stream_open(qtbot, portaudio_on)
    refresh()
    # Only "System default" is there now, and the user's choice, said to be unplugged: a
    # Save meanwhile keeps it rather than quietly switching to the default.
    assert listed() == ["", chosen]
    assert page.device_combo.currentText() == f"{chosen} (not connected)"
    portaudio_on.restart_server()
    refresh()
    assert listed() == there
    assert page.device_combo.currentData() == chosen  # still the one the user picked


def test_a_device_is_found_by_the_name_it_was_listed_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rescan renumbers PortAudio's devices: the number a page shows may now be
    another microphone's. The name it was listed with decides."""
    import recorder.devices

    now = [
        InputDevice(0, "HDA Intel", "ALSA", 2, 48000.0, False),
        InputDevice(1, "USB headset", "ALSA", 1, 48000.0, False),  # plugged in since
        InputDevice(2, "pipewire", "ALSA", 64, 48000.0, True),
    ]
    monkeypatch.setattr(recorder.devices, "list_input_devices", lambda: now)
    assert recorder.devices.resolve_device(1, "pipewire") == 2  # listed as 1 before the rescan
    assert recorder.devices.resolve_device(1, "USB headset") == 1
    assert recorder.devices.resolve_device(None, "pipewire") is None  # the system default
    assert recorder.devices.resolve_device(5, None) == 5  # no name known: as given
    with pytest.raises(AudioDeviceError, match="“Desk mic” is no longer connected"):
        recorder.devices.resolve_device(1, "Desk mic")


def test_a_rescan_on_another_page_makes_the_new_call_page_list_again(
    qtbot: QtBot, virtual_audio: VirtualAudio, window: MainWindow
) -> None:
    page = window.new_call_page
    _refresh(qtbot, page)
    seen = portaudio_generation()
    assert page._listed_generation == seen
    window.stack.setCurrentWidget(window.settings_page)
    settings = window.settings_page
    wait_for(qtbot, settings.refresh_button.isEnabled)
    settings.refresh_button.click()
    wait_for(qtbot, lambda: portaudio_generation() == seen + 1)
    wait_for(qtbot, settings.refresh_button.isEnabled)
    window.stack.setCurrentIndex(window.stack.indexOf(window.call_stack))
    window.call_stack.setCurrentWidget(page)
    wait_for(qtbot, lambda: page._listed_generation == seen + 1)  # listed anew on show


def test_a_rescan_during_a_call_says_to_refresh_once_it_has_ended(
    qtbot: QtBot, virtual_audio: VirtualAudio, restarts: list[int], window: MainWindow
) -> None:
    from recorder.capture import LiveSource

    settings = window.settings_page
    window.stack.setCurrentWidget(settings)
    wait_for(qtbot, settings.refresh_button.isEnabled)
    call = LiveSource(None)  # a call's stream (what the window's call would hold)
    call.open()
    call.start(LevelSink(lambda _peak, _rms: None, 32768.0))
    try:
        settings.refresh_button.click()
        wait_for(qtbot, settings.refresh_button.isEnabled)
    finally:
        call.abort()
    assert restarts == []
    assert "press Refresh again once the call has ended" in window.message_bar.text
    assert settings.device_combo.count() > 1  # the list PortAudio had, still there


def test_refresh_says_why_the_list_is_old_when_a_stream_never_let_go(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    restarts: list[int],
    virtual_audio: VirtualAudio,
    window: MainWindow,
) -> None:
    """A stream whose close never returns (PortAudio stuck in a dead device): no
    re-initialisation under it, the list PortAudio had, and the way out in plain words."""
    page = window.new_call_page
    _refresh(qtbot, page)
    before = [d.name for d in page._devices]
    assert before
    restarts.clear()  # that Refresh re-initialised PortAudio, as it should
    monkeypatch.setattr(core_bridge, "CLOSE_WAIT_S", 0.2)
    release = threading.Event()
    name = CLOSING_THREAD_NAMES[0]
    stuck = threading.Thread(target=release.wait, name=name, daemon=True)
    stuck.start()  # as _run_bounded leaves a stream.abort() that never returned
    try:
        _refresh(qtbot, page)
        assert restarts == []
        assert [d.name for d in page._devices] == before
        assert "close Témoin and open it again" in window.message_bar.text
        assert window.message_bar.level == "warning"
    finally:
        release.set()
        stuck.join(2)
    _refresh(qtbot, page)  # the close returned after all: a real rescan again
    assert restarts == [1]
    assert [d.name for d in page._devices] == before


def test_closing_the_window_waits_for_a_meter_still_opening_its_device(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, virtual_audio: VirtualAudio, window: MainWindow
) -> None:
    """The meter opens its device on a worker. A window closed meanwhile waits for it:
    else the stream is opened, and aborted, after the window is gone, and after the test
    suite's check for open streams, whose own abort of it then races the meter's (two
    aborts of one stream leave PortAudio inside Pa_AbortStream for good)."""
    page = window.new_call_page
    page.set_mode("loudspeaker")  # one microphone: PortAudio's meter (a two-track call's are
    wait_for(qtbot, lambda: page.selected_device()[0] is not None)  # the sound server's)
    opening, release = threading.Event(), threading.Event()
    probes: list[LevelProbe] = []

    class SlowToOpen(FakeSource):
        def open(self) -> None:
            opening.set()
            release.wait(10)  # an audio server slow to answer
            super().open()

    source = SlowToOpen.playing(_tone(0.4), rate=RATE, loop=True)

    def probe(index: int | None, put: Any, device_name: str | None = None) -> LevelProbe:
        probes.append(LevelProbe(index, put, source=source))
        return probes[-1]

    monkeypatch.setattr(core_bridge, "level_probe", probe)
    page._restart_probe()
    assert opening.wait(10), "the meter's worker did not start opening"
    threading.Timer(0.3, release.set).start()
    window.close()  # no event processed from here on: the close itself must have waited
    assert probes[0].wait(0), "the window closed with its meter still opening the device"
    assert source.opened  # opened after all...
    assert source.aborted  # ...and closed at once
    from recorder.capture import open_live_sources

    assert not open_live_sources()  # the real meter the window opened first: closed too


def test_refresh_list_after_a_lost_microphone_shows_the_one_plugged_back_in(
    qtbot: QtBot, portaudio_on: VirtualAudio, window: MainWindow
) -> None:
    """The lost-microphone banner's "Refresh list", against PortAudio's real list (the lost
    device is a fake; the window lists the real ones)."""
    there = _real_names()
    assert there
    _start(window, FakeSource.playing(_speech(0.4), rate=RATE))
    wait_for(qtbot, lambda: _phase(window) == "device_lost", 10)
    rp = window.recording_page
    _kill_server_with_no_stream_open(qtbot, portaudio_on)  # every real microphone gone too

    def listed() -> list[str]:
        return [str(rp.device_combo.itemText(i)) for i in range(rp.device_combo.count())]

    wait_for(qtbot, rp.refresh_devices_button.isEnabled)  # the listing at the loss is done
    rp.refresh_devices_button.click()
    assert not rp.refresh_devices_button.isEnabled()  # one listing at a time
    wait_for(qtbot, lambda: listed() == ["The system's default microphone"])
    portaudio_on.restart_server()
    wait_for(qtbot, rp.refresh_devices_button.isEnabled)
    rp.refresh_devices_button.click()
    wait_for(qtbot, lambda: len(listed()) == len(there) + 1)
    assert all(any(item.startswith(name + " (") for item in listed()) for name in there)
    rp.end_button.click()
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page)


@pytest.mark.parametrize(
    ("env", "ui_language", "call_language"),
    [
        ({"LANG": "de_CH.UTF-8"}, "de", "de"),
        ({"LANG": "de_CH.UTF-8", "LC_ALL": "fr_CH.UTF-8"}, "fr", "fr"),
        ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en", "en"),
        ({"LANG": "it_CH.UTF-8"}, "it", "it"),
        ({"LANG": "it_IT.UTF-8", "LC_MESSAGES": "de_CH.UTF-8"}, "de", "de"),
        ({"LANG": "pt_BR.UTF-8"}, "en", "en"),
        ({"LANG": "C.UTF-8"}, "en", "en"),
        ({"LC_ALL": "", "LANG": "de_DE@euro"}, "de", "de"),
        ({}, "en", "en"),
    ],
)
def test_the_first_run_follows_the_system_language(
    tmp_path: Path, env: dict[str, str], ui_language: str, call_language: str
) -> None:
    settings = Settings(tmp_path / "s.json")
    assert apply_system_language(settings, env) == ui_language
    assert settings.get("ui_language") == ui_language
    assert settings.get("call_language") == call_language


def test_the_first_run_dialog_speaks_the_system_language_and_follows_the_choice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "s.json")  # French by default: not what this user reads
    assert install_translations(apply_system_language(settings, {"LANG": "de_CH.UTF-8"}))
    dialog = FirstRunDialog(settings, device_lister=list)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Willkommen bei Témoin"
    assert dialog.lang_combo.currentData() == "de"
    assert dialog.lang_label.text() == "&Sprache"
    wait_for(qtbot, lambda: bool(dialog.mic_status.text()))
    german_mic = dialog.mic_status.text()
    assert "No microphone" not in german_mic

    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("fr"))
    assert dialog.windowTitle() == "Bienvenue dans Témoin"
    assert dialog.mic_status.text() not in ("", german_mic)
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    assert dialog.windowTitle() == "Welcome to Témoin"
    assert dialog.lang_label.text() == "&Language"
    assert "No microphone found" in dialog.mic_status.text()
    dialog.accept()
    assert settings.get("ui_language") == "en"


def test_the_first_run_dialog_is_italian_on_an_italian_swiss_system(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "s.json")
    assert install_translations(apply_system_language(settings, {"LANG": "it_CH.UTF-8"}))
    dialog = FirstRunDialog(settings, device_lister=list)  # no microphone on this machine
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Benvenuti in Témoin"
    assert dialog.lang_combo.currentData() == "it"
    assert dialog.lang_combo.currentText() == "Italiano"
    assert dialog.lang_label.text() == "&Lingua"
    assert dialog.profile_label.text() == "&Dove abita"
    # The profiles' own names: the Swiss profile has Italian ones, the French falls back.
    assert dialog.profile_combo.itemText(dialog.profile_combo.findData("ch")) == "Svizzera"
    wait_for(qtbot, lambda: bool(dialog.mic_status.text()))
    assert dialog.mic_status.text().startswith("Nessun microfono trovato.")

    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("de"))
    assert dialog.windowTitle() == "Willkommen bei Témoin"
    assert dialog.lang_label.text() == "&Sprache"
    assert dialog.mic_status.text().startswith("Kein Mikrofon gefunden.")
    assert dialog.profile_combo.itemText(dialog.profile_combo.findData("ch")) == "Schweiz"
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("it"))
    assert dialog.windowTitle() == "Benvenuti in Témoin"
    dialog.accept()
    assert settings.get("ui_language") == "it"
    assert settings.get("call_language") == "it"


def test_a_rescan_closes_the_meters_first_and_never_restarts_under_a_calls_stream(
    restarts: list[int], virtual_audio: VirtualAudio
) -> None:
    """Re-initialising PortAudio closes every stream of the process: a meter's probe is
    closed first (its page reopens it), a call's open stream means no re-init at all."""
    source = FileSource(FIXTURE, realtime=True)
    probe = LevelProbe(None, lambda _peak, _rms: None, source=source)
    probe.start()
    with pytest.raises(core_bridge.DeviceListStale, match="once the call has ended") as stale:
        core_bridge.list_devices(rescan=True, in_use=lambda: True)  # a call records
    assert stale.value.devices == core_bridge.list_devices()  # the list PortAudio has
    assert restarts == []
    assert not source._stop.is_set()  # the meter goes on too
    core_bridge.list_devices(rescan=True)
    assert restarts == [1]
    assert source._stop.is_set()  # closed before PortAudio restarted
    probe.stop()  # the page's own stop afterwards is harmless

    # A call's real stream, whatever page asks and whether or not it says ``in_use``.
    from recorder.capture import LiveSource

    call = LiveSource(None)
    call.open()
    call.start(LevelSink(lambda _peak, _rms: None, 32768.0))
    try:
        with pytest.raises(core_bridge.DeviceListStale, match="once the call has ended"):
            core_bridge.list_devices(rescan=True)
        assert restarts == [1]
    finally:
        call.abort()
    core_bridge.list_devices(rescan=True)
    assert restarts == [1, 1]


QUIT_WITH_A_STUCK_STREAM = """
import threading, sys
import sounddevice as sd
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui import app
from ui.options import Settings

settings = Settings()
settings.set("first_run_done", True)
settings.set("user_name", "Marie Test")
settings.save()
# PortAudio stuck inside a dead device's stream: the close never returns, and neither
# would its exit handler (sounddevice's atexit calls Pa_Terminate).
from recorder.capture import CLOSING_THREAD_NAMES
stuck = threading.Thread(target=threading.Event().wait, name=CLOSING_THREAD_NAMES[0], daemon=True)
stuck.start()
sd._terminate = lambda: threading.Event().wait()
qapp = QApplication(sys.argv[:1])
QTimer.singleShot(1500, qapp.closeAllWindows)
sys.exit(app.run_app(None))
"""


def test_the_app_quits_even_when_portaudio_is_stuck_in_a_stream(tmp_path: Path) -> None:
    """The stale-list message says: close Témoin and open it again. Closing must work."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TEMOIN_HOME=str(tmp_path / "lib"))
    done = subprocess.run(
        [sys.executable, "-c", QUIT_WITH_A_STUCK_STREAM],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
