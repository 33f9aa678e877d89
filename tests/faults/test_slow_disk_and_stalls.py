"""A live call on a slow disk, and a stalled process: the audio is kept, holes are logged.

Real parts: ``temoin record --device default`` captures the private PipeWire null
sink while a fixture plays into it. The slow disk is strace delaying every fsync
and fdatasync of the recorder by 1.2 s (an SD card, a USB stick, a network home);
the stall is SIGSTOP then SIGCONT of the recorder (a swapping laptop).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from tests.helpers.cli_run import ROOT, start_temoin
from tests.helpers.signal_compare import align
from tests.helpers.virtual_audio import VirtualAudio

pytestmark = [pytest.mark.audio, pytest.mark.slow]

FIXTURE = ROOT / "tests" / "fixtures" / "consent_fr_granted.wav"
RATE = 48000


def _record(
    audio: VirtualAudio, lib: Path, seconds: float, prefix: list[str] | None = None
) -> subprocess.Popen[str]:
    env = {**audio.env, "TEMOIN_HOME": str(lib)}
    argv = ["record", "--device", "default", "--duration", f"{seconds:g}", "--json"]
    return start_temoin(*argv, env=env, prefix=prefix or ())


def _wait_started(proc: subprocess.Popen[str], lib: Path) -> Path:
    """The recording folder, once its journal holds the start event (the audio runs)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        for journal in lib.glob("recordings/*/journal.jsonl"):
            if '"kind":"start"' in journal.read_text():
                return journal.parent
        time.sleep(0.01)
    raise AssertionError("no recording started")


def _gap_frames(event: dict[str, Any]) -> int:
    return int(str(event["text"]).split(" frames ")[0])


def _result(proc: subprocess.Popen[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    stdout, stderr = proc.communicate(timeout=240)
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr
    data = json.loads(stdout)
    sidecar = json.loads((Path(data["dir"]) / "recording.json").read_text())
    return data, sidecar


def _journal(rec_dir: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (rec_dir / "journal.jsonl").read_text().splitlines()]


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_a_slow_disk_keeps_the_live_call(virtual_audio: VirtualAudio, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    seconds = 12.0
    # --seccomp-bpf: only the syncs stop in strace, not every syscall of the audio thread.
    strace = ["strace", "-f", "--seccomp-bpf", "-qq", "-o", os.devnull]
    strace += ["-e", "trace=fsync,fdatasync"]
    strace += ["-e", "inject=fsync,fdatasync:delay_enter=1200000"]  # 1.2 s, every sync
    player = virtual_audio.play(FIXTURE)
    try:
        proc = _record(virtual_audio, lib, seconds, strace)
        data, sidecar = _result(proc)
    finally:
        player.kill()
        player.communicate(timeout=5)

    assert data["outcome"] == "completed"
    gaps = [e for e in sidecar["events"] if e["kind"] == "gap"]
    missing = sum(_gap_frames(e) for e in gaps)
    kept = data["frames"] / (seconds * RATE)
    print(f"slow disk: kept {kept:.2%} of {seconds:g} s; {len(gaps)} gap(s), {missing} frames")
    assert kept >= 0.99
    # The source's timeline is the call's: what is not in the file is a logged gap.
    assert data["frames"] + missing >= seconds * RATE
    assert sf.info(data["file"]).frames == data["frames"]
    # Checkpoints went on (on the sync thread), each after the frames it names were synced.
    lines = _journal(Path(data["dir"]))
    checkpoints = [line["frames"] for line in lines if line["type"] == "checkpoint"]
    assert checkpoints
    assert checkpoints == sorted(checkpoints)
    assert [line["type"] for line in lines][:2] == ["header", "event"]
    # The end line follows every checkpoint (then only the commit protocol's lines).
    types = [line["type"] for line in lines]
    assert "end" in types
    assert {t for t in types[types.index("end") + 1 :]} <= {"intent", "done"}


def test_a_stopped_process_leaves_a_logged_gap_and_records_on(
    virtual_audio: VirtualAudio, tmp_path: Path
) -> None:
    lib = tmp_path / "lib"
    seconds = 8.0
    stop_s = 2.0
    # A large player buffer: on a loaded machine paplay's own underruns would put silence
    # into the sink, and the audio after the hole would not be the fixture's (CI saw r=0.85).
    player = virtual_audio.play(FIXTURE, latency_ms=250)
    try:
        proc = _record(virtual_audio, lib, seconds)
        _wait_started(proc, lib)
        time.sleep(2.5)
        os.kill(proc.pid, signal.SIGSTOP)
        t0 = time.monotonic()
        time.sleep(stop_s)
        os.kill(proc.pid, signal.SIGCONT)
        stopped = time.monotonic() - t0
        data, sidecar = _result(proc)
    finally:
        player.kill()
        player.communicate(timeout=5)

    kinds = [e["kind"] for e in sidecar["events"]]
    assert data["outcome"] == "completed", kinds
    assert "device_lost" not in kinds
    gaps = [e for e in sidecar["events"] if e["kind"] == "gap"]
    assert gaps, kinds
    big = max(gaps, key=_gap_frames)
    logged = _gap_frames(big) / RATE
    print(f"SIGSTOP {stopped:.3f} s: gap of {logged:.3f} s logged at {big['seconds']:.3f} s")
    # About the stop: the device's buffer (0.15 s) and a block absorb a little of it.
    assert stopped - 0.5 <= logged <= stopped + 0.2
    assert 1.5 <= big["seconds"] <= seconds - stop_s
    # It recorded until --duration: what is in the file plus the holes is the call.
    missing = sum(_gap_frames(e) for e in gaps)
    assert data["frames"] + missing >= seconds * RATE
    assert data["frames"] >= (seconds - stopped - 0.5) * RATE
    assert [e["kind"] for e in sidecar["events"]][-1] == "stop"
    # The audio on both sides of the hole is the fixture, continuous within each side.
    captured, _ = sf.read(data["file"], dtype="int16")
    source, _ = sf.read(FIXTURE, dtype="int16")
    after = captured[big["frame"] : big["frame"] + RATE]
    if np.any(after) and np.any(captured[: big["frame"]]):
        match = align(source, after)
        assert match.correlation > 0.9
