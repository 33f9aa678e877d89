"""kill -9 at 20 seeded random moments (file source in real time and the live device).

Extends tests/integration/test_capture_crash.py (5 sequential file-source kills)
with more moments, the live device, concurrent recordings in one library and
the custody log. Every recording must come back through ``temoin recover``,
lose at most 0.25 s, and say "recovered" in its custody log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from recorder.library import Library
from tests.helpers.cli_run import ROOT, start_temoin, temoin
from tests.helpers.signal_compare import align
from tests.helpers.virtual_audio import VirtualAudio

FIXTURE = ROOT / "tests" / "fixtures" / "consent_fr_granted.wav"
BOUND_S = 0.25
SEED = 20261123
FILE_KILLS = 12
LIVE_KILLS = 8
BATCH = 4  # concurrent recordings per batch (2 cores: keep the writers on time)


@dataclass
class Kill:
    index: int
    delay: float
    rec_dir: Path | None = None
    started: float = 0.0
    killed_at: float = 0.0


def _utc(text: str) -> float:
    when = dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ")
    return when.replace(tzinfo=dt.UTC).timestamp()


def _wait_started(proc: subprocess.Popen[str], lib: Path, known: set[Path]) -> Path:
    """The new recording folder of ``proc``, once its journal holds the start event."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the recorder exited before it was killed"
        for journal in lib.glob("recordings/*/journal.jsonl"):
            if journal.parent in known:
                continue
            lines = journal.read_text().splitlines()
            if len(lines) >= 2:
                return journal.parent
        time.sleep(0.005)
    raise AssertionError("no recording started")


def _run_and_kill(args: list[str], env: dict[str, str], lib: Path, kills: list[Kill]) -> None:
    """Start one recorder per kill (one after the other, so folders map to processes), then
    kill each at its moment, concurrently."""
    known = {j.parent for j in lib.glob("recordings/*/journal.jsonl")}  # earlier batches
    procs: list[subprocess.Popen[str]] = []
    lock = threading.Lock()
    try:
        for kill in kills:
            proc = start_temoin("record", *args, env=env, quiet=True)
            procs.append(proc)
            with lock:
                kill.rec_dir = _wait_started(proc, lib, known)
                known.add(kill.rec_dir)
            header = json.loads((kill.rec_dir / "journal.jsonl").read_text().splitlines()[0])
            kill.started = _utc(header["started_utc"])

        def killer(kill: Kill, proc: subprocess.Popen[str]) -> None:
            wait = kill.started + kill.delay - time.time()
            if wait > 0:
                time.sleep(wait)
            kill.killed_at = time.time()
            proc.kill()

        threads = [
            threading.Thread(target=killer, args=(k, p)) for k, p in zip(kills, procs, strict=True)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    finally:
        for proc in procs:
            proc.kill()
            proc.wait(10)


def _recover_and_check(lib: Path, env: dict[str, str], kills: list[Kill]) -> list[float]:
    out = temoin("recover", "--json", env=env)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    reports = {r["id"]: r for r in json.loads(out.stdout)["recovered"]}
    assert len(reports) == len(kills)
    losses = []
    with Library.open(lib, readonly=True) as db:
        for kill in kills:
            assert kill.rec_dir is not None
            rec_id = kill.rec_dir.name
            report = reports[rec_id]
            wav = kill.rec_dir / "original.wav"
            info = sf.info(str(wav))
            assert info.frames == report["frames"]
            pcm = wav.read_bytes()[44:]
            assert hashlib.sha256(pcm).hexdigest() == report["pcm_sha256"]
            lost = (kill.killed_at - kill.started) - info.frames / info.samplerate
            losses.append(lost)
            assert lost <= BOUND_S, f"kill {kill.index} after {kill.delay:.2f} s lost {lost:.3f} s"
            sidecar = json.loads((kill.rec_dir / "recording.json").read_text())
            assert sidecar["recovered"]["frames"] == info.frames
            custody = db.get(rec_id)["custody"]
            assert [c["action"] for c in custody] == ["recorded", "recovered"], custody
    return losses


def test_file_source_killed_at_12_random_moments_loses_at_most_a_quarter_second(
    tmp_path: Path,
) -> None:
    rng = random.Random(SEED)
    lib = tmp_path / "lib"
    env = {**os.environ, "TEMOIN_HOME": str(lib)}
    kills = [Kill(i, rng.uniform(0.2, 4.0)) for i in range(FILE_KILLS)]
    for start in range(0, FILE_KILLS, BATCH):
        _run_and_kill(
            ["--input", str(FIXTURE), "--realtime"], env, lib, kills[start : start + BATCH]
        )
    losses = _recover_and_check(lib, env, kills)
    source, _ = sf.read(FIXTURE, dtype="int16")
    for kill in kills:
        assert kill.rec_dir is not None
        recovered, _ = sf.read(kill.rec_dir / "original.wav", dtype="int16")
        np.testing.assert_array_equal(recovered, source[: len(recovered)])
        assert min(losses) > -0.05  # nothing recovered from the future
    print(f"file kills: lost {min(losses) * 1000:.0f}..{max(losses) * 1000:.0f} ms")
    # The custody log through the command line, for one of them.
    assert kills[0].rec_dir is not None
    out = temoin("show", kills[0].rec_dir.name, "--json", env=env)
    assert out.returncode == 0, out.stderr
    assert "recovered" in [c["action"] for c in json.loads(out.stdout)["custody"]]


@pytest.mark.audio
def test_live_device_killed_at_8_random_moments_loses_at_most_a_quarter_second(
    virtual_audio: VirtualAudio, tmp_path: Path
) -> None:
    rng = random.Random(SEED + 1)
    lib = tmp_path / "lib"
    env = {
        **virtual_audio.env,
        "TEMOIN_HOME": str(lib),
        "TEMOIN_CONFIG": os.environ["TEMOIN_CONFIG"],
    }
    kills = [Kill(i, rng.uniform(0.3, 4.0)) for i in range(LIVE_KILLS)]
    for start in range(0, LIVE_KILLS, BATCH):
        player = virtual_audio.play(FIXTURE)  # something to hear, per batch
        try:
            _run_and_kill(["--device", "default"], env, lib, kills[start : start + BATCH])
        finally:
            player.kill()
            player.communicate(timeout=5)
    losses = _recover_and_check(lib, env, kills)
    print(f"live kills: lost {min(losses) * 1000:.0f}..{max(losses) * 1000:.0f} ms")
    # What was heard is the fixture: the longest capture correlates with it.
    longest = max(kills, key=lambda k: k.delay)
    assert longest.rec_dir is not None
    captured, _ = sf.read(longest.rec_dir / "original.wav", dtype="int16")
    source, _ = sf.read(FIXTURE, dtype="int16")
    if np.any(captured):
        match = align(source, captured[np.flatnonzero(captured)[0] :][: len(source) // 4])
        assert match.correlation > 0.9
