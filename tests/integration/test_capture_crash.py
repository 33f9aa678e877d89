"""kill -9 of a real-time `temoin record`, then `temoin recover`: nothing older than 0.25 s lost.

Every block is handed to the kernel (``os.write``) as soon as the writer has it,
so a killed process loses only what was still in flight; the page cache keeps
the rest. (A power cut can also lose the last unsynced second: fsync runs
about once a second.)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.helpers.cli_run import ROOT, start_temoin, temoin
from tests.helpers.signal_compare import align

FIXTURE = ROOT / "tests" / "fixtures" / "consent_fr_granted.wav"
BOUND_S = 0.25


def _started(journal: Path, timeout: float = 15.0) -> float:
    """The recording's start (epoch seconds) once its journal says it started."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if journal.exists():
            lines = journal.read_text().splitlines()
            if len(lines) >= 2:
                header = json.loads(lines[0])
                when = dt.datetime.strptime(header["started_utc"], "%Y-%m-%dT%H:%M:%S.%fZ")
                return when.replace(tzinfo=dt.UTC).timestamp()
        time.sleep(0.005)
    raise AssertionError("the recording did not start")


@pytest.mark.slow
@pytest.mark.parametrize("run", range(5))
def test_kill_9_then_recover_keeps_all_audio_but_the_last_quarter_second(
    run: int, tmp_path: Path
) -> None:
    lib = tmp_path / "lib"
    env = {**os.environ, "TEMOIN_HOME": str(lib)}
    proc = start_temoin("record", "--input", str(FIXTURE), "--realtime", env=env, quiet=True)
    try:
        deadline = time.monotonic() + 15
        while not (lib / "recordings").exists() or not any((lib / "recordings").iterdir()):
            assert time.monotonic() < deadline, "no recording folder appeared"
            time.sleep(0.005)
        [rec_dir] = list((lib / "recordings").iterdir())
        started = _started(rec_dir / "journal.jsonl")
        time.sleep(random.Random(run).uniform(0.3, 3.0))
        killed_at = time.time()
        proc.kill()
    finally:
        proc.kill()
        proc.wait(10)

    out = temoin("recover", "--json", env=env, timeout=60, check=True)
    [report] = json.loads(out.stdout)["recovered"]
    wav = rec_dir / "original.wav"
    info = sf.info(str(wav))
    assert info.frames == report["frames"]
    expected = (killed_at - started) * info.samplerate
    lost_s = (expected - info.frames) / info.samplerate
    print(
        f"run {run}: killed after {killed_at - started:.3f} s, recovered "
        f"{info.frames / info.samplerate:.3f} s, lost {lost_s * 1000:.0f} ms"
    )
    assert lost_s <= BOUND_S
    assert lost_s > -0.05  # sanity: nothing recovered from the future

    source, _ = sf.read(FIXTURE, dtype="int16")
    recovered, _ = sf.read(wav, dtype="int16")
    np.testing.assert_array_equal(recovered, source[: len(recovered)])
    match = align(recovered, source[: len(recovered)])
    assert match.lag == 0
    assert match.correlation > 0.99
    lines = [json.loads(line) for line in (rec_dir / "journal.jsonl").read_text().splitlines()]
    assert [line["type"] for line in lines if line["type"] == "recovered"] == ["recovered"]
    assert lines[-1] == {**lines[-1], "type": "done", "step": "index"}  # and it is listed
    assert json.loads((rec_dir / "recording.json").read_text())["recovered"]["frames"] == (
        info.frames
    )
