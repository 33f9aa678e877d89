"""The call flow driven through the window, with the file source playing a fixture."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
import soundfile as sf
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from tests.helpers.fake_source import FakeSource
from tests.ui.conftest import (
    FIXTURES,
    StallMeter,
    announce,
    fixture_timing,
    wait_audio,
    wait_for,
)
from ui.main_window import MainWindow


def _new_call(win: MainWindow, fixture: str, counterpart: str = "Swisscom") -> None:
    page = win.new_call_page
    win.nav.setCurrentRow(0)
    page.counterpart_combo.setCurrentText(counterpart)
    page.purpose_combo.setCurrentIndex(page.purpose_combo.findData("support"))
    page.language_combo.setCurrentIndex(page.language_combo.findData("fr"))
    page.set_input_file(FIXTURES / fixture)


def test_granted_call_with_marker_and_transfer_exports_a_bundle_that_verifies(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    timing = fixture_timing("consent_fr_granted.wav")
    stalls = StallMeter()
    _new_call(window, "consent_fr_granted.wav")
    rp = window.recording_page
    stalls.start("recording")
    qtbot.mouseClick(window.new_call_page.start_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    assert window.windowTitle().startswith("● REC")
    assert "Marie Test" in rp.script_label.text()
    assert rp.script_frame.isVisible()
    assert not rp.agreed_button.isEnabled()  # no answer before the announcement
    wait_audio(qtbot, window, timing["announce_at"])
    announce(qtbot, window, key=True)  # Ctrl+L: "I'm reading it now"

    wait_audio(qtbot, window, timing["answer_end"])
    qtbot.keyClick(rp, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # They agreed
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "consented")
    assert not rp.script_frame.isVisible()

    rp.marker_edit.setText("ticket 4578 promised")
    qtbot.keyClick(rp, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(rp.transfer_button, Qt.MouseButton.LeftButton)
    # The window follows the core: the phase changes once the call applied the transfer.
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    assert "collègue" in rp.script_label.text()  # the transfer script is back
    assert not rp.agreed_button.isEnabled()  # the new person has not been told yet
    announce(qtbot, window)
    wait_audio(qtbot, window, timing["answer_end"] + 1.0)
    qtbot.mouseClick(rp.agreed_button, Qt.MouseButton.LeftButton)
    rp.ticket_edit.setText("4578")
    wait_audio(qtbot, window, timing["answer_end"] + 1.5)
    qtbot.keyClick(rp, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Stop
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page)
    assert window.windowTitle() == "Témoin"
    stalls.start("after")

    ac = window.after_call_page
    assert ac.ticket_edit.text() == "4578"
    assert "Recording saved" in ac.kept_label.text()
    ac.tags_edit.setText("invoice, contract=123")
    ac.summary_edit.setPlainText("They promised a refund.")
    qtbot.mouseClick(ac.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.last_saved_id is not None)
    rec_id = window.last_saved_id
    lp = window.library_page
    wait_for(qtbot, lambda: lp.current is not None and lp.current["id"] == rec_id)
    assert window.stack.currentWidget() is lp
    assert lp.current is not None
    assert lp.current["tags"] == {"contract": "123", "outcome": "resolved", "ticket": "4578"}
    kinds = [e["kind"] for e in lp.current["recording"]["events"]]
    assert kinds.count("granted") == 2
    assert "transferred" in kinds
    assert kinds.count("announced") == 2
    assert kinds.index("announced", kinds.index("transferred")) > kinds.index("transferred")
    assert "marker" in kinds
    assert "consent" in lp.consent_label.text().lower()
    assert lp.note_browser.toPlainText().strip()
    assert lp.events_list.count() >= 5

    stalls.start("export")
    out = tmp_path / "bundle.zip"
    lp.export_to(out)
    wait_for(qtbot, lambda: lp.last_export is not None, 60)
    stalls.start("verify")
    lp.verify(out)
    wait_for(qtbot, lambda: lp.last_verify is not None, 60)
    stalls.stop()
    assert lp.last_verify.ok, lp.last_verify.failures

    # Playback jumps to a marker (the player is built on first use).
    marker_s = next(
        e["seconds"] for e in lp.current["recording"]["events"] if e["kind"] == "marker"
    )
    lp.seek(marker_s)
    assert lp._player is not None
    wait_for(qtbot, lambda: abs(lp._player.position() / 1000 - marker_s) < 0.5, 5)

    # A bundle someone changed, dropped on the window: the check fails, in words.
    tampered = tmp_path / "tampered.zip"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tampered))])
    pos = QPointF(window.rect().center())
    enter = QDragEnterEvent(
        window.rect().center(),  # a QPoint (QDropEvent takes a QPointF)
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    lp.last_verify = None
    drop = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    wait_for(qtbot, lambda: lp.last_verify is not None or window.message_bar.level == "error", 30)
    assert window.message_bar.level == "error"
    assert "tampered.zip" in window.message_bar.text
    print(f"\nUI max stall (ms) by phase: {json.dumps(stalls.phase_max)}")
    assert stalls.max_stall_ms < 250


def test_refusal_deletes_the_audio_and_says_what_was_kept(qtbot: QtBot, window: MainWindow) -> None:
    timing = fixture_timing("consent_fr_refused.wav")
    _new_call(window, "consent_fr_refused.wav", counterpart="Orange")
    window.new_call_page.start_button.click()
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "announcing")
    wait_audio(qtbot, window, timing["announce_at"])
    announce(qtbot, window)
    wait_audio(qtbot, window, timing["answer_end"])
    qtbot.mouseClick(window.recording_page.refused_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page)
    outcome = window.outcome
    assert outcome is not None
    assert outcome.action == "discarded"
    assert outcome.rec_dir is not None
    assert not (outcome.rec_dir / "original.wav").exists()
    sidecar = json.loads((outcome.rec_dir / "recording.json").read_text(encoding="utf-8"))
    assert sidecar["outcome"] == "discarded"
    assert "refused" in [e["kind"] for e in sidecar["events"]]
    text = window.after_call_page.kept_label.text()
    assert "deleted" in text
    assert "enregistre pas" in text
    window.after_call_page.save_button.click()
    wait_for(qtbot, lambda: window.last_saved_id is not None)
    lp = window.library_page
    wait_for(qtbot, lambda: lp.current is not None)
    # The core's verdict and reason, in the window's language (fr here).
    assert lp.consent_label.text().startswith("Pas de consentement valable")
    assert "rien n'est conservé" in lp.consent_label.text()
    assert not lp.play_button.isEnabled()


def test_lost_device_is_reported_in_the_window_and_the_audio_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    _new_call(window, "consent_fr_granted.wav")
    setup = window.new_call_page.setup()
    # Half a second of audio, then nothing: a yanked USB mic.
    stalling = FakeSource.from_wav(FIXTURES / "consent_fr_granted.wav", seconds=0.5)
    window.start_call(setup, source=stalling)
    # The call waits in a "microphone lost" phase (continue elsewhere, or end): end it.
    wait_for(qtbot, lambda: window.session is not None and window.session.phase == "device_lost")
    qtbot.keyClick(window.recording_page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page, 20)
    assert window.message_bar.level == "error"
    assert "microphone" in window.message_bar.text.lower()
    outcome = window.outcome
    assert outcome is not None
    assert outcome.outcome == "device_lost"
    assert outcome.rec_dir is not None
    assert (outcome.rec_dir / "original.wav").exists()
    assert "lost" in window.after_call_page.kept_label.text()
    assert window.windowTitle() == "Témoin"


def test_a_bad_input_file_is_a_message_not_a_crash(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bogus = tmp_path / "not-audio.wav"
    bogus.write_text("hello", encoding="utf-8")
    _new_call(window, "consent_fr_granted.wav")
    window.new_call_page.set_input_file(bogus)
    window.new_call_page.start_button.click()
    wait_for(qtbot, lambda: "not-audio.wav" in window.message_bar.text)
    assert window.message_bar.level == "error"
    assert window.call_stack.currentWidget() is window.new_call_page
    assert window.windowTitle() == "Témoin"


def test_an_input_file_damaged_mid_call_is_its_own_problem_not_a_lost_microphone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    data, rate = sf.read(FIXTURES / "consent_fr_granted.wav", dtype="int16")
    flac = tmp_path / "damaged.flac"
    sf.write(flac, data[: rate * 3], rate, format="FLAC")
    raw = bytearray(flac.read_bytes())
    cut = len(raw) // 3
    raw[cut : cut + 2000] = bytes(2000)  # unreadable after about a second
    flac.write_bytes(bytes(raw))
    _new_call(window, "consent_fr_granted.wav")
    window.new_call_page.set_input_file(flac)
    window.new_call_page.start_button.click()
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page, 20)
    outcome = window.outcome
    assert outcome is not None
    assert outcome.outcome == "input_error"
    assert outcome.rec_dir is not None
    assert sf.info(str(outcome.rec_dir / "original.wav")).frames > 0
    assert window.message_bar.level == "error"
    assert str(flac) in window.message_bar.text
    assert "microphone" not in window.message_bar.text.lower()
    assert "microphone" not in window.after_call_page.kept_label.text().lower()
    assert "damaged.flac" in window.after_call_page.kept_label.text()


def test_the_wav_4_gib_limit_is_named_in_the_window_not_a_full_disk(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recorder import wavjournal

    rate = sf.info(str(FIXTURES / "consent_fr_granted.wav")).samplerate
    monkeypatch.setattr(wavjournal, "RIFF_SIZE_MAX", 36 + rate // 2 * 2)  # half a second
    _new_call(window, "consent_fr_granted.wav")
    window.new_call_page.start_button.click()
    wait_for(qtbot, lambda: window.session is not None)
    problems: list[str] = []
    window.session.problem.connect(problems.append)
    wait_for(qtbot, lambda: window.call_stack.currentWidget() is window.after_call_page, 20)
    assert problems
    assert all("4 GiB" in p and "disk is full" not in p for p in problems)
    assert "4 GiB" in window.message_bar.text
    assert "4 GiB" in window.after_call_page.kept_label.text()
    outcome = window.outcome
    assert outcome is not None
    assert outcome.rec_dir is not None
    assert sf.info(str(outcome.rec_dir / "original.wav")).frames == rate // 2


def test_a_call_ending_during_an_export_is_saved_without_waiting_for_it(tmp_path: Path) -> None:
    from recorder.library import Library
    from tests.helpers.make_recording import consent_events, fixture_info, make_recording
    from ui import core_bridge

    root = tmp_path / "lib"
    events = consent_events(fixture_info(FIXTURES, "consent_fr_granted.wav"))
    exported = make_recording(root, FIXTURES / "consent_fr_granted.wav", events)
    with Library.open(root) as lib:
        exported_id = lib.import_recording(exported)
    ended = make_recording(root, FIXTURES / "telephony_8k.wav")  # not indexed yet
    saved: list[str | None] = []

    def report(fraction: float, _total: float) -> None:
        if fraction > 0 and not saved:  # mid-export, the app saves the call that just ended
            worker = threading.Thread(
                target=lambda: saved.append(core_bridge.save_call(root, ended, {}, ["x"], "")),
                daemon=True,
            )
            worker.start()
            worker.join(10)
            if not saved:
                saved.append(None)

    out = core_bridge.export_bundle(root, exported_id, tmp_path / "e.zip", "fr", "none", report)
    assert out.is_file()
    assert saved[0] == ended.name
    with Library.open(root, readonly=True) as lib:
        assert "exported" in [c["action"] for c in lib.custody(exported_id)]
        assert lib.tags(ended.name)[1] == ["x"]


def test_library_in_use_is_a_message_and_the_call_can_be_saved_later(
    qtbot: QtBot, window: MainWindow
) -> None:
    from recorder.capture import FileSource, Recorder
    from recorder.library import Library
    from ui import core_bridge

    rec = Recorder(FileSource(FIXTURES / "stereo_44k.wav"), window.library_root, {"profile": "ch"})
    rec.start()
    rec.wait(10)
    result = rec.stop()
    window.outcome = core_bridge.CallOutcome(
        result.dir, result.id, result.outcome, result.duration_s, "kept"
    )
    window.after_call_page.reset("<p>saved</p>", "", "")
    with Library.open(window.library_root):  # another process would hold this lock
        window.save_call()
        # This message, not whatever error the bar showed before (start-up, devices).
        wait_for(qtbot, lambda: "in use" in window.message_bar.text)
    assert window.message_bar.level == "error"
    assert window.after_call_page.save_button.isEnabled()
    window.save_call()  # the lock is gone: the same click now works
    wait_for(qtbot, lambda: window.last_saved_id == result.id)


def _quick_call(qtbot: QtBot, win: MainWindow) -> Path:
    """A call from a file played as fast as it reads: it ends by itself; its folder."""
    from recorder.capture import FileSource

    _new_call(win, "consent_fr_granted.wav")
    win.start_call(win.new_call_page.setup(), source=FileSource(FIXTURES / "stereo_44k.wav"))
    wait_for(qtbot, lambda: win.call_stack.currentWidget() is win.after_call_page, 20)
    assert win.outcome is not None
    assert win.outcome.rec_dir is not None
    return win.outcome.rec_dir


def _listed(root: Path) -> list[str]:
    from ui import core_bridge

    return [str(r["id"]) for r in core_bridge.list_recordings(root)]


def test_a_call_is_in_the_library_the_moment_it_stops_and_saving_only_adds_details(
    qtbot: QtBot, window: MainWindow
) -> None:
    rec_dir = _quick_call(qtbot, window)
    outcome = window.outcome
    assert outcome is not None
    wait_for(qtbot, lambda: outcome.indexed)  # nothing pressed on the after-call page
    assert _listed(window.library_root) == [rec_dir.name]
    assert "in your library" in window.after_call_page.library_status.text()
    window.after_call_page.tags_edit.setText("invoice")
    window.after_call_page.save_button.click()
    wait_for(qtbot, lambda: window.last_saved_id == rec_dir.name)
    lp = window.library_page
    wait_for(qtbot, lambda: lp.current is not None and lp.current["id"] == rec_dir.name)
    assert lp.current is not None
    assert lp.current["free_tags"] == ["invoice"]
    assert _listed(window.library_root) == [rec_dir.name]  # the same entry, not a second one


def test_a_call_ending_while_the_library_is_in_use_says_so_and_gets_in_when_it_is_free(
    qtbot: QtBot, window: MainWindow
) -> None:
    from recorder.library import Library

    window.index_retry_ms = 50
    with Library.open(window.library_root):  # another process would hold this lock
        rec_dir = _quick_call(qtbot, window)
        wait_for(qtbot, lambda: "not in the library yet" in window.message_bar.text)
        assert "in use" in window.message_bar.text
        assert window.message_bar.level == "error"
        assert "not in the library yet" in window.after_call_page.library_status.text()
        assert window.outcome is not None
        assert not window.outcome.indexed
    outcome = window.outcome
    wait_for(qtbot, lambda: outcome.indexed)  # retried by itself, no click
    assert _listed(window.library_root) == [rec_dir.name]
    assert window.message_bar.text == "The call is now in your library."
    assert not window.unindexed


def test_closing_the_window_before_the_call_reached_the_library_does_not_lose_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    from recorder.library import Library

    window.index_retry_ms = 60_000  # no retry before the window closes
    with Library.open(window.library_root):
        rec_dir = _quick_call(qtbot, window)
        wait_for(qtbot, lambda: "not in the library yet" in window.message_bar.text)
        window.close()  # its last try fails too: the library is still in use
        assert window.unindexed
    assert _listed(window.library_root) == []
    again = MainWindow(settings=window.settings)
    qtbot.addWidget(again)
    again.show()
    wait_for(qtbot, lambda: again.ready and again.recovered)
    assert _listed(again.library_root) == [rec_dir.name]
    assert rec_dir.name in again.message_bar.text
    assert "had not reached the library" in again.message_bar.text


def test_closing_the_window_right_after_a_call_indexes_it_before_it_goes(
    qtbot: QtBot, window: MainWindow
) -> None:
    from recorder.library import Library

    window.index_retry_ms = 60_000
    with Library.open(window.library_root):
        rec_dir = _quick_call(qtbot, window)
        wait_for(qtbot, lambda: "not in the library yet" in window.message_bar.text)
    window.close()  # the library is free now: the window's last try gets it in
    assert not window.unindexed
    assert _listed(window.library_root) == [rec_dir.name]


def test_an_idle_window_listing_an_empty_library_never_takes_its_lock(tmp_path: Path) -> None:
    """Why the "library in use" test below used to flake: the window's first listing of a
    library without a database created it, under the writer's lock, racing the test."""
    import fcntl
    import os

    from ui import core_bridge

    root = tmp_path / "lib"
    root.mkdir()
    fd = os.open(root / "library.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another process writes
        assert core_bridge.list_recordings(root) == []
    finally:
        os.close(fd)
    assert not (root / "library.sqlite3").exists()
