"""A call killed mid-way (kill -9 of a real-time `temoin record`), for recovery tests."""

from __future__ import annotations

import json
import os
import time
import zipfile
from pathlib import Path

from tests.helpers.cli_run import ROOT, start_temoin, temoin

FIXTURE = ROOT / "tests" / "fixtures" / "consent_fr_granted.wav"
CALL = ["--profile", "fr", "--purpose", "support", "--event", "announced@0.5"]


def env_for(lib: Path) -> dict[str, str]:
    return {**os.environ, "TEMOIN_HOME": str(lib)}


def kill_mid_call(lib: Path) -> Path:
    proc = start_temoin(
        "record", *CALL, "--input", str(FIXTURE), "--realtime", env=env_for(lib), quiet=True
    )
    try:
        deadline = time.monotonic() + 20
        journal = None
        while journal is None or journal.read_text().count('"checkpoint"') < 2:
            assert time.monotonic() < deadline, "no checkpoint written"
            time.sleep(0.02)
            found = list(lib.glob("recordings/*/journal.jsonl"))
            journal = found[0] if found else None
        time.sleep(0.3)  # some audio past the last checkpoint
    finally:
        proc.kill()
        proc.wait(10)
    return journal.parent


def export_json(lib: Path, rec_id: str, out: Path) -> dict[str, object]:
    done = temoin("export", rec_id, "--out", str(out), "--language", "en", env=env_for(lib))
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as zf:
        root = zf.namelist()[0].split("/")[0]
        meta = json.loads(zf.read(f"{root}/data/metadata.json"))
        meta["_index"] = zf.read(f"{root}/data/index.html").decode()
    return meta
