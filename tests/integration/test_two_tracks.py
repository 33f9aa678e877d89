"""Both voices of a call through the real sound server: a virtual headset microphone and a
virtual speaker (what a softphone plays), each fed its own fixture while ``temoin record
--device default --other-party default-output`` runs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.helpers.cli_run import ROOT, start_temoin, temoin
from tests.helpers.signal_compare import align
from tests.helpers.virtual_audio import (
    ADAPTER_DESCRIPTION,
    MIC_DESCRIPTION,
    MIC_SINK,
    SPEAKER,
    SPEAKER_DESCRIPTION,
    VirtualAudio,
)

pytestmark = pytest.mark.audio

YOU = ROOT / "tests" / "fixtures" / "consent_fr_granted.wav"  # said into the microphone
THEM = ROOT / "tests" / "fixtures" / "consent_de_granted.wav"  # played by the computer
RATE = 48000


def _record(env: dict[str, str], library: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return temoin(
        *("record", "--library", str(library), "--json"),
        *("--device", "default", "--other-party", "default-output"),
        *extra,
        env=env,
        timeout=60,
    )


def _channels(result: dict[str, object]) -> np.ndarray:
    data, rate = sf.read(str(result["file"]), dtype="int16", always_2d=True)
    assert rate == RATE
    return data


def _found(track: np.ndarray, fixture: Path) -> tuple[int, float]:
    """Where a stretch of the track sits in the fixture, and how alike it is."""
    source, _ = sf.read(fixture, dtype="int16")
    stretch = track[RATE : 4 * RATE]
    match = align(source, stretch)
    return match.lag, match.correlation


def test_each_voice_is_on_its_own_channel(call_devices: VirtualAudio, tmp_path: Path) -> None:
    you = call_devices.play_into(MIC_SINK, YOU)
    them = call_devices.play_into(SPEAKER, THEM)
    try:
        out = _record(call_devices.env, tmp_path, "--duration", "5")
    finally:
        you.communicate(timeout=20)
        them.communicate(timeout=20)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["channels"] == 2
    assert [(t["party"], t["source"]) for t in result["tracks"]] == [
        ("you", MIC_DESCRIPTION),
        ("other", SPEAKER_DESCRIPTION),
    ]
    pcm = _channels(result)
    mine = _found(pcm[:, 0], YOU)[1]
    theirs = _found(pcm[:, 1], THEM)[1]
    print(f"correlation: you {mine:.4f}, them {theirs:.4f}")
    assert mine >= 0.9
    assert theirs >= 0.9
    crosstalk = max(abs(_found(pcm[:, 0], THEM)[1]), abs(_found(pcm[:, 1], YOU)[1]))
    print(f"cross-talk {crosstalk:.4f}")
    assert crosstalk < 0.2

    shown = json.loads(temoin("show", result["id"], "--library", str(tmp_path), "--json").stdout)
    tracks = shown["tracks"]
    assert [(t["channel"], t["party"], t["source"], t["kind"]) for t in tracks] == [
        (1, "you", MIC_DESCRIPTION, "input"),
        (2, "other", SPEAKER_DESCRIPTION, "output"),
    ]


@pytest.mark.parametrize(
    ("device", "other_party", "sink"),
    [
        # The microphone, and the monitor of what feeds it: one sound, two streams.
        ("default", "TemoinMicWire", MIC_SINK),
        # A phone adapter (an input) and what the computer plays (an output's monitor).
        (ADAPTER_DESCRIPTION, "default-output", SPEAKER),
        # The microphone as a PortAudio device number: two backends, one alignment.
        ("portaudio-default", "TemoinMicWire", MIC_SINK),
    ],
)
def test_the_two_tracks_are_sample_aligned(
    call_devices: VirtualAudio, tmp_path: Path, device: str, other_party: str, sink: str
) -> None:
    """One click train heard by both sources at the same instant: the two tracks must
    hold each click at the same frame, give or take a thread's jitter (5 ms)."""
    if device == "portaudio-default":
        listed = json.loads(temoin("devices", "--json", env=call_devices.env).stdout)
        device = str(next(d["index"] for d in listed["devices"] if d["is_default"]))
    clicks = np.zeros(6 * RATE, dtype=np.int16)
    for k in range(1, 6):
        clicks[k * RATE : k * RATE + 48] = 20000
    wav = tmp_path / "clicks.wav"
    sf.write(wav, clicks, RATE, subtype="PCM_16")
    player = call_devices.play_into(sink, wav)
    out = temoin(
        *("record", "--library", str(tmp_path / "lib"), "--json", "--duration", "5"),
        *("--device", device, "--other-party", other_party),
        env=call_devices.env,
        timeout=60,
    )
    player.communicate(timeout=20)
    assert out.returncode == 0, out.stderr
    pcm = _channels(json.loads(out.stdout)).astype(np.float64)
    mine, theirs = pcm[:, 0], pcm[:, 1]
    assert mine.max() > 10000, "the clicks reached your track"
    assert theirs.max() > 10000, "the clicks reached the other party's track"
    n = 2 * len(mine)
    xc = np.fft.irfft(np.fft.rfft(mine, n) * np.conj(np.fft.rfft(theirs, n)), n)
    lag = int(np.argmax(xc))
    lag = lag if lag < len(mine) else lag - n
    print(f"alignment: channel 1 is {lag} frames ({lag / RATE * 1000:.2f} ms) after channel 2")
    assert abs(lag) <= 0.005 * RATE


