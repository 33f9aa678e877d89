"""The live source through the virtual PipeWire device: faithful capture, lost devices."""

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

from recorder.capture import LiveSource, Recorder
from tests.helpers.cli_run import ROOT, start_temoin, temoin
from tests.helpers.signal_compare import align
from tests.helpers.virtual_audio import VirtualAudio

pytestmark = pytest.mark.audio

FIXTURE = ROOT / "tests" / "fixtures" / "consent_fr_granted.wav"


def test_live_capture_matches_the_fixture(virtual_audio: VirtualAudio, tmp_path: Path) -> None:
    source, rate = sf.read(FIXTURE, dtype="int16")
    duration = len(source) / rate + 1.0
    blocks: list[int] = []
    rec = Recorder(LiveSource(), tmp_path, {}, stop_after_frames=round(duration * rate))
    offer = rec.offer

    def counting_offer(block: np.ndarray) -> bool:
        blocks.append(len(block))
        return offer(block)

    rec.offer = counting_offer  # type: ignore[method-assign]
    t0 = time.monotonic()
    rec.start()
    time.sleep(0.2)
    player = virtual_audio.play(FIXTURE)
    assert rec.wait(duration + 5)
    elapsed = time.monotonic() - t0
    result = rec.stop()
    player.communicate(timeout=10)

    assert result.outcome == "completed"
    assert result.overflows == 0
    assert result.frames == round(duration * rate)
    block_s = max(blocks) / rate
    print(f"blocks {min(blocks)}..{max(blocks)} frames; audio {duration:.3f} s in {elapsed:.3f} s")
    assert abs(elapsed - duration) <= block_s + 0.15  # real time, give or take a block
    captured, _ = sf.read(result.wav, dtype="int16")
    match = align(captured, source)
    assert match.correlation > 0.99
    assert match.lag + len(source) <= len(captured)
    assert result.sidecar["source"]["kind"] == "device"
    assert result.sidecar["source"]["device"]["name"] == "default"


def test_cli_records_a_device_for_a_duration(virtual_audio: VirtualAudio, tmp_path: Path) -> None:
    env = {**virtual_audio.env, "TEMOIN_HOME": str(tmp_path / "lib")}
    out = temoin(
        "record", "--device", "default", "--duration", "1.5", "--event", "marker@0.5=half",
        "--json", env=env, timeout=60,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["frames"] == 72000
    assert data["outcome"] == "completed"
    sidecar = json.loads((Path(data["dir"]) / "recording.json").read_text())
    assert [e["frame"] for e in sidecar["events"] if e["kind"] == "marker"] == [24000]


def test_sigterm_stops_a_device_recording_cleanly(
    virtual_audio: VirtualAudio, tmp_path: Path
) -> None:
    env = {**virtual_audio.env, "TEMOIN_HOME": str(tmp_path / "lib")}
    proc = start_temoin("record", "--device", "default", "--json", env=env)
    time.sleep(2.0)
    proc.send_signal(signal.SIGTERM)
    stdout, stderr = proc.communicate(timeout=20)
    assert proc.returncode == 0, stderr
    data = json.loads(stdout)
    assert data["outcome"] == "stopped"
    assert sf.info(data["file"]).frames == data["frames"] > 0


def _record_until_exit(
    audio: VirtualAudio, lib: Path, fault: str
) -> tuple[subprocess.CompletedProcess[str], float, float]:
    env = {**audio.env, "TEMOIN_HOME": str(lib)}
    proc = start_temoin("record", "--device", "default", "--json", env=env)
    deadline = time.monotonic() + 15
    while not list(lib.glob("recordings/*/journal.jsonl")):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    started = time.time()
    player = audio.play(FIXTURE)
    time.sleep(2.0)
    faulted = time.time()
    if fault == "kill":
        audio.kill_daemons()
    else:  # a stalled server: the stream stays open but no callback ever comes
        for name in ("pipewire", "pipewire-pulse", "wireplumber"):
            os.killpg(audio.procs[name].pid, signal.SIGSTOP)
    try:
        stdout, stderr = proc.communicate(timeout=20)
    finally:
        proc.kill()
        player.kill()
        player.communicate(timeout=5)
    return (
        subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr),
        faulted - started,
        time.time() - faulted,
    )


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["kill", "stall"])
def test_lost_device_finalizes_the_file_and_exits_4(
    fault: str, own_audio: VirtualAudio, tmp_path: Path
) -> None:
    out, before_fault, exit_after = _record_until_exit(own_audio, tmp_path / "lib", fault)
    print(f"{fault}: exit {exit_after:.2f} s after the fault; stderr {out.stderr.strip()!r}")
    assert out.returncode == 4, out.stderr
    assert "device was lost" in out.stderr
    assert "Traceback" not in out.stderr
    assert exit_after < 10
    data = json.loads(out.stdout)
    assert data["outcome"] == "device_lost"
    sidecar = json.loads((Path(data["dir"]) / "recording.json").read_text())
    assert [e["kind"] for e in sidecar["events"]][-2:] == ["device_lost", "stop"]
    captured, rate = sf.read(data["file"], dtype="int16")
    assert len(captured) == data["frames"]
    # Nothing lost: the file holds the audio up to the fault (within the watchdog's
    # second for a stall, in which the device delivered nothing).
    assert len(captured) / rate >= before_fault - 0.25
    source, _ = sf.read(FIXTURE, dtype="int16")
    heard = source[: len(captured) // 2]
    match = align(captured, heard)
    assert match.correlation > 0.99