def test_a_lost_sound_server_keeps_both_tracks(own_audio: VirtualAudio, tmp_path: Path) -> None:
    own_audio.add_call_devices()
    proc = start_temoin(
        *("record", "--library", str(tmp_path), "--json"),
        *("--device", "default", "--other-party", "default-output", "--duration", "60"),
        env=own_audio.env,
    )
    player = own_audio.play_into(SPEAKER, THEM)
    time.sleep(3.0)
    own_audio.kill_daemons()
    out, err = proc.communicate(timeout=30)
    player.communicate(timeout=10)
    assert proc.returncode == 4, err
    result = json.loads(out)
    assert result["outcome"] == "device_lost"
    assert result["channels"] == 2
    assert result["frames"] > RATE
    sidecar = json.loads((Path(result["dir"]) / "recording.json").read_text())
    lost = [e for e in sidecar["events"] if e["kind"] == "device_lost"]
    assert lost, sidecar["events"]
    assert [t["party"] for t in sidecar["tracks"]] == ["you", "other"]
    theirs = _channels(result)[:, 1]
    assert np.abs(theirs).max() > 1000, "what the other party said before the loss is kept"


def test_a_killed_recorder_is_recovered_with_both_tracks(
    call_devices: VirtualAudio, tmp_path: Path
) -> None:
    proc = start_temoin(
        *("record", "--library", str(tmp_path)),
        *("--device", "default", "--other-party", "default-output", "--duration", "60"),
        env=call_devices.env,
        quiet=True,
    )
    player = call_devices.play_into(SPEAKER, THEM)
    time.sleep(3.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    player.communicate(timeout=20)
    out = temoin("recover", "--library", str(tmp_path), "--json", env=call_devices.env)
    assert out.returncode == 0, out.stderr
    (rec_dir,) = (tmp_path / "recordings").iterdir()
    sidecar = json.loads((rec_dir / "recording.json").read_text())
    assert sidecar["outcome"] == "interrupted"
    assert sidecar["audio"]["channels"] == 2
    assert sidecar["audio"]["frames"] > 2 * RATE
    assert [(t["party"], t["source"]) for t in sidecar["tracks"]] == [
        ("you", MIC_DESCRIPTION),
        ("other", SPEAKER_DESCRIPTION),
    ]
    pcm, _ = sf.read(rec_dir / "original.wav", dtype="int16", always_2d=True)
    assert _found(pcm[:, 1], THEM)[1] >= 0.9


def test_devices_lists_the_outputs_that_can_be_recorded(call_devices: VirtualAudio) -> None:
    out = temoin("devices", "--json", env=call_devices.env)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    outputs = {o["description"]: o for o in data["outputs"]}
    assert outputs[SPEAKER_DESCRIPTION]["is_default"]
    assert outputs[SPEAKER_DESCRIPTION]["monitor_of"] == SPEAKER
    inputs = {i["description"]: i for i in data["server_inputs"]}
    assert inputs[MIC_DESCRIPTION]["is_default"]
    text = temoin("devices", env=call_devices.env).stdout
    assert "Outputs whose sound can be recorded" in text
    assert SPEAKER_DESCRIPTION in text


def test_a_wrong_other_party_is_a_device_error(call_devices: VirtualAudio, tmp_path: Path) -> None:
    out = _record(call_devices.env, tmp_path, "--duration", "1")
    assert out.returncode == 0, out.stderr
    wrong = temoin(
        *("record", "--library", str(tmp_path), "--device", "default"),
        *("--other-party", "no such speaker", "--duration", "1"),
        env=call_devices.env,
    )
    assert wrong.returncode == 4
    assert "No output or input named “no such speaker”" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    both = temoin(
        *("record", "--library", str(tmp_path), "--input", str(YOU)),
        *("--other-party", "default-output"),
        env=call_devices.env,
    )
    assert both.returncode == 2
    assert "--other-party goes with --device" in both.stderr


def test_the_windows_loopback_source_records_what_an_output_plays(
    call_devices: VirtualAudio, tmp_path: Path
) -> None:
    """recorder/loopback.py (WASAPI loopback on Windows) through soundcard's PulseAudio
    backend: the same code reads the speaker's sound, aligned with the microphone."""
    from recorder.capture import Recorder
    from recorder.endpoints import find_input, find_other_party
    from recorder.loopback import SoundcardSource
    from recorder.loopback import list_endpoints as soundcard_endpoints
    from recorder.pulse import PulseSource
    from recorder.twotrack import TwoTrackSource

    clicks = np.zeros(6 * RATE, dtype=np.int16)
    for k in range(1, 6):
        clicks[k * RATE : k * RATE + 48] = 20000
    wav = tmp_path / "clicks.wav"
    sf.write(wav, clicks, RATE, subtype="PCM_16")
    # The speaker plays the clicks; the phone adapter (an input) hears the same sound.
    source = TwoTrackSource(
        PulseSource(find_input(ADAPTER_DESCRIPTION)),
        SoundcardSource(find_other_party(SPEAKER_DESCRIPTION, soundcard_endpoints())),
    )
    player = call_devices.play_into(SPEAKER, wav)
    rec = Recorder(source, tmp_path / "lib", {}, stop_after_frames=5 * RATE)
    rec.start()
    assert rec.wait(20)
    result = rec.stop()
    rec.release()
    player.communicate(timeout=20)
    assert result.outcome == "completed"
    assert [t["kind"] for t in result.sidecar["tracks"]] == ["input", "output"]
    assert result.sidecar["tracks"][1]["source"] == SPEAKER_DESCRIPTION
    pcm, _ = sf.read(result.wav, dtype="int16", always_2d=True)
    mine, theirs = pcm[:, 0].astype(np.float64), pcm[:, 1].astype(np.float64)
    assert theirs.max() > 10000, "the loopback heard the clicks"
    assert mine.max() > 10000
    n = 2 * len(mine)
    xc = np.fft.irfft(np.fft.rfft(mine, n) * np.conj(np.fft.rfft(theirs, n)), n)
    lag = int(np.argmax(xc))
    lag = lag if lag < len(mine) else lag - n
    print(f"loopback alignment: {lag} frames")
    assert abs(lag) <= 0.005 * RATE


def test_the_soundcard_backend_lists_and_records_both_voices(
    call_devices: VirtualAudio, tmp_path: Path
) -> None:
    """Windows' path (soundcard: WASAPI there) forced on Linux, where soundcard talks to the
    same PipeWire server: `temoin devices` lists its inputs and outputs, and a call by the
    microphone's name and the default output records each voice on its own channel."""
    env = {**call_devices.env, "TEMOIN_AUDIO_BACKEND": "soundcard"}
    listed = json.loads(temoin("devices", "--json", env=env).stdout)
    assert listed["backend"] == "soundcard"
    assert listed["server"] == "PulseAudio (soundcard)"
    inputs = {i["description"]: i for i in listed["server_inputs"]}
    outputs = {o["description"]: o for o in listed["outputs"]}
    assert inputs[MIC_DESCRIPTION]["is_default"]
    assert outputs[SPEAKER_DESCRIPTION]["is_default"]
    assert outputs[SPEAKER_DESCRIPTION]["monitor_of"] == SPEAKER
    assert not any(i["monitor_of"] for i in listed["server_inputs"])

    you = call_devices.play_into(MIC_SINK, YOU)
    them = call_devices.play_into(SPEAKER, THEM)
    try:
        out = temoin(
            *("record", "--library", str(tmp_path), "--json", "--duration", "4"),
            *("--device", MIC_DESCRIPTION, "--other-party", "default-output"),
            env=env,
            timeout=60,
        )
    finally:
        for player in (you, them):  # the 10 s fixtures need not play to their end
            player.terminate()
            player.communicate(timeout=20)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert [(t["party"], t["source"]) for t in result["tracks"]] == [
        ("you", MIC_DESCRIPTION),
        ("other", SPEAKER_DESCRIPTION),
    ]
    sidecar = json.loads((Path(result["dir"]) / "recording.json").read_text())
    assert sidecar["source"]["device"]["host_api"] == "PulseAudio (soundcard)"
    pcm = _channels(result)
    mine = _found(pcm[:, 0], YOU)[1]
    theirs = _found(pcm[:, 1], THEM)[1]
    crosstalk = max(abs(_found(pcm[:, 0], THEM)[1]), abs(_found(pcm[:, 1], YOU)[1]))
    print(f"soundcard correlation: you {mine:.4f}, them {theirs:.4f}, cross-talk {crosstalk:.4f}")
    assert mine >= 0.9
    assert theirs >= 0.9
    assert crosstalk < 0.2


def test_a_silent_other_party_is_said_at_the_end(
    call_devices: VirtualAudio, tmp_path: Path
) -> None:
    """The failure the two tracks exist for: the call's sound went elsewhere, and channel 2
    heard nothing. The recording is kept and the user is told, plainly, once."""
    you = call_devices.play_into(MIC_SINK, YOU)
    try:
        out = _record(call_devices.env, tmp_path, "--duration", "3")
    finally:
        you.communicate(timeout=20)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    (warning,) = result["call"]["warnings"]
    assert "Nothing was heard from the other party on channel 2" in warning
    assert f"“{SPEAKER_DESCRIPTION}”" in warning
    assert out.stderr.count("Nothing was heard from the other party") == 1
    heard = _record(call_devices.env, tmp_path, "--duration", "1")  # nothing on either side
    assert "Nothing was heard from the other party" in heard.stderr


def test_one_device_for_both_sides_is_refused(call_devices: VirtualAudio, tmp_path: Path) -> None:
    same = temoin(
        *("record", "--library", str(tmp_path), "--device", "default"),
        *("--other-party", MIC_DESCRIPTION, "--duration", "1"),
        env=call_devices.env,
    )
    assert same.returncode == 4
    assert "was chosen for both sides" in same.stderr
    assert not (tmp_path / "recordings").exists()
    empty = temoin(
        *("record", "--library", str(tmp_path), "--device", "default"),
        *("--other-party", " ", "--duration", "1"),
        env=call_devices.env,
    )
    assert empty.returncode == 2
    assert "--other-party needs a value" in empty.stderr
